import { useEffect, useRef, useState } from 'react';

/**
 * Whether the element is on screen as far as the pane goes: false while it, or any element around
 * it (a hidden tab panel), has the `hidden` attribute. Follows the attribute as it changes, so work
 * a view needs only when seen (the sensitivity's kronor at stake) waits until its tab is opened.
 * False until the first effect has run.
 */
export function useShown<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const check = () => setShown(element.closest('[hidden]') === null);
    check();
    const observer = new MutationObserver(check);
    for (let node: HTMLElement | null = element; node; node = node.parentElement) {
      observer.observe(node, { attributes: true, attributeFilter: ['hidden'] });
    }
    return () => observer.disconnect();
  }, []);
  return [ref, shown] as const;
}

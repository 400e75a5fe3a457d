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

/**
 * useMemo for work a view needs only on screen: computed while shown and only when an input changed
 * (compared with Object.is); while hidden the last value stays if its inputs are the same, else null.
 * Leaving a tab and coming back does not compute again.
 */
export function useShownMemo<T>(shown: boolean, inputs: readonly unknown[], compute: () => T): T | null {
  const last = useRef<{ inputs: readonly unknown[]; value: T } | null>(null);
  const known = last.current;
  if (known && known.inputs.length === inputs.length && known.inputs.every((input, i) => Object.is(input, inputs[i]))) return known.value;
  if (!shown) return null;
  const value = compute();
  last.current = { inputs, value };
  return value;
}

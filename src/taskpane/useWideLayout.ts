import { useEffect, useState } from 'react';

/** Wide enough for the full payout table (every tranche, share, population, reasons) without scrolling. */
export const WIDE_PANE = '(min-width: 640px)';

/** The media query, where the host has matchMedia (jsdom has not: the pane then counts as narrow). */
const wideQuery = (): MediaQueryList | null =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(WIDE_PANE) : null;

/**
 * True while the pane is wide: a task pane is 320–450 px by default, so the narrow layout is the
 * normal one and the full table appears only when the user widens the pane.
 */
export function useWideLayout(): boolean {
  const [wide, setWide] = useState(() => wideQuery()?.matches === true);
  useEffect(() => {
    const query = wideQuery();
    if (!query) return undefined;
    const update = () => setWide(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return wide;
}

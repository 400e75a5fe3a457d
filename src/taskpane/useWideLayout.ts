import { useEffect, useState } from 'react';

/** Wide enough for the full payout table (every tranche, share, population, reasons) without scrolling. */
export const WIDE_PANE = '(min-width: 640px)';

/**
 * True while the pane is wide: a task pane is 320–450 px by default, so the narrow layout is the
 * normal one and the full table appears only when the user widens the pane. Without matchMedia
 * (jsdom) the pane counts as narrow.
 */
export function useWideLayout(): boolean {
  const query = typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(WIDE_PANE) : null;
  const [wide, setWide] = useState(query?.matches === true);
  useEffect(() => {
    if (!query) return undefined;
    const update = () => setWide(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, [query?.media]); // eslint-disable-line react-hooks/exhaustive-deps -- the query object is recreated each render; its media string is what matters
  return wide;
}

import { useEffect, useRef, useState } from 'react';
import type { TabContext } from '../tabContext';

export interface LiveMode {
  enabled: boolean;
  setEnabled: (enabled: boolean) => void;
  /** When the preview was last re-read after a change in the sheet; null before the first. */
  lastUpdate: Date | null;
  /** True when a table has been read, so there is something to follow. */
  hasTable: boolean;
  /** The block being followed ("Blad1!A1:F23"), once the workbook has confirmed the subscription. */
  watching: string | null;
  /** Why the table's changes cannot be followed (the workbook refused the subscription). */
  error: string | null;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Live mode: while enabled and a table has been read, changes a user makes to the table's cells
 * re-read it and recompute the preview, debounced (600 ms by default) so a paste or a run of edits
 * is one update. It never writes: writing stays "Write to sheet". Re-subscribes to each newly read
 * table; unsubscribes when turned off, on a new table and on unmount.
 */
export function useLiveMode({ port, flow }: TabContext, options: { debounceMs?: number } = {}): LiveMode {
  const debounceMs = options.debounceMs ?? 600;
  const [enabled, setEnabled] = useState(false);
  const [lastUpdate, setLastUpdate] = useState<Date | null>(null);
  const [watching, setWatching] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const found = flow.state.found;
  // Every refresh makes a new FoundTable for the same block: keep the subscription (and a pending
  // refresh) across those, and subscribe anew only when the block itself moves or grows.
  const foundKey = found?.address ?? null;
  const foundRef = useRef(found);
  foundRef.current = found;

  // The timer calls the flow of the latest render (its readTable sees the current agreement).
  const latest = useRef(flow);
  useEffect(() => {
    latest.current = flow;
  });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    const target = foundRef.current;
    if (!enabled || !target) {
      setWatching(null);
      return;
    }
    let active = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let unsubscribe: (() => Promise<void>) | null = null;

    const refresh = async () => {
      timer = null;
      const current = latest.current;
      // Mid-write or mid-undo: wait for it to finish rather than read half-written cells.
      if (current.state.activity === 'writing' || current.state.activity === 'undoing') return schedule();
      // The re-read keeps this subscription unless the block moved; report the time regardless.
      await current.readTable({ refresh: true });
      if (mounted.current) setLastUpdate(new Date());
    };
    function schedule() {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => void refresh(), debounceMs);
    }

    setError(null);
    port
      .watchTable(target, () => active && schedule())
      .then(
        (off) => {
          if (active) {
            unsubscribe = off;
            setWatching(target.address);
          } else {
            void off().catch(() => undefined); // Turned off before Excel answered.
          }
        },
        (reason: unknown) => {
          if (active) setError(messageOf(reason));
        },
      );

    return () => {
      active = false;
      if (timer !== null) clearTimeout(timer);
      // A failed unsubscribe leaves a handler whose callback no longer does anything (active is false).
      if (unsubscribe) void unsubscribe().catch(() => undefined);
    };
  }, [enabled, foundKey, port, debounceMs]);

  return { enabled, setEnabled, lastUpdate, hasTable: found !== null, watching: enabled ? watching : null, error: enabled ? error : null };
}

// @vitest-environment jsdom
import './setup';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useDistribution } from '../../src/taskpane/state/useDistribution';
import { LanguageProvider } from '../../src/taskpane/language';
import type { FoundTable } from '../../src/excel/port';
import { bundledAgreement } from '../core/official';
import { syntheticRows } from '../core/table/grids';
import { fakePort, foundTable, HEADERS } from './fixtures';

/**
 * The pane's pacing with a gate: every step pauses (no 30 ms slices), and no pause ends until the test
 * opens the gate. The first evaluation is then still in its slices when the second read starts,
 * however fast the machine works out the table.
 */
const gate = vi.hoisted(() => {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open: () => open() };
});
vi.mock('../../src/taskpane/pacing', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/taskpane/pacing')>();
  return {
    ...actual,
    pacingWhile: (isCurrent: () => boolean) => ({
      ...actual.PANE_PACING,
      sliceMs: 0,
      pause: async () => {
        await gate.opened;
        if (!isCurrent()) throw new actual.SupersededError();
      },
    }),
  };
});

const wrapper = ({ children }: { children: ReactNode }) => (
  <LanguageProvider lang="sv" setLang={() => undefined}>
    {children}
  </LanguageProvider>
);

/** A table large enough to be read in many slices. */
function large(): FoundTable {
  return foundTable({ sheetName: 'Blad1', origin: { row: 0, column: 0 }, values: [HEADERS, ...syntheticRows(4000)] });
}

/**
 * The pane reads a large table in slices. A read started meanwhile (live mode re-reads on every
 * edit) replaces the evaluation still in its slices: that one must never finish, end the read's
 * activity or show the sheet as it was.
 */
describe('a read while a large table is still being worked out', () => {
  it('stops the older evaluation; only the newer read is shown, once Excel has answered', async () => {
    const port = fakePort(large());
    let answer: (found: FoundTable) => void = () => undefined;
    const agreement = { ...bundledAgreement(2024) };
    delete agreement.regions;
    const { result } = renderHook(() => useDistribution(port), { wrapper });
    await act(() => result.current.adoptAgreement(agreement, 'svf-2024 utan regioner'));

    // The first read: Excel answers at once, and the evaluation starts on 4 000 rows.
    // Not in act(): its batching would hide the states in between, which are what is tested here.
    const first = result.current.readTable();
    await waitFor(() => expect(result.current.state.activity).toBe('computing'));
    // The second read: Excel has not answered yet.
    port.readRegionTable.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const second = result.current.readTable({ refresh: true });
    gate.open();
    await first;
    // Give the first evaluation every chance to finish if it were still running.
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(result.current.state.activity).toBe('reading');
    expect(result.current.state.result).toBeNull();

    answer(foundTable());
    await second;
    await waitFor(() => expect(result.current.state.result).not.toBeNull());
    expect(result.current.state.activity).toBeNull();
    expect(result.current.state.result?.regions).toHaveLength(21);
  }, 60_000);
});

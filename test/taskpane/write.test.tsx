// @vitest-environment jsdom
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { KVOT_HEADER_PREFIX } from '../../src/core/payout/columns.types';
import { UndoRefusedError, type FoundTable } from '../../src/excel/port';
import { fakePort, foundTable, norm, officialTable2024, regionGrid, renderInExcel } from './fixtures';

/**
 * Under jsdom, Tabster's modalizer can leave aria-hidden on an open Fluent dialog (it cannot see
 * layout; microsoft/fluentui#33897), so queries inside the dialog include hidden elements. The
 * end-to-end test in Chromium covers the dialog's real accessibility.
 */
const inDialog = { hidden: true } as const;

async function preview(port: ReturnType<typeof fakePort>, displayLanguage = 'sv-SE') {
  const user = userEvent.setup();
  await renderInExcel(port, displayLanguage);
  await user.selectOptions(screen.getByRole('combobox', { name: /överenskommelse|agreement/i }), 'svf-2024');
  await user.click(screen.getByRole('button', { name: /Läs tabell|Read table/ }));
  await screen.findByTestId('payout-table');
  return user;
}

describe('writing to the sheet', () => {
  it('writes the payout columns without overwriting and reports where', async () => {
    const port = fakePort(undefined, [{ status: 'written', address: 'Blad1!G1:K23' }]);
    const user = await preview(port);
    await user.click(screen.getByRole('button', { name: 'Skriv till bladet' }));

    const success = await screen.findByTestId('write-success');
    expect(success).toHaveAttribute('role', 'status');
    expect(success).toHaveTextContent('Kolumnerna skrevs till Blad1!G1:K23');
    expect(port.writePayoutColumns).toHaveBeenCalledTimes(1);

    const [found, columns, options] = port.writePayoutColumns.mock.calls[0];
    expect(options).toEqual({ overwrite: false, confirmed: [] });
    expect(found.address).toBe('Blad1!A1:F23');
    expect(columns.headers.every((h) => h.startsWith(KVOT_HEADER_PREFIX))).toBe(true);
    // One output row per grid row under the header: 21 regions and the "Riket" row.
    expect(columns.rows).toHaveLength(22);
    const payout2 = columns.headers.indexOf(`${KVOT_HEADER_PREFIX}Utbetalning 2`);
    expect(columns.rows.slice(0, 21).map((row) => row[payout2])).toEqual(officialTable2024().map((r) => r.amount));

    await user.click(within(success).getByRole('button', { name: 'Gå till Blad1!G1:K23' }));
    expect(port.selectAddress).toHaveBeenCalledWith('Blad1!G1:K23');
  });

  it('asks before overwriting cells Kvot did not write, then overwrites on confirmation', async () => {
    const conflicts = ['Blad1!G2', 'Blad1!G3'];
    const port = fakePort(undefined, [
      { status: 'needsConfirmation', conflicts },
      { status: 'written', address: 'Blad1!G1:K23' },
    ]);
    const user = await preview(port);
    await user.click(screen.getByRole('button', { name: 'Skriv till bladet' }));

    const dialog = await screen.findByRole('alertdialog', inDialog);
    expect(document.getElementById(dialog.getAttribute('aria-labelledby') ?? '')).toHaveTextContent('Skriva över celler?');
    expect(
      within(dialog)
        .getAllByRole('listitem', inDialog)
        .map((li) => li.textContent),
    ).toEqual(conflicts);
    expect(dialog).toHaveTextContent('2 celler som Kvot inte har skrivit');
    expect(screen.queryByTestId('write-success')).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Skriv över', ...inDialog }));
    await screen.findByTestId('write-success');
    expect(port.writePayoutColumns).toHaveBeenCalledTimes(2);
    expect(port.writePayoutColumns.mock.calls[1][2]).toEqual({ overwrite: true, confirmed: conflicts });
    await waitFor(() => expect(screen.queryByRole('alertdialog', inDialog)).toBeNull());
  });

  it('writes nothing more when the overwrite question is cancelled', async () => {
    const port = fakePort(undefined, [{ status: 'needsConfirmation', conflicts: ['Blad1!G2'] }]);
    const user = await preview(port);
    await user.click(screen.getByRole('button', { name: 'Skriv till bladet' }));
    const dialog = await screen.findByRole('alertdialog', inDialog);
    expect(dialog).toHaveTextContent('En cell som Kvot inte har skrivit');
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt', ...inDialog }));
    await waitFor(() => expect(screen.queryByRole('alertdialog', inDialog)).toBeNull());
    expect(port.writePayoutColumns).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('write-success')).toBeNull();
    expect(screen.getByRole('button', { name: 'Ångra senaste skrivning' })).toBeDisabled();
  });

  it('undoes the last write through the workbook', async () => {
    const port = fakePort();
    const user = await preview(port);
    const undo = screen.getByRole('button', { name: 'Ångra senaste skrivning' });
    expect(undo).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Skriv till bladet' }));
    await screen.findByTestId('write-success');

    await user.click(undo);
    expect(await screen.findByText('Senaste skrivningen är ångrad.')).toBeInTheDocument();
    expect(port.undoLastWrite).toHaveBeenCalledTimes(1);
    expect(undo).toBeDisabled();
  });

  it("shows a failed write with the workbook's message", async () => {
    const port = fakePort();
    port.writePayoutColumns.mockRejectedValueOnce(new Error('Bladet är skyddat'));
    const user = await preview(port);
    await user.click(screen.getByRole('button', { name: 'Skriv till bladet' }));
    expect(await screen.findByTestId('failure')).toHaveTextContent('Inget skrevs till bladet. Bladet är skyddat');
    expect(screen.getByRole('button', { name: 'Ångra senaste skrivning' })).toBeDisabled();
  });

  it('writes English headers from an English pane', async () => {
    const port = fakePort();
    const user = await preview(port, 'en-GB');
    await user.click(screen.getByRole('button', { name: 'Write to sheet' }));
    await screen.findByTestId('write-success');
    expect(port.writePayoutColumns.mock.calls[0][1].headers).toContain(`${KVOT_HEADER_PREFIX}Payout 2`);
  });
});

describe('hidden rows this Excel cannot check (ExcelApi before 1.9)', () => {
  it('asks before writing, and writes only once the officer has reviewed it', async () => {
    const grid = regionGrid();
    grid.hiddenUnknown = { rows: true, columns: true };
    const port = fakePort(foundTable(grid));
    const user = await preview(port);
    // Nothing to tick: rows that cannot be seen cannot be left out.
    expect(screen.queryByRole('checkbox', { name: /dolda/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Skriv till bladet' }));

    const review = await screen.findByTestId('review-dialog');
    expect(review).toHaveTextContent('Dolda rader och kolumner kunde inte kontrolleras i den här Excel-versionen');
    expect(port.writePayoutColumns).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Jag har granskat – skriv', ...inDialog }));
    await screen.findByTestId('write-success');
    expect(port.writePayoutColumns).toHaveBeenCalledTimes(1);
    // The log row says what was accepted.
    expect(JSON.stringify(port.appendAuditLog.mock.calls[0][1])).toContain('hidden-unknown');
  });
});

describe('a table that changed after the preview', () => {
  it('writes nothing, shows the new preview and says why', async () => {
    const port = fakePort();
    const user = await preview(port);
    const changed = foundTable();
    changed.grid.values[1][2] = 2_500_000; // Stockholm's population, edited after reading
    port.readTableAt.mockResolvedValueOnce(changed);
    await user.click(screen.getByRole('button', { name: 'Skriv till bladet' }));

    expect(await screen.findByTestId('failure')).toHaveTextContent('Tabellen i bladet har ändrats sedan förhandsgranskningen');
    expect(screen.getByTestId('failure')).toHaveTextContent('Inget skrevs');
    expect(port.writePayoutColumns).not.toHaveBeenCalled();
    expect(port.appendAuditLog).not.toHaveBeenCalled();
    // The new preview is Stockholm's with 2 500 000 inhabitants, not the official 42 452 908 kr.
    expect(norm(within(screen.getByTestId('payout-row-01')).getByTestId('cell-payout2').textContent)).toBe('43 035 275 kr');
  });

  it('writes to the table that was read, not the one the officer clicked into afterwards', async () => {
    const port = fakePort();
    const user = await preview(port);
    const read = port.readRegionTable.mock.results[0].value as Promise<FoundTable>;
    // Last year's table on another sheet, where the officer clicked to compare before writing.
    const lastYear = foundTable();
    lastYear.grid.sheetName = 'Blad2';
    lastYear.address = 'Blad2!A1:F23';
    port.readRegionTable.mockResolvedValue(lastYear);
    await user.click(screen.getByRole('button', { name: 'Skriv till bladet' }));

    await screen.findByTestId('write-success');
    expect(port.readTableAt).toHaveBeenCalledWith(await read);
    expect(port.readRegionTable).toHaveBeenCalledTimes(1);
    expect(port.writePayoutColumns.mock.calls[0][0].address).toBe('Blad1!A1:F23');
  });

  it.each([
    ['a row hidden by a filter', (t: FoundTable) => void (t.grid.hiddenRows = [5])],
    [
      'the inclusion column reformatted from percent to General',
      (t: FoundTable) => void t.grid.numberFormats!.forEach((row) => (row[3] = 'General')),
    ],
    ['a column hidden', (t: FoundTable) => void (t.grid.hiddenColumns = [3])],
    ['hidden rows no longer known', (t: FoundTable) => void (t.grid.hiddenUnknown = { rows: true, columns: false })],
  ])('writes nothing after %s, with the same values', async (_, change) => {
    const port = fakePort();
    const user = await preview(port);
    const changed = foundTable();
    change(changed);
    port.readTableAt.mockResolvedValueOnce(changed);
    await user.click(screen.getByRole('button', { name: 'Skriv till bladet' }));

    expect(await screen.findByTestId('failure')).toHaveTextContent(
      'Tabellen i bladet har ändrats sedan förhandsgranskningen (värden, dolda rader eller talformat). Inget skrevs.',
    );
    expect(port.writePayoutColumns).not.toHaveBeenCalled();
    expect(port.appendAuditLog).not.toHaveBeenCalled();
  });
});

describe('undo over changed cells', () => {
  it('explains that nothing was undone when Kvot’s cells changed after the write', async () => {
    const port = fakePort();
    port.undoLastWrite.mockRejectedValueOnce(new UndoRefusedError('Blad1!G1:L23'));
    const user = await preview(port);
    await user.click(screen.getByRole('button', { name: 'Skriv till bladet' }));
    await screen.findByTestId('write-success');
    await user.click(screen.getByRole('button', { name: 'Ångra senaste skrivning' }));
    expect(await screen.findByTestId('failure')).toHaveTextContent('Kvots celler i Blad1!G1:L23 har ändrats efter skrivningen');
  });
});

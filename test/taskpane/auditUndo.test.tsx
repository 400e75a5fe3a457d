// @vitest-environment jsdom
import './setup';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { isLogHeaderRow, LOG_SHEET_NAME, verifyLog, type LogRowInput, type WriteReport } from '../../src/core/audit';
import type { CellGrid, CellValue } from '../../src/core/table/types';
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { loadStandIn } from '../excel/standIn';
import { norm, regionGrid, renderInExcel } from './fixtures';

/** The pane on the Office.js stand-in (the e2e tests' fake Excel): the real adapter, a sheet and a log. */
function standInPane() {
  const grid = regionGrid();
  const loaded = loadStandIn({
    activeSheet: 'Blad1',
    sheets: {
      Blad1: { values: grid.values.map((row) => row.map((v) => v ?? '')) as (string | number)[][], numberFormats: grid.numberFormats },
    },
    selection: 'A1',
  });
  return { ...loaded, port: new OfficeWorkbook(loaded.host) };
}

type StandIn = ReturnType<typeof loadStandIn>['standIn'];

const sheetGrid = (standIn: StandIn): CellGrid => ({
  sheetName: 'Blad1',
  origin: { row: 0, column: 0 },
  values: standIn.getValues('Blad1', 'A1:T40') as CellValue[][],
  numberFormats: standIn.getNumberFormats('Blad1', 'A1:T40'),
});

function logRows(standIn: StandIn): LogRowInput[] {
  return (standIn.getValues(LOG_SHEET_NAME, 'A1:Z20') as CellValue[][])
    .map((cells, row) => ({ row, cells }))
    .filter(({ cells }) => cells.some((c) => c !== '') && !isLogHeaderRow(cells));
}

/** What `kvot verify` does with the workbook, on the stand-in's cells. */
const verifyStandIn = (standIn: StandIn) => verifyLog(logRows(standIn), (name) => (name === 'Blad1' ? sheetGrid(standIn) : null));

async function writeOnce() {
  const pane = standInPane();
  const user = userEvent.setup();
  await renderInExcel(pane.port);
  await user.selectOptions(screen.getByRole('combobox', { name: /överenskommelse/i }), 'svf-2024');
  await user.click(screen.getByRole('button', { name: 'Läs tabell' }));
  await screen.findByTestId('payout-table');
  await user.click(screen.getByRole('button', { name: 'Skriv till bladet' }));
  await screen.findByTestId('write-success');
  return { ...pane, user };
}

describe('the log of a write and its undo, through the pane and the adapter', () => {
  it('a write verifies against the sheet; after an undo, the undo row takes it out of what the sheet must hold', async () => {
    const { standIn, user } = await writeOnce();
    const written = await verifyStandIn(standIn);
    expect(written.ok).toBe(true);
    expect((written.rows[0] as WriteReport).sheet).toMatchObject({ kind: 'checked', check: { ok: true, counts: { regions: 21 } } });

    // A payout edited by hand is named by its cell.
    const stockholm = standIn.getValues('Blad1', 'H2')[0][0];
    standIn.setValues('Blad1', 'H2', [[Number(stockholm) - 8]]);
    const edited = await verifyStandIn(standIn);
    expect(edited.ok).toBe(false);
    const status = (edited.rows[0] as WriteReport).sheet;
    expect(status.kind === 'checked' && status.check.differences.map((d) => [d.address, norm(d.message.sv)])).toEqual([
      [
        'Blad1!H2',
        `Utbetalning 1 (Kvot, Stockholm): loggat ${norm(Number(stockholm).toLocaleString('sv-SE'))}, i bladet ${norm((Number(stockholm) - 8).toLocaleString('sv-SE'))}`,
      ],
    ]);
    standIn.setValues('Blad1', 'H2', [[stockholm]]);

    await user.click(screen.getByRole('button', { name: 'Ångra senaste skrivning' }));
    expect(await screen.findByText('Senaste skrivningen är ångrad.')).toBeInTheDocument();
    expect(
      standIn
        .getValues('Blad1', 'G1:L24')
        .flat()
        .every((v) => v === ''),
    ).toBe(true);

    const rows = logRows(standIn);
    expect(rows.map((r) => r.row)).toEqual([1, 2]);
    expect(rows[0].cells.slice(1, 3).map(String).map(norm)).toEqual([
      'Excel-tillägget',
      expect.stringMatching(
        /^Skrev Utbetalning 1, Utbetalning 2 till Blad1!G1:L24 · svf-2024 \(.+\) · 21 regioner · 365 000 000 kr utbetalt, 0 kr innehållet$/,
      ),
    ]);
    expect(rows[1].cells.slice(1, 3)).toEqual([
      'Excel-tillägget',
      `Ångrade skrivningen från ${String(rows[0].cells[0]).slice(11)} i Blad1!G1:L24`,
    ]);
    expect(rows[1].cells[6]).toBe('undo');

    const undone = await verifyStandIn(standIn);
    expect(undone.rows.map((r) => [r.kind, r.ok])).toEqual([
      ['write', true],
      ['undo', true],
    ]);
    expect((undone.rows[0] as WriteReport).sheet).toEqual({ kind: 'undone', by: 2 });
    expect(undone.rows[1]).toMatchObject({ undid: 1 });
    expect(undone.ok).toBe(true);

    // Without its undo row, the log would expect the write still in the sheet: verify fails.
    expect((await verifyLog(rows.slice(0, 1), () => sheetGrid(standIn))).ok).toBe(false);
  });
});

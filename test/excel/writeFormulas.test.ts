// "Infoga som formler" through the Office.js adapter, on the Excel stand-in: the same block and
// overwrite rules as values, formulas where values were, room left for the spill, and an undo that
// compares formulas (the results follow the inputs) and refuses after a change.
import { describe, expect, it } from 'vitest';
import { computePayouts } from '../../src/core/payout/compute';
import { buildOutputColumns } from '../../src/core/payout/columns';
import { agreementParseOptions, parseTable } from '../../src/core/table/parse';
import { formulaKey, sameFormula } from '../../src/excel/formulaText';
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { UndoRefusedError, formulasUnchanged } from '../../src/excel/undo';
import { planFormulaWrite } from '../../src/functions/formulas';
import { bundledAgreement } from '../core/official';
import { regionGrid } from '../taskpane/fixtures';
import { loadStandIn } from './standIn';

const agreement = bundledAgreement(2024);

function open() {
  const grid = regionGrid();
  const loaded = loadStandIn({
    activeSheet: 'Blad1',
    sheets: {
      Blad1: {
        values: grid.values.map((row) => row.map((cell) => (cell === undefined ? null : cell))) as (string | number | boolean | null)[][],
        numberFormats: grid.numberFormats,
      },
    },
    selection: 'B5',
  });
  return { ...loaded, workbook: new OfficeWorkbook(loaded.host) };
}

/** What the pane does before a formula write: read, preview, plan. */
async function prepare(workbook: OfficeWorkbook) {
  const found = await workbook.readRegionTable();
  const table = parseTable(found.grid, agreement.facts, {}, agreementParseOptions(agreement));
  if (!table.ok) throw new Error('the table should read');
  const result = await computePayouts(agreement, table.table.regions);
  const plan = await planFormulaWrite({
    agreement,
    found,
    table: table.table,
    result,
    warnings: [],
    lang: 'sv',
    names: 'sv',
    workbookRules: null,
  });
  if (!plan.ok) throw new Error(plan.reason.en);
  const values = buildOutputColumns(result, 'sv', { headerRow: 0, rowCount: found.grid.values.length - 1 });
  return { found, columns: plan.columns, values };
}

describe('writing the payout columns as formulas (Excel stand-in)', () => {
  it('writes headers, one formula per column, blanks for the spill and the totals formulas in the value block', async () => {
    const { workbook, standIn } = open();
    const { found, columns } = await prepare(workbook);
    const outcome = await workbook.writePayoutColumns(found, columns, { overwrite: false, formulas: true });
    expect(outcome).toEqual({ status: 'written', address: 'Blad1!G1:L24' });
    const cells = standIn.getFormulas('Blad1', 'G1:L24');
    expect(cells[0]).toEqual(columns.headers);
    expect(cells[1]).toEqual(columns.rows[0]);
    expect(
      cells
        .slice(2, 23)
        .flat()
        .every((cell) => cell === ''),
    ).toBe(true);
    expect(cells[23]).toEqual(columns.totals);
    expect(standIn.getNumberFormats('Blad1', 'G2:L2')[0]).toEqual([
      '0.00%',
      '#,##0 "kr"',
      '#,##0 "kr"',
      '#,##0 "kr"',
      'General',
      'General',
    ]);
    // No row is marked: which rows fail follows the inputs now.
    expect(
      standIn
        .getFill('Blad1', 'G2:L23')
        .flat()
        .every((fill) => fill === null),
    ).toBe(true);
    // Reading again finds the same table: Kvot's columns and totals row are not part of it.
    expect((await workbook.readRegionTable()).grid.values).toEqual(found.grid.values);
  });

  it('asks before overwriting cells Kvot did not write, as for values', async () => {
    const { workbook, standIn } = open();
    standIn.setValues('Blad1', 'I7', [['anteckning']]);
    const { found, columns } = await prepare(workbook);
    expect(await workbook.writePayoutColumns(found, columns, { overwrite: false, formulas: true })).toEqual({
      status: 'needsConfirmation',
      conflicts: ['Blad1!I7'],
    });
    expect(standIn.getFormulas('Blad1', 'G2')[0][0]).toBe('');
  });

  it('replaces an earlier value write in place, clearing the values the formulas spill into; and values replace formulas', async () => {
    const { workbook, standIn } = open();
    const { found, columns, values } = await prepare(workbook);
    await workbook.writePayoutColumns(found, values, { overwrite: false });
    expect(standIn.getValues('Blad1', 'H2')[0][0]).toBe(values.rows[0][1]);
    expect(await workbook.writePayoutColumns(found, columns, { overwrite: false, formulas: true })).toEqual({
      status: 'written',
      address: 'Blad1!G1:L24',
    });
    expect(standIn.getFormulas('Blad1', 'H2:H3')).toEqual([[columns.rows[0][1]], ['']]);
    await workbook.writePayoutColumns(found, values, { overwrite: false });
    expect(standIn.getFormulas('Blad1', 'H2:H3')).toEqual([[values.rows[0][1]], [values.rows[1][1]]]);
  });

  it('undo puts back what was there; it refuses once a formula Kvot wrote was changed', async () => {
    const { workbook, standIn } = open();
    const { found, columns } = await prepare(workbook);
    await workbook.writePayoutColumns(found, columns, { overwrite: false, formulas: true });
    expect(await workbook.undoLastWrite()).toBe(true);
    expect(
      standIn
        .getFormulas('Blad1', 'G1:L24')
        .flat()
        .every((cell) => cell === ''),
    ).toBe(true);

    await workbook.writePayoutColumns(found, columns, { overwrite: false, formulas: true });
    await standIn.userEdit('Blad1', 'I2', [['=KVOT.UTBETALNING("svf-2021","payout2",$A$1:$F$23)']]);
    await expect(workbook.undoLastWrite()).rejects.toBeInstanceOf(UndoRefusedError);
    expect(standIn.getFormulas('Blad1', 'I2')[0][0]).toBe('=KVOT.UTBETALNING("svf-2021","payout2",$A$1:$F$23)');
  });
});

describe('comparing formulas as Excel may return them', () => {
  const written = '=LET(v,KVOT.VILLKOR("svf-2024","alla",$A$1:$F$23),IF(v="","",IF(v,"Ja","Nej")))';

  it('ignores spacing, case, _xlfn prefixes and the language of a Kvot function’s name, not the texts', () => {
    expect(sameFormula(written, '=_xlfn.LET(v, KVOT.ELIGIBLE("svf-2024", "alla", $A$1:$F$23), IF(v="", "", IF(v, "Ja", "Nej")))')).toBe(
      true,
    );
    expect(sameFormula(written, written.replace('"Ja"', '"ja"'))).toBe(false);
    expect(sameFormula(written, written.replace('svf-2024', 'svf-2021'))).toBe(false);
    expect(sameFormula(written, written.replace('VILLKOR', 'UTBETALNING'))).toBe(false);
    expect(formulaKey('=kvot.utbetalning("a ""b""",A1)')).toBe('=KVOT.PAYOUT("a ""b""",A1)');
  });

  it('counts a formula showing #SPILL! as changed: something was typed where it spills', () => {
    const block = [['Kvot: Utbetalning 1'], ['=KVOT.UTBETALNING("svf-2024","payout1",$A$1:$F$23)'], ['']];
    const formulas = [['Kvot: Utbetalning 1'], ['=KVOT.UTBETALNING("svf-2024","payout1",$A$1:$F$23)'], ['typed']];
    expect(formulasUnchanged(block, formulas, [['Kvot: Utbetalning 1'], [42], ['typed']])).toBe(true);
    expect(formulasUnchanged(block, formulas, [['Kvot: Utbetalning 1'], ['#SPILL!'], ['typed']])).toBe(false);
    expect(formulasUnchanged(block, [['Kvot: Andel'], formulas[1], ['']], [['Kvot: Andel'], [1], ['']])).toBe(false);
  });
});

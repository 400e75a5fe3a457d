// "Infoga som formler": the formulas the pane writes (src/functions/formulas.ts), and the check that
// they would show exactly the preview, or a refusal saying why not.
import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../src/core/agreement/types';
import { computePayouts } from '../../src/core/payout/compute';
import { reviewPayouts } from '../../src/core/payout/review';
import { agreementParseOptions, parseTable } from '../../src/core/table/parse';
import type { CellGrid, HiddenRowsChoice, MappingOverride } from '../../src/core/table/types';
import { planFormulaWrite, type FormulaWriteInput } from '../../src/functions/formulas';
import { bundledAgreement } from '../core/official';
import { foundTable, regionGrid } from '../taskpane/fixtures';

/** What the pane holds after reading the grid: the table, the preview and the warnings shown. */
async function paneState(
  grid: CellGrid,
  agreement: Agreement = bundledAgreement(2024),
  options: { hiddenRows?: HiddenRowsChoice; override?: MappingOverride } = {},
) {
  const table = parseTable(grid, agreement.facts, options.override ?? {}, agreementParseOptions(agreement, options.hiddenRows ?? 'ask'));
  if (!table.ok) throw new Error(JSON.stringify(table.errors[0]));
  const result = await computePayouts(agreement, table.table.regions);
  const warnings = [...table.table.warnings, ...reviewPayouts(agreement, result)];
  return { agreement, found: foundTable(grid), table: table.table, result, warnings };
}

const input = (state: Awaited<ReturnType<typeof paneState>>, extra: Partial<FormulaWriteInput> = {}): FormulaWriteInput => ({
  ...state,
  lang: 'sv',
  names: 'sv',
  workbookRules: null,
  ...extra,
});

async function plan(extra: Partial<FormulaWriteInput> = {}, grid = regionGrid()) {
  return planFormulaWrite(input(await paneState(grid), extra));
}

describe('the formulas written', () => {
  it('one spilling formula per column under the same headers, the rows below left to the spill, totals as formulas', async () => {
    const p = await plan();
    if (!p.ok) throw new Error(p.reason.en);
    const { columns } = p;
    expect(columns.headers).toEqual([
      'Kvot: Andel',
      'Kvot: Utbetalning 1',
      'Kvot: Utbetalning 2',
      'Kvot: Totalt',
      'Kvot: Villkor uppfyllda',
      'Kvot: Skäl',
    ]);
    // The table is A1:F23 (header, 21 regions, Riket); Kvot's block starts in column G.
    const table = '$A$1:$F$23';
    expect(columns.rows[0]).toEqual([
      `=KVOT.ANDEL("svf-2024",${table})`,
      `=KVOT.UTBETALNING("svf-2024","payout1",${table})`,
      `=KVOT.UTBETALNING("svf-2024","payout2",${table})`,
      `=KVOT.UTBETALNING("svf-2024","alla",${table})`,
      `=LET(v,KVOT.VILLKOR("svf-2024","alla",${table}),IF(v="","",IF(v,"Ja","Nej")))`,
      `=KVOT.SKAL("svf-2024","alla",${table},"","sv")`,
    ]);
    expect(columns.rows).toHaveLength(22);
    expect(columns.rows.slice(1).every((row) => row.every((cell) => cell === null))).toBe(true);
    expect(columns.totals).toEqual([
      '=SUM(G2:G23)',
      '=SUM(H2:H23)',
      '=SUM(I2:I23)',
      '=SUM(J2:J23)',
      '=COUNTIF(K2:K23,"Ja")&" av "&COUNTIF(K2:K23,"?*")',
      '=LET(w,KVOT.BELOPP("svf-2024")-J24,IF(w=0,"","Innehållet: "&FIXED(w,0)&" kr"))',
    ]);
    // Text columns are left General: a formula typed into a Text cell would stay text.
    expect(columns.numberFormats).toEqual(['0.00%', '#,##0 "kr"', '#,##0 "kr"', '#,##0 "kr"', 'General', 'General']);
    expect(columns.failingRows).toEqual([]);
    expect(p.table).toBe('Blad1!$A$1:$F$23');
  });

  it('uses the names Excel knows in its own language, and the pane’s language for the texts', async () => {
    const p = await plan({ lang: 'en', names: 'en' });
    if (!p.ok) throw new Error(p.reason.en);
    expect(p.columns.rows[0][3]).toBe('=KVOT.PAYOUT("svf-2024","all",$A$1:$F$23)');
    expect(p.columns.rows[0][4]).toBe('=LET(v,KVOT.ELIGIBLE("svf-2024","all",$A$1:$F$23),IF(v="","",IF(v,"Yes","No")))');
    expect(p.columns.totals?.[4]).toBe('=COUNTIF(K2:K23,"Yes")&" of "&COUNTIF(K2:K23,"?*")');
    const mixed = await plan({ lang: 'en', names: 'sv' });
    if (!mixed.ok) throw new Error(mixed.reason.en);
    expect(mixed.columns.rows[0][5]).toBe('=KVOT.SKAL("svf-2024","all",$A$1:$F$23,"","en")');
  });

  it('writes the warnings the user reviewed into the formulas, so they say what was accepted', async () => {
    const grid = regionGrid();
    grid.values[6][4] = null; // a blank PREM cell: a warning the pane asked about
    const state = await paneState(grid);
    expect(state.warnings.map((w) => w.code)).toContain('blanks');
    const p = await planFormulaWrite(input(state));
    if (!p.ok) throw new Error(p.reason.en);
    expect(p.accept).toEqual(['blanks']);
    expect(p.columns.rows[0][2]).toBe('=KVOT.UTBETALNING("svf-2024","payout2",$A$1:$F$23,"blanks")');
    expect(p.columns.rows[0][5]).toBe('=KVOT.SKAL("svf-2024","alla",$A$1:$F$23,"blanks","sv")');
  });
});

describe('formulas are refused when they would not show the preview', () => {
  const edited = (): Agreement => {
    const agreement = structuredClone(bundledAgreement(2024));
    const all = (agreement.tranches[1].conditions as { all: { fact: string; value: unknown }[] }).all;
    all.find((c) => c.fact === 'inclusionRate')!.value = 0.8;
    return agreement;
  };

  it('rules edited in the pane but not saved in the workbook', async () => {
    const state = await paneState(regionGrid(), edited());
    const p = await planFormulaWrite(input(state));
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.reason.sv).toContain('skiljer sig från den inbyggda filen "svf-2024"');
    expect(p.reason.sv).toContain('Spara dina regler i arbetsboken');
    // Saved in the workbook, the formulas find exactly them.
    expect((await planFormulaWrite(input(state, { workbookRules: JSON.stringify(edited()) }))).ok).toBe(true);
  });

  it('the bundled rules while the workbook holds other rules with the same id', async () => {
    const p = await plan({ workbookRules: JSON.stringify(edited()) });
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.reason.en).toContain('The workbook has saved rules "svf-2024" that differ');
  });

  it('rules from a file that the formulas cannot find', async () => {
    const agreement = { ...bundledAgreement(2024), id: 'svf-2024-utkast' };
    const p = await planFormulaWrite(input(await paneState(regionGrid(), agreement)));
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.reason.sv).toContain('Formlerna hittar inte reglerna: Okänd regeluppsättning "svf-2024-utkast"');
  });

  it('hidden rows left out of the preview (formulas count every row, as SUM does)', async () => {
    const grid = { ...regionGrid(), hiddenRows: [4] };
    const state = await paneState(grid, bundledAgreement(2024), { hiddenRows: 'exclude' });
    const p = await planFormulaWrite(input(state));
    expect(p.ok).toBe(false);
    if (!p.ok) {
      expect(p.reason.sv).toMatch(/Formlerna skulle visa .* i Blad1!G2 \(Kvot: Andel\) där förhandsgranskningen visar/);
      expect(p.reason.sv).toContain('dolda rader');
    }
  });

  it('a column chosen by hand that the headers would not give', async () => {
    const grid = regionGrid();
    // A second yes/no column the reader would not take for PREM; the user chose it by hand.
    grid.values = grid.values.map((row, i) => [...row, i === 0 ? 'Enkät skickad' : i === 3 ? 'Nej' : 'Ja']);
    const state = await paneState(grid, bundledAgreement(2024), { override: { premUsed: 'G' } });
    const p = await planFormulaWrite(input(state));
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.reason.en).toMatch(/The formulas would (show|give)/);
  });
});

// The custom functions as Excel calls them (src/functions/functions.ts): arguments as Excel passes
// them, the invocation's parameter addresses, a CustomFunctions.Error for every refusal (#VALUE! or
// #N/A with the message in Excel's language), and the rule set saved in the workbook read through
// the Office.js adapter, here on the Excel stand-in.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { announceWorkbookRulesChanged } from '../../src/excel/rulesChanged';
import { saveWorkbookRules } from '../../src/excel/ruleStore';
import { amount, apportion, eligible, payout, reason, share } from '../../src/functions/functions';
import { loadStandIn } from '../excel/standIn';
import { bundledAgreement, officialTable } from '../core/official';
import { flat, regionTable } from './tables';

/** What office.js gives custom functions: an Error class that carries the cell's error and message. */
class CellError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

type Globals = { Excel?: unknown; Office?: unknown; CustomFunctions?: unknown };
const globals = globalThis as Globals;
const saved = { Excel: globals.Excel, Office: globals.Office, CustomFunctions: globals.CustomFunctions };

function inExcel(displayLanguage = 'sv-SE', customXmlParts: string[] = []) {
  // A new workbook: the functions must read its saved rules afresh (told while the old one is open).
  announceWorkbookRulesChanged();
  const loaded = loadStandIn({ activeSheet: 'Blad1', sheets: { Blad1: { values: [] } }, selection: 'A1', displayLanguage, customXmlParts });
  globals.Excel = loaded.window.Excel;
  globals.Office = loaded.window.Office;
  globals.CustomFunctions = { Error: CellError, associate: () => undefined };
  return loaded;
}

const invocation = (...parameterAddresses: string[]) => ({ parameterAddresses });

async function cellError(promise: Promise<unknown>): Promise<CellError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CellError) return error;
    throw error;
  }
  throw new Error('expected the function to give a cell error');
}

beforeEach(() => {
  inExcel();
});

afterAll(() => {
  Object.assign(globals, saved);
});

describe('the functions as Excel calls them', () => {
  it('KVOT.UTBETALNING returns the 2024 column, a dynamic array one row per table row', async () => {
    const { values, rows } = regionTable({ year: 2024 });
    const result = await payout('svf-2024', 'payout2', values, undefined, invocation('', '', 'Blad1!A4:F26'));
    expect(result).toHaveLength(values.length - 1);
    expect(result.every((row) => row.length === 1)).toBe(true);
    expect(flat(result)).toEqual([...rows.map((r) => r.amount), '']);
    expect(flat(await eligible('svf-2024', 'alla', values, undefined, invocation()))).toEqual([...rows.map(() => true), '']);
    expect(
      flat(await reason('svf-2024', 'payout2', values, undefined, undefined, invocation()))
        .slice(0, 21)
        .every((r) => r === ''),
    ).toBe(true);
    expect(flat(await share('svf-2024', values, undefined, invocation()))[0]).toBeCloseTo(0.2326, 4);
    expect(await amount('svf-2024', 'payout1')).toBe(182_500_000);
  });

  it('KVOT.FORDELA gives the 2024 table by population', async () => {
    const rows = officialTable(2024);
    const result = await apportion(
      182_500_000,
      rows.map((r) => [r.population]),
      undefined,
      invocation('Blad1!H1', 'Blad1!C5:C25'),
    );
    expect(flat(result)).toEqual(rows.map((r) => r.amount));
  });

  it('a refusal is #VALUE! with the message in Excel’s language, naming the cell from the parameter address', async () => {
    const { values } = regionTable({ year: 2024, change: { '07': { PREM: null } } });
    const sv = await cellError(payout('svf-2024', 'payout2', values, undefined, invocation('', '', 'Blad1!A4:F26')));
    expect(sv.code).toBe('#VALUE!');
    expect(sv.message).toContain('Blad1!E10');
    expect(sv.message).toContain('ange "blanks" som godkänn');

    inExcel('en-US');
    const en = await cellError(payout('svf-2024', 'payout2', values, undefined, invocation('', '', "'Regioner 2024'!B2:G24")));
    expect(en.code).toBe('#VALUE!');
    expect(en.message).toContain("'Regioner 2024'!F8");
    expect(en.message).toContain('pass "blanks" as accept');

    const weights = await cellError(apportion(100, [[1], [null]], undefined, invocation('', 'Blad1!C5:C6')));
    expect(weights.message).toContain('Blank weights: Blad1!C6');
  });

  it('an unknown rule set is #N/A naming the ones there are', async () => {
    const e = await cellError(amount('svf-2023'));
    expect(e.code).toBe('#N/A');
    expect(e.message).toContain('Okänd regeluppsättning "svf-2023"');
  });

  it('uses the rule set saved in the workbook, and the saved rules again after the pane saves new ones', async () => {
    const rules = JSON.parse(JSON.stringify(bundledAgreement(2024))) as { budget: number; tranches: { amount: number }[] };
    rules.budget = 400_000_000;
    rules.tranches[0].amount = 200_000_000;
    rules.tranches[1].amount = 200_000_000;
    const { host, standIn } = inExcel('sv-SE');
    expect(await amount('svf-2024')).toBe(365_000_000);
    // The pane saves rules through the same adapter: the functions hear it, read them again, and
    // Excel is asked to recalculate every formula (they do not depend on the custom XML part).
    await saveWorkbookRules(host, JSON.stringify(rules));
    await expect.poll(() => standIn.calculations).toEqual(['Full']);
    expect(await amount('svf-2024')).toBe(400_000_000);
    const { values } = regionTable({ year: 2024 });
    expect(
      flat(await payout('svf-2024', 'payout2', values, undefined, invocation()))
        .slice(0, 21)
        .reduce((s: number, n) => s + (n as number), 0),
    ).toBe(200_000_000);
  });
});

import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { computePayouts } from '../../../src/core/payout/compute';
import { createLogEntry } from '../../../src/core/audit/entry';
import { logHeaderCells, logRowCells, parseLogRow, LOG_SHEET_NAME } from '../../../src/core/audit/row';
import { verifyLogEntry } from '../../../src/core/audit/verify';
import { canonicalJson, ruleSetHash, sha256Hex } from '../../../src/core/audit/canonical';
import { MAX_CHUNK } from '../../../src/core/audit/chunks';
import type { LogEntry } from '../../../src/core/audit/types';
import type { ParsedTable } from '../../../src/core/table/types';
import { KRONOR_FORMAT } from '../../../src/core/payout/columns';
import { bundledAgreement, regionRow } from '../official';
import { exampleGrid2024, readTable } from '../scenario/tables';

const agreement = bundledAgreement(2024);
const TIME = '2024-12-12T09:30:00.000Z';

async function exampleEntry(): Promise<LogEntry> {
  const table = readTable(exampleGrid2024(), agreement);
  table.regions[6].facts.premUsed = false; // one region failing, so withheld/redistributed paths show
  const result = await computePayouts(agreement, table.regions);
  return createLogEntry(agreement, table, result, new Date(TIME));
}

const failed = (v: Awaited<ReturnType<typeof verifyLogEntry>>) => v.checks.filter((c) => !c.ok);

describe('the audit log entry', () => {
  it('records the rule set, its hash, the mapping, the inputs and the totals', async () => {
    const entry = await exampleEntry();
    expect(entry.time).toBe(TIME);
    expect(entry.agreementId).toBe('svf-2024');
    expect(entry.ruleSet).toBe(canonicalJson(agreement));
    expect(entry.ruleSetHash).toBe(await ruleSetHash(agreement));
    expect(entry.ruleSetHash).toBe(await sha256Hex(entry.ruleSet));
    expect(entry.mapping).toEqual({
      regionCode: 'Kod', regionName: 'Region', population: 'Befolkning',
      inclusionRate: 'Inklusion (exempelvärde)', premUsed: 'PREM (exempelvärde)', reportSubmitted: 'Redovisning inkommen (exempelvärde)',
    });
    expect(entry.inputs).toHaveLength(21);
    expect(entry.inputs[0]).toEqual({
      address: 'Blad1!A2', code: '01', name: 'Stockholm', population: '2455914',
      facts: { regionCode: '01', regionName: 'Stockholm', population: '2455914', inclusionRate: '0.72', premUsed: true, reportSubmitted: '2024-09-10' },
    });
    expect(entry.totals.paid + entry.totals.withheld).toBe(365_000_000);
    expect(entry.totals.tranches.map((t) => t.id)).toEqual(['payout1', 'payout2']);
    expect(entry.resultHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('round-trips through the cells of a "Kvot logg" row and verifies', async () => {
    const entry = await exampleEntry();
    const row = logRowCells(entry);
    expect(row.values.slice(0, 6)).toEqual([TIME, 'svf-2024', entry.ruleSetHash, entry.totals.paid, entry.totals.withheld, entry.resultHash]);
    expect(row.numberFormats[3]).toBe(KRONOR_FORMAT);
    expect(row.values).toHaveLength(10);
    expect(row.values.length).toBe(row.numberFormats.length);
    expect(LOG_SHEET_NAME).toBe('Kvot logg');
    expect(logHeaderCells('sv')).toEqual([
      'Tid', 'Regeluppsättning', 'SHA-256 regler', 'Utbetalt (kr)', 'Innehållet (kr)', 'SHA-256 resultat',
      'Per utbetalning', 'Mappning', 'Indata', 'Regler',
    ]);
    expect(logHeaderCells('en')[0]).toBe('Time');

    const parsed = parseLogRow(row.values);
    expect(parsed).toEqual({ ok: true, entry });
    const verification = await verifyLogEntry(entry);
    expect(failed(verification)).toEqual([]);
    expect(verification.ok).toBe(true);
    expect(verification.checks.map((c) => c.name)).toEqual([
      'ruleSet', 'ruleSetHash', 'agreementId', 'inputs', 'resultHash', 'paid', 'withheld',
      'payout1.paid', 'payout1.withheld', 'payout2.paid', 'payout2.withheld',
    ]);
    expect(verification.result!.regions[6].payouts.payout2.toNumber()).toBe(0);
  });

  it('spreads long JSON over continuation cells of at most 32 000 characters and joins them back', async () => {
    const regions = Array.from({ length: 2000 }, (_, i) =>
      regionRow(i, `R${String(i).padStart(4, '0')}`, `Region med ett ganska långt namn nummer ${i}`, 1000 + i * 7, {
        inclusionRate: new Decimal(600 + (i % 300)).dividedBy(1000), premUsed: i % 11 !== 0, reportSubmitted: '2024-09-30',
      }),
    );
    const table: ParsedTable = { headerRow: 0, mapping: {}, regions, skippedTotals: [], excludedRows: [], percentReading: {}, warnings: [], notes: [] };
    const entry = await createLogEntry(agreement, table, await computePayouts(agreement, regions), TIME);
    const row = logRowCells(entry);
    const texts = row.values.slice(6) as string[];
    expect(texts.length).toBeGreaterThan(4);
    expect(texts.every((t) => typeof t === 'string' && t.length <= MAX_CHUNK)).toBe(true);
    expect(texts.join('')).toBe(canonicalJson(entry.totals.tranches) + canonicalJson(entry.mapping) + canonicalJson(entry.inputs) + entry.ruleSet);
    const parsed = parseLogRow([...row.values, null, '']);
    expect(parsed.ok && parsed.entry).toEqual(entry);
    expect((await verifyLogEntry(entry)).ok).toBe(true);
  });

  it('fails verification when a population was changed after the write', async () => {
    const entry = await exampleEntry();
    const tampered: LogEntry = structuredClone(entry);
    tampered.inputs[3].population = '482660';
    tampered.inputs[3].facts.population = '482660';
    const reparsed = parseLogRow(logRowCells(tampered).values);
    expect(reparsed.ok).toBe(true);
    const verification = await verifyLogEntry(reparsed.ok ? reparsed.entry : tampered);
    expect(verification.ok).toBe(false);
    const bad = failed(verification);
    expect(bad.map((c) => c.name)).toEqual(['resultHash']);
    expect(bad[0].expected).toBe(entry.resultHash);
    expect(bad[0].message.sv).toMatch(/^Indata och utbetalningar per region blev inte desamma: SHA-256 loggad [0-9a-f]{64}, beräknad [0-9a-f]{64}\. Indata eller regler i loggen skiljer sig från dem som användes\.$/);
  });

  it('fails verification, naming the rules, when a rule value was changed after the write', async () => {
    const entry = await exampleEntry();
    expect(entry.ruleSet).toContain('"operator":"greaterThanInclusive","value":0.7}');
    const tampered = { ...entry, ruleSet: entry.ruleSet.replace('"operator":"greaterThanInclusive","value":0.7}', '"operator":"greaterThanInclusive","value":0.75}') };
    const verification = await verifyLogEntry(tampered);
    expect(verification.ok).toBe(false);
    const hash = verification.checks.find((c) => c.name === 'ruleSetHash')!;
    expect(hash.ok).toBe(false);
    expect(hash.message.en).toBe(
      `The rules' SHA-256 does not match: logged ${entry.ruleSetHash}, computed ${hash.actual}. The rules in the log were changed after the row was written.`,
    );
    // Example inclusion values of 72-74 % now fail 75 %: the payouts change too.
    expect(verification.checks.find((c) => c.name === 'resultHash')!.ok).toBe(false);
  });

  it('fails verification when the population differs within the log or the rules do not load', async () => {
    const entry = await exampleEntry();
    const inconsistent: LogEntry = structuredClone(entry);
    inconsistent.inputs[0].population = '1';
    const v1 = await verifyLogEntry(inconsistent);
    expect(failed(v1).map((c) => [c.name, c.message.en])).toEqual([
      ['inputs', 'The inputs cannot be read: Stockholm (Blad1!A2): the population differs within the log (1 and 2455914)'],
    ]);

    const broken = { ...entry, ruleSet: entry.ruleSet.replace('"operator":"onOrBefore"', '"operator":"onOrBefor"') };
    const v2 = await verifyLogEntry(broken);
    expect(v2.ok).toBe(false);
    expect(v2.checks).toHaveLength(1);
    expect(v2.checks[0].name).toBe('ruleSet');
    expect(v2.checks[0].message.en).toMatch(/^The rules in the log cannot be loaded: \/tranches\/1\/conditions\/all\/2\/operator: /);
  });

  it('names the cell of each problem in a damaged log row', async () => {
    const entry = await exampleEntry();
    const values = logRowCells(entry).values;
    const where = { sheetName: LOG_SHEET_NAME, row: 4 };

    const badScalars = [...values];
    badScalars[0] = 'igår';
    badScalars[2] = 'abc';
    badScalars[3] = '12,5';
    const r1 = parseLogRow(badScalars, where);
    expect(!r1.ok && r1.errors.map((e) => [e.address, e.message.en])).toEqual([
      ["'Kvot logg'!A5", `The time in 'Kvot logg'!A5 is not an ISO time: "igår"`],
      ["'Kvot logg'!C5", `SHA-256 rules in 'Kvot logg'!C5 is not a SHA-256 (64 hexadecimal characters): "abc"`],
      ["'Kvot logg'!D5", `Paid (kr) in 'Kvot logg'!D5 is not a whole amount of kronor: "12,5"`],
    ]);

    const cut = values.slice(0, -1).concat([(values[9] as string).slice(0, 100)]);
    const r2 = parseLogRow(cut, where);
    expect(!r2.ok && r2.errors.map((e) => e.message.sv)).toEqual([
      "Regler som börjar i 'Kvot logg'!J5 tar slut mitt i JSON-texten: fortsättningscellerna saknas",
    ]);

    const missing = [...values.slice(0, 8), null, values[9]];
    const r3 = parseLogRow(missing);
    expect(!r3.ok && r3.errors.map((e) => e.message.en)).toEqual(['Inputs is missing in I']);

    const wrongShape = [...values];
    wrongShape[8] = '[{"name":"Stockholm"}]';
    const r4 = parseLogRow(wrongShape, where);
    expect(!r4.ok && r4.errors[0].message.en).toBe(
      "Inputs in 'Kvot logg'!I5: row 1 must have address, code, name, population (text) and facts (text, yes/no or null)",
    );

    const r5 = parseLogRow([...values, 'stray'], where);
    expect(!r5.ok && r5.errors.map((e) => e.address)).toEqual(["'Kvot logg'!K5"]);
  });
});

import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { computePayouts } from '../../../src/core/payout/compute';
import { createLogEntry } from '../../../src/core/audit/entry';
import { logHeaderCells, logRowCells, parseLogRow, LOG_SHEET_NAME, type LocatedLogEntry } from '../../../src/core/audit/row';
import { verifyLogEntry } from '../../../src/core/audit/verify';
import { canonicalJson, ruleSetHash, sha256Hex } from '../../../src/core/audit/canonical';
import { MAX_CHUNK } from '../../../src/core/audit/chunks';
import { packInputs } from '../../../src/core/audit/inputs';
import type { ParsedTable } from '../../../src/core/table/types';
import { KRONOR_FORMAT } from '../../../src/core/payout/columns';
import { bundledAgreement, regionRow } from '../official';
import { exampleGrid2024, readTable } from '../scenario/tables';

const agreement = bundledAgreement(2024);
const TIME = '2024-12-12T09:30:00.000Z';
/** The example grid: header on row 1, 21 regions on rows 2-22; Kvot's block adds the totals row. */
const BLOCK = 'Blad1!G1:L23';
const BY = { kind: 'cli', user: 'anna' } as const;

async function exampleEntry(): Promise<LocatedLogEntry> {
  const table = readTable(exampleGrid2024(), agreement);
  table.regions[6].facts.premUsed = false; // one region failing, so withheld/redistributed paths show
  const result = await computePayouts(agreement, table.regions);
  return createLogEntry(agreement, table, result, new Date(TIME), { address: BLOCK, lang: 'sv', by: BY });
}

const parsedEntry = (parsed: ReturnType<typeof parseLogRow>) => (parsed.ok && parsed.kind === 'write' ? parsed.entry : null);

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
      regionCode: 'Kod',
      regionName: 'Region',
      population: 'Befolkning',
      inclusionRate: 'Inklusion (exempelvärde)',
      premUsed: 'PREM (exempelvärde)',
      reportSubmitted: 'Redovisning inkommen (exempelvärde)',
    });
    expect(entry.inputs).toHaveLength(21);
    expect(entry.inputs[0]).toEqual({
      address: 'Blad1!A2',
      code: '01',
      name: 'Stockholm',
      population: '2455914',
      facts: {
        regionCode: '01',
        regionName: 'Stockholm',
        population: '2455914',
        inclusionRate: '0.72',
        premUsed: true,
        reportSubmitted: '2024-09-10',
      },
    });
    expect(entry.totals.paid + entry.totals.withheld).toBe(365_000_000);
    expect(entry.totals.tranches.map((t) => t.id)).toEqual(['payout1', 'payout2']);
    expect(entry.resultHash).toMatch(/^[0-9a-f]{64}$/);
    // Where every input was read (column per fact, row per region) and what was written.
    expect(entry.sheet).toEqual({
      sheet: 'Blad1',
      columns: { regionCode: 'A', regionName: 'B', population: 'C', inclusionRate: 'D', premUsed: 'E', reportSubmitted: 'F' },
      rows: '2-22',
      percent: { inclusionRate: 'formatted' },
      written: 'G1:L23',
      lang: 'sv',
    });
    expect(entry.by).toBe('CLI (anna)');
  });

  it('refuses a written block that does not hold the regions it logs', async () => {
    const table = readTable(exampleGrid2024(), agreement);
    const result = await computePayouts(agreement, table.regions);
    await expect(createLogEntry(agreement, table, result, TIME, { address: 'Blad1!G1:L10', lang: 'sv', by: BY })).rejects.toThrow(
      /outside the written block/,
    );
    await expect(createLogEntry(agreement, table, result, TIME, { address: 'Blad2!G1:L23', lang: 'sv', by: BY })).rejects.toThrow(
      /not on Blad2/,
    );
    await expect(createLogEntry(agreement, table, result, TIME, { address: 'G1:L23', lang: 'sv', by: BY })).rejects.toThrow(/with a sheet/);
  });

  it('round-trips through the cells of a "Kvot logg" row and verifies', async () => {
    const entry = await exampleEntry();
    const row = logRowCells(entry);
    expect(row.values.slice(0, 12)).toEqual([
      '2024-12-12 10:30:00',
      'CLI (anna)',
      'Skrev Utbetalning 1, Utbetalning 2 till Blad1!G1:L23 · svf-2024 (Jämlik och effektiv cancervård med kortare väntetider 2024 – regionernas arbete med SVF) · 21 regioner · 365\u00a0000\u00a0000 kr utbetalt, 0 kr innehållet',
      entry.totals.paid,
      entry.totals.withheld,
      entry.resultHash,
      'write',
      TIME,
      BLOCK,
      '',
      'svf-2024',
      entry.ruleSetHash,
    ]);
    expect(entry.totals.paid + entry.totals.withheld).toBe(365_000_000);
    expect(row.numberFormats[3]).toBe(KRONOR_FORMAT);
    expect(row.values).toHaveLength(17);
    expect(row.values.length).toBe(row.numberFormats.length);
    expect(LOG_SHEET_NAME).toBe('Kvot logg');
    expect(logHeaderCells('sv')).toEqual([
      'Tid (svensk tid)',
      'Vem',
      'Händelse',
      'Utbetalt (kr)',
      'Innehållet (kr)',
      'SHA-256 resultat',
      'Typ',
      'Tid (UTC)',
      'Skrivet block',
      'Ångrar skrivningen (UTC)',
      'Regeluppsättning',
      'SHA-256 regler',
      'Per utbetalning',
      'Mappning',
      'Indata',
      'Celler',
      'Regler',
    ]);
    expect(logHeaderCells('en').slice(0, 3)).toEqual(['Time (Swedish time)', 'Who', 'Event']);

    const parsed = parseLogRow(row.values);
    expect(parsed).toEqual({ ok: true, kind: 'write', format: 2, entry, words: { localTime: row.values[0], event: row.values[2] } });
    const verification = await verifyLogEntry(entry);
    expect(failed(verification)).toEqual([]);
    expect(verification.ok).toBe(true);
    expect(verification.checks.map((c) => c.name)).toEqual([
      'ruleSet',
      'ruleSetHash',
      'agreementId',
      'inputs',
      'resultHash',
      'paid',
      'withheld',
      'payout1.paid',
      'payout1.withheld',
      'payout2.paid',
      'payout2.withheld',
    ]);
    expect(verification.result!.regions[6].payouts.payout2.toNumber()).toBe(0);
  });

  it('spreads long JSON over continuation cells of at most 32 000 characters and joins them back', async () => {
    const regions = Array.from({ length: 2000 }, (_, i) =>
      regionRow(i, `R${String(i).padStart(4, '0')}`, `Region med ett ganska långt namn nummer ${i}`, 1000 + i * 7, {
        inclusionRate: new Decimal(600 + (i % 300)).dividedBy(1000),
        premUsed: i % 11 !== 0,
        reportSubmitted: '2024-09-30',
      }),
    );
    const table: ParsedTable = {
      headerRow: 0,
      mapping: {},
      regions,
      skippedTotals: [],
      excludedRows: [],
      percentReading: {},
      warnings: [],
      notes: [],
    };
    const entry = await createLogEntry(agreement, table, await computePayouts(agreement, regions), TIME, {
      address: 'Blad1!G1:L2002',
      lang: 'en',
      by: { kind: 'addin' },
    });
    const row = logRowCells(entry);
    const texts = row.values.slice(12) as string[];
    expect(texts.length).toBeGreaterThan(5);
    expect(texts.every((t) => typeof t === 'string' && t.length <= MAX_CHUNK)).toBe(true);
    const cells = { sheet: 'Blad1', columns: {}, rows: '2-2001', percent: {}, lang: 'en' };
    expect(texts.join('')).toBe(
      canonicalJson(entry.totals.tranches) +
        canonicalJson(entry.mapping) +
        canonicalJson(packInputs(entry.inputs)) +
        canonicalJson(cells) +
        entry.ruleSet,
    );
    expect(row.values[1]).toBe('Excel add-in');
    const parsed = parseLogRow([...row.values, null, '']);
    expect(parsedEntry(parsed)).toEqual(entry);
    expect((await verifyLogEntry(entry)).ok).toBe(true);
  });

  it('fails verification when a population was changed after the write', async () => {
    const entry = await exampleEntry();
    const tampered: LocatedLogEntry = structuredClone(entry);
    tampered.inputs[3].population = '482660';
    tampered.inputs[3].facts.population = '482660';
    const reparsed = parseLogRow(logRowCells(tampered).values);
    expect(reparsed.ok).toBe(true);
    const verification = await verifyLogEntry(parsedEntry(reparsed) ?? tampered);
    expect(verification.ok).toBe(false);
    const bad = failed(verification);
    expect(bad.map((c) => c.name)).toEqual(['resultHash']);
    expect(bad[0].expected).toBe(entry.resultHash);
    expect(bad[0].message.sv).toMatch(
      /^Indata och utbetalningar per region blev inte desamma: SHA-256 loggad [0-9a-f]{64}, beräknad [0-9a-f]{64}\. Indata eller regler i loggen skiljer sig från dem som användes\.$/,
    );
  });

  it('fails verification, naming the rules, when a rule value was changed after the write', async () => {
    const entry = await exampleEntry();
    expect(entry.ruleSet).toContain('"operator":"greaterThanInclusive","value":0.7}');
    const tampered = {
      ...entry,
      ruleSet: entry.ruleSet.replace('"operator":"greaterThanInclusive","value":0.7}', '"operator":"greaterThanInclusive","value":0.75}'),
    };
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
    const inconsistent: LocatedLogEntry = structuredClone(entry);
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
    badScalars[7] = 'igår';
    badScalars[11] = 'abc';
    badScalars[3] = '12,5';
    badScalars[8] = 'G1:L23';
    const r1 = parseLogRow(badScalars, where);
    expect(!r1.ok && r1.errors.map((e) => [e.address, e.message.en])).toEqual([
      ["'Kvot logg'!D5", `Paid (kr) in 'Kvot logg'!D5 is not a whole amount of kronor: "12,5"`],
      ["'Kvot logg'!H5", `The time in 'Kvot logg'!H5 is not an ISO time: "igår"`],
      ["'Kvot logg'!I5", `Written block in 'Kvot logg'!I5 is not a range address with a sheet (e.g. Blad1!G4:L27): "G1:L23"`],
      ["'Kvot logg'!L5", `SHA-256 rules in 'Kvot logg'!L5 is not a SHA-256 (64 hexadecimal characters): "abc"`],
    ]);

    const cut = values.slice(0, -1).concat([(values[16] as string).slice(0, 100)]);
    const r2 = parseLogRow(cut, where);
    expect(!r2.ok && r2.errors.map((e) => e.message.sv)).toEqual([
      "Regler som börjar i 'Kvot logg'!Q5 tar slut mitt i JSON-texten: fortsättningscellerna saknas",
    ]);

    const missing = [...values.slice(0, 14), null, ...values.slice(15)];
    const r3 = parseLogRow(missing);
    expect(!r3.ok && r3.errors.map((e) => e.message.en)).toEqual(['Inputs is missing in O']);

    const wrongShape = [...values];
    wrongShape[14] = '[{"name":"Stockholm"}]';
    const r4 = parseLogRow(wrongShape, where);
    expect(!r4.ok && r4.errors[0].message.en).toBe(
      "Inputs in 'Kvot logg'!O5: row 1 must have address, code, name, population (text) and facts (text, yes/no or null)",
    );

    const r5 = parseLogRow([...values, 'stray'], where);
    expect(!r5.ok && r5.errors.map((e) => e.address)).toEqual(["'Kvot logg'!R5"]);

    const fewerRows = [...values];
    fewerRows[15] = (values[15] as string).replace('"rows":"2-22"', '"rows":"2-21"');
    const r6 = parseLogRow(fewerRows, where);
    expect(!r6.ok && r6.errors.map((e) => e.message.en)).toEqual(["Cells in 'Kvot logg'!P5: has 20 rows but Inputs has 21 regions"]);

    const notARow = ['Anteckning', 'x'];
    const r7 = parseLogRow(notARow, where);
    expect(!r7.ok && r7.errors.map((e) => e.address)).toEqual(["'Kvot logg'!G5"]);
  });
});

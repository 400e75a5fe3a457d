import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { PAYLOAD_BUDGET, PAYLOAD_LIMIT, chunksByBytes, isPayloadTooLarge, readInChunks, utf8Length } from '../../src/excel/payload';
import { LOG_SHEET_NAME, parseLogRow } from '../../src/core/audit/row';
import type { OutputColumns } from '../../src/core/payout/columns.types';
import { fakeWorkbook } from '../fake-excel/unit';
import type { SyncPayload } from '../fake-excel/payload';
import { SheetModel } from '../fake-excel/sheetModel';
import { comparisonOf, LOG_HEADER, logRowOf } from './extrasFixtures';
import { syntheticRegions, type OfficialRegion } from './fixtures';
import { loadStandIn } from './standIn';

/**
 * Excel on the web refuses a request or a response over 5 MB. The fakes measure each sync's bytes of
 * cell data and refuse what is over the limit, as Excel does, so these tests fail on any unchunked
 * request: at 20 000 rows the snapshot before a write, the undo and the log row are each over it, at
 * 100 000 the read is too. Every action must stay under it in every sync, with a number of syncs that
 * follows the bytes, not the rows.
 */

const LIMIT = PAYLOAD_LIMIT;
const HEADERS = ['Länskod', 'Region', 'Befolkning', 'Inklusion', 'PREM-enkäter använda', 'Redovisning inkommen'];
const FORMATS = ['@', 'General', '#,##0', '0.0%', 'General', 'yyyy-mm-dd'];
const OUTPUT_HEADERS = [
  'Kvot: Andel',
  'Kvot: Utbetalning 1',
  'Kvot: Utbetalning 2',
  'Kvot: Totalt',
  'Kvot: Villkor uppfyllda',
  'Kvot: Skäl',
];
const OUTPUT_FORMATS = ['0.00%', '#,##0 "kr"', '#,##0 "kr"', '#,##0 "kr"', '@', '@'];
const REASON = 'Inklusion 68,2 % är under kravet 70 %; Redovisning inkommen 2024-10-02 är efter sista dag 2024-09-30';

/** A region table of n rows as an officer's workbook holds it: six columns, Swedish formats. */
function regionTable(regions: OfficialRegion[]): SheetModel {
  const sheet = new SheetModel('Blad1');
  sheet.put(
    'A1',
    [HEADERS, ...regions.map((r, i) => [r.code, r.name, r.population, 0.6 + (i % 35) / 100, i % 11 ? 'Ja' : 'Nej', 45_500 + (i % 40)])],
    [HEADERS.map(() => 'General'), ...regions.map(() => FORMATS)],
  );
  return sheet;
}

/** The payout columns as the pane writes them: every seventh region fails, with its reasons. */
function payoutColumns(regions: OfficialRegion[], round: number): OutputColumns {
  const failing = regions.map((_, i) => i).filter((i) => i % 7 === round % 7);
  const failed = new Set(failing);
  return {
    headers: OUTPUT_HEADERS,
    rows: regions.map((r, i) => [
      r.share,
      r.amount,
      failed.has(i) ? 0 : r.amount + round,
      2 * r.amount + round,
      failed.has(i) ? 'Nej' : 'Ja',
      failed.has(i) ? REASON : '',
    ]),
    numberFormats: OUTPUT_FORMATS,
    failingRows: failing,
    totals: ['', 1, 2, 3, '', ''],
  };
}

interface Measured {
  syncs: number;
  largest: SyncPayload;
  total: number;
}

/** What one action sent and loaded, from the fake's per-sync payloads. */
async function measure(payloads: SyncPayload[], action: () => Promise<unknown>): Promise<Measured> {
  const mark = payloads.length;
  await action();
  const syncs = payloads.slice(mark);
  return {
    syncs: syncs.length,
    largest: { request: Math.max(...syncs.map((p) => p.request)), response: Math.max(...syncs.map((p) => p.response)) },
    total: syncs.reduce((sum, p) => sum + p.request + p.response, 0),
  };
}

/** Under the limit in every sync, and syncs in proportion to the bytes: chunks average at least 1 MB. */
function expectChunked(measured: Measured, overhead: number) {
  expect(measured.largest.request).toBeLessThanOrEqual(LIMIT);
  expect(measured.largest.response).toBeLessThanOrEqual(LIMIT);
  expect(measured.syncs).toBeLessThanOrEqual(overhead + Math.ceil(measured.total / 1_000_000));
}

describe.each([20_000, 100_000])('every request and response under 5 MB at %i rows', (n) => {
  const regions = syntheticRegions(n);

  it('reads, writes (twice: over its own columns), and undoes', async () => {
    const sheet = regionTable(regions);
    const excel = fakeWorkbook({ sheets: [sheet], selection: 'B2', payloadLimit: LIMIT });
    const workbook = new OfficeWorkbook(excel.host);

    let found!: Awaited<ReturnType<OfficeWorkbook['readRegionTable']>>;
    const read = await measure(excel.payloads, async () => (found = await workbook.readRegionTable()));
    expect(found.grid.values).toHaveLength(n + 1);
    expect(found.grid.values[n]).toEqual([
      regions[n - 1].code,
      regions[n - 1].name,
      regions[n - 1].population,
      expect.any(Number),
      expect.any(String),
      expect.any(Number),
    ]);
    expectChunked(read, 1);
    if (n >= 100_000) expect(read.total).toBeGreaterThan(LIMIT);

    const first = await measure(excel.payloads, () => workbook.writePayoutColumns(found, payoutColumns(regions, 0), { overwrite: false }));
    expectChunked(first, 2);
    const before = { values: sheet.values(`G1:L${n + 2}`), fills: sheet.map(`G1:L${n + 2}`, (c) => c.fill?.color ?? null) };

    // Writing again over Kvot's own columns: the snapshot holds their values, formats and fills.
    const second = await measure(excel.payloads, () => workbook.writePayoutColumns(found, payoutColumns(regions, 1), { overwrite: false }));
    expectChunked(second, 2);
    expect(second.total).toBeGreaterThan(2 * LIMIT);
    expect(sheet.cell(n, 8).value).toBe(regions[n - 1].amount + 1);
    expect(sheet.cell(1, 11).value).toBe('');
    expect(sheet.cell(2, 11).value).toBe(REASON);
    expect(sheet.cell(2, 6).fill?.color).toBe('#FFC7CE');

    const undo = await measure(excel.payloads, () => workbook.undoLastWrite());
    expectChunked(undo, 1);
    if (n >= 100_000) expect(undo.total).toBeGreaterThan(LIMIT);
    // Exactly the first write's cells again: values and fills.
    expect(sheet.values(`G1:L${n + 2}`)).toEqual(before.values);
    expect(sheet.map(`G1:L${n + 2}`, (c) => c.fill?.color ?? null)).toEqual(before.fills);
  }, 300_000);

  it('appends the log row (inputs of every region) and writes the comparison sheet', async () => {
    const excel = fakeWorkbook({ sheets: [new SheetModel('Blad1')], payloadLimit: LIMIT });
    const workbook = new OfficeWorkbook(excel.host);
    const row = logRowOf(regions);
    const log = await measure(excel.payloads, () => workbook.appendAuditLog(LOG_HEADER, row));
    expectChunked(log, 3);
    if (n >= 100_000) expect(log.total).toBeGreaterThan(LIMIT);
    const written = excel.sheet(LOG_SHEET_NAME).model.values(`A2:${'A'}2`)[0][0];
    expect(written).toBe(row.values[0]);
    const cells = excel.sheet(LOG_SHEET_NAME).model.map(`A2:XFD2`, (c) => (c.value === '' ? null : c.value))[0];
    const parsed = parseLogRow(cells);
    expect(parsed.ok && parsed.kind === 'write' ? parsed.entry.inputs.length : parsed).toBe(n);

    const comparison = await measure(excel.payloads, () => workbook.writeComparisonSheet(comparisonOf(regions)));
    expectChunked(comparison, 1);
  }, 300_000);
});

describe('the adapter against the end-to-end stand-in at 20 000 rows, under 5 MB', () => {
  it('reads, writes, logs and undoes with every sync under the limit', async () => {
    const n = 20_000;
    const regions = syntheticRegions(n);
    const { host, standIn } = loadStandIn({
      activeSheet: 'Blad1',
      sheets: {
        Blad1: {
          values: [
            HEADERS,
            ...regions.map((r, i) => [r.code, r.name, r.population, 0.6 + (i % 35) / 100, i % 11 ? 'Ja' : 'Nej', 45_500 + (i % 40)]),
          ],
        },
      },
      selection: 'B2',
      payloadLimit: LIMIT,
    });
    const workbook = new OfficeWorkbook(host);
    const found = await workbook.readRegionTable();
    expect(found.grid.values).toHaveLength(n + 1);
    await workbook.writePayoutColumns(found, payoutColumns(regions, 0), { overwrite: false });
    await workbook.writePayoutColumns(found, payoutColumns(regions, 1), { overwrite: false });
    await workbook.appendAuditLog(LOG_HEADER, logRowOf(regions));
    expect(await workbook.undoLastWrite()).toBe(true);
    const payloads = standIn.payloads;
    expect(Math.max(...payloads.map((p) => p.request))).toBeLessThanOrEqual(LIMIT);
    expect(Math.max(...payloads.map((p) => p.response))).toBeLessThanOrEqual(LIMIT);
    expect(payloads.reduce((sum, p) => sum + p.request + p.response, 0)).toBeGreaterThan(5 * LIMIT);
    // Undone: the first write's payouts are back (Kvot's columns start at G: share, payout 1, payout 2).
    expect(standIn.getValues('Blad1', 'H2:I3')).toEqual([
      [regions[0].amount, 0],
      [regions[1].amount, regions[1].amount],
    ]);
  }, 300_000);
});

describe('payload.ts', () => {
  it('counts UTF-8 bytes', () => {
    expect(utf8Length('Sörmland')).toBe(Buffer.byteLength('Sörmland'));
    expect(utf8Length('kr \u202f\u{1F600}')).toBe(Buffer.byteLength('kr \u202f\u{1F600}'));
  });

  it('property: counts UTF-8 bytes as Node does, short and long texts, lone surrogates included', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'ö', '\u202f', '\u{1F600}', '\ud83d', '\ude00', '"'),
      minLength: 1,
      maxLength: 40,
    });
    fc.assert(
      fc.property(text, (piece) => {
        // Over the length from which texts are encoded rather than counted.
        const long = piece.repeat(Math.ceil(1100 / piece.length));
        expect(utf8Length(piece)).toBe(Buffer.byteLength(piece));
        expect(utf8Length(long)).toBe(Buffer.byteLength(long));
      }),
    );
  });

  it('cuts items into chunks within the budget, a too large item alone', () => {
    expect(chunksByBytes([3, 3, 3, 3], 6)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(chunksByBytes([2, 9, 2], 6)).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
    expect(chunksByBytes([], 6)).toEqual([]);
    expect(chunksByBytes([1, 1, 1])).toEqual([[0, 2]]);
  });

  it('reads again in halves what Excel refuses for its size, and sizes later chunks by what came back', async () => {
    const asked: [number, number][] = [];
    const bytesPerRow = 1_000;
    const parts = await readInChunks(0, 9_999, 10, async (first, last) => {
      asked.push([first, last]);
      const bytes = (last - first + 1) * bytesPerRow;
      if (bytes > PAYLOAD_LIMIT) throw Object.assign(new Error('too large'), { code: 'ResponsePayloadSizeLimitExceeded' });
      return { part: [first, last], bytes };
    });
    expect(parts.flat().length).toBe(2 * parts.length);
    expect(parts[0][0]).toBe(0);
    expect(parts[parts.length - 1][1]).toBe(9_999);
    // The guess (10 bytes a row) was far off: refused, halved until it fitted, then sized by what came back.
    expect(asked[0]).toEqual([0, 9_999]);
    expect(asked.filter(([a, b]) => (b - a + 1) * bytesPerRow > PAYLOAD_LIMIT).length).toBeGreaterThan(0);
    expect(parts.every(([a, b]) => (b - a + 1) * bytesPerRow <= PAYLOAD_LIMIT)).toBe(true);
    expect(parts.slice(1).every(([a, b]) => (b - a + 1) * bytesPerRow <= PAYLOAD_BUDGET)).toBe(true);
  });

  it('asks for the size of a chunk only where more than one chunk of its rows follows: only chunks to come are sized by it', async () => {
    const asked: [number, number, boolean][] = [];
    await readInChunks(0, 9_999, 1_000, async (first, last, measure) => {
      asked.push([first, last, measure]);
      return { part: null, bytes: measure ? (last - first + 1) * 1_000 : 0 };
    });
    // 4 000 rows a chunk (4 MB at 1 000 bytes a row), then 3 200 (with the margin): 0–3 999 leaves
    // more than 4 000 rows, 4 000–7 199 leaves 2 800, read at once without a size.
    expect(asked).toEqual([
      [0, 3_999, true],
      [4_000, 7_199, false],
      [7_200, 9_999, false],
    ]);
  });

  it('reads the rest at once when it fits in a chunk of the rows just read, and in halves should it be refused', async () => {
    const asked: [number, number][] = [];
    // The last 1 000 rows are ten times denser: too large for the chunk sized by the rows before them.
    const bytesOf = (first: number, last: number) => (last - first + 1) * 100 + Math.max(0, last - Math.max(first, 14_000) + 1) * 9_000;
    const parts = await readInChunks(0, 14_999, 400, async (first, last, measure) => {
      asked.push([first, last]);
      if (bytesOf(first, last) > PAYLOAD_LIMIT) throw Object.assign(new Error('too large'), { code: 'ResponsePayloadSizeLimitExceeded' });
      return { part: [first, last], bytes: measure ? bytesOf(first, last) : 0 };
    });
    expect(parts.map(([a]) => a)).toEqual(parts.map((_, i) => (i === 0 ? 0 : parts[i - 1][1] + 1)));
    expect(parts[parts.length - 1][1]).toBe(14_999);
    expect(asked[0]).toEqual([0, 9_999]);
    expect(asked[1]).toEqual([10_000, 14_999]);
    expect(asked.length).toBeGreaterThan(parts.length);
  });

  it('knows the refusal only by its code', () => {
    expect(isPayloadTooLarge({ code: 'RequestPayloadSizeLimitExceeded' })).toBe(true);
    expect(isPayloadTooLarge(new Error('ResponsePayloadSizeLimitExceeded: 6000000 bytes'))).toBe(true);
    expect(isPayloadTooLarge({ code: 'InvalidArgument' })).toBe(false);
  });

  it('reads a table whose cells hold long texts: the first chunk is refused and read again in halves', async () => {
    const regions = syntheticRegions(3_000).map((r) => ({ ...r, name: `${r.name} ${'lång text '.repeat(300)}` }));
    const sheet = regionTable(regions);
    const excel = fakeWorkbook({ sheets: [sheet], selection: 'B2', payloadLimit: LIMIT });
    const found = await new OfficeWorkbook(excel.host).readRegionTable();
    expect(found.grid.values).toHaveLength(regions.length + 1);
    expect(found.grid.values[regions.length][1]).toBe(regions[regions.length - 1].name);
    expect(excel.payloads.some((p) => p.response > LIMIT)).toBe(true); // the refused one
  }, 120_000);
});

import { describe, expect, it } from 'vitest';
import { createLogEntry, createUndoEntry } from '../../../src/core/audit/entry';
import { authorText, stockholmTime, undoSummary, writeSummary } from '../../../src/core/audit/human';
import { logHeaderNeeded, isLogHeaderRow } from '../../../src/core/audit/columns';
import { logHeaderCells, logRowCells, parseLogRow, undoRowCells, writtenBlock } from '../../../src/core/audit/row';
import { computePayouts } from '../../../src/core/payout/compute';
import { bundledAgreement } from '../official';
import { exampleGrid2024, readTable } from '../scenario/tables';
import { LEGACY_HEADER } from './legacy';

const agreement = bundledAgreement(2024);
const plain = (text: unknown) => String(text).replace(/[\u00a0\u202f]/g, ' ');

async function entryAt(time: string, lang: 'sv' | 'en' = 'sv') {
  const table = readTable(exampleGrid2024(), agreement);
  table.regions[6].facts.premUsed = false;
  const result = await computePayouts(agreement, table.regions);
  return createLogEntry(agreement, table, result, time, { address: 'Blad1!G1:L23', lang, by: { kind: 'addin' } });
}

describe('the log in Swedish time', () => {
  it('shows winter time (CET, UTC+1) and summer time (CEST, UTC+2), whatever the machine’s zone', () => {
    expect(stockholmTime('2026-12-01T22:15:04.000Z')).toBe('2026-12-01 23:15:04');
    expect(stockholmTime('2026-06-30T22:30:00Z')).toBe('2026-07-01 00:30:00'); // summer: the date turns at 22:00 UTC
    expect(stockholmTime('2026-01-31T23:00:00+00:00')).toBe('2026-02-01 00:00:00');
  });

  it('springs forward on the last Sunday of March: 02:00 CET becomes 03:00 CEST', () => {
    expect(stockholmTime('2026-03-29T00:59:59Z')).toBe('2026-03-29 01:59:59');
    expect(stockholmTime('2026-03-29T01:00:00Z')).toBe('2026-03-29 03:00:00');
    expect(stockholmTime('2026-03-28T12:00:00Z')).toBe('2026-03-28 13:00:00');
    expect(stockholmTime('2026-03-30T12:00:00Z')).toBe('2026-03-30 14:00:00');
  });

  it('falls back on the last Sunday of October: 02:30 shows twice, so the UTC time stays in the row', async () => {
    expect(stockholmTime('2026-10-25T00:30:00Z')).toBe('2026-10-25 02:30:00'); // CEST
    expect(stockholmTime('2026-10-25T01:30:00Z')).toBe('2026-10-25 02:30:00'); // CET, one hour later
    expect(stockholmTime('2026-10-24T12:00:00Z')).toBe('2026-10-24 14:00:00');
    expect(stockholmTime('2026-10-26T12:00:00Z')).toBe('2026-10-26 13:00:00');

    const first = logRowCells(await entryAt('2026-10-25T00:30:00.000Z'));
    const second = logRowCells(await entryAt('2026-10-25T01:30:00.000Z'));
    expect(first.values[0]).toBe(second.values[0]);
    expect([first.values[7], second.values[7]]).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']);
    expect(() => stockholmTime('igår')).toThrow(RangeError);
  });
});

describe('who and what, in words', () => {
  it('says who wrote as far as the host can tell', () => {
    expect(authorText({ kind: 'addin' }, 'sv')).toBe('Excel-tillägget');
    expect(authorText({ kind: 'addin' }, 'en')).toBe('Excel add-in');
    expect(authorText({ kind: 'cli', user: 'anna' }, 'sv')).toBe('CLI (anna)');
    expect(authorText({ kind: 'cli', user: null }, 'en')).toBe('CLI');
  });

  it('sums a write up in one sentence, in Swedish and in English', async () => {
    const sv = await entryAt('2026-12-01T22:15:04.000Z', 'sv');
    expect(plain(writeSummary(sv, writtenBlock(sv.sheet), 'sv'))).toBe(
      'Skrev Utbetalning 1, Utbetalning 2 till Blad1!G1:L23 · svf-2024 (Jämlik och effektiv cancervård med kortare väntetider 2024 – regionernas arbete med SVF) · 21 regioner · 365 000 000 kr utbetalt, 0 kr innehållet',
    );
    const en = await entryAt('2026-12-01T22:15:04.000Z', 'en');
    expect(plain(writeSummary(en, writtenBlock(en.sheet), 'en'))).toBe(
      "Wrote Payout 1, Payout 2 to Blad1!G1:L23 · svf-2024 (Equitable and effective cancer care with shorter waiting times 2024 – the regions' work with SVF) · 21 regions · 365,000,000 kr paid, 0 kr withheld",
    );
    const row = logRowCells(en);
    expect(row.values.slice(0, 2)).toEqual(['2026-12-01 23:15:04', 'Excel add-in']);
    expect(row.values[2]).toBe(writeSummary(en, 'Blad1!G1:L23', 'en'));
  });

  it('records an undo as its own row that names the write it took back', async () => {
    const entry = await entryAt('2026-12-01T22:15:04.000Z');
    const undone = { time: entry.time, block: writtenBlock(entry.sheet), resultHash: entry.resultHash };
    const undo = createUndoEntry(undone, '2026-12-01T22:20:00.000Z', 'sv', { kind: 'addin' });
    expect(undoSummary(undo, 'sv')).toBe('Ångrade skrivningen från 23:15:04 i Blad1!G1:L23');
    expect(undoSummary(undo, 'en')).toBe('Undid the write of 23:15:04 in Blad1!G1:L23');
    const nextDay = createUndoEntry(undone, '2026-12-02T08:00:00.000Z', 'sv', { kind: 'addin' });
    expect(undoSummary(nextDay, 'sv')).toBe('Ångrade skrivningen från 2026-12-01 23:15:04 i Blad1!G1:L23');

    const row = undoRowCells(undo);
    expect(row.values).toEqual([
      '2026-12-01 23:20:00',
      'Excel-tillägget',
      'Ångrade skrivningen från 23:15:04 i Blad1!G1:L23',
      '',
      '',
      entry.resultHash,
      'undo',
      '2026-12-01T22:20:00.000Z',
      'Blad1!G1:L23',
      '2026-12-01T22:15:04.000Z',
      '',
      '',
    ]);
    expect(row.numberFormats).toHaveLength(12);
    expect(parseLogRow(row.values)).toEqual({
      ok: true,
      kind: 'undo',
      format: 2,
      undo: { ...undo, by: 'Excel-tillägget' },
      words: { localTime: '2026-12-01 23:20:00', event: row.values[2] },
    });
    const broken = [...row.values];
    broken[9] = 'igår';
    const parsed = parseLogRow(broken, { sheetName: 'Kvot logg', row: 2 });
    expect(!parsed.ok && parsed.errors.map((e) => e.address)).toEqual(["'Kvot logg'!J3"]);
  });
});

describe('header rows', () => {
  it('knows the header rows of both formats, and when a new one is needed', () => {
    expect(isLogHeaderRow(logHeaderCells('sv'))).toBe(true);
    expect(isLogHeaderRow(logHeaderCells('en'))).toBe(true);
    expect(isLogHeaderRow(LEGACY_HEADER)).toBe(true);
    expect(isLogHeaderRow(['2026-12-01 23:15:04'])).toBe(false);

    expect(logHeaderNeeded([])).toBe(true);
    expect(logHeaderNeeded(['', null])).toBe(true);
    expect(logHeaderNeeded(['Tid (svensk tid)', '2026-12-01 23:15:04'])).toBe(false);
    expect(logHeaderNeeded(['Time (Swedish time)'])).toBe(false);
    // An older log: its last row is of the older format, so this format's header goes under it.
    expect(logHeaderNeeded(['Tid', '2024-10-01T08:30:00.000Z'])).toBe(true);
    expect(logHeaderNeeded(['Tid', '2024-10-01T08:30:00.000Z', 'Tid (svensk tid)', '2026-12-01 23:15:04', null])).toBe(false);
  });
});

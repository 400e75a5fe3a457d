import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { run } from './run';
import { officialTable } from '../core/official';
import { decodeCsvBytes, encodingByName, indexOfBadCharacter, type CsvEncoding } from '../../src/cli/csvDecode';
import { readCsv, readCsvBytes } from '../../src/cli/csv';

// ---- Encoders written out by hand, so the decoder is not tested against itself. ----

/** Windows-1252 bytes of the characters a Swedish table holds; 0x80–0x9F differ from Latin-1. */
const CP1252: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '\u00a0': 0xa0,
  '§': 0xa7,
  '°': 0xb0,
  Ä: 0xc4,
  Å: 0xc5,
  É: 0xc9,
  Ö: 0xd6,
  Ü: 0xdc,
  ä: 0xe4,
  å: 0xe5,
  é: 0xe9,
  ö: 0xf6,
  ü: 0xfc,
};

function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x80) return code;
    const byte = CP1252[ch];
    if (byte === undefined) throw new Error(`No Windows-1252 byte for ${ch} in this test's table`);
    return byte;
  });
}

/** Mac Roman, as old Excel for Mac saved "CSV": å ä ö Ö. */
const MAC_ROMAN: Record<string, number> = { å: 0x8c, ä: 0x8a, ö: 0x9a, Ö: 0x85 };
const macRoman = (text: string) => Uint8Array.from([...text], (ch) => MAC_ROMAN[ch] ?? ch.charCodeAt(0));
/** Code page 850, Excel's "CSV (MS-DOS)": å ä ö Ö. */
const CP850: Record<string, number> = { å: 0x86, ä: 0x84, ö: 0x94, Ö: 0x99 };
const cp850 = (text: string) => Uint8Array.from([...text], (ch) => CP850[ch] ?? ch.charCodeAt(0));

function utf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const bytes: number[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i);
    if (endian === 'le') bytes.push(unit & 0xff, unit >> 8);
    else bytes.push(unit >> 8, unit & 0xff);
  }
  return Uint8Array.from(bytes);
}

const utf8 = (text: string, bom = false) => Uint8Array.from([...(bom ? [0xef, 0xbb, 0xbf] : []), ...Buffer.from(text, 'utf8')]);

// ---- The 2024 example with headers that only match when å, ä and ö survive. ----

const HEADER = 'Länskod;Region;Befolkningsmängd;Inklusionsgrad;PREM använd;Redovisning inkommen';
const example = readFileSync('examples/regioner-2024.csv', 'utf8').replace(/^\uFEFF/, '');
/** CRLF, as Excel writes it; numbers with no-break spaces ("2 455 914"). */
const swedish = [HEADER, ...example.split('\r\n').slice(1)].join('\r\n');
/** ASCII up to "Sörmland" on line 4: plain headers, plain spaces in the numbers. */
const asciiHeader = ['Kod;Region;Befolkning;Inklusion;PREM;Redovisning', ...example.split('\r\n').slice(1)]
  .join('\r\n')
  .replace(/\u00a0/g, ' ');
const official = officialTable(2024);

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'kvot-csv-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

const apply = (file: string, ...extra: string[]) =>
  run('apply', file, '--rules', 'rules/svf-2024.json', '--json', '--out', `${file}-out.xlsx`, ...extra);

async function firstSheetValues(file: string): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const values: unknown[] = [];
  workbook.worksheets[0].eachRow((row) => values.push(row.values));
  return values;
}

describe('kvot apply reads the CSV encodings Excel saves, with the same payouts', () => {
  let baseline: unknown;
  let baselineSheet: unknown[];

  beforeAll(async () => {
    const file = write('utf8.csv', utf8(swedish));
    const { code, out, err } = await apply(file);
    expect(code, err).toBe(0);
    expect(err).not.toMatch(/Läste \S+ som/);
    // The sheet is named after the file, so it is the one field allowed to differ.
    baseline = { ...JSON.parse(out), sheet: undefined };
    baselineSheet = await firstSheetValues(`${file}-out.xlsx`);
  });

  it('the UTF-8 baseline has the official payouts and the names with å, ä and ö', () => {
    const json = baseline as { regions: { name: string; payouts: { payout2: number } }[] };
    expect(json.regions.map((r) => r.payouts.payout2)).toEqual(official.map((r) => r.amount));
    expect(json.regions.map((r) => r.name)).toEqual(
      expect.arrayContaining(['Sörmland', 'Västra Götaland', 'Jämtland Härjedalen', 'Örebro', 'Skåne']),
    );
  });

  const variants: [name: string, bytes: () => Uint8Array, notice?: string][] = [
    ['semikolon-1252.csv', () => windows1252(swedish), 'Windows-1252'],
    ['utf8-bom.csv', () => utf8(swedish, true)],
    ['lf-only.csv', () => utf8(swedish.replace(/\r\n/g, '\n'))],
    ['lf-only-1252.csv', () => windows1252(swedish.replace(/\r\n/g, '\n')), 'Windows-1252'],
    ['sep-line-1252.csv', () => windows1252(`sep=;\r\n${swedish}`), 'Windows-1252'],
    ['sep-line-bom.csv', () => utf8(`sep=;\r\n${swedish}`, true)],
    ['unicode-text.txt', () => utf16(swedish.replace(/;/g, '\t'), 'le'), 'UTF-16 LE'],
    ['unicode-text-be.csv', () => utf16(swedish.replace(/;/g, '\t'), 'be'), 'UTF-16 BE'],
    ['tabbavgransad-1252.txt', () => windows1252(swedish.replace(/;/g, '\t')), 'Windows-1252'],
  ];

  for (const [name, bytes, notice] of variants) {
    it(`${name}: same JSON and same written cells as UTF-8${notice ? `, and says it read ${notice}` : ''}`, async () => {
      const file = write(name, bytes());
      const { code, out, err } = await apply(file);
      expect(code, err).toBe(0);
      expect({ ...JSON.parse(out), sheet: undefined }).toEqual(baseline);
      expect(await firstSheetValues(`${file}-out.xlsx`)).toEqual(baselineSheet);
      if (notice) expect(err).toContain(`Läste ${file} som ${notice}.`);
      else expect(err).not.toMatch(/Läste \S+ som/);
    });
  }

  it('says so in English with --lang en', async () => {
    const file = write('english.csv', windows1252(swedish));
    const { code, err } = await apply(file, '--lang', 'en');
    expect(code).toBe(0);
    expect(err).toContain(`Read ${file} as Windows-1252.`);
  });
});

describe('--encoding', () => {
  it('reads UTF-16 LE without a BOM only when told to, and names the flag when not', async () => {
    const file = write('utan-bom.txt', utf16(swedish.replace(/;/g, '\t'), 'le', false));
    const detected = await apply(file);
    expect(detected.code).toBe(1);
    expect(detected.err).toContain(`${file} ser ut att vara UTF-16 LE utan byte order mark`);
    expect(detected.err).toContain('--encoding utf-16le');
    expect(existsSync(`${file}-out.xlsx`)).toBe(false);

    const forced = await apply(file, '--encoding', 'utf-16le');
    expect(forced.code, forced.err).toBe(0);
    expect(JSON.parse(forced.out).regions.map((r: { payouts: { payout2: number } }) => r.payouts.payout2)).toEqual(
      official.map((r) => r.amount),
    );
  });

  it('accepts aliases such as cp1252, ANSI and latin1 for Windows-1252', async () => {
    const file = write('ansi.csv', windows1252(swedish));
    for (const name of ['cp1252', 'ANSI', 'latin1', 'Windows-1252']) {
      const { code, err } = await apply(file, '--encoding', name);
      expect(code, err).toBe(0);
      expect(err).toContain('som Windows-1252');
    }
  });

  it('a Windows-1252 file forced as UTF-8 fails at the line of "Sörmland" and writes nothing', async () => {
    const file = write('forced-utf8.csv', windows1252(asciiHeader));
    const { code, out, err } = await apply(file, '--encoding', 'utf-8');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(`${file}, rad 4: texten är inte giltig UTF-8 ("S\uFFFDrmland"), som --encoding utf-8 anger`);
    expect((await apply(file, '--encoding', 'utf-8', '--lang', 'en')).err).toContain('line 4');
    expect(existsSync(`${file}-out.xlsx`)).toBe(false);
  });

  it('a UTF-8 file forced as Windows-1252 fails instead of reading "SÃ¶rmland"', async () => {
    const file = write('forced-1252.csv', utf8(asciiHeader));
    const { code, err } = await apply(file, '--encoding', 'windows-1252');
    expect(code).toBe(1);
    expect(err).toContain(`${file}, rad 4: "SÃ¶rmland" ser ut som UTF-8 läst som Windows-1252`);
    expect(err).toContain('Kör utan --encoding.');
  });

  it('refuses an encoding that contradicts the byte order mark', async () => {
    const file = write('bom-vs-flag.csv', utf8(swedish, true));
    const { code, err } = await apply(file, '--encoding', 'windows-1252');
    expect(code).toBe(1);
    expect(err).toContain('börjar med en byte order mark för UTF-8, men --encoding windows-1252 angavs');
  });

  it('refuses UTF-16 for a file that is not', async () => {
    const file = write('not-16.csv', utf8(swedish));
    const { code, err } = await apply(file, '--encoding', 'utf-16le');
    expect(code).toBe(1);
    expect(err).toContain('ser inte ut som UTF-16 LE');
  });

  it('an unknown name is a usage error listing the accepted ones', async () => {
    const { code, err } = await apply('examples/regioner-2024.csv', '--encoding', 'koi8-r');
    expect(code).toBe(2);
    expect(err).toContain('--encoding "koi8-r" känns inte igen: ange utf-8, windows-1252, utf-16le, utf-16be');
    expect(err).toContain('Användning / Usage');
  });
});

describe('files that are not a CSV table', () => {
  // Each expected text in Swedish (the default) or in English (--lang en); either way nothing is written.
  const refused = async (name: string, bytes: Uint8Array, ...expected: string[]) => {
    const file = write(name, bytes);
    const sv = await apply(file);
    const en = await apply(file, '--lang', 'en');
    for (const run of [sv, en]) {
      expect(run.code).toBe(1);
      expect(run.out).toBe('');
    }
    expect(sv.err).toContain('Inget skrevs.');
    expect(en.err).toContain('Nothing was written.');
    for (const text of expected) expect(`${sv.err}\n${en.err}`).toContain(text.replace('FILE', file));
    expect(existsSync(`${file}-out.xlsx`)).toBe(false);
  };

  it('an .xlsx renamed to .csv: says it is a workbook and to rename it', () =>
    refused(
      'regioner.csv',
      readFileSync('examples/regioner-2024.xlsx'),
      'FILE är en Excel-arbetsbok, inte CSV: byt filändelsen till .xlsx',
      'rename it to .xlsx',
    ));

  it('an old .xls renamed to .csv', () =>
    refused('gammal.csv', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'gamla .xls-formatet'));

  it('an empty file, a BOM alone, a sep line alone, only delimiters', async () => {
    await refused('tom.csv', new Uint8Array(), 'FILE är tom', 'FILE is empty');
    await refused('bara-bom.csv', utf8('', true), 'FILE är tom');
    await refused('bara-sep.csv', utf8('sep=;\r\n'), 'FILE är tom');
    await refused('bara-semikolon.csv', utf8(';;;\r\n;;;\r\n\r\n'), 'FILE är tom');
    await refused('blanksteg.txt', utf16(' \r\n\t\r\n', 'le'), 'är tom');
  });

  it('NUL bytes in a line: names the line', () => {
    const lines = swedish.split('\r\n');
    lines[2] = `03;Upp\0\0\0sala;404 714;89 %;Ja;17 sep 2024`;
    return refused('nul.csv', utf8(lines.join('\r\n')), 'FILE, rad 3: styrtecknet U+0000', 'line 3');
  });

  it('a file of zeros (a broken download or cloud placeholder)', () =>
    refused('nollor.csv', new Uint8Array(4096), 'rad 1: styrtecknet U+0000'));

  it('binary garbage', () => {
    // Deterministic "random" bytes.
    const bytes = new Uint8Array(4096);
    let block = Buffer.from('kvot');
    for (let i = 0; i < bytes.length; i += 32) {
      block = createHash('sha256').update(block).digest();
      bytes.set(block.subarray(0, Math.min(32, bytes.length - i)), i);
    }
    return refused('skrap.csv', bytes, 'styrtecknet', 'FILE, rad ');
  });

  it('UTF-32, which Kvot does not read', () =>
    refused('utf32.csv', Uint8Array.from([0xff, 0xfe, 0, 0, 0x4b, 0, 0, 0]), 'sparad som UTF-32, som Kvot inte läser'));

  it('a U+FFFD already saved into the file ("S�rmland")', () =>
    refused(
      'ersatt.csv',
      utf8(asciiHeader.replace('Sörmland', 'S\uFFFDrmland')),
      'FILE, rad 4: "S\uFFFDrmland" innehåller ersättningstecknet',
    ));

  it('UTF-8 that an earlier program read as Windows-1252 and saved again', () =>
    refused(
      'dubbel.csv',
      utf8(asciiHeader.replace('Sörmland', 'SÃ¶rmland')),
      'FILE, rad 4: "SÃ¶rmland" ser ut som UTF-8 läst som Windows-1252',
    ));

  it('a file mixing UTF-8 lines and Windows-1252 lines', () => {
    const lines = asciiHeader.split('\r\n');
    const bytes = Buffer.concat([
      Buffer.from(utf8(lines.slice(0, 10).join('\r\n') + '\r\n')),
      Buffer.from(windows1252(lines.slice(10).join('\r\n'))),
    ]);
    return refused('blandad.csv', bytes, 'FILE, rad 4: "SÃ¶rmland"', 'blandar teckenkodningar');
  });

  it('Mac Roman, as old Excel for Mac saved CSV', () =>
    refused(
      'mac.csv',
      macRoman(asciiHeader),
      'FILE, rad 4: "Sšrmland" ser inte ut som svensk text i Windows-1252',
      '--encoding windows-1252',
    ));

  it('code page 850, as Excel saves "CSV (MS-DOS)"', () =>
    refused('dos.csv', cp850(asciiHeader), 'FILE, rad 4: "S\u201Drmland" ser inte ut som svensk text i Windows-1252'));

  it('a UTF-16 file cut off in the middle of a character', () =>
    refused('avkortad.txt', utf16(swedish.replace(/;/g, '\t'), 'le').subarray(0, 301), 'är inte giltig UTF-16 LE', 'avkortad'));

  it('a UTF-8 BOM in front of Windows-1252 text', () =>
    refused(
      'bom-1252.csv',
      Uint8Array.from([0xef, 0xbb, 0xbf, ...windows1252(asciiHeader)]),
      'FILE, rad 4: texten är inte giltig UTF-8 ("S\uFFFDrmland")',
      'blandar teckenkodningar',
    ));
});

describe('decodeCsvBytes', () => {
  it('detects UTF-8, Windows-1252 and UTF-16 with BOM and drops the BOM', () => {
    const text = 'Region;Not\r\nSörmland;€ 5 – ’Ö’\r\n';
    const cases: [Uint8Array, CsvEncoding][] = [
      [utf8(text), 'utf-8'],
      [utf8(text, true), 'utf-8'],
      [windows1252(text), 'windows-1252'],
      [utf16(text, 'le'), 'utf-16le'],
      [utf16(text, 'be'), 'utf-16be'],
    ];
    for (const [bytes, encoding] of cases) expect(decodeCsvBytes(bytes)).toEqual({ ok: true, text, encoding });
  });

  it('guesses the byte order of UTF-16 without BOM only to ask for --encoding', () => {
    expect(decodeCsvBytes(utf16('a;b\n1;2\n', 'le', false))).toEqual({
      ok: false,
      problem: { code: 'utf16-without-bom', guess: 'utf-16le' },
    });
    expect(decodeCsvBytes(utf16('a;b\n1;2\n', 'be', false))).toEqual({
      ok: false,
      problem: { code: 'utf16-without-bom', guess: 'utf-16be' },
    });
    expect(decodeCsvBytes(utf16('a;b\n1;2\n', 'be', false), 'utf-16be')).toEqual({ ok: true, text: 'a;b\n1;2\n', encoding: 'utf-16be' });
  });

  it('refuses control characters, a BOM inside the text, and Windows-1252 bytes no character has', () => {
    expect(decodeCsvBytes(utf8('a;b\n1;\u00072\n'))).toMatchObject({ ok: false, problem: { code: 'control-character', line: 2, char: 7 } });
    expect(decodeCsvBytes(utf8('a;b\r\n\uFEFFa;b\r\n', true))).toMatchObject({ ok: false, problem: { code: 'stray-bom', line: 2 } });
    // 0x81 is undefined in Windows-1252 (browsers give U+0081).
    expect(decodeCsvBytes(Uint8Array.from([0x61, 0x3b, 0x62, 0x0a, 0x81]))).toMatchObject({
      ok: false,
      problem: { code: 'control-character', line: 2, char: 0x81 },
    });
    // Old Mac line breaks count as lines too.
    expect(decodeCsvBytes(utf8('a;b\r1;2\r\0'))).toMatchObject({ ok: false, problem: { code: 'control-character', line: 3 } });
  });

  it('keeps tabs, line breaks and no-break spaces', () => {
    expect(decodeCsvBytes(windows1252('a\tb\r\n2\u00a0455\u00a0914\t"x\ny"\n'))).toMatchObject({
      ok: true,
      text: 'a\tb\r\n2\u00a0455\u00a0914\t"x\ny"\n',
    });
  });

  it('never throws and never hands over text with U+FFFD, NUL or other control characters', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom<CsvEncoding | undefined>(undefined, 'utf-8', 'windows-1252', 'utf-16le', 'utf-16be'),
        (bytes, encoding) => {
          const decoded = decodeCsvBytes(bytes, encoding);
          if (decoded.ok) expect(indexOfBadCharacter(decoded.text)).toBe(-1);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('encodingByName', () => {
  it('knows the names officers meet', () => {
    expect(['utf8', 'UTF-8', 'utf-8-sig'].map(encodingByName)).toEqual(['utf-8', 'utf-8', 'utf-8']);
    expect(['cp1252', 'windows-1252', 'ANSI', 'latin1', 'ISO-8859-1'].map(encodingByName)).toEqual(Array(5).fill('windows-1252'));
    expect(['utf-16le', 'UTF16LE', 'unicode', 'utf-16'].map(encodingByName)).toEqual(Array(4).fill('utf-16le'));
    expect(['utf-16be', 'Unicode big endian'].map(encodingByName)).toEqual(['utf-16be', 'utf-16be']);
    expect(['koi8-r', 'utf-32', 'mac', ''].map(encodingByName)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('readCsv', () => {
  it("uses and drops Excel's sep= line", () => {
    expect(readCsv('sep=;\r\nRegion;Andel\r\nSkåne;0,5\r\n')).toEqual([
      ['Region', 'Andel'],
      ['Skåne', '0,5'],
    ]);
    expect(readCsv('sep=,\nRegion,Andel;Not\n')).toEqual([['Region', 'Andel;Not']]);
    expect(readCsv('SEP=\t\nRegion;x\tAndel\n')).toEqual([['Region;x', 'Andel']]);
    expect(readCsv('"sep=;";;\nRegion;Andel\n')).toEqual([['Region', 'Andel']]);
    // Not a sep line: a region called "sep=;x" stays a cell.
    expect(readCsv('sep=;x;y\n')).toEqual([['sep=', 'x', 'y']]);
  });

  it('takes tab when the first line has more tabs than anything else', () => {
    expect(readCsv('Region\tInklusion (%; exempel)\tBefolkning\nSkåne\t80\t1 414 000\n')).toEqual([
      ['Region', 'Inklusion (%; exempel)', 'Befolkning'],
      ['Skåne', '80', '1 414 000'],
    ]);
  });
});

// ---- Property: any table of Swedish text round-trips through every encoding Kvot reads. ----

const word = fc.stringMatching(/^[A-Za-z0-9åäöÅÄÖéÉü]{1,8}$/);
/** Punctuation Windows-1252 has in 0x80–0x9F, apart from letters as Excel writes it. */
const punctuation = fc.constantFrom('€', '–', '—', '’', '‘', '“', '”', '…', '•', '%', '(', ')', '-', ':', '.', '\u00a0', '§', '°');
const DELIMITER_CHARS = fc.constantFrom(';', ',', '\t', '"', '\n', '\r\n');
const cellOf = (token: fc.Arbitrary<string>) => fc.array(token, { maxLength: 5 }).map((tokens) => tokens.join(' '));
const tableOf = (cell: fc.Arbitrary<string>) =>
  fc.integer({ min: 2, max: 5 }).chain((columns) =>
    fc.array(
      fc.tuple(word, fc.array(cell, { minLength: columns - 1, maxLength: columns - 1 })).map(([code, rest]) => [code, ...rest]),
      { minLength: 1, maxLength: 8 },
    ),
  );

function toCsv(rows: string[][], delimiter: string, newline: string): string {
  const quote = (cell: string) => (/[";,\t\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(delimiter)).join(newline) + newline;
}

const ENCODERS: [label: string, encode: (text: string) => Uint8Array, delimiter: string][] = [
  ['UTF-8', (t) => utf8(t), ';'],
  ['UTF-8 BOM', (t) => utf8(t, true), ';'],
  ['Windows-1252', windows1252, ';'],
  ['UTF-16 LE BOM', (t) => utf16(t, 'le'), '\t'],
  ['UTF-16 BE BOM', (t) => utf16(t, 'be'), '\t'],
];

describe('property: Swedish tables round-trip through every encoding and BOM', () => {
  for (const [label, encode, delimiter] of ENCODERS) {
    it(`${label}, delimiter detected`, () => {
      fc.assert(
        fc.property(tableOf(cellOf(fc.oneof(word, punctuation))), fc.constantFrom('\r\n', '\n'), (rows, newline) => {
          const read = readCsvBytes(encode(toCsv(rows, delimiter, newline)));
          expect(read).toMatchObject({ ok: true, rows });
        }),
        { numRuns: 200 },
      );
    });

    it(`${label}, with a sep= line and cells holding delimiters, quotes and line breaks`, () => {
      fc.assert(
        fc.property(tableOf(cellOf(fc.oneof(word, punctuation, DELIMITER_CHARS))), fc.constantFrom(';', ',', '\t'), (rows, sep) => {
          const read = readCsvBytes(encode(`sep=${sep}\r\n${toCsv(rows, sep, '\r\n')}`));
          expect(read).toMatchObject({ ok: true, rows });
        }),
        { numRuns: 200 },
      );
    });
  }

  it('reports Windows-1252 exactly when the table is not plain ASCII', () => {
    fc.assert(
      fc.property(tableOf(cellOf(fc.oneof(word, punctuation))), (rows) => {
        const text = toCsv(rows, ';', '\r\n');
        const read = readCsvBytes(windows1252(text));
        expect(read).toMatchObject({ ok: true, encoding: /^\p{ASCII}*$/u.test(text) ? 'utf-8' : 'windows-1252' });
      }),
      { numRuns: 300 },
    );
  });
});

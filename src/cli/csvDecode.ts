import type { Localized } from '../core/agreement/types';

/**
 * Bytes of a CSV/TXT file -> text, without flags. Excel on Windows saves "CSV UTF-8" (UTF-8 with BOM),
 * "CSV (semikolonavgränsad)" (Windows-1252) and "Unicode-text" (UTF-16 LE with BOM, tab-separated).
 * A file that cannot be read with certainty is refused with a located problem, never decoded into
 * garbage: a wrongly decoded region name or header must not reach the payout.
 */

export const CSV_ENCODINGS = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

const LABELS: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
};

/** How the officer reads an encoding's name. */
export const encodingLabel = (encoding: CsvEncoding): string => LABELS[encoding];

/** Names as Notepad, Excel, Python and iconv spell them; "latin1" reads as Windows-1252, as browsers do. */
const ALIASES: Record<string, CsvEncoding> = {
  utf8: 'utf-8',
  utf8bom: 'utf-8',
  utf8sig: 'utf-8',
  windows1252: 'windows-1252',
  cp1252: 'windows-1252',
  win1252: 'windows-1252',
  ansi: 'windows-1252',
  latin1: 'windows-1252',
  iso88591: 'windows-1252',
  utf16le: 'utf-16le',
  utf16: 'utf-16le',
  unicode: 'utf-16le',
  utf16be: 'utf-16be',
  unicodebigendian: 'utf-16be',
};

/** The encoding a user-given name means ("UTF8", "cp1252", "Unicode"...), or undefined when unknown. */
export function encodingByName(name: string): CsvEncoding | undefined {
  return ALIASES[name.toLowerCase().replace(/[\s_-]/g, '')];
}

export type CsvProblem =
  | { code: 'empty' }
  | { code: 'excel-workbook'; format: 'xlsx' | 'xls' }
  | { code: 'unsupported-encoding'; name: string }
  | { code: 'bom-mismatch'; bom: CsvEncoding; given: CsvEncoding }
  | { code: 'utf16-without-bom'; guess: CsvEncoding }
  | { code: 'not-utf16'; given: CsvEncoding }
  | { code: 'invalid-bytes'; encoding: CsvEncoding; forced: boolean; line: number; sample: string }
  | { code: 'control-character'; line: number; char: number }
  | { code: 'stray-bom'; line: number }
  | { code: 'replacement-character'; line: number; sample: string }
  | { code: 'mojibake'; forced: boolean; line: number; sample: string }
  | { code: 'unknown-8-bit'; line: number; sample: string };

export type DecodedCsv = { ok: true; text: string; encoding: CsvEncoding } | { ok: false; problem: CsvProblem };

/**
 * Decodes a CSV/TXT file's bytes. With `encoding` the detection is skipped (a contradicting BOM is
 * still refused). The text has no leading BOM; Excel's "sep=" line is left to the CSV reader.
 */
export function decodeCsvBytes(bytes: Uint8Array, encoding?: CsvEncoding): DecodedCsv {
  const refused = refuseNonText(bytes);
  if (refused) return { ok: false, problem: refused };
  const bom = bomOf(bytes);
  const chosen = encoding ? checkGiven(bytes, encoding, bom) : detect(bytes, bom);
  if ('problem' in chosen) return { ok: false, problem: chosen.problem };
  const body = bytes.subarray(bom ? BOMS[bom].length : 0);
  const text = decodeText(body, chosen.encoding).replace(/^\uFEFF+/, '');
  const problem =
    invalidBytes(body, text, chosen.encoding, encoding !== undefined) ??
    badCharacter(text) ??
    mojibake(text, encoding !== undefined) ??
    (!encoding && chosen.encoding === 'windows-1252' ? unknown8Bit(text) : undefined);
  return problem ? { ok: false, problem } : { ok: true, text, encoding: chosen.encoding };
}

const BOMS: Record<CsvEncoding, number[]> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
  'windows-1252': [],
};
const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.length > 0 && prefix.every((b, i) => bytes[i] === b);

/** The encoding a byte order mark announces. */
function bomOf(bytes: Uint8Array): CsvEncoding | undefined {
  return CSV_ENCODINGS.find((e) => startsWith(bytes, BOMS[e]));
}

/** Workbooks renamed to .csv and encodings Kvot does not read, known by their first bytes. */
function refuseNonText(bytes: Uint8Array): CsvProblem | undefined {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { code: 'excel-workbook', format: 'xlsx' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { code: 'excel-workbook', format: 'xls' };
  // UTF-32 LE's BOM begins like UTF-16 LE's, so it is tested first.
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff]))
    return { code: 'unsupported-encoding', name: 'UTF-32' };
  return undefined;
}

type Choice = { encoding: CsvEncoding } | { problem: CsvProblem };

function checkGiven(bytes: Uint8Array, given: CsvEncoding, bom: CsvEncoding | undefined): Choice {
  if (bom && bom !== given) return { problem: { code: 'bom-mismatch', bom, given } };
  if (!bom && given.startsWith('utf-16') && guessUtf16(bytes) !== given) return { problem: { code: 'not-utf16', given } };
  return { encoding: given };
}

function detect(bytes: Uint8Array, bom: CsvEncoding | undefined): Choice {
  if (bom) return { encoding: bom };
  const utf16 = guessUtf16(bytes);
  if (utf16) return { problem: { code: 'utf16-without-bom', guess: utf16 } };
  return { encoding: isValid(bytes, 'utf-8') ? 'utf-8' : 'windows-1252' };
}

/**
 * UTF-16 without a BOM: a table is mostly digits, delimiters and Latin letters, so nearly every
 * second byte is zero (the odd ones in LE, the even ones in BE) and the others hardly ever are.
 */
function guessUtf16(bytes: Uint8Array): CsvEncoding | undefined {
  const pairs = Math.min(bytes.length, 8192) >> 1;
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  if (oddZeros >= pairs * 0.3 && evenZeros <= pairs * 0.05) return 'utf-16le';
  if (evenZeros >= pairs * 0.3 && oddZeros <= pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Bytes 0x80–0x9F as Windows-1252 has them (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ); the five
 * bytes it leaves undefined stay C1 controls, which are refused.
 */
const CP1252_80_9F =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeText(bytes: Uint8Array, encoding: CsvEncoding): string {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  // Node 20.18.3+ decodes windows-1252 as Latin-1 (nodejs/node#60888): 0x80 gives U+0080, not €.
  // Mapping those code points again is right on every Node version, fixed or not.
  return encoding === 'windows-1252' ? text.replace(/[\u0080-\u009F]/g, (ch) => CP1252_80_9F[ch.charCodeAt(0) - 0x80]) : text;
}

function isValid(bytes: Uint8Array, encoding: CsvEncoding): boolean {
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Bytes the encoding cannot hold (a forced UTF-8 on a Windows-1252 file, a cut-off UTF-16 file). */
function invalidBytes(body: Uint8Array, text: string, encoding: CsvEncoding, forced: boolean): CsvProblem | undefined {
  if (encoding === 'windows-1252' || isValid(body, encoding)) return undefined;
  const at = text.indexOf('\uFFFD');
  const index = at >= 0 ? at : text.length;
  return { code: 'invalid-bytes', encoding, forced, line: lineAt(text, index), sample: sampleAt(text, index) };
}

/** NUL and other control characters (bar tab and line breaks), U+FFFD, or a BOM inside the text. */
function badCharacter(text: string): CsvProblem | undefined {
  const at = indexOfBadCharacter(text);
  if (at < 0) return undefined;
  const char = text.charCodeAt(at);
  const line = lineAt(text, at);
  if (char === 0xfffd) return { code: 'replacement-character', line, sample: sampleAt(text, at) };
  if (char === 0xfeff) return { code: 'stray-bom', line };
  return { code: 'control-character', line, char };
}

/** The characters Windows-1252 gives bytes 0x80–0x9F. */
const CP1252_HIGH = CP1252_80_9F.replace(/[\u0080-\u009F]/g, '');
/** UTF-8's lead byte of U+0080–U+00FF (Â, Ã) followed by a continuation byte 0x80–0xBF, read as Windows-1252. */
const MOJIBAKE = new RegExp(`[\u00C2\u00C3][\u00A0-\u00BF${CP1252_HIGH}]`);

/** "SÃ¶rmland", "2Â 455Â 914": UTF-8 read as Windows-1252, now or by whatever program saved the file. */
function mojibake(text: string, forced: boolean): CsvProblem | undefined {
  const at = text.search(MOJIBAKE);
  return at < 0 ? undefined : { code: 'mojibake', forced, line: lineAt(text, at), sample: sampleAt(text, at) };
}

/**
 * Mac Roman or DOS (cp850) read as Windows-1252 puts punctuation inside words: "VŠstra Gštaland",
 * "Sk†ne". Real Windows-1252 Swedish has none there, bar apostrophes and dashes.
 */
const LETTER_PUNCTUATION = new RegExp(`\\p{L}[${CP1252_HIGH.replace(/[\u2013\u2014\u2018\u2019]/g, '')}]\\p{L}`, 'u');

function unknown8Bit(text: string): CsvProblem | undefined {
  const at = text.search(LETTER_PUNCTUATION);
  return at < 0 ? undefined : { code: 'unknown-8-bit', line: lineAt(text, at), sample: sampleAt(text, at + 1) };
}

/** 1-based line of a text index, counting CRLF, CR and LF line breaks. */
function lineAt(text: string, index: number): number {
  return text.slice(0, index).split(/\r\n|\r|\n/).length;
}

/** The cell around an index, for a message: between the nearest delimiters or line breaks, at most 40 characters. */
function sampleAt(text: string, index: number): string {
  const isBreak = (ch: string | undefined) => ch === undefined || /[;,\t\r\n]/.test(ch);
  let start = index;
  while (start > 0 && !isBreak(text[start - 1]) && index - start < 30) start--;
  let end = index;
  while (end < text.length && !isBreak(text[end]) && end - start < 40) end++;
  return text.slice(start, end).trim();
}

const hex = (char: number) => `U+${char.toString(16).toUpperCase().padStart(4, '0')}`;

/** The problem in plain Swedish and English, naming the file and, where it applies, the line. */
export function csvProblemMessage(file: string, problem: CsvProblem): Localized {
  switch (problem.code) {
    case 'empty':
      return { sv: `${file} är tom: den har inga rader med värden.`, en: `${file} is empty: it has no rows with values.` };
    case 'excel-workbook':
      return problem.format === 'xlsx'
        ? {
            sv: `${file} är en Excel-arbetsbok, inte CSV: byt filändelsen till .xlsx och kör igen.`,
            en: `${file} is an Excel workbook, not CSV: rename it to .xlsx and run again.`,
          }
        : {
            sv: `${file} är en Excel-arbetsbok i det gamla .xls-formatet (eller lösenordsskyddad), inte CSV: öppna den i Excel och spara som .xlsx.`,
            en: `${file} is an Excel workbook in the old .xls format (or password-protected), not CSV: open it in Excel and save it as .xlsx.`,
          };
    case 'unsupported-encoding':
      return {
        sv: `${file} är sparad som ${problem.name}, som Kvot inte läser: spara tabellen som "CSV UTF-8" i Excel.`,
        en: `${file} is saved as ${problem.name}, which Kvot does not read: save the table as "CSV UTF-8" in Excel.`,
      };
    case 'bom-mismatch':
      return {
        sv: `${file} börjar med en byte order mark för ${encodingLabel(problem.bom)}, men --encoding ${problem.given} angavs: kör utan --encoding.`,
        en: `${file} starts with a ${encodingLabel(problem.bom)} byte order mark, but --encoding ${problem.given} was given: run without --encoding.`,
      };
    case 'utf16-without-bom':
      return {
        sv: `${file} ser ut att vara ${encodingLabel(problem.guess)} utan byte order mark. Kontrollera filen och kör igen med --encoding ${problem.guess}.`,
        en: `${file} looks like ${encodingLabel(problem.guess)} without a byte order mark. Check the file and run again with --encoding ${problem.guess}.`,
      };
    case 'not-utf16':
      return {
        sv: `${file} ser inte ut som ${encodingLabel(problem.given)} (--encoding ${problem.given}): i en tabell i UTF-16 är nästan vartannat byte noll. Kör utan --encoding.`,
        en: `${file} does not look like ${encodingLabel(problem.given)} (--encoding ${problem.given}): in a UTF-16 table nearly every other byte is zero. Run without --encoding.`,
      };
    case 'invalid-bytes': {
      const label = encodingLabel(problem.encoding);
      return {
        sv: `${file}, rad ${problem.line}: texten är inte giltig ${label} ("${problem.sample}")${problem.forced ? `, som --encoding ${problem.encoding} anger: kör utan --encoding så känner Kvot igen teckenkodningen.` : ': filen är skadad, avkortad eller blandar teckenkodningar; spara om tabellen som "CSV UTF-8" i Excel.'}`,
        en: `${file}, line ${problem.line}: the text is not valid ${label} ("${problem.sample}")${problem.forced ? `, as --encoding ${problem.encoding} says: run without --encoding and Kvot detects the encoding.` : ': the file is damaged, cut off or mixes encodings; save the table again as "CSV UTF-8" in Excel.'}`,
      };
    }
    case 'control-character':
      return {
        sv: `${file}, rad ${problem.line}: styrtecknet ${hex(problem.char)} hör inte hemma i en tabell. Filen verkar binär, skadad eller sparad i en teckenkodning som Kvot inte läser; spara tabellen som "CSV UTF-8" i Excel.`,
        en: `${file}, line ${problem.line}: the control character ${hex(problem.char)} does not belong in a table. The file looks binary, damaged or saved in an encoding Kvot does not read; save the table as "CSV UTF-8" in Excel.`,
      };
    case 'stray-bom':
      return {
        sv: `${file}, rad ${problem.line}: en byte order mark mitt i filen, som om två filer slagits ihop. Spara tabellen som en fil från Excel.`,
        en: `${file}, line ${problem.line}: a byte order mark in the middle of the file, as if two files were joined. Save the table as one file from Excel.`,
      };
    case 'replacement-character':
      return {
        sv: `${file}, rad ${problem.line}: "${problem.sample}" innehåller ersättningstecknet \uFFFD, så ett tecken gick förlorat redan när filen sparades. Spara om tabellen från originalet.`,
        en: `${file}, line ${problem.line}: "${problem.sample}" contains the replacement character \uFFFD, so a character was lost when the file was saved. Save the table again from the original.`,
      };
    case 'mojibake':
      return {
        sv: `${file}, rad ${problem.line}: "${problem.sample}" ser ut som UTF-8 läst som Windows-1252 ("Ã¶" i stället för "ö"). ${problem.forced ? 'Kör utan --encoding.' : 'Filen blandar teckenkodningar eller skadades när den sparades; spara om tabellen från originalet som "CSV UTF-8".'}`,
        en: `${file}, line ${problem.line}: "${problem.sample}" looks like UTF-8 read as Windows-1252 ("Ã¶" instead of "ö"). ${problem.forced ? 'Run without --encoding.' : 'The file mixes encodings or was damaged when saved; save the table again from the original as "CSV UTF-8".'}`,
      };
    case 'unknown-8-bit':
      return {
        sv: `${file}, rad ${problem.line}: "${problem.sample}" ser inte ut som svensk text i Windows-1252; filen kan vara sparad med Mac- eller DOS-teckenkodning. Spara tabellen som "CSV UTF-8" i Excel, eller ange --encoding windows-1252 om texten ändå är rätt.`,
        en: `${file}, line ${problem.line}: "${problem.sample}" does not look like Swedish text in Windows-1252; the file may be saved in a Mac or DOS encoding. Save the table as "CSV UTF-8" in Excel, or give --encoding windows-1252 if the text is right after all.`,
      };
  }
}

/** What the officer should know about how a file was read: said whenever it was not plain UTF-8. */
export function encodingNotice(file: string, encoding: CsvEncoding): Localized | undefined {
  if (encoding === 'utf-8') return undefined;
  const label = encodingLabel(encoding);
  return { sv: `Läste ${file} som ${label}.`, en: `Read ${file} as ${label}.` };
}

/** NUL and the other C0/C1 control characters except tab, line feed and carriage return; a BOM; U+FFFD. */
export function isBadCharacter(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0d) return false;
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || code === 0xfeff || code === 0xfffd;
}

export function indexOfBadCharacter(text: string): number {
  for (let i = 0; i < text.length; i++) if (isBadCharacter(text.charCodeAt(i))) return i;
  return -1;
}

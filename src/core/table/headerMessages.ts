import type { Localized } from '../agreement/types';
import type { MissingHeader } from './messages';
import { pick } from '../i18n';

/** Messages of header matching, in Swedish and English; each names the header row and the columns. */

/** A column named in a message: its sheet letter and header text. */
export interface NamedColumn {
  letter: string;
  header: string;
}

/** The closest header for a fact that was not found. */
export interface Closest extends NamedColumn {
  factId: string;
  label: Localized;
}

const quoted = (synonyms: string[]) => synonyms.map((s) => `"${s}"`).join(', ');
const withSynonyms = (m: MissingHeader, lang: 'sv' | 'en') => `${m.label[lang]} (${quoted(m.synonyms)})`;
const columnList = (columns: NamedColumn[], lang: 'sv' | 'en') => {
  const named = columns.map((c) => pick(lang, { sv: `kolumn ${c.letter} ("${c.header}")`, en: `column ${c.letter} ("${c.header}")` }));
  return joinAnd(named, lang);
};
const joinAnd = (items: string[], lang: 'sv' | 'en') =>
  items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} ${pick(lang, { sv: 'och', en: 'and' })} ${items[items.length - 1]}`;
/**
 * The messages say what is wrong and which columns come into question; how to choose one (the
 * pane's column choices, the CLI's --map) is each front end's to say, from TableProblem.suggestion.
 */
function closestText(c: Closest, lang: 'sv' | 'en', named: boolean): string {
  const who = named ? ` ${pick(lang, { sv: 'för', en: 'for' })} ${c.label[lang]}` : '';
  return pick(lang, {
    sv: `Närmast${who}: "${c.header}" i kolumn ${c.letter}.`,
    en: `Closest${who}: "${c.header}" in column ${c.letter}.`,
  });
}

export const headerMessages = {
  /** An explicit mapping's column is headed as another fact, and not as this one. */
  overrideTaken(label: Localized, column: NamedColumn, other: Localized, headerRange: string, closest?: NamedColumn): Localized {
    const sv = closest ? ` (närmast: kolumn ${closest.letter}, "${closest.header}")` : '';
    const en = closest ? ` (closest: column ${closest.letter}, "${closest.header}")` : '';
    return {
      sv: `Kolumn ${column.letter} ("${column.header}") i rubrikraden ${headerRange} valdes för ${label.sv}, men rubriken är ${other.sv}. Välj kolumnen med ${label.sv}${sv}, eller välj också en annan kolumn för ${other.sv}.`,
      en: `Column ${column.letter} ("${column.header}") in the header row ${headerRange} was chosen for ${label.en}, but its header is ${other.en}. Choose the column with ${label.en}${en}, or also choose another column for ${other.en}.`,
    };
  },

  /** A message followed by the headers found, so the officer sees what can be chosen (a header or its column letter). */
  withHeaders(message: Localized, headers: NamedColumn[]): Localized {
    if (headers.length === 0) return message;
    const shown = headers.slice(0, 12);
    const more = headers.length > shown.length ? ', …' : '';
    const list = shown.map((h) => `${h.letter} "${h.header}"`).join(', ') + more;
    return {
      sv: `${message.sv}. Rubrikerna är: ${list}. Ange en rubrik eller en kolumnbokstav`,
      en: `${message.en}. The headers are: ${list}. Give a header or a column letter`,
    };
  },

  /** A required column is not in the header row; with the closest header when there is one. */
  requiredColumnMissing(missing: MissingHeader, headerRange: string, closest?: Closest): Localized {
    const tail = (lang: 'sv' | 'en') => (closest ? ` ${closestText(closest, lang, false)}` : '');
    return {
      sv: `Ingen kolumn för ${missing.label.sv} i rubrikraden ${headerRange} (sökte: ${quoted(missing.synonyms)}).${tail('sv')}`,
      en: `No column for ${missing.label.en} in the header row ${headerRange} (looked for: ${quoted(missing.synonyms)}).${tail('en')}`,
    };
  },

  /**
   * No row has both the population and a region name or code. Names what was needed, the closest
   * row and what it lacks, and the closest header for the first missing column.
   */
  headerRowNotFound(range: string, needed: Localized[], missing: MissingHeader[], closestRow?: string, closest?: Closest): Localized {
    const text = (lang: 'sv' | 'en') => {
      const both = joinAnd(
        needed.map((l) => l[lang]),
        lang,
      );
      const lacking = missing.map((m) => withSynonyms(m, lang)).join('; ');
      const head = pick(lang, {
        sv: `Hittar ingen rubrikrad i ${range}: ingen rad har kolumner för både ${both}.`,
        en: `No header row found in ${range}: no row has columns for both ${both}.`,
      });
      const row = closestRow
        ? pick(lang, {
            sv: ` Närmast är raden ${closestRow}, där det saknas: ${lacking}.`,
            en: ` The closest is the row ${closestRow}, which lacks: ${lacking}.`,
          })
        : pick(lang, { sv: ` Kolumner som saknas: ${lacking}.`, en: ` Columns not found: ${lacking}.` });
      return head + row + (closest ? ` ${closestText(closest, lang, true)}` : '');
    };
    return { sv: text('sv'), en: text('en') };
  },

  /** Two or more columns fit one fact equally well. */
  columnAmbiguous(label: Localized, headerRange: string, columns: NamedColumn[]): Localized {
    return {
      sv: `Flera kolumner passar som ${label.sv} i rubrikraden ${headerRange}: ${columnList(columns, 'sv')}. Välj den som gäller.`,
      en: `Several columns fit ${label.en} in the header row ${headerRange}: ${columnList(columns, 'en')}. Choose the one that applies.`,
    };
  },

  /** One column fits two or more facts equally well. */
  columnContested(column: NamedColumn, facts: { id: string; label: Localized }[], headerRange: string): Localized {
    const labels = (lang: 'sv' | 'en') =>
      joinAnd(
        facts.map((f) => f.label[lang]),
        lang,
      );
    return {
      sv: `Kolumn ${column.letter} ("${column.header}") i rubrikraden ${headerRange} passar lika bra som ${labels('sv')}. Ange vilken uppgift den har.`,
      en: `Column ${column.letter} ("${column.header}") in the header row ${headerRange} fits ${labels('en')} equally well. Say which it holds.`,
    };
  },

  /** An explicit mapping's header text fits several columns. */
  overrideAmbiguous(label: Localized, text: string, headerRange: string, columns: NamedColumn[]): Localized {
    return {
      sv: `Rubriken "${text}" för ${label.sv} passar flera kolumner i rubrikraden ${headerRange}: ${columnList(columns, 'sv')}. Ange kolumnbokstaven i stället.`,
      en: `Header "${text}" for ${label.en} fits several columns in the header row ${headerRange}: ${columnList(columns, 'en')}. Give the column letter instead.`,
    };
  },
};

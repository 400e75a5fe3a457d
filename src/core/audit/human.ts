import Decimal from 'decimal.js';
import type { Language, Localized } from '../agreement/types';
import { formatKronor } from '../format/numbers';
import type { LogAuthor, LogEntry, SheetEntry, UndoEntry } from './types';
import { counted, pick } from '../i18n';

/** Swedish time, whatever the machine's own zone: the grant is Swedish and so are its auditors. */
const STOCKHOLM = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * An ISO time as Swedish local time, "2026-12-01 23:15:04" (CET in winter, CEST in summer; the hour
 * repeated in late October shows twice, so the log keeps the UTC time in a later column as well).
 */
export function stockholmTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a time: "${iso}"`);
  const part = Object.fromEntries(STOCKHOLM.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second}`;
}

/** Who wrote, in words. Excel gives add-ins no user name, so the add-in says only that it was the add-in. */
export function authorText(author: LogAuthor, lang: Language): string {
  if (author.kind === 'addin') return pick(lang, { sv: 'Excel-tillägget', en: 'Excel add-in' });
  return author.user ? `CLI (${author.user})` : 'CLI';
}

/** The parts of a rule set the summary names, read from its canonical JSON. */
function ruleWords(ruleSet: string): { title: Localized | null; tranches: Map<string, Localized> } {
  try {
    const json = JSON.parse(ruleSet) as { title?: Localized; tranches?: { id?: string; label?: Localized }[] };
    const tranches = new Map<string, Localized>();
    for (const t of Array.isArray(json.tranches) ? json.tranches : [])
      if (typeof t?.id === 'string' && t.label) tranches.set(t.id, t.label);
    return { title: json.title && typeof json.title.sv === 'string' ? json.title : null, tranches };
  } catch {
    return { title: null, tranches: new Map() };
  }
}

/**
 * One sentence for a write: "Skrev Utbetalning 1, Utbetalning 2 till Blad1!G4:L27 · svf-2024
 * (Jämlik och effektiv cancervård …) · 21 regioner · 365 000 000 kr utbetalt, 0 kr innehållet".
 */
export function writeSummary(entry: LogEntry, block: string, lang: Language): string {
  const words = ruleWords(entry.ruleSet);
  const labels = entry.totals.tranches.map((t) => words.tranches.get(t.id)?.[lang] ?? t.id).join(', ');
  const rules = words.title ? `${entry.agreementId} (${words.title[lang]})` : entry.agreementId;
  const n = entry.inputs.length;
  const paid = formatKronor(new Decimal(entry.totals.paid), lang);
  const withheld = formatKronor(new Decimal(entry.totals.withheld), lang);
  const accepted = entry.sheet?.accepted ?? [];
  const kinds = [...new Set(accepted.map((a) => a.code))].join(', ');
  const confirmed =
    accepted.length === 0 ? '' : pick(lang, { sv: ` · godkända varningar: ${kinds}`, en: ` · warnings accepted: ${kinds}` });
  return pick(lang, {
    sv: `Skrev ${labels} till ${block} · ${rules} · ${counted('sv', n, { one: 'region', other: 'regioner' })} · ${paid} utbetalt, ${withheld} innehållet${confirmed}`,
    en: `Wrote ${labels} to ${block} · ${rules} · ${counted('en', n, { one: 'region', other: 'regions' })} · ${paid} paid, ${withheld} withheld${confirmed}`,
  });
}

/** "Ångrade skrivningen från 23:15:04 i Blad1!G4:L27"; the date too when the write was on another day. */
export function undoSummary(undo: UndoEntry, lang: Language): string {
  const then = stockholmTime(undo.undone.time);
  const now = stockholmTime(undo.time);
  const when = then.slice(0, 10) === now.slice(0, 10) ? then.slice(11) : then;
  return pick(lang, {
    sv: `Ångrade skrivningen från ${when} i ${undo.undone.block}`,
    en: `Undid the write of ${when} in ${undo.undone.block}`,
  });
}

/** "Skapade jämförelsebladet 'Kvot jämförelse'!A1:H30 · Baslinje: svf-2024 (inbyggd). …" */
export function sheetSummary(entry: SheetEntry, lang: Language): string {
  const what = pick(lang, { sv: `Skapade jämförelsebladet ${entry.block}`, en: `Created the comparison sheet ${entry.block}` });
  return entry.description === '' ? what : `${what} · ${entry.description}`;
}

/** Text compared as a reader sees it: any run of spaces (no-break, narrow, thin) is one space. */
export const sameWords = (a: string, b: string): boolean => spaces(a) === spaces(b);
const spaces = (text: string) => text.replace(/[\s\u00a0\u202f\u2007\u2009]+/g, ' ').trim();

import type { Agreement, Localized } from './types';
import type { RuleProblem } from './problems';
import { factReaders, type ConditionReader } from './readers';
import { pick, plural } from '../i18n';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A fact that a condition reads is optional only where the file says what a missing value means:
 * `"required": false` needs `whenMissing`. And `whenMissing` must be able to apply: on a required
 * fact (a missing column stops the calculation) or a fact no condition reads it never would, and a
 * file that seems to say "missing counts as met" without meaning it is an error, not a warning —
 * like `onFailure` on a tranche without conditions.
 */
export function checkWhenMissing(agreement: Agreement): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const readers = factReaders(agreement);
  const facts: unknown[] = Array.isArray(agreement.facts) ? agreement.facts : [];
  facts.forEach((fact, i) => {
    if (!isObject(fact) || typeof fact.id !== 'string') return;
    const read = readers.get(fact.id) ?? [];
    const declared = 'whenMissing' in fact && fact.whenMissing !== undefined;
    if (read.length > 0 && fact.required === false && !declared) {
      problems.push({ pointer: `/facts/${i}/required`, message: messages.optionalWithoutMeaning(fact.id, read) });
    } else if (declared && fact.required === true) {
      problems.push({ pointer: `/facts/${i}/whenMissing`, message: messages.onRequired(fact.id) });
    } else if (declared && read.length === 0) {
      problems.push({ pointer: `/facts/${i}/whenMissing`, message: messages.neverRead(fact.id) });
    }
  });
  return problems;
}

/** "prem" i payout2, "late" i payout3 */
function readerList(readers: readonly ConditionReader[], lang: keyof Localized): string {
  return readers.map((r) => `"${r.name}" ${pick(lang, { sv: 'i', en: 'in' })} ${r.trancheId}`).join(', ');
}

const messages = {
  optionalWithoutMeaning: (id: string, readers: readonly ConditionReader[]): Localized => ({
    sv:
      `Faktumet "${id}" läses av ${plural('sv', readers.length, { one: 'villkoret', other: 'villkoren' })} ${readerList(readers, 'sv')} men är valfritt ("required": false) ` +
      'utan att säga vad ett saknat värde betyder. Gör det obligatoriskt ("required": true), eller lägg till "whenMissing" med ' +
      '"means": "met" (räknas som uppfyllt) eller "notMet" (räknas som ej uppfyllt) och "why": varför avtalet läser det så.',
    en:
      `The fact "${id}" is read by the ${plural('en', readers.length, { one: 'condition', other: 'conditions' })} ${readerList(readers, 'en')} but is optional ("required": false) ` +
      'without saying what a missing value means. Make it required ("required": true), or add "whenMissing" with ' +
      '"means": "met" (counts as met) or "notMet" (counts as not met) and "why": why the agreement reads it so.',
  }),
  onRequired: (id: string): Localized => ({
    sv: `"whenMissing" gäller aldrig här: faktumet "${id}" är obligatoriskt, så en saknad kolumn stoppar beräkningen. Ta bort "whenMissing" eller gör faktumet valfritt ("required": false).`,
    en: `"whenMissing" never applies here: the fact "${id}" is required, so a missing column stops the calculation. Remove "whenMissing" or make the fact optional ("required": false).`,
  }),
  neverRead: (id: string): Localized => ({
    sv: `"whenMissing" gäller aldrig här: inget villkor läser faktumet "${id}". Ta bort "whenMissing".`,
    en: `"whenMissing" never applies here: no condition reads the fact "${id}". Remove "whenMissing".`,
  }),
};

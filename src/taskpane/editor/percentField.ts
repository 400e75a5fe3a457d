import Decimal from 'decimal.js';
import { percentText } from '../../core/agreement/fieldValues';
import type { Language } from '../../core/agreement/types';
import type { EditorMessages } from './i18n';
import { decimalText } from '../../core/i18n';

/**
 * What a percent field says about its value, in percent as the user typed it (never the rule file's
 * fraction "1.7 ligger utanför 0–1"): an error for a value that cannot be a share ("170 % ligger
 * utanför 0–100 %", "−5 %", "1e9", blank), and a hint for one that is likely a slip ("0.7" read as
 * 0,7 % where 70 % was meant). The value is the field's: a fraction, or the text when it did not parse.
 */
export function percentFieldMessage(value: unknown, lang: Language, e: EditorMessages): { error: string | null; hint: string | null } {
  if (typeof value === 'number') {
    if (value < 0 || value > 1) return { error: e.percentOutOfRange(percentText(value, lang)), hint: null };
    if (value > 0 && value < 0.01) {
      const meant = new Decimal(value).times(100).toNumber();
      return { error: null, hint: e.percentTiny(percentText(value, lang), percentText(meant, lang)) };
    }
    return { error: null, hint: null };
  }
  if (typeof value !== 'string') return { error: null, hint: null };
  const text = value.trim();
  if (text === '') return { error: e.percentRequired, hint: null };
  // "-5", "−5 %": a number, but below 0.
  const negative = /^[-\u2212\u2013]\s*(\d+(?:[.,]\d+)?)\s*%?$/.exec(text);
  if (negative) return { error: e.percentOutOfRange(`\u2212${decimalText(negative[1], lang)}`), hint: null };
  return { error: e.percentUnreadable(text), hint: null };
}

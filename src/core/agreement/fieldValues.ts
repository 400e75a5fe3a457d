import Decimal from 'decimal.js';
import type { Language } from './types';
import { formatNumber } from '../format/numbers';
import { DECIMAL_SEPARATOR } from '../i18n';

/**
 * Text typed into the editor's fields ↔ the values a rule file holds. Parsing returns null for text
 * that is not a value of the kind asked for; the caller then keeps the text, so the loader flags it.
 */

const SPACES = /[\s\u00a0\u202f]/g;

/** "182 500 000", "182500000 kr", "182,500,000" (thousands separators) → 182500000; whole kronor only. */
export function parseKronor(text: string): number | null {
  const compact = text.replace(SPACES, '').replace(/kr$/i, '');
  const digits = /^\d{1,3}([,.]\d{3})+$/.test(compact) ? compact.replace(/[,.]/g, '') : compact;
  if (!/^\d+$/.test(digits)) return null;
  const amount = Number(digits);
  return Number.isSafeInteger(amount) ? amount : null;
}

/** 182500000 → "182 500 000" (sv) / "182,500,000" (en); anything else as typed. */
export function kronorText(value: unknown, lang: Language): string {
  return typeof value === 'number' && Number.isSafeInteger(value) ? formatNumber(new Decimal(value), lang, 0) : valueText(value);
}

/**
 * "70" → 0.7, "70,5" or "70.5 %" → 0.705. Decimal arithmetic: the result is the double nearest
 * the exact decimal fraction, the same number the literal 0.705 in a rule file gives (never 0.7050000000000001).
 */
export function parsePercent(text: string): number | null {
  const compact = text.replace(SPACES, '').replace(/%$/, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(compact)) return null;
  return new Decimal(compact).dividedBy(100).toNumber();
}

/** 0.7 → "70", 0.705 → "70,5" (sv) / "70.5" (en): exact, through the fraction's decimal digits. */
export function percentText(fraction: unknown, lang: Language): string {
  if (typeof fraction !== 'number' || !Number.isFinite(fraction)) return valueText(fraction);
  const points = new Decimal(fraction).times(100).toString();
  return points.replace('.', DECIMAL_SEPARATOR[lang]);
}

/** "2026" → 2026; whole numbers only. */
export function parseInteger(text: string): number | null {
  const compact = text.replace(SPACES, '');
  if (!/^-?\d+$/.test(compact)) return null;
  const n = Number(compact);
  return Number.isSafeInteger(n) ? n : null;
}

/** "2 455 914", "0,5" → numbers, through Decimal so "0,1" is exactly the literal 0.1. */
export function parseDecimal(text: string): number | null {
  const compact = text.replace(SPACES, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return null;
  return new Decimal(compact).toNumber();
}

export function decimalText(value: unknown, lang: Language): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return valueText(value);
  const text = new Decimal(value).toString();
  return text.replace('.', DECIMAL_SEPARATOR[lang]);
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

import { describe, expect, it } from 'vitest';
import { readCode, readText } from '../../../src/core/table/text';

describe('readText', () => {
  it('trims text and converts numbers with String()', () => {
    expect(readText('  Stockholm ')).toBe('Stockholm');
    expect(readText(1)).toBe('1');
    expect(readText(2.5)).toBe('2.5');
    expect(readText(new Date(Date.UTC(2024, 8, 30)))).toBe('2024-09-30');
  });

  it('returns null for blanks', () => {
    expect(readText('')).toBeNull();
    expect(readText(' \u00A0 ')).toBeNull();
    expect(readText(null)).toBeNull();
    expect(readText(undefined)).toBeNull();
  });
});

describe('readCode', () => {
  it('pads whole numbers to a zero format width', () => {
    expect(readCode(1, '00')).toBe('01');
    expect(readCode(25, '00')).toBe('25');
    expect(readCode(7, '000')).toBe('007');
  });

  it('uses String(n) without a zero format', () => {
    expect(readCode(1)).toBe('1');
    expect(readCode(1, 'General')).toBe('1');
    expect(readCode(1, '0')).toBe('1');
    expect(readCode(1.5, '00')).toBe('1.5');
  });

  it('keeps text codes as written', () => {
    expect(readCode('01', '@')).toBe('01');
    expect(readCode(' 1 ')).toBe('1');
  });
});

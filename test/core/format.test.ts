import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { formatKronor, formatPercent, formatPercentagePoints } from '../../src/core/format/numbers';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('Swedish number formats', () => {
  it('writes kronor with space thousands separators', () => {
    expect(plain(formatKronor(new Decimal(42_452_908), 'sv'))).toBe('42 452 908 kr');
    expect(formatKronor(new Decimal(42_452_908), 'en')).toBe('42,452,908 kr');
    expect(plain(formatKronor(new Decimal('9007199254740993'), 'sv'))).toBe('9 007 199 254 740 993 kr');
  });

  it('writes shares with a decimal comma and exact digits', () => {
    expect(plain(formatPercent(new Decimal('0.2326'), 'sv'))).toBe('23,26 %');
    expect(plain(formatPercent(new Decimal('0.23261234'), 'sv'))).toBe('23,26 %');
    expect(plain(formatPercent(new Decimal('0.5'), 'sv', 2, 2))).toBe('50,00 %');
    expect(plain(formatPercent(new Decimal('0.682'), 'en'))).toBe('68.2 %');
  });

  it('writes distances to a threshold in percentage points', () => {
    expect(formatPercentagePoints(new Decimal('0.012'), 'sv')).toBe('1,2 procentenheter');
    expect(formatPercentagePoints(new Decimal('0.012'), 'en')).toBe('1.2 percentage points');
    expect(formatPercentagePoints(new Decimal('0.01'), 'sv')).toBe('1 procentenhet');
    expect(formatPercentagePoints(new Decimal('-0.01'), 'en')).toBe('-1 percentage point');
  });
});

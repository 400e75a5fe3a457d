import { describe, expect, it } from 'vitest';
import { loadAgreement } from '../../../src/core/agreement/load';
import { agreementForYear, idForYear, shiftIsoDate, shiftYearsInText } from '../../../src/core/agreement/newYear';
import type { ConditionLeaf } from '../../../src/core/agreement/types';
import { conditionLeaves } from '../../../src/core/scenario/conditions';
import { bundled } from './bundled';

const leaves = (a: ReturnType<typeof bundled>, tranche = 1): ConditionLeaf[] => conditionLeaves(a.tranches[tranche].conditions!);

describe('a new agreement year from an earlier one', () => {
  it('copies 2025 to 2026 with the deadline, id, title and labels moved, and loads', () => {
    const source = bundled('svf-2025');
    const before = structuredClone(source);
    const copy = agreementForYear(source, 2026);

    expect(copy.id).toBe('svf-2026');
    expect(copy.year).toBe(2026);
    expect(copy.title.sv).toBe(source.title.sv.replace('2025', '2026'));
    expect(copy.title.en).toContain('2026');
    const report = leaves(copy).find((l) => l.fact === 'reportSubmitted')!;
    expect(report.value).toBe('2026-09-30');
    expect(report.label).toEqual({ sv: 'Redovisning inkommen senast 30 september 2026', en: 'Report submitted by 30 September 2026' });
    // What the year does not decide stays: amounts, thresholds, facts, the failure policy.
    expect(copy.budget).toBe(source.budget);
    expect(copy.tranches.map((t) => t.amount)).toEqual(source.tranches.map((t) => t.amount));
    expect(leaves(copy).find((l) => l.fact === 'inclusionRate')!.value).toBe(0.7);
    expect(copy.facts).toEqual(source.facts);
    expect(copy.tranches[1].onFailure).toBe('redistribute');

    // The copy says where it comes from and keeps the sources, adding a note.
    expect(copy.description?.sv).toContain('Kopierad från svf-2025');
    expect(copy.description?.sv).toContain('kontrollera belopp');
    expect(copy.references.slice(0, source.references.length)).toEqual(source.references);
    expect(copy.references.at(-1)?.id).toBe('svf-2025');

    expect(loadAgreement(copy).ok).toBe(true);
    expect(source).toEqual(before);
  });

  it('moves dates back as well, and keeps the 2021 file’s assumed conditions flagged', () => {
    const copy = agreementForYear(bundled('svf-2024'), 2021);
    expect(leaves(copy).find((l) => l.fact === 'reportSubmitted')!.value).toBe('2021-09-30');
    const later = agreementForYear(bundled('svf-2021'), 2022);
    expect(later.tranches[1].conditionsAssumed).toBe(true);
    expect(later.tranches[0].description?.sv).toContain('senast 20 januari 2022');
    expect(loadAgreement(later).ok).toBe(true);
  });

  it('stores an Excel serial deadline as the moved ISO date', () => {
    const source = bundled('svf-2025');
    const leaf = source.tranches[1].conditions && 'all' in source.tranches[1].conditions ? source.tranches[1].conditions.all[2] : null;
    if (!leaf || !('fact' in leaf)) throw new Error('the 2025 file should have the report condition third');
    leaf.value = 45930; // 2025-09-30 as an Excel serial
    expect(leaves(agreementForYear(source, 2026)).find((l) => l.fact === 'reportSubmitted')!.value).toBe('2026-09-30');
  });
});

describe('moving dates and years', () => {
  it('moves by whole years; 29 February becomes 28 February where the year has none', () => {
    expect(shiftIsoDate('2025-09-30', 1)).toBe('2026-09-30');
    expect(shiftIsoDate('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftIsoDate('2024-02-29', 4)).toBe('2028-02-29');
    expect(shiftIsoDate('2024-12-31', -3)).toBe('2021-12-31');
    expect(shiftIsoDate('30 sep', 1)).toBeNull();
  });

  it('replaces the year in an id, or appends it', () => {
    expect(idForYear('svf-2025', 2025, 2026)).toBe('svf-2026');
    expect(idForYear('svf', 2025, 2026)).toBe('svf-2026');
    expect(idForYear('svf-20250', 2025, 2026)).toBe('svf-20250-2026');
  });

  it('moves the years near the agreement’s year in texts, leaving diarienummer and other numbers alone', () => {
    expect(shiftYearsInText('senast 31 januari 2025, december 2024 (S2024/01009, 365000000 kr, 70 %)', 2024, 2)).toBe(
      'senast 31 januari 2027, december 2026 (S2024/01009, 365000000 kr, 70 %)',
    );
    expect(shiftYearsInText('år 1999 och 2030', 2024, 1)).toBe('år 1999 och 2030');
  });
});

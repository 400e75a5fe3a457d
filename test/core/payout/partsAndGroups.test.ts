import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { loadAgreement } from '../../../src/core/agreement/load';
import type { Agreement } from '../../../src/core/agreement/types';
import { partAmounts } from '../../../src/core/agreement/parts';
import { computePayouts } from '../../../src/core/payout/compute';
import { buildOutputColumns } from '../../../src/core/payout/columns';
import { trancheOutcomes } from '../../../src/core/payout/summary';
import { payoutJson, payoutText } from '../../../src/cli/report';
import { withBudget } from '../../../src/core/scenario/budget';
import { conditionStakes } from '../../../src/core/scenario/stakes';
import { bundledAgreement, officialTable, regionRow } from '../official';

const kr = (d: Decimal | undefined) => (d ?? new Decimal(0)).toNumber();
const official2024 = officialTable(2024);

/** The 2026 rules with the lead-time money set to an amount, as it will be once published. */
function leadTimes(amount: number): Agreement {
  const base = bundledAgreement(2026);
  const json = structuredClone(base);
  json.tranches[2].amount = amount;
  json.budget = base.budget + amount;
  const loaded = loadAgreement(json);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.agreement;
}

/** 2024 populations; lead-time shares that rise for breast cancer everywhere but in the first three regions. */
function rows2026() {
  return official2024.map((r, i) =>
    regionRow(i, r.code, r.name, r.population, {
      inclusionRate: new Decimal('0.8'),
      premUsed: true,
      reportSubmitted: '2026-09-01',
      leadTimeBreast: new Decimal(i < 3 ? '0.60' : '0.70'),
      leadTimeBreastLastYear: new Decimal('0.65'),
      leadTimeColorectal: new Decimal('0.70'),
      leadTimeColorectalLastYear: new Decimal('0.65'),
      leadTimeProstate: new Decimal('0.70'),
      leadTimeProstateLastYear: new Decimal('0.65'),
    }),
  );
}

describe('a tranche in parts', () => {
  it('takes ids such as "constructor" and "toString" for a tranche and its parts as ordinary ids', async () => {
    const json = structuredClone(bundledAgreement(2026));
    json.tranches[2].id = 'constructor';
    json.tranches[2].parts![0].id = 'toString';
    json.tranches[2].amount = 90_000_000;
    json.budget += 90_000_000;
    const loaded = loadAgreement(json);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const result = await computePayouts(loaded.agreement, rows2026());
    // Own properties only: on a plain object "constructor" would find Object's.
    const at = <T>(map: Record<string, T> | undefined, id: string): T | undefined => (map && Object.hasOwn(map, id) ? map[id] : undefined);
    expect(result.regions.reduce((s, r) => s + kr(at(r.payouts, 'constructor')), 0)).toBe(90_000_000);
    expect(result.regions.reduce((s, r) => s + kr(at(at(r.parts, 'constructor'), 'toString')), 0)).toBe(30_000_000);
    expect(kr(result.tranches[2].paid)).toBe(90_000_000);
  });

  it('apportions shares of the tranche to whole kronor, adding up to it exactly', () => {
    expect(
      partAmounts({ amount: 100, parts: [1, 2, 3].map((i) => ({ id: `p${i}`, label: { sv: '', en: '' }, share: '1/3' })) }).amounts.map(
        (a) => a.toNumber(),
      ),
    ).toEqual([34, 33, 33]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 1, max: 7 }), (amount, n) => {
        const parts = Array.from({ length: n }, (_, i) => ({ id: `p${i}`, label: { sv: '', en: '' }, share: `1/${n}` }));
        const amounts = partAmounts({ amount, parts }).amounts.map((a) => a.toNumber());
        expect(amounts.reduce((s, a) => s + a, 0)).toBe(amount);
        expect(Math.max(...amounts) - Math.min(...amounts)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('pays each part to the regions meeting its conditions, with part totals and a tranche total', async () => {
    const result = await computePayouts(leadTimes(150_000_000), rows2026());
    const tranche = result.tranches[2];
    expect(tranche.parts!.map((p) => [p.id, kr(p.amount), kr(p.paid), p.qualifying])).toEqual([
      ['breast', 50_000_000, 50_000_000, 18],
      ['colorectal', 50_000_000, 50_000_000, 21],
      ['prostate', 50_000_000, 50_000_000, 21],
    ]);
    expect(kr(tranche.paid)).toBe(150_000_000);
    const stockholm = result.regions[0];
    expect(kr(stockholm.parts!.leadTimes.breast)).toBe(0);
    expect(stockholm.partEligible!.leadTimes).toEqual({ breast: false, colorectal: true, prostate: true });
    expect(stockholm.eligible.leadTimes).toBe(false);
    expect(kr(stockholm.payouts.leadTimes)).toBe(kr(stockholm.parts!.leadTimes.colorectal) + kr(stockholm.parts!.leadTimes.prostate));
    expect(stockholm.reasons.map((r) => r.sv.replace(/\u00a0/g, ' '))).toEqual([
      'Inom ledtid, bröstcancer 60 % är inte över Inom ledtid föregående år, bröstcancer 65 %',
    ]);
    // The columns: share, payout 1, payout 2, three parts, the lead-time total, total, conditions, reasons.
    const columns = buildOutputColumns(result, 'sv', { headerRow: 0, rowCount: 21 });
    expect(columns.headers).toEqual([
      'Kvot: Andel',
      'Kvot: Utbetalning 1',
      'Kvot: Utbetalning 2',
      'Kvot: Ledtidsmedel › Bröstcancer',
      'Kvot: Ledtidsmedel › Tjock- och ändtarmscancer',
      'Kvot: Ledtidsmedel › Prostatacancer',
      'Kvot: Ledtidsmedel',
      'Kvot: Totalt',
      'Kvot: Villkor uppfyllda',
      'Kvot: Skäl',
    ]);
    expect(columns.totals!.slice(3, 7)).toEqual([50_000_000, 50_000_000, 50_000_000, 150_000_000]);
    const outcomes = trancheOutcomes(leadTimes(150_000_000), result).filter((o) => o.trancheId === 'leadTimes');
    expect(outcomes.map((o) => [o.partId, o.failing.length])).toEqual([
      ['breast', 3],
      ['colorectal', 0],
      ['prostate', 0],
    ]);
  });

  it('prints the parts in the CLI text and JSON, with the assumed ones marked', async () => {
    const agreement = leadTimes(150_000_000);
    const result = await computePayouts(agreement, rows2026());
    const json = payoutJson(result, undefined, agreement);
    expect(json.tranches[2]).toMatchObject({
      id: 'leadTimes',
      amount: 150_000_000,
      parts: [{ id: 'breast', amount: 50_000_000 }, { id: 'colorectal' }, { id: 'prostate' }],
    });
    expect(json.regions[0].parts).toEqual({ leadTimes: { breast: 0, colorectal: expect.any(Number), prostate: expect.any(Number) } });
    expect(json.assumed!.some((a) => a.pointer === '/tranches/2/parts/0' && a.about?.includes('conditions'))).toBe(true);
    const text = payoutText(agreement, result, 'sv');
    expect(text).toContain('Ledtidsmedel › Bröstcancer *');
    expect(text).toContain('* Antaget i regelfilen, inte angivet av källorna:');
  });

  it('keeps the parts adding up when a scenario changes the budget', () => {
    const scaled = withBudget(leadTimes(150_000_000), 700_000_001);
    expect(scaled.ok).toBe(true);
    if (!scaled.ok) return;
    const tranche = scaled.agreement.tranches[2];
    expect(tranche.parts!.reduce((s, p) => s + p.amount!, 0)).toBe(tranche.amount);
    expect(loadAgreement(scaled.agreement).ok).toBe(true);
  });

  it('says what a part condition is worth to each region (stakes recomputed exactly)', async () => {
    const agreement = leadTimes(150_000_000);
    const result = await computePayouts(agreement, rows2026());
    const stakes = conditionStakes(agreement, result, 'leadTimes', 'improvedBreast');
    const stockholm = stakes.stakes[0];
    expect(stockholm.kind).toBe('decides');
    expect(stockholm.change.toNumber()).toBeGreaterThan(0);
    // Uppsala qualifies; losing the breast-cancer part would cost it exactly that part.
    expect(stakes.stakes[3].change.toNumber()).toBe(-kr(result.regions[3].parts!.leadTimes.breast));
  });
});

describe('groups of regions', () => {
  const rows2024 = official2024.map((r, i) => regionRow(i, r.code, r.name, r.population));

  it('splits equally between the six RCCs and by their summed population, to the krona', async () => {
    const agreement = bundledAgreement('rcc-2024');
    const result = await computePayouts(agreement, rows2024);
    const groups = result.groups!;
    expect(groups.map((g) => g.id)).toEqual(['rccNorr', 'rccStockholmGotland', 'rccUppsalaOrebro', 'rccSydost', 'rccSyd', 'rccVast']);
    const cervical = groups.map((g) => kr(g.payouts.cervicalCancer));
    expect(cervical.reduce((s, a) => s + a, 0)).toBe(25_000_000);
    expect(Math.max(...cervical) - Math.min(...cervical)).toBe(1);
    const pathology = groups.map((g) => kr(g.payouts.pathology));
    expect(pathology.reduce((s, a) => s + a, 0)).toBe(60_000_000);
    // RCC Stockholm Gotland: (2 455 914 + 61 093) / 10 557 682 of 60 million.
    expect(pathology[1]).toBe(Math.round((60_000_000 * (2_455_914 + 61_093)) / 10_557_682));
    expect(groups[1].members).toEqual(['Stockholm', 'Gotland']);
    expect(kr(result.totals.paid)).toBe(358_000_000);
    // No region is paid a group's money.
    expect(result.regions.every((r) => r.total.isZero())).toBe(true);
  });

  it('finds a region of the table by its listed name when the table has no codes', async () => {
    const agreement = bundledAgreement('rcc-2024');
    const byName = rows2024.map((r) => ({ ...r, code: null }));
    const result = await computePayouts(agreement, byName);
    expect(result.groups!.map((g) => g.members.length)).toEqual([4, 2, 7, 3, 3, 2]);
  });

  it('lists the groups in the CLI text and JSON', async () => {
    const agreement = bundledAgreement('rcc-2024');
    const result = await computePayouts(agreement, rows2024);
    const json = payoutJson(result, undefined, agreement);
    expect(json.groups).toHaveLength(6);
    expect(json.groups![0]).toMatchObject({ id: 'rccNorr', codes: ['22', '23', '24', '25'], total: expect.any(Number) });
    expect(json.tranches[0]).toMatchObject({ id: 'cervicalCancer', recipients: 'groups', basis: { key: 'equal' } });
    const text = payoutText(agreement, result, 'en');
    expect(text).toContain('To the groups:');
    expect(text).toMatch(/RCC North \*\s+Västernorrland, Jämtland Härjedalen, Västerbotten, Norrbotten/);
  });
});

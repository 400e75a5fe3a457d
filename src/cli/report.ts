import Decimal from 'decimal.js';
import type { Agreement, Language } from '../core/agreement/types';
import type { PayoutResult, RegionPayout } from '../core/payout/types';
import { formatKronor, formatNumber, formatPercent } from '../core/format/numbers';
import type { TableProblem } from '../core/table/types';
import { own } from '../core/agreement/own';
import { assumptionLine, agreementOverview } from '../core/agreement/overview';
import { pick } from '../core/i18n';

/** What was read and accepted besides the payouts: the sheet, the accepted warnings, the notes. */
export interface RunContext {
  sheet: string;
  warnings: readonly TableProblem[];
  notes: readonly TableProblem[];
}

const problemJson = (p: TableProblem) => ({ code: p.code, address: p.address, cells: p.cells ?? [p.address], message: p.message });
const kronorMap = (record: Record<string, Decimal> | undefined) =>
  Object.fromEntries(Object.entries(record ?? {}).map(([id, d]) => [id, d.toNumber()]));

/**
 * The --json shape: kronor as integers, shares as exact decimal strings. A tranche in parts also
 * lists its parts; a tranche split otherwise than by population names its basis; a tranche paid to
 * groups says so, and the groups are listed with their payouts. `assumed` lists what the rule file
 * assumes rather than takes from a source.
 */
export function payoutJson(result: PayoutResult, context?: RunContext, agreement?: Agreement) {
  return {
    agreement: result.agreementId,
    ...(context
      ? { sheet: context.sheet, acceptedWarnings: context.warnings.map(problemJson), notes: context.notes.map(problemJson) }
      : {}),
    tranches: result.tranches.map((t) => ({
      id: t.id,
      amount: t.amount.toNumber(),
      paid: t.paid.toNumber(),
      withheld: t.withheld.toNumber(),
      ...(t.recipients === 'groups' ? { recipients: 'groups' } : {}),
      ...(t.basis && t.basis.kind !== 'population' ? { basis: { key: t.basis.key, label: t.basis.label } } : {}),
      ...(t.parts
        ? {
            parts: t.parts.map((p) => ({
              id: p.id,
              label: p.label,
              amount: p.amount.toNumber(),
              paid: p.paid.toNumber(),
              withheld: p.withheld.toNumber(),
              basis: { key: p.basis.key, label: p.basis.label },
            })),
          }
        : {}),
    })),
    regions: result.regions.map((r) => ({
      code: r.region.code,
      name: r.region.name,
      population: r.region.population.toNumber(),
      share: r.share.toString(),
      eligible: r.eligible,
      payouts: kronorMap(r.payouts),
      ...(r.parts && Object.keys(r.parts).length > 0
        ? { parts: Object.fromEntries(Object.entries(r.parts).map(([id, parts]) => [id, kronorMap(parts)])) }
        : {}),
      total: r.total.toNumber(),
      reasons: r.reasons,
    })),
    ...(result.groups && result.groups.length > 0
      ? {
          groups: result.groups.map((g) => ({
            id: g.id,
            name: g.name,
            codes: g.codes,
            members: g.members,
            payouts: kronorMap(g.payouts),
            ...(Object.keys(g.parts).length > 0
              ? { parts: Object.fromEntries(Object.entries(g.parts).map(([id, parts]) => [id, kronorMap(parts)])) }
              : {}),
            total: g.total.toNumber(),
            reasons: g.reasons,
          })),
        }
      : {}),
    ...(agreement
      ? { assumed: agreementOverview(agreement).assumed.map((a) => ({ pointer: a.pointer, what: a.what, ...a.assumption })) }
      : {}),
  };
}

const WORDS = {
  sv: {
    yes: 'Ja',
    no: 'Nej',
    share: 'Andel',
    total: 'Totalt',
    conditions: 'Villkor',
    sum: 'Summa',
    group: 'Grupp',
    withheld: 'innehållet',
    assumed: 'antaget',
    toGroups: 'Till grupperna:',
    regions: 'Regioner',
  },
  en: {
    yes: 'Yes',
    no: 'No',
    share: 'Share',
    total: 'Total',
    conditions: 'Conditions',
    sum: 'Total',
    group: 'Group',
    withheld: 'withheld',
    assumed: 'assumed',
    toGroups: 'To the groups:',
    regions: 'Regions',
  },
} as const;

/** A column of amounts: its heading, each row's kronor and the total. */
interface AmountColumn {
  header: string;
  of: (index: number) => Decimal | undefined;
  total: Decimal;
  /** The column shows something the rule file assumes (amount, basis, conditions): marked with *. */
  assumed: boolean;
}

/** Lines padded to columns: names and reasons read left to right; numbers line up on the right. */
function table(rows: string[][], leftColumns: ReadonlySet<number>): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
  return rows.map((row) =>
    row
      .map((cell, c) => (leftColumns.has(c) ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join('  ')
      .trimEnd(),
  );
}

/**
 * A plain-text payout table for the terminal: the basis values (population, or the weight a tranche
 * is split by), the share, every tranche paid to regions (a tranche in parts: each part, then its
 * total), total and conditions; the groups' payouts below; a * on what the rule file assumes, with
 * the assumptions listed under the table.
 */
export function payoutText(agreement: Agreement, result: PayoutResult, lang: Language): string {
  const w = WORDS[lang];
  const star = (assumed: boolean) => (assumed ? ' *' : '');
  const regionTranches = result.tranches.filter((t) => t.recipients !== 'groups');
  const assumed = agreementOverview(agreement).assumed;
  /** A tranche's total column: anything about it assumed; a part's: the tranche itself (not another part) or the part. */
  const isAssumed = (id: string, partId?: string): boolean => {
    const index = agreement.tranches.findIndex((t) => t.id === id);
    const at = `/tranches/${index}`;
    const part = partId === undefined ? -1 : (agreement.tranches[index].parts?.findIndex((p) => p.id === partId) ?? -1);
    return assumed.some((a) =>
      partId === undefined
        ? a.pointer === at || a.pointer.startsWith(`${at}/`)
        : a.pointer === at ||
          a.pointer.startsWith(`${at}/conditions`) ||
          a.pointer === `${at}/parts/${part}` ||
          a.pointer.startsWith(`${at}/parts/${part}/`),
    );
  };
  const amountColumns = (
    list: typeof result.tranches,
    payoutsOf: (i: number) => { payouts: Record<string, Decimal>; parts?: Record<string, Record<string, Decimal>> },
  ): AmountColumn[] =>
    list.flatMap((t) => [
      ...(t.parts ?? []).map((p): AmountColumn => ({
        header: `${t.label[lang]} › ${p.label[lang]}`,
        of: (i) => own(own(payoutsOf(i).parts, t.id), p.id),
        total: p.paid,
        assumed: isAssumed(t.id, p.id),
      })),
      { header: t.label[lang], of: (i) => own(payoutsOf(i).payouts, t.id), total: t.paid, assumed: isAssumed(t.id) },
    ]);

  const bases =
    (result.bases ?? []).length > 0
      ? result.bases!
      : [{ key: 'population', kind: 'population' as const, label: { sv: 'Befolkning', en: 'Population' }, phrase: { sv: '', en: '' } }];
  const shareBasis = result.shareBasis;
  const shareHeader = !shareBasis || shareBasis.kind === 'population' ? w.share : `${w.share} (${shareBasis.label[lang]})`;
  const columns = amountColumns(regionTranches, (i) => result.regions[i]);
  const basisCell = (r: RegionPayout, key: string, kind: string) => {
    const value = key === 'population' ? r.region.population : (own(r.basisValues, key) ?? null);
    if (value === null) return pick(lang, { sv: '(saknas)', en: '(missing)' });
    return kind === 'equal' ? '1' : formatNumber(value, lang, key === 'population' ? 0 : 2);
  };
  const visibleBases = bases.filter((b) => b.kind !== 'equal');
  const head = [
    'Region',
    ...visibleBases.map((b) => b.label[lang]),
    shareHeader,
    ...columns.map((c) => c.header + star(c.assumed)),
    w.total,
    w.conditions,
  ];
  const body = result.regions.map((r, i) => [
    r.region.name,
    ...visibleBases.map((b) => basisCell(r, b.key, b.kind)),
    formatPercent(r.share, lang, 2, 2),
    ...columns.map((c) => formatKronor(c.of(i) ?? new Decimal(0), lang)),
    formatKronor(r.total, lang),
    Object.values(r.eligible).every(Boolean) ? w.yes : `${w.no}: ${r.reasons.map((x) => x[lang]).join('; ')}`,
  ]);
  const regionsPaid = regionTranches.reduce((s, t) => s.plus(t.paid), new Decimal(0));
  const totals = [
    w.sum,
    ...visibleBases.map((b) => (b.key === 'population' ? formatNumber(result.totals.population, lang, 0) : '')),
    '',
    ...columns.map((c) => formatKronor(c.total, lang)),
    formatKronor(regionsPaid, lang),
    '',
  ];
  const out = [`${agreement.title[lang]} (${agreement.id})`, ''];
  if (regionTranches.length > 0) {
    const rows = [head, ...body, totals];
    out.push(...table(rows, new Set([0, head.length - 1])));
  }

  const groups = result.groups ?? [];
  const groupTranches = result.tranches.filter((t) => t.recipients === 'groups');
  if (groups.length > 0 && groupTranches.length > 0) {
    const groupColumns = amountColumns(groupTranches, (i) => groups[i]);
    const rows = [
      [w.group, w.regions, ...groupColumns.map((c) => c.header + star(c.assumed)), w.total],
      ...groups.map((g, i) => [
        g.name[lang] + star(agreement.groups?.find((x) => x.id === g.id)?.assumed !== undefined),
        g.members.join(', '),
        ...groupColumns.map((c) => formatKronor(c.of(i) ?? new Decimal(0), lang)),
        formatKronor(g.total, lang),
      ]),
      [
        w.sum,
        '',
        ...groupColumns.map((c) => formatKronor(c.total, lang)),
        formatKronor(
          groupTranches.reduce((s, t) => s.plus(t.paid), new Decimal(0)),
          lang,
        ),
      ],
    ];
    if (regionTranches.length > 0) out.push('');
    out.push(w.toGroups, ...table(rows, new Set([0, 1])));
    for (const g of groups) for (const reason of g.reasons) out.push(`${g.name[lang]}: ${reason[lang]}`);
  }

  for (const t of result.tranches) {
    if (!t.withheld.isZero()) out.push(`${t.label[lang]}: ${w.withheld} ${formatKronor(t.withheld, lang)}`);
    if (t.note) out.push(t.note[lang]);
    for (const p of t.parts ?? []) if (p.note) out.push(`${t.label[lang]} › ${p.note[lang]}`);
  }
  if (assumed.length > 0) {
    out.push(
      '',
      `* ${pick(lang, { sv: 'Antaget i regelfilen, inte angivet av källorna', en: 'Assumed by the rule file, not stated by the sources' })}:`,
    );
    for (const item of assumed) out.push(`  - ${item.what[lang]}: ${assumptionLine(item.assumption)[lang]}`);
  }
  return out.join('\n');
}

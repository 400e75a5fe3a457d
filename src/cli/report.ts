import type { Agreement, Language } from '../core/agreement/types';
import type { PayoutResult } from '../core/payout/types';
import { formatKronor, formatNumber, formatPercent } from '../core/format/numbers';
import type { TableProblem } from '../core/table/types';

/** What was read and accepted besides the payouts: the sheet, the accepted warnings, the notes. */
export interface RunContext {
  sheet: string;
  warnings: readonly TableProblem[];
  notes: readonly TableProblem[];
}

const problemJson = (p: TableProblem) => ({ code: p.code, address: p.address, cells: p.cells ?? [p.address], message: p.message });
import { own } from '../core/agreement/own';

/** The --json shape: kronor as integers, shares as exact decimal strings. */
export function payoutJson(result: PayoutResult, context?: RunContext) {
  return {
    agreement: result.agreementId,
    ...(context ? { sheet: context.sheet, acceptedWarnings: context.warnings.map(problemJson), notes: context.notes.map(problemJson) } : {}),
    tranches: result.tranches.map((t) => ({ id: t.id, amount: t.amount.toNumber(), paid: t.paid.toNumber(), withheld: t.withheld.toNumber() })),
    regions: result.regions.map((r) => ({
      code: r.region.code,
      name: r.region.name,
      population: r.region.population.toNumber(),
      share: r.share.toString(),
      eligible: r.eligible,
      payouts: Object.fromEntries(Object.entries(r.payouts).map(([id, d]) => [id, d.toNumber()])),
      total: r.total.toNumber(),
      reasons: r.reasons,
    })),
  };
}

/** A plain-text payout table for the terminal. */
export function payoutText(agreement: Agreement, result: PayoutResult, lang: Language): string {
  const yes = lang === 'sv' ? 'Ja' : 'Yes';
  const no = lang === 'sv' ? 'Nej' : 'No';
  const head = ['Region', lang === 'sv' ? 'Befolkning' : 'Population', lang === 'sv' ? 'Andel' : 'Share',
    ...result.tranches.map((t) => t.label[lang]), lang === 'sv' ? 'Totalt' : 'Total', lang === 'sv' ? 'Villkor' : 'Conditions'];
  const body = result.regions.map((r) => [
    r.region.name,
    formatNumber(r.region.population, lang, 0),
    formatPercent(r.share, lang, 2, 2),
    ...result.tranches.map((t) => formatKronor(own(r.payouts, t.id)!, lang)),
    formatKronor(r.total, lang),
    Object.values(r.eligible).every(Boolean) ? yes : `${no}: ${r.reasons.map((x) => x[lang]).join('; ')}`,
  ]);
  const totals = [lang === 'sv' ? 'Summa' : 'Total', formatNumber(result.totals.population, lang, 0), '',
    ...result.tranches.map((t) => formatKronor(t.paid, lang)), formatKronor(result.totals.paid, lang), ''];
  const rows = [head, ...body, totals];
  const widths = head.map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  // Names and reasons read left to right; numbers line up on the right.
  const line = (row: string[]) =>
    row.map((cell, c) => (c === 0 || c === row.length - 1 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
  const out = [`${agreement.title[lang]} (${agreement.id})`, '', line(head), ...body.map(line), line(totals)];
  for (const t of result.tranches) {
    if (!t.withheld.isZero()) out.push(`${t.label[lang]}: ${lang === 'sv' ? 'innehållet' : 'withheld'} ${formatKronor(t.withheld, lang)}`);
    if (t.note) out.push(t.note[lang]);
  }
  return out.join('\n');
}

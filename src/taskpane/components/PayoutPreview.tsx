import { memo } from 'react';
import Decimal from 'decimal.js';
import {
  Badge,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Agreement } from '../../core/agreement/types';
import { formatKronor, formatNumber, formatPercent } from '../../core/format/numbers';
import type { PayoutResult, RegionPayout } from '../../core/payout/types';
import { useLanguage } from '../language';
import { useTableStyles } from './tableStyles';
import { own } from '../../core/agreement/own';
import { agreementOverview, assumptionLine } from '../../core/agreement/overview';
import { AssumedBadge } from './AssumedBadge';
import { GroupList } from './GroupList';
import { usePage } from './ShowMore';

const useStyles = makeStyles({
  // A set width caps the column in an auto-layout table, so long reasons wrap instead of widening it.
  reason: { width: '14rem', whiteSpace: 'normal' },
  reasonList: { margin: 0, paddingLeft: 0, listStyleType: 'none' },
  notes: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
});

/** A region meets the conditions when it is eligible for every tranche. */
const eligibleForAll = (region: RegionPayout) => Object.values(region.eligible).every(Boolean);

/** The columns of amounts paid to regions: a tranche in parts gives one per part, then the tranche's total. */
export function amountColumns(result: PayoutResult, agreement: Agreement, lang: 'sv' | 'en') {
  const assumed = agreementOverview(agreement).assumed;
  return result.tranches
    .filter((tranche) => tranche.recipients !== 'groups')
    .flatMap((tranche) => {
      const index = agreement.tranches.findIndex((a) => a.id === tranche.id);
      const at = `/tranches/${index}`;
      const trancheAssumed = assumed.filter((a) => a.pointer === at || a.pointer.startsWith(`${at}/conditions`));
      return [
        ...(tranche.parts ?? []).map((part, p) => ({
          key: `${tranche.id}-${part.id}`,
          header: `${tranche.label[lang]} › ${part.label[lang]}`,
          of: (r: RegionPayout) => own(own(r.parts, tranche.id), part.id),
          total: part.paid,
          assumed: [
            ...trancheAssumed,
            ...assumed.filter((a) => a.pointer === `${at}/parts/${p}` || a.pointer.startsWith(`${at}/parts/${p}/`)),
          ],
        })),
        {
          key: tranche.id,
          header: tranche.label[lang],
          of: (r: RegionPayout) => own(r.payouts, tranche.id),
          total: tranche.paid,
          assumed: assumed.filter((a) => a.pointer === at || a.pointer.startsWith(`${at}/`)),
        },
      ];
    });
}

/** Every column of the payouts per region, for a pane widened beyond task-pane width; nothing here is written yet. */
function PayoutPreviewView({ result, agreement }: { result: PayoutResult; agreement: Agreement }) {
  const { t, lang } = useLanguage();
  const styles = { ...useTableStyles(), ...useStyles() };
  const kronor = (d: Decimal | undefined) => formatKronor(d ?? new Decimal(0), lang);
  const shareTotal = result.totals.shares;
  const caption = t.previewCaption(agreement.year);
  const number = styles.number;
  const page = usePage(result.regions.length);
  const columns = amountColumns(result, agreement, lang);
  // The values the tranches are split by: the population, or a weight; equal shares need no column.
  const bases = (
    result.bases && result.bases.length > 0
      ? result.bases
      : [{ key: 'population', kind: 'population' as const, label: { sv: t.colPopulation, en: t.colPopulation } }]
  ).filter((b) => b.kind !== 'equal');
  const basisValue = (payout: RegionPayout, key: string) =>
    key === 'population' ? payout.region.population : (own(payout.basisValues, key) ?? null);
  const shareBasis = result.shareBasis;
  const shareHeader = !shareBasis || shareBasis.kind === 'population' ? t.colShare : `${t.colShare} (${shareBasis.label[lang]})`;
  const regionsPaid = result.tranches
    .filter((tranche) => tranche.recipients !== 'groups')
    .reduce((sum, tranche) => sum.plus(tranche.paid), new Decimal(0));
  const notes = [...new Set(columns.flatMap((c) => c.assumed))];

  return (
    <div>
      <Caption1 className={styles.visibleCaption} aria-hidden>
        {caption}
      </Caption1>
      {/* Focusable so keyboard users can scroll the table sideways. */}
      <div className={styles.scroll} role="region" aria-label={caption} tabIndex={0}>
        <Table size="small" className={styles.table} data-testid="payout-table">
          <caption className={styles.visuallyHidden}>{caption}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.sticky}>{t.colRegion}</TableHeaderCell>
              {bases.map((basis) => (
                <TableHeaderCell key={basis.key} className={number}>
                  {basis.key === 'population' ? t.colPopulation : basis.label[lang]}
                </TableHeaderCell>
              ))}
              <TableHeaderCell className={number}>{shareHeader}</TableHeaderCell>
              {columns.map((column) => (
                <TableHeaderCell key={column.key} className={number}>
                  {column.header}
                  {column.assumed.length > 0 ? <AssumedBadge assumption={column.assumed[0].assumption} /> : null}
                </TableHeaderCell>
              ))}
              <TableHeaderCell className={number}>{t.colTotal}</TableHeaderCell>
              <TableHeaderCell>{t.colEligible}</TableHeaderCell>
              <TableHeaderCell className={styles.reason}>{t.colReason}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {result.regions.slice(0, page.shown).map((payout) => {
              const eligible = eligibleForAll(payout);
              return (
                <TableRow key={payout.region.address} data-testid={`payout-row-${payout.region.code ?? payout.region.name}`}>
                  <TableCell className={styles.sticky}>{payout.region.name}</TableCell>
                  {bases.map((basis) => {
                    const value = basisValue(payout, basis.key);
                    return (
                      <TableCell key={basis.key} className={number}>
                        {value === null ? '–' : formatNumber(value, lang, basis.key === 'population' ? 0 : 2)}
                      </TableCell>
                    );
                  })}
                  <TableCell className={number}>{formatPercent(payout.share, lang, 2, 2)}</TableCell>
                  {columns.map((column) => (
                    <TableCell key={column.key} className={number} data-testid={`cell-${column.key}`}>
                      {kronor(column.of(payout))}
                    </TableCell>
                  ))}
                  <TableCell className={number}>{kronor(payout.total)}</TableCell>
                  <TableCell>
                    <Badge appearance="tint" color={eligible ? 'success' : 'danger'}>
                      {eligible ? t.yes : t.no}
                    </Badge>
                  </TableCell>
                  <TableCell className={styles.reason}>
                    {payout.reasons.length > 0 ? (
                      <ul className={styles.reasonList}>
                        {payout.reasons.map((reason, index) => (
                          <li key={index}>{reason[lang]}</li>
                        ))}
                      </ul>
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
          <tfoot>
            <TableRow className={styles.totals} data-testid="payout-totals">
              <TableCell className={styles.sticky}>{t.totalsRow}</TableCell>
              {bases.map((basis) => (
                <TableCell key={basis.key} className={number}>
                  {basis.key === 'population' ? formatNumber(result.totals.population, lang, 0) : ''}
                </TableCell>
              ))}
              <TableCell className={number}>{formatPercent(shareTotal, lang, 2, 2)}</TableCell>
              {columns.map((column) => (
                <TableCell key={column.key} className={number} data-testid={`total-${column.key}`}>
                  {kronor(column.total)}
                </TableCell>
              ))}
              <TableCell className={number} data-testid="total-paid">
                {kronor(regionsPaid)}
              </TableCell>
              <TableCell />
              <TableCell />
            </TableRow>
          </tfoot>
        </Table>
      </div>
      {page.more}
      {notes.length > 0 ? (
        <ul className={styles.notes} data-testid="assumed-notes">
          {notes.map((note) => (
            <li key={note.pointer}>{`${note.what[lang]}: ${assumptionLine(note.assumption)[lang]}`}</li>
          ))}
        </ul>
      ) : null}
      <GroupList result={result} agreement={agreement} />
    </div>
  );
}

/** Rendered again only for another result or rule set: switching tabs does not redo a 20 000-row table. */
export const PayoutPreview = memo(PayoutPreviewView);

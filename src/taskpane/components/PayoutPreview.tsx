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
} from '@fluentui/react-components';
import type { Agreement } from '../../core/agreement/types';
import { formatKronor, formatNumber, formatPercent } from '../../core/format/numbers';
import type { PayoutResult, RegionPayout } from '../../core/payout/types';
import { useLanguage } from '../language';
import { useTableStyles } from './tableStyles';

const useStyles = makeStyles({
  // A set width caps the column in an auto-layout table, so long reasons wrap instead of widening it.
  reason: { width: '14rem', whiteSpace: 'normal' },
  reasonList: { margin: 0, paddingLeft: 0, listStyleType: 'none' },
});

/** A region meets the conditions when it is eligible for every tranche. */
const eligibleForAll = (region: RegionPayout) => Object.values(region.eligible).every(Boolean);

/** Every column of the payouts per region, for a pane widened beyond task-pane width; nothing here is written yet. */
export function PayoutPreview({ result, agreement }: { result: PayoutResult; agreement: Agreement }) {
  const { t, lang } = useLanguage();
  const styles = { ...useTableStyles(), ...useStyles() };
  const kronor = (d: Decimal) => formatKronor(d, lang);
  const shareTotal = result.regions.reduce((sum, r) => sum.plus(r.share), new Decimal(0));
  const caption = t.previewCaption(agreement.year);
  const number = styles.number;

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
              <TableHeaderCell className={number}>{t.colPopulation}</TableHeaderCell>
              <TableHeaderCell className={number}>{t.colShare}</TableHeaderCell>
              {result.tranches.map((tranche) => (
                <TableHeaderCell key={tranche.id} className={number}>
                  {tranche.label[lang]}
                </TableHeaderCell>
              ))}
              <TableHeaderCell className={number}>{t.colTotal}</TableHeaderCell>
              <TableHeaderCell>{t.colEligible}</TableHeaderCell>
              <TableHeaderCell className={styles.reason}>{t.colReason}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {result.regions.map((payout) => {
              const eligible = eligibleForAll(payout);
              return (
                <TableRow key={payout.region.address} data-testid={`payout-row-${payout.region.code ?? payout.region.name}`}>
                  <TableCell className={styles.sticky}>{payout.region.name}</TableCell>
                  <TableCell className={number}>{formatNumber(payout.region.population, lang, 0)}</TableCell>
                  <TableCell className={number}>{formatPercent(payout.share, lang, 2, 2)}</TableCell>
                  {result.tranches.map((tranche) => (
                    <TableCell key={tranche.id} className={number} data-testid={`cell-${tranche.id}`}>
                      {kronor(payout.payouts[tranche.id] ?? new Decimal(0))}
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
              <TableCell className={number}>{formatNumber(result.totals.population, lang, 0)}</TableCell>
              <TableCell className={number}>{formatPercent(shareTotal, lang, 2, 2)}</TableCell>
              {result.tranches.map((tranche) => (
                <TableCell key={tranche.id} className={number} data-testid={`total-${tranche.id}`}>
                  {kronor(tranche.paid)}
                </TableCell>
              ))}
              <TableCell className={number} data-testid="total-paid">
                {kronor(result.totals.paid)}
              </TableCell>
              <TableCell />
              <TableCell />
            </TableRow>
          </tfoot>
        </Table>
      </div>
    </div>
  );
}

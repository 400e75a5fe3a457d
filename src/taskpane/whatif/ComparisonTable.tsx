import Decimal from 'decimal.js';
import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, mergeClasses } from '@fluentui/react-components';
import { formatKronor } from '../../core/format/numbers';
import type { Comparison, RegionComparison } from '../../core/scenario';
import { useLanguage } from '../language';
import { WHAT_IF_MESSAGES } from './i18n';
import { formatSignedKronor } from './signedKronor';
import { useTableStyles } from '../components/tableStyles';

const ZERO = new Decimal(0);

/** The baseline and each scenario side by side: per region the total and the difference in kronor. */
export function ComparisonTable({ comparison }: { comparison: Comparison }) {
  const { lang } = useLanguage();
  const m = WHAT_IF_MESSAGES[lang];
  const styles = useTableStyles();
  const kronor = (d: Decimal | undefined) => formatKronor(d ?? ZERO, lang);

  // A plain function, not a component: a component defined here would remount on every render.
  const difference = (key: string, amount: Decimal, testId: string) => (
    <TableCell
      key={key}
      className={mergeClasses(styles.number, amount.isZero() ? undefined : amount.isNegative() ? styles.decrease : styles.increase)}
      data-testid={testId}
      data-changed={!amount.isZero()}
    >
      {formatSignedKronor(amount, lang)}
    </TableCell>
  );

  const row = (region: RegionComparison) => (
    <TableRow key={region.key} data-testid={`compare-row-${region.key}`}>
      <TableCell className={styles.sticky}>{region.name}</TableCell>
      <TableCell className={styles.number} data-testid="baseline-total">
        {kronor(region.baseline?.total)}
      </TableCell>
      {region.scenarios.map((s, i) => [
        <TableCell key={`total-${i}`} className={styles.number} data-testid={`scenario-${i}-total`}>
          {kronor(s.amounts?.total)}
        </TableCell>,
        difference(`diff-${i}`, s.difference, `scenario-${i}-difference`),
      ])}
    </TableRow>
  );

  const totalsRow = (field: 'paid' | 'withheld', label: string) => (
    <TableRow className={styles.totals} data-testid={`compare-${field}`}>
      <TableCell className={styles.sticky}>{label}</TableCell>
      <TableCell className={styles.number} data-testid="baseline-total">
        {kronor(comparison.baseline[field])}
      </TableCell>
      {comparison.scenarios.map((s, i) => [
        <TableCell key={`total-${i}`} className={styles.number} data-testid={`scenario-${i}-total`}>
          {kronor(s[field])}
        </TableCell>,
        difference(`diff-${i}`, field === 'paid' ? s.paidDifference : s.withheldDifference, `scenario-${i}-difference`),
      ])}
    </TableRow>
  );

  return (
    <div>
      {/* Outside the scrolling area, so the caption stays readable while the table scrolls. */}
      <Caption1 className={styles.visibleCaption} aria-hidden>
        {m.comparisonCaption}
      </Caption1>
      <div className={styles.scroll} role="region" aria-label={m.comparisonCaption} tabIndex={0}>
        <Table size="extra-small" className={mergeClasses(styles.table, styles.compact)} data-testid="comparison-table">
          <caption className={styles.visuallyHidden}>{m.comparisonCaption}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.sticky}>{m.colRegion}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{comparison.baseline.name}</TableHeaderCell>
              {comparison.scenarios.map((s, i) => [
                <TableHeaderCell key={`name-${i}`} className={styles.number}>
                  {s.name}
                </TableHeaderCell>,
                <TableHeaderCell key={`diff-${i}`} className={styles.number} aria-label={m.differenceOf(s.name)}>
                  {m.colDifference}
                </TableHeaderCell>,
              ])}
            </TableRow>
          </TableHeader>
          <TableBody>{comparison.regions.map(row)}</TableBody>
          <tfoot>
            {totalsRow('paid', m.totalPaid)}
            {totalsRow('withheld', m.withheld)}
          </tfoot>
        </Table>
      </div>
    </div>
  );
}

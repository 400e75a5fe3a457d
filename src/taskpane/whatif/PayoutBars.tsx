import Decimal from 'decimal.js';
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Comparison, RegionComparison } from '../../core/scenario';
import { useLanguage } from '../language';
import { WHAT_IF_MESSAGES } from './i18n';
import { formatSignedKronor } from './signedKronor';

const ZERO = new Decimal(0);

const useStyles = makeStyles({
  chart: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  legendItem: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: { width: '10px', height: '10px', borderRadius: tokens.borderRadiusSmall },
  rows: { display: 'grid', gridTemplateColumns: 'minmax(5rem, 38%) 1fr', columnGap: tokens.spacingHorizontalS, rowGap: '3px' },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', alignSelf: 'center' },
  bars: { display: 'flex', flexDirection: 'column', gap: '1px', justifyContent: 'center' },
  bar: { height: '6px', borderRadius: '0 2px 2px 0', minWidth: '1px' },
  baseline: { backgroundColor: tokens.colorBrandBackground },
  scenario: { backgroundColor: tokens.colorPaletteMarigoldBorderActive },
});

/** A one-line summary for screen readers: how many regions change and the largest difference. */
function summary(regions: RegionComparison[], describe: (region: string, amount: Decimal) => string, none: string): string {
  const changed = regions.filter((r) => !r.scenarios[0].difference.isZero());
  if (changed.length === 0) return none;
  const largest = changed.reduce((a, b) => (b.scenarios[0].difference.abs().gt(a.scenarios[0].difference.abs()) ? b : a));
  return describe(largest.name, largest.scenarios[0].difference);
}

/**
 * Payouts per region, baseline and the first scenario, as plain CSS bars (no chart library). The
 * chart is one image to assistive technology, labelled with a summary; the comparison table next to
 * it holds the data.
 */
export function PayoutBars({ comparison }: { comparison: Comparison }) {
  const { lang } = useLanguage();
  const m = WHAT_IF_MESSAGES[lang];
  const styles = useStyles();
  const scenario = comparison.scenarios[0];
  if (!scenario) return null;

  const totals = comparison.regions.map((r) => [r.baseline?.total ?? ZERO, r.scenarios[0].amounts?.total ?? ZERO] as const);
  const max = totals.reduce((most, [a, b]) => Decimal.max(most, a, b), ZERO);
  const width = (amount: Decimal) => (max.isZero() ? '0%' : `${amount.dividedBy(max).times(100).toDecimalPlaces(2).toString()}%`);
  const changes = (region: string, amount: Decimal) =>
    m.chartChanges(comparison.regions.filter((r) => !r.scenarios[0].difference.isZero()).length, region, formatSignedKronor(amount, lang));
  const label = m.chartLabel(comparison.baseline.name, scenario.name, summary(comparison.regions, changes, m.chartNoChange));

  return (
    <div className={styles.chart} role="img" aria-label={label} data-testid="payout-bars">
      <div className={styles.legend}>
        <span className={styles.legendItem}>
          <span className={mergeClasses(styles.swatch, styles.baseline)} />
          <Caption1>{comparison.baseline.name}</Caption1>
        </span>
        <span className={styles.legendItem}>
          <span className={mergeClasses(styles.swatch, styles.scenario)} />
          <Caption1>{scenario.name}</Caption1>
        </span>
      </div>
      <div className={styles.rows}>
        {comparison.regions.map((region, i) => [
          <Caption1 key={`name-${region.key}`} className={styles.name}>
            {region.name}
          </Caption1>,
          <div key={`bars-${region.key}`} className={styles.bars}>
            <div className={mergeClasses(styles.bar, styles.baseline)} style={{ width: width(totals[i][0]) }} />
            <div className={mergeClasses(styles.bar, styles.scenario)} style={{ width: width(totals[i][1]) }} />
          </div>,
        ])}
      </div>
    </div>
  );
}

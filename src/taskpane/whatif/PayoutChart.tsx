import { useLayoutEffect, useRef, useState } from 'react';
import Decimal from 'decimal.js';
import { Caption1, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { Language } from '../../core/agreement/types';
import { formatKronor, formatNumber } from '../../core/format/numbers';
import type { Comparison } from '../../core/scenario';
import { useLanguage } from '../language';
import { WHAT_IF_MESSAGES } from './i18n';
import { formatSignedKronor } from './signedKronor';

const ZERO = new Decimal(0);

/** Baseline first, then one colour per scenario (cycling after six); every bar also carries its value. */
export const SERIES_COLOURS = [
  tokens.colorBrandBackground,
  tokens.colorPaletteMarigoldBorderActive,
  tokens.colorPaletteBerryBorderActive,
  tokens.colorPaletteTealBorderActive,
  tokens.colorPaletteDarkOrangeBorderActive,
  tokens.colorPaletteLavenderBorderActive,
];
const colour = (i: number) => (i === 0 ? SERIES_COLOURS[0] : SERIES_COLOURS[1 + ((i - 1) % (SERIES_COLOURS.length - 1))]);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  legend: { display: 'flex', flexWrap: 'wrap', gap: `0 ${tokens.spacingHorizontalM}`, margin: 0, padding: 0, listStyleType: 'none' },
  legendItem: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0, overflowWrap: 'anywhere' },
  swatch: { width: '10px', height: '10px', flexShrink: 0, borderRadius: tokens.borderRadiusSmall },
  svg: { display: 'block', fontFamily: tokens.fontFamilyBase, overflow: 'visible' },
});

/** The unit the axis counts in: millions, thousands or kronor, whichever keeps the ticks short. */
export function axisUnit(max: number): { divisor: number; unit: 'mnkr' | 'tkr' | 'kr' } {
  if (max >= 1_000_000) return { divisor: 1_000_000, unit: 'mnkr' };
  if (max >= 1_000) return { divisor: 1_000, unit: 'tkr' };
  return { divisor: 1, unit: 'kr' };
}

/** Round ticks from 0 past max (1, 2 or 5 times a power of ten apart), about `count` of them. */
export function niceTicks(max: number, count: number): number[] {
  if (!(max > 0)) return [0];
  const rough = max / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = 0; t < max + step / 2 && ticks.length < 50; t += step) ticks.push(Number(t.toPrecision(12)));
  if (ticks[ticks.length - 1] < max) ticks.push(Number((ticks[ticks.length - 1] + step).toPrecision(12)));
  return ticks;
}

/** The element's width in CSS pixels, following resizes (the pane is 320–450 px); `fallback` until measured. */
function useWidth(fallback: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // A hidden tab measures 0: keep the last width until it is shown again.
    const measure = () => element.clientWidth > 0 && setWidth(element.clientWidth);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/** Cut a name to about the characters that fit; the full name stays in the row's title. */
function fit(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, Math.max(1, chars - 1))}…`;
}

/** One sentence per scenario for the text alternative: how many regions change and the largest difference. */
function summary(comparison: Comparison, lang: Language): string {
  const m = WHAT_IF_MESSAGES[lang];
  return comparison.scenarios
    .map((s, i) => {
      const changed = comparison.regions.filter((r) => !r.scenarios[i].difference.isZero());
      if (changed.length === 0) return `${s.name}: ${m.chartNoChange}`;
      const largest = changed.reduce((a, b) => (b.scenarios[i].difference.abs().gt(a.scenarios[i].difference.abs()) ? b : a));
      return `${s.name}: ${m.chartChanges(changed.length, largest.name, formatSignedKronor(largest.scenarios[i].difference, lang))}`;
    })
    .join(' ');
}

const FONT = 11;
const VALUE_FONT = 10;
const BAR = 8;
const ROW = 12;
const GROUP_GAP = 8;

/**
 * Payout per region as horizontal bars, one per result (the baseline and every scenario), on a
 * kronor axis with round ticks, each bar with its amount written beside it: an SVG drawn here and
 * sized to the pane. To assistive technology it is one image with a title and a summary per
 * scenario; the comparison table above holds the same numbers as a table.
 */
export function PayoutChart({ comparison }: { comparison: Comparison }) {
  const { lang } = useLanguage();
  const m = WHAT_IF_MESSAGES[lang];
  const styles = useStyles();
  const titleId = useId('chart-title');
  const descId = useId('chart-desc');
  const [ref, width] = useWidth(360);

  const results = [comparison.baseline, ...comparison.scenarios];
  const amounts = comparison.regions.map((r) => [r.baseline?.total ?? ZERO, ...r.scenarios.map((s) => s.amounts?.total ?? ZERO)]);
  const max = amounts.reduce((most, row) => row.reduce((a, b) => Decimal.max(a, b), most), ZERO).toNumber();
  const { divisor, unit } = axisUnit(max);

  const nameWidth = Math.round(Math.min(120, Math.max(72, width * 0.27)));
  const valueWidth = Math.round(Math.min(96, Math.max(70, width * 0.22)));
  const plotLeft = nameWidth + 6;
  const plotWidth = Math.max(40, width - plotLeft - valueWidth - 6);
  const ticks = niceTicks(max / divisor, Math.max(2, Math.floor(plotWidth / 56)));
  const top = ticks[ticks.length - 1] * divisor || 1;
  const x = (amount: number) => plotLeft + (amount / top) * plotWidth;
  const axisTop = FONT + 6; // the axis title above, the tick labels below it
  const plotTop = axisTop + FONT + 6;
  const groupHeight = results.length * ROW;
  const height = plotTop + comparison.regions.length * (groupHeight + GROUP_GAP) + FONT + 8;
  const tickText = (t: number) => formatNumber(new Decimal(t), lang, 1);

  return (
    <div className={styles.root} ref={ref} data-testid="payout-chart">
      <ul className={styles.legend} aria-label={m.chartLegend}>
        {results.map((r, i) => (
          <li key={i} className={styles.legendItem}>
            <span className={styles.swatch} style={{ backgroundColor: colour(i) }} />
            <Caption1>{r.name}</Caption1>
          </li>
        ))}
      </ul>
      <svg
        className={styles.svg}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      >
        <title id={titleId}>{m.chartTitle(unit)}</title>
        <desc id={descId}>{`${summary(comparison, lang)} ${m.chartTableNote}`}</desc>
        <text x={plotLeft} y={FONT} fontSize={FONT} fill={tokens.colorNeutralForeground2}>
          {m.chartAxis(unit)}
        </text>
        {ticks.map((t) => (
          <g key={t} data-testid="chart-tick">
            <line
              x1={x(t * divisor)}
              x2={x(t * divisor)}
              y1={plotTop - 2}
              y2={height - FONT - 6}
              stroke={tokens.colorNeutralStroke2}
              strokeWidth={1}
            />
            <text x={x(t * divisor)} y={axisTop + FONT - 2} fontSize={VALUE_FONT} textAnchor="middle" fill={tokens.colorNeutralForeground3}>
              {tickText(t)}
            </text>
          </g>
        ))}
        <line x1={plotLeft} x2={plotLeft} y1={plotTop - 2} y2={height - FONT - 6} stroke={tokens.colorNeutralStroke1} strokeWidth={1} />
        {comparison.regions.map((region, r) => {
          const y0 = plotTop + r * (groupHeight + GROUP_GAP);
          return (
            <g key={region.key} data-testid={`chart-region-${region.key}`}>
              <title>{region.name}</title>
              <text
                x={nameWidth}
                y={y0 + groupHeight / 2 + FONT / 2 - 2}
                fontSize={FONT}
                textAnchor="end"
                fill={tokens.colorNeutralForeground1}
              >
                {fit(region.name, Math.floor(nameWidth / 6.2))}
              </text>
              {amounts[r].map((amount, i) => {
                const y = y0 + i * ROW + (ROW - BAR) / 2;
                const value = amount.toNumber();
                return (
                  <g key={i}>
                    <rect
                      x={plotLeft}
                      y={y}
                      width={Math.max(value > 0 ? 1 : 0, x(value) - plotLeft)}
                      height={BAR}
                      rx={1}
                      fill={colour(i)}
                    />
                    <text
                      x={width - 2}
                      y={y + BAR - 0.5}
                      fontSize={VALUE_FONT}
                      textAnchor="end"
                      fill={tokens.colorNeutralForeground2}
                      style={{ fontVariantNumeric: 'tabular-nums' }}
                      data-testid="chart-value"
                    >
                      {formatKronor(amount, lang)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
        <text x={plotLeft + plotWidth} y={height - 2} fontSize={VALUE_FONT} textAnchor="end" fill={tokens.colorNeutralForeground3}>
          {m.chartUnitNote(unit)}
        </text>
      </svg>
    </div>
  );
}

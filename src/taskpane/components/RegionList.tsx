import { memo } from 'react';
import Decimal from 'decimal.js';
import { Caption1, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { DismissCircle16Filled } from '@fluentui/react-icons';
import type { Agreement } from '../../core/agreement/types';
import { formatKronor } from '../../core/format/numbers';
import type { PayoutResult, RegionPayout } from '../../core/payout/types';
import { regionKey } from '../../core/table/regionKey';
import { useLanguage } from '../language';
import { agreementOverview } from '../../core/agreement/overview';
import { AssumedBadge } from './AssumedBadge';
import { GroupList } from './GroupList';
import { usePage } from './ShowMore';

const useStyles = makeStyles({
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    verticalAlign: 'top',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  head: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  name: { overflowWrap: 'anywhere' },
  number: { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  failing: { backgroundColor: tokens.colorPaletteRedBackground1 },
  reasonRow: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  reason: { color: tokens.colorPaletteRedForeground1, paddingTop: 0 },
  icon: { color: tokens.colorPaletteRedForeground1, verticalAlign: 'text-bottom', marginRight: tokens.spacingHorizontalXXS },
  /** A failing region's first row: its reason row below carries the separating line. */
  joined: { borderBottom: 'none' },
  // Totals stay in view at the bottom of the pane while the regions scroll past.
  footer: { position: 'sticky', bottom: 0, boxShadow: `0 -1px 0 ${tokens.colorNeutralStroke2}` },
  totals: { backgroundColor: tokens.colorNeutralBackground2, fontWeight: tokens.fontWeightSemibold },
  trancheTotals: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, fontWeight: tokens.fontWeightRegular },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

/** A region meets the conditions when it is eligible for every tranche. */
const eligibleForAll = (region: RegionPayout) => Object.values(region.eligible).every(Boolean);

/**
 * The payouts at task-pane width (320–450 px): per region its name, the conditional tranche (the
 * money that depends on the outcome) and the total, with a failing region tinted and its reason on
 * its own line beneath. The other tranches' amounts are in the pinned totals and the wide table.
 */
function RegionListView({ result, agreement }: { result: PayoutResult; agreement: Agreement }) {
  const { t, lang } = useLanguage();
  const styles = useStyles();
  const kronor = (d: Decimal | undefined) => formatKronor(d ?? new Decimal(0), lang);
  const regionTranches = result.tranches.filter((tranche) => tranche.recipients !== 'groups');
  const isConditional = (id: string) => {
    const tranche = agreement.tranches.find((a) => a.id === id);
    return tranche !== undefined && (tranche.conditions !== undefined || (tranche.parts ?? []).some((p) => p.conditions !== undefined));
  };
  const conditional = regionTranches.filter((tranche) => isConditional(tranche.id));
  const assumed = agreementOverview(agreement).assumed;
  const assumptionOf = (id: string) => {
    const at = `/tranches/${agreement.tranches.findIndex((a) => a.id === id)}`;
    return assumed.find((a) => a.pointer === at || a.pointer.startsWith(`${at}/`))?.assumption;
  };
  const regionsPaid = regionTranches.reduce((sum, tranche) => sum.plus(tranche.paid), new Decimal(0));
  // One conditional tranche has a column; with more, the total column carries the sum and each failing row names its tranches.
  const shown = conditional.length === 1 ? conditional : [];
  const columns = 2 + shown.length;
  const caption = t.previewCaption(agreement.year);
  const rowIds = useId('region-row');
  const page = usePage(result.regions.length);

  return (
    <>
      <table className={styles.table} data-testid="payout-table">
        <caption className={styles.hidden}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
              {t.colRegion}
            </th>
            {shown.map((tranche) => {
              const assumption = assumptionOf(tranche.id);
              return (
                <th key={tranche.id} scope="col" className={mergeClasses(styles.cell, styles.head, styles.number)}>
                  {tranche.label[lang]}
                  {assumption ? <AssumedBadge assumption={assumption} /> : null}
                </th>
              );
            })}
            <th scope="col" className={mergeClasses(styles.cell, styles.head, styles.number)}>
              {t.colTotal}
            </th>
          </tr>
        </thead>
        {result.regions.slice(0, page.shown).map((payout, index) => {
          const eligible = eligibleForAll(payout);
          const headerId = `${rowIds}-${index}`;
          const key = payout.region.code ?? payout.region.name;
          const rowClass = eligible ? undefined : styles.failing;
          const lostTranches = regionTranches.filter((tranche) => !payout.eligible[tranche.id]);
          return (
            <tbody key={regionKey(payout.region)}>
              <tr className={rowClass} data-testid={`payout-row-${key}`} data-eligible={eligible}>
                <th scope="row" id={headerId} className={mergeClasses(styles.cell, styles.name, !eligible && styles.joined)}>
                  {eligible ? null : <DismissCircle16Filled className={styles.icon} aria-hidden />}
                  {payout.region.name}
                  <span className={styles.hidden}>{eligible ? ` – ${t.meetsConditions}` : ` – ${t.failsConditions}`}</span>
                </th>
                {shown.map((tranche) => (
                  <td
                    key={tranche.id}
                    className={mergeClasses(styles.cell, styles.number, !eligible && styles.joined)}
                    data-testid={`cell-${tranche.id}`}
                  >
                    {kronor(payout.payouts[tranche.id])}
                  </td>
                ))}
                <td className={mergeClasses(styles.cell, styles.number, !eligible && styles.joined)} data-testid="cell-total">
                  {kronor(payout.total)}
                </td>
              </tr>
              {eligible ? null : (
                <tr className={mergeClasses(rowClass, styles.reasonRow)} data-testid={`reason-${key}`}>
                  {/* Headed by its region, not by the Region column it starts under. */}
                  <td colSpan={columns} headers={headerId} className={mergeClasses(styles.cell, styles.reason)}>
                    {payout.reasons.map((reason) => reason[lang]).join('; ')}
                    {shown.length === 0 && lostTranches.length > 0
                      ? ` (${lostTranches.map((tranche) => `${tranche.label[lang]}: ${kronor(payout.payouts[tranche.id])}`).join(', ')})`
                      : ''}
                  </td>
                </tr>
              )}
            </tbody>
          );
        })}
        <tfoot className={styles.footer}>
          <tr data-testid="payout-totals">
            <th scope="row" className={mergeClasses(styles.cell, styles.totals)}>
              {t.totalsRow}
            </th>
            {shown.map((tranche) => (
              <td key={tranche.id} className={mergeClasses(styles.cell, styles.number, styles.totals)} data-testid={`total-${tranche.id}`}>
                {kronor(tranche.paid)}
              </td>
            ))}
            <td className={mergeClasses(styles.cell, styles.number, styles.totals)} data-testid="total-paid">
              {kronor(regionsPaid)}
            </td>
          </tr>
          {regionTranches.length > shown.length ? (
            <tr>
              <td colSpan={columns} className={mergeClasses(styles.cell, styles.totals)}>
                <Caption1 className={styles.trancheTotals}>
                  {regionTranches
                    .filter((tranche) => !shown.includes(tranche))
                    .map((tranche) => {
                      const assumption = assumptionOf(tranche.id);
                      return (
                        <span key={tranche.id}>
                          {`${tranche.label[lang]}: `}
                          <span data-testid={`total-${tranche.id}`}>{kronor(tranche.paid)}</span>
                          {(tranche.parts ?? []).length > 0
                            ? ` (${tranche.parts!.map((p) => `${p.label[lang]} ${kronor(p.paid)}`).join(', ')})`
                            : ''}
                          {assumption ? <AssumedBadge assumption={assumption} /> : null}
                        </span>
                      );
                    })}
                </Caption1>
              </td>
            </tr>
          ) : null}
        </tfoot>
      </table>
      {page.more}
      <GroupList result={result} agreement={agreement} />
    </>
  );
}

/** Rendered again only for another result or rule set: switching tabs does not redo a 20 000-row table. */
export const RegionList = memo(RegionListView);

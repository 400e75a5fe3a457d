import { useMemo, useState } from 'react';
import {
  Button,
  Caption1,
  Field,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { Agreement } from '../../core/agreement/types';
import type { PayoutResult } from '../../core/payout/types';
import { conditionDistance, conditionStakes, type ConditionStake, type ConditionStakes } from '../../core/scenario';
import { regionKey } from '../../core/table/regionKey';
import { useLanguage } from '../language';
import { choiceLabel, conditionChoices } from './conditionChoices';
import { useFormStyles } from './formStyles';
import { WHAT_IF_MESSAGES } from './i18n';
import { formatSignedKronor } from './signedKronor';
import { useShown, useShownMemo } from './useShown';
import { useTableStyles } from '../components/tableStyles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  controls: { display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalS },
  note: { display: 'block', color: tokens.colorNeutralForeground3, whiteSpace: 'normal' },
  more: { alignSelf: 'flex-start' },
});

/** Rows shown at first and added per "show more": the exact kronor are worked out for these only. */
export const SENSITIVITY_PAGE = 50;

type Order = 'table' | 'stake';

/** The first `count` rows in the order asked for, exact to the krona: O(count · n) on top of the O(n log n) order. */
function shownStakes(all: ConditionStakes, order: Order, count: number) {
  const indices = order === 'table' ? all.stakes.slice(0, count).map((s) => s.index) : all.byStake().slice(0, count);
  const exact = all.exact(indices);
  // The exact krona can reorder two rows within 1 kr of each other.
  if (order === 'stake') exact.sort((a, b) => b.change.abs().comparedTo(a.change.abs()) || a.index - b.index);
  return { rows: exact, total: all.stakes.length };
}

/**
 * For each region, how far it is from one requirement's threshold ("1,2 procentenheter under 70 %")
 * and the kronor at stake in that requirement alone: what the region would lose (−) or gain (+) if
 * only this requirement's outcome were the other way round, its other requirements as they are. A
 * region failing two requirements gains nothing from meeting one. Worked out only while the tab is
 * on screen, for the requirement chosen, and to the exact krona only for the rows shown.
 */
export function SensitivityTable({ agreement, result }: { agreement: Agreement; result: PayoutResult }) {
  const { lang } = useLanguage();
  const m = WHAT_IF_MESSAGES[lang];
  const styles = useStyles();
  const table = useTableStyles();
  const form = useFormStyles();
  const [ref, shown] = useShown<HTMLDivElement>();
  const choices = useMemo(() => conditionChoices(agreement, undefined, true, true), [agreement]);
  const [key, setKey] = useState('');
  const [order, setOrder] = useState<Order>('table');
  const [count, setCount] = useState(SENSITIVITY_PAGE);
  const choice = choices.find((c) => c.key === key) ?? choices[0];

  // Nothing while hidden; the kronor at stake once per rule set, result and requirement, the exact
  // kronor once per page. Coming back to the tab computes nothing again.
  const all = useShownMemo(shown, [agreement, result, choice], () =>
    choice ? conditionStakes(agreement, result, choice.tranche.id, choice.leaf.name) : null,
  );
  const stakes = useShownMemo(shown, [all, order, count], () => (all ? shownStakes(all, order, count) : null));

  if (!choice) return <Caption1>{m.noConditions}</Caption1>;
  const tranche = choice.tranche;
  const caption = `${m.sensitivityCaption}: ${choiceLabel(choice, lang)}`;

  const stakeCell = (stake: ConditionStake) => (
    <TableCell
      className={mergeClasses(
        table.number,
        stake.change.isZero() ? undefined : stake.change.isNegative() ? table.decrease : table.increase,
      )}
      data-testid="stake"
      data-kind={stake.kind}
    >
      {formatSignedKronor(stake.change, lang)}
      {stake.kind === 'others' ? <Caption1 className={styles.note}>{m.decidedByOthers}</Caption1> : null}
    </TableCell>
  );

  return (
    <div className={styles.root} ref={ref}>
      <div className={styles.controls}>
        <Field className={form.field} label={m.sensitivityCondition}>
          <Select
            className={form.select}
            select={{ className: form.selectElement }}
            value={choice.key}
            onChange={(_, data) => {
              setKey(data.value);
              setCount(SENSITIVITY_PAGE);
            }}
          >
            {choices.map((c) => (
              <option key={c.key} value={c.key}>
                {choiceLabel(c, lang)}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={form.field} label={m.sensitivityOrder}>
          <Select
            className={form.select}
            select={{ className: form.selectElement }}
            value={order}
            onChange={(_, data) => setOrder(data.value as Order)}
          >
            <option value="table">{m.orderTable}</option>
            <option value="stake">{m.orderStake}</option>
          </Select>
        </Field>
      </div>
      {stakes ? (
        <>
          <div className={table.scroll} role="region" aria-label={caption} tabIndex={0}>
            <Table size="extra-small" className={mergeClasses(table.table, table.compact, table.fit)} data-testid="sensitivity-table">
              <caption className={table.caption}>
                <Caption1>{caption}</Caption1>
              </caption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell className={table.sticky}>{m.colRegion}</TableHeaderCell>
                  <TableHeaderCell>{m.colDistance}</TableHeaderCell>
                  <TableHeaderCell className={table.numberHeader}>{m.atStake(tranche.label[lang])}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {stakes.rows.map((stake) => {
                  const payout = result.regions[stake.index];
                  const outcome = payout.outcomes.find((o) => o.trancheId === tranche.id && o.name === choice.leaf.name);
                  const distance = outcome ? conditionDistance(outcome, choice.fact) : null;
                  const id = regionKey(payout.region);
                  return (
                    <TableRow key={id} data-testid={`sensitivity-row-${id}`}>
                      <TableCell className={table.sticky}>{payout.region.name}</TableCell>
                      <TableCell className={distance && !distance.passed ? table.failed : undefined} data-testid="distance">
                        {distance?.text[lang] ?? ''}
                      </TableCell>
                      {stakeCell(stake)}
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
          {stakes.rows.length < stakes.total ? (
            <Button
              className={styles.more}
              size="small"
              onClick={() => setCount((c) => c + SENSITIVITY_PAGE)}
              data-testid="sensitivity-more"
            >
              {m.showMore(stakes.rows.length, stakes.total)}
            </Button>
          ) : null}
        </>
      ) : null}
      <Caption1>{m.atStakeHint}</Caption1>
    </div>
  );
}

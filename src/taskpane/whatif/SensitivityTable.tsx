import { useMemo, useState } from 'react';
import {
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
import { sensitivity } from '../../core/scenario';
import { regionKey } from '../../core/table/regionKey';
import { useLanguage } from '../language';
import { choiceLabel, conditionChoices } from './conditionChoices';
import { useFormStyles } from './formStyles';
import { WHAT_IF_MESSAGES } from './i18n';
import { formatSignedKronor } from './signedKronor';
import { useTableStyles } from '../components/tableStyles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

/**
 * For each region, how far it is from one requirement's threshold ("1,2 procentenheter under 70 %")
 * and the kronor at stake in that requirement's tranche: what the region would lose (−) or gain (+)
 * were its outcome the other way round. One requirement at a time, chosen above the table, so the
 * table fits the pane.
 */
export function SensitivityTable({ agreement, result }: { agreement: Agreement; result: PayoutResult }) {
  const { lang } = useLanguage();
  const m = WHAT_IF_MESSAGES[lang];
  const styles = useStyles();
  const table = useTableStyles();
  const form = useFormStyles();
  const rows = useMemo(() => sensitivity(agreement, result), [agreement, result]);
  const choices = conditionChoices(agreement, undefined, true);
  const [key, setKey] = useState('');
  const choice = choices.find((c) => c.key === key) ?? choices[0];
  if (!choice) return <Caption1>{m.noConditions}</Caption1>;

  const tranche = choice.tranche;
  const caption = `${m.sensitivityCaption}: ${choiceLabel(choice, lang)}`;

  return (
    <div className={styles.root}>
      <Field label={m.sensitivityCondition}>
        <Select className={form.select} select={{ className: form.selectElement }} value={choice.key} onChange={(_, data) => setKey(data.value)}>
          {choices.map((c) => (
            <option key={c.key} value={c.key}>
              {choiceLabel(c, lang)}
            </option>
          ))}
        </Select>
      </Field>
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
            {rows.map((row) => {
              const distance = row.conditions.find((d) => d.trancheId === tranche.id && d.name === choice.leaf.name);
              const stake = row.stakes.find((s) => s.trancheId === tranche.id);
              return (
                <TableRow key={regionKey(row)} data-testid={`sensitivity-row-${regionKey(row)}`}>
                  <TableCell className={table.sticky}>{row.name}</TableCell>
                  <TableCell className={distance && !distance.passed ? table.failed : undefined} data-testid="distance">
                    {distance?.text[lang] ?? ''}
                  </TableCell>
                  <TableCell className={table.number} data-testid="stake">
                    {stake ? formatSignedKronor(stake.change, lang) : ''}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      <Caption1>{m.atStakeHint}</Caption1>
    </div>
  );
}

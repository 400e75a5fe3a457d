import { useEffect, useState } from 'react';
import {
  Caption1,
  Field,
  Input,
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
import { formatKronor } from '../../core/format/numbers';
import { thresholdFlips, type ThresholdFlips } from '../../core/scenario';
import type { RegionRow } from '../../core/table/types';
import { Notice } from '../components/Notice';
import { useLanguage } from '../language';
import { SCALAR_TYPES, choiceLabel, conditionChoices, currentRequirement, readThreshold } from './conditionChoices';
import { WHAT_IF_MESSAGES } from './i18n';
import { useTableStyles } from '../components/tableStyles';
import { useFormStyles } from './formStyles';

type FlipState = { status: 'none' } | { status: 'ready'; flips: ThresholdFlips } | { status: 'failed'; message: string };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * "Move a threshold": pick a number, percent or date requirement and a new value; lists the regions
 * whose outcome flips, with their payout in that tranche before and after. Nothing is written.
 */
export function ThresholdMove({ agreement, regions }: { agreement: Agreement; regions: readonly RegionRow[] }) {
  const { lang } = useLanguage();
  const m = WHAT_IF_MESSAGES[lang];
  const styles = useStyles();
  const form = useFormStyles();
  const table = useTableStyles();
  const choices = conditionChoices(agreement, SCALAR_TYPES);
  const [key, setKey] = useState('');
  const [text, setText] = useState('');
  const [state, setState] = useState<FlipState>({ status: 'none' });

  const choice = choices.find((c) => c.key === key) ?? choices[0];
  const read = choice ? readThreshold(text, choice, { sv: WHAT_IF_MESSAGES.sv.emptyValue, en: WHAT_IF_MESSAGES.en.emptyValue }) : null;
  const value = read?.status === 'ok' ? read.value : null;
  // Plain values as the effect's dependencies: choices are rebuilt on every render.
  const trancheId = choice?.tranche.id ?? null;
  const conditionName = choice?.leaf.name ?? null;

  useEffect(() => {
    if (trancheId === null || conditionName === null || value === null) {
      setState({ status: 'none' });
      return;
    }
    let current = true;
    thresholdFlips(agreement, regions, trancheId, conditionName, value).then(
      (flips) => current && setState({ status: 'ready', flips }),
      (error: unknown) => current && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [agreement, regions, trancheId, conditionName, value]);

  if (!choice) return null;
  const flips = state.status === 'ready' ? state.flips.flips : [];
  const kronor = (d: Parameters<typeof formatKronor>[0]) => formatKronor(d, lang);

  return (
    <div className={styles.root} data-testid="threshold-move">
      <Field label={m.moveCondition}>
        <Select
          className={form.select}
          select={{ className: form.selectElement }}
          value={choice.key}
          onChange={(_, data) => {
            setKey(data.value);
            setText('');
          }}
        >
          {choices.map((c) => (
            <option key={c.key} value={c.key}>
              {choiceLabel(c, lang)}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={m.moveValue}
        hint={read?.status === 'error' ? undefined : m.currentValue(currentRequirement(choice, lang))}
        validationState={read?.status === 'error' ? 'error' : 'none'}
        validationMessage={read?.status === 'error' ? read.message[lang] : undefined}
      >
        <Input value={text} onChange={(_, data) => setText(data.value)} />
      </Field>

      {state.status === 'failed' ? (
        <Notice intent="error" title={m.failedTitle}>
          {state.message}
        </Notice>
      ) : null}
      {state.status === 'ready' && flips.length === 0 ? (
        <Caption1 role="status" data-testid="flips-summary">
          {m.flipsNone}
        </Caption1>
      ) : null}
      {state.status === 'ready' && flips.length > 0 ? (
        <>
          <Caption1 role="status" data-testid="flips-summary">
            {m.flipsCount(flips.length)}
          </Caption1>
          <div className={table.scroll} role="region" aria-label={m.flipsCaption(choice.tranche.label[lang])} tabIndex={0}>
            <Table size="extra-small" className={mergeClasses(table.table, table.compact, table.fit)} data-testid="flips-table">
              <caption className={table.caption}>
                <Caption1>{m.flipsCaption(choice.tranche.label[lang])}</Caption1>
              </caption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell className={table.sticky}>{m.colRegion}</TableHeaderCell>
                  <TableHeaderCell className={table.number}>{m.colBefore}</TableHeaderCell>
                  <TableHeaderCell className={table.number}>{m.colAfter}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {flips.map((flip) => (
                  <TableRow key={flip.code ?? flip.name} data-testid={`flip-${flip.code ?? flip.name}`}>
                    <TableCell className={table.sticky}>
                      {flip.name}
                      <br />
                      <Caption1>{flip.eligibleAfter ? m.nowQualifies : m.noLongerQualifies}</Caption1>
                    </TableCell>
                    <TableCell className={table.number} data-testid="flip-before">
                      {kronor(flip.payoutBefore)}
                    </TableCell>
                    <TableCell className={table.number} data-testid="flip-after">
                      {kronor(flip.payoutAfter)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {choice.tranche.onFailure === 'redistribute' ? <Caption1>{m.redistributeNote}</Caption1> : null}
        </>
      ) : null}
    </div>
  );
}

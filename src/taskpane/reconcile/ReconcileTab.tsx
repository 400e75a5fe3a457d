import { useMemo, useState } from 'react';
import { Body1, Caption1, Field, Input, Select, Spinner, Subtitle1, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { Language } from '../../core/agreement/types';
import { reconcile, type ReconcileResult } from '../../core/reconcile';
import { normaliseHeader } from '../../core/table/headers';
import type { TabContext } from '../tabContext';
import { ProblemList } from '../components/ProblemList';
import { useLanguage } from '../language';
import { headerOptions, type HeaderOption } from '../state/mapping';
import { useBaseline, type Baseline } from '../whatif/useBaseline';
import { RECONCILE_MESSAGES } from './i18n';
import { ReconcileTable } from './ReconcileTable';
import { useFormStyles } from '../whatif/formStyles';

export const reconcileTabLabel = (lang: Language): string => RECONCILE_MESSAGES[lang].tabLabel;

/** The column select's value for "type a column letter". */
const BY_LETTER = 'letter';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
});

/**
 * How a column is named to reconcile(): by its header when no other header reads the same (a header
 * wins over a letter there), else by its sheet letter.
 */
export function columnArgument(options: readonly HeaderOption[], column: number): string {
  const option = options[column];
  const header = normaliseHeader(option.header);
  const unique = header !== '' && options.filter((o) => normaliseHeader(o.header) === header).length === 1;
  return unique ? option.header : option.letter;
}

/** Computed payouts beside a column of existing amounts (e.g. the official table pasted into the sheet). */
export function ReconcileTab({ flow }: TabContext) {
  const { lang } = useLanguage();
  const m = RECONCILE_MESSAGES[lang];
  const styles = useStyles();
  const form = useFormStyles();
  const headingId = useId('reconcile');
  const baselineState = useBaseline(flow.state);
  const baseline = baselineState.status === 'ready' ? baselineState.baseline : null;

  const [column, setColumn] = useState('');
  const [letter, setLetter] = useState('');
  const [compare, setCompare] = useState('total');
  const [key, setKey] = useState('');

  const options = useMemo(() => (baseline ? headerOptions(baseline.grid, baseline.headerRow) : []), [baseline]);
  const outcome = useMemo(
    () => (baseline ? run(baseline, options, { column, letter, compare, key }) : null),
    [baseline, options, column, letter, compare, key],
  );

  if (baselineState.status === 'noTable') return <Body1 data-testid="reconcile-no-table">{m.readTableFirst}</Body1>;
  if (baselineState.status === 'tableErrors') return <Body1 data-testid="reconcile-no-table">{m.tableHasErrors}</Body1>;
  if (!baseline) return <Spinner size="tiny" label={m.computing} />;

  const locate = (address: string) => void flow.locate(address);
  const tranches = baseline.result.tranches;
  const comparedLabel = compare === 'total' ? m.compareTotal : (tranches.find((t) => t.id === compare)?.label[lang] ?? compare);

  return (
    <section className={styles.root} aria-labelledby={headingId} aria-busy={baselineState.status === 'ready' && baselineState.updating}>
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {m.heading}
      </Subtitle1>
      <Caption1>{m.intro}</Caption1>

      <Field label={m.columnLabel}>
        <Select
          className={form.select}
          select={{ className: form.selectElement }}
          value={column}
          onChange={(_, data) => setColumn(data.value)}
        >
          <option value="">{m.columnPlaceholder}</option>
          {options.map((o) => (
            <option key={o.column} value={String(o.column)}>
              {m.columnOption(o.letter, o.header)}
            </option>
          ))}
          <option value={BY_LETTER}>{m.columnByLetter}</option>
        </Select>
      </Field>
      {column === BY_LETTER ? (
        <Field label={m.letterLabel} hint={m.letterHint}>
          <Input value={letter} onChange={(_, data) => setLetter(data.value)} />
        </Field>
      ) : null}
      <Field label={m.compareLabel}>
        <Select
          className={form.select}
          select={{ className: form.selectElement }}
          value={compare}
          onChange={(_, data) => setCompare(data.value)}
        >
          <option value="total">{m.compareTotal}</option>
          {tranches.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label[lang]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={m.keyLabel} hint={m.keyHint}>
        <Select className={form.select} select={{ className: form.selectElement }} value={key} onChange={(_, data) => setKey(data.value)}>
          <option value="">{m.keyByRow}</option>
          {options.map((o) => (
            <option key={o.column} value={String(o.column)}>
              {m.columnOption(o.letter, o.header)}
            </option>
          ))}
        </Select>
      </Field>

      {outcome && !outcome.ok ? (
        <ProblemList intent="error" testId="reconcile-failed" title={m.failedTitle} problems={outcome.errors} onLocate={locate} />
      ) : null}
      {outcome?.ok ? <ReconcileTable reconciliation={outcome.reconciliation} comparedLabel={comparedLabel} onLocate={locate} /> : null}
    </section>
  );
}

/** The reconciliation for the current choices; null until a column is chosen. */
function run(
  baseline: Baseline,
  options: readonly HeaderOption[],
  choice: { column: string; letter: string; compare: string; key: string },
): ReconcileResult | null {
  const column =
    choice.column === BY_LETTER ? choice.letter.trim() : choice.column === '' ? '' : columnArgument(options, Number(choice.column));
  if (column === '') return null;
  return reconcile(baseline.result, {
    grid: baseline.grid,
    headerRow: baseline.headerRow,
    column,
    compare: choice.compare,
    ...(choice.key === '' ? {} : { keyColumn: columnArgument(options, Number(choice.key)) }),
  });
}

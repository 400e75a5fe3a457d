import { useState } from 'react';
import { Button, Field, Select, Subtitle2, makeStyles, tokens, useId } from '@fluentui/react-components';
import { CalendarAdd20Regular } from '@fluentui/react-icons';
import { parseInteger } from '../../core/agreement/fieldValues';
import { loadAgreement } from '../../core/agreement/load';
import { agreementForYear } from '../../core/agreement/newYear';
import type { Agreement } from '../../core/agreement/types';
import { BUNDLED_RULES } from '../bundledRules';
import { ParsedInput } from './ParsedInput';
import { useEditorText } from './useEditorText';

const DRAFT = 'draft';
const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
  open: { alignSelf: 'flex-start' },
});

/** Year bounds of the rule file schema. */
const validYear = (y: unknown): y is number => typeof y === 'number' && Number.isInteger(y) && y >= 2000 && y <= 2100;

/** "Nytt avtalsår från…": copy the draft or a bundled year to another year, dates moved. */
export function NewYearForm(props: { draft: Agreement | null; onCreate: (agreement: Agreement, sourceId: string) => void }) {
  const { draft, onCreate } = props;
  const { e } = useEditorText();
  const styles = useStyles();
  const headingId = useId('new-year');
  const [open, setOpen] = useState(false);
  const draftUsable = draft !== null && validYear(draft.year);
  const sources = [
    ...(draftUsable ? [{ value: DRAFT, label: e.newYearFromDraft(String(draft.id)), load: () => draft }] : []),
    ...BUNDLED_RULES.map((rule) => ({
      value: rule.id,
      label: e.newYearFromBundled(String(rule.year ?? rule.id), rule.kind),
      load: () => {
        const loaded = loadAgreement(rule.json);
        return loaded.ok ? loaded.agreement : null;
      },
    })),
  ];
  const [sourceValue, setSourceValue] = useState(sources[0].value);
  const source = sources.find((s) => s.value === sourceValue) ?? sources[0];
  const sourceYear = (source.load()?.year ?? new Date().getFullYear()) as number;
  const [target, setTarget] = useState<unknown>(sourceYear + 1);

  if (!open) {
    return (
      <Button
        className={styles.open}
        icon={<CalendarAdd20Regular />}
        onClick={() => {
          setSourceValue(sources[0].value);
          setTarget(((sources[0].load()?.year as number | undefined) ?? new Date().getFullYear()) + 1);
          setOpen(true);
        }}
      >
        {e.newYearOpen}
      </Button>
    );
  }

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="new-year-form">
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {e.newYearHeading}
      </Subtitle2>
      <Field label={e.newYearSource}>
        <Select
          value={source.value}
          onChange={(_, data) => {
            setSourceValue(data.value);
            const year = sources.find((s) => s.value === data.value)?.load()?.year;
            if (validYear(year)) setTarget(year + 1);
          }}
        >
          {sources.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={e.newYearTarget}
        validationState={validYear(target) ? 'none' : 'error'}
        validationMessage={validYear(target) ? undefined : e.yearInvalid}
      >
        <ParsedInput value={target} inputMode="numeric" format={(v) => String(v ?? '')} parse={parseInteger} onValueChange={setTarget} />
      </Field>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={!validYear(target)}
          onClick={() => {
            const from = source.load();
            if (!from || !validYear(target)) return;
            onCreate(agreementForYear(from, target), from.id);
            setOpen(false);
          }}
        >
          {e.newYearCreate}
        </Button>
        <Button onClick={() => setOpen(false)}>{e.newYearCancel}</Button>
      </div>
    </section>
  );
}

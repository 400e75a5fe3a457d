import { Body1Strong, Button, Field, Input, Select, makeStyles, tokens, useId } from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import Decimal from 'decimal.js';
import { formatKronor } from '../../core/format/numbers';
import { useLanguage } from '../language';
import { Notice } from '../components/Notice';
import { choiceLabel, conditionChoices, currentRequirement } from './conditionChoices';
import { WHAT_IF_MESSAGES } from './i18n';
import { OverrideFields } from './OverrideFields';
import type { BuiltScenario, ScenarioDraft } from './scenarioDraft';
import type { Baseline } from './useBaseline';
import { useFormStyles } from './formStyles';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  add: { alignSelf: 'flex-start' },
});

/** One scenario's form: name, changed facts, another budget and a changed requirement. */
export function ScenarioCard(props: {
  draft: ScenarioDraft;
  name: string;
  built: BuiltScenario;
  baseline: Baseline;
  onChange: (draft: ScenarioDraft) => void;
  onAddOverride: () => void;
  onRemove: () => void;
}) {
  const { draft, name, built, baseline, onChange, onAddOverride, onRemove } = props;
  const { lang } = useLanguage();
  const m = WHAT_IF_MESSAGES[lang];
  const styles = useStyles();
  const form = useFormStyles();
  const headingId = useId('scenario');
  const { agreement, regions } = baseline;
  const choices = conditionChoices(agreement, ['number', 'percent', 'date', 'boolean']);
  const choice = choices.find((c) => c.key === draft.condition);
  const { errors } = built;

  return (
    <div className={styles.card} role="group" aria-labelledby={headingId} data-testid={draft.id}>
      <div className={styles.header}>
        <Body1Strong as="h3" id={headingId} className={styles.heading}>
          {name}
        </Body1Strong>
        <Button
          appearance="subtle"
          icon={<Delete20Regular />}
          aria-label={m.removeScenario(name)}
          title={m.removeScenario(name)}
          onClick={onRemove}
        />
      </div>
      <Field label={m.scenarioName}>
        <Input value={draft.name} onChange={(_, data) => onChange({ ...draft, name: data.value })} />
      </Field>

      {draft.overrides.map((row, index) => (
        <OverrideFields
          key={row.key}
          row={row}
          index={index}
          agreement={agreement}
          regions={regions}
          error={errors.overrides[row.key]}
          onChange={(next) => onChange({ ...draft, overrides: draft.overrides.map((r) => (r.key === row.key ? next : r)) })}
          onRemove={() => onChange({ ...draft, overrides: draft.overrides.filter((r) => r.key !== row.key) })}
        />
      ))}
      <Button className={styles.add} appearance="secondary" size="small" icon={<Add20Regular />} onClick={onAddOverride}>
        {m.addOverride}
      </Button>

      <Field
        label={m.budgetLabel}
        hint={errors.budget ? undefined : m.budgetHint(formatKronor(new Decimal(agreement.budget), lang))}
        validationState={errors.budget ? 'error' : 'none'}
        validationMessage={errors.budget?.[lang]}
      >
        <Input inputMode="numeric" value={draft.budgetText} onChange={(_, data) => onChange({ ...draft, budgetText: data.value })} />
      </Field>

      {choices.length > 0 ? (
        <>
          <Field label={m.conditionLabel}>
            <Select
              className={form.select}
              select={{ className: form.selectElement }}
              value={draft.condition}
              onChange={(_, data) => onChange({ ...draft, condition: data.value, conditionText: '' })}
            >
              <option value="">{m.conditionNone}</option>
              {choices.map((c) => (
                <option key={c.key} value={c.key}>
                  {choiceLabel(c, lang)}
                </option>
              ))}
            </Select>
          </Field>
          {draft.condition !== '' ? (
            <Field
              label={m.conditionValue}
              hint={errors.condition || !choice ? undefined : m.currentValue(currentRequirement(choice, lang))}
              validationState={errors.condition ? 'error' : 'none'}
              validationMessage={errors.condition?.[lang]}
            >
              <Input value={draft.conditionText} onChange={(_, data) => onChange({ ...draft, conditionText: data.value })} />
            </Field>
          ) : null}
        </>
      ) : null}

      {errors.other.length > 0 ? (
        <Notice intent="error" title={m.scenarioHasErrors(name)}>
          <ul>
            {errors.other.map((message, i) => (
              <li key={i}>{message[lang]}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
    </div>
  );
}

import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { Delete20Regular } from '@fluentui/react-icons';
import type { Agreement, Localized } from '../../core/agreement/types';
import { formatFactValue } from '../../core/format/factValue';
import { regionKey } from '../../core/table/regionKey';
import type { RegionRow } from '../../core/table/types';
import { useLanguage } from '../language';
import { WHAT_IF_MESSAGES } from './i18n';
import { overridableFacts, type OverrideDraft } from './scenarioDraft';
import { useFormStyles } from './formStyles';

const useStyles = makeStyles({
  fieldset: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}` },
  value: { gridColumn: '1 / -1', display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalXS },
  valueField: { flexGrow: 1, minWidth: 0 },
});

/** One changed fact: region, fact and the new value, with the value's problem shown at the field. */
export function OverrideFields(props: {
  row: OverrideDraft;
  index: number;
  agreement: Agreement;
  regions: readonly RegionRow[];
  error: Localized | undefined;
  onChange: (row: OverrideDraft) => void;
  onRemove: () => void;
}) {
  const { row, index, agreement, regions, error, onChange, onRemove } = props;
  const { lang } = useLanguage();
  const m = WHAT_IF_MESSAGES[lang];
  const styles = useStyles();
  const form = useFormStyles();
  const facts = overridableFacts(agreement);
  const fact = agreement.facts.find((f) => f.id === row.fact);
  const region = regions.find((r) => regionKey(r) === row.region);
  const current = fact && region ? m.currentValue(formatFactValue(region.facts[fact.id], fact.type, lang)) : undefined;

  return (
    <fieldset className={styles.fieldset} data-testid={`override-${index + 1}`}>
      <legend className={styles.legend}>{m.overrideLegend(index + 1)}</legend>
      <Field className={form.field} label={m.overrideRegion}>
        <Select
          className={form.select}
          select={{ className: form.selectElement }}
          value={row.region}
          onChange={(_, data) => onChange({ ...row, region: data.value })}
        >
          {regions.map((r) => (
            <option key={regionKey(r)} value={regionKey(r)}>
              {r.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field className={form.field} label={m.overrideFact}>
        <Select
          className={form.select}
          select={{ className: form.selectElement }}
          value={row.fact}
          onChange={(_, data) => onChange({ ...row, fact: data.value })}
        >
          {facts.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label[lang]}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.value}>
        <Field
          className={styles.valueField}
          label={m.overrideValue}
          hint={error ? undefined : current}
          validationState={error ? 'error' : 'none'}
          validationMessage={error?.[lang]}
        >
          <Input value={row.text} placeholder={m.overrideValuePlaceholder} onChange={(_, data) => onChange({ ...row, text: data.value })} />
        </Field>
        <Button
          appearance="subtle"
          icon={<Delete20Regular />}
          aria-label={m.removeOverride(index + 1)}
          title={m.removeOverride(index + 1)}
          onClick={onRemove}
        />
      </div>
    </fieldset>
  );
}

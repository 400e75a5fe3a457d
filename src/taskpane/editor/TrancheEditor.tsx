import Decimal from 'decimal.js';
import { Caption1, Radio, RadioGroup, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { kronorText, parseKronor } from '../../core/agreement/fieldValues';
import { topGroup } from '../../core/agreement/draft';
import { setAt } from '../../core/agreement/pointer';
import type { Agreement } from '../../core/agreement/types';
import { formatKronor } from '../../core/format/numbers';
import { ConditionShortcuts } from './ConditionShortcuts';
import { ConditionsEditor } from './ConditionsEditor';
import { ContainerProblems } from './ContainerProblems';
import { ParsedInput } from './ParsedInput';
import { PointerField } from './PointerField';
import { LocalizedFields } from './LocalizedFields';
import { useEditorText } from './useEditorText';
import { AssumptionFields } from './AssumptionFields';
import { BasisField } from './BasisField';
import { PartsEditor } from './PartsEditor';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** One tranche: its names, amount, what happens on failure, and its conditions. */
export function TrancheEditor(props: { draft: Agreement; index: number; onEdit: (change: (d: Agreement) => Agreement) => void }) {
  const { draft, index, onEdit } = props;
  const { e } = useEditorText();
  const styles = useStyles();
  const tranche = draft.tranches[index];
  const at = `/tranches/${index}`;
  const conditional = topGroup(tranche) !== null;
  const set = (pointer: string, value: unknown) => onEdit((d) => setAt(d, pointer, value));
  const groups = draft.groups !== undefined || tranche.recipients === 'groups';

  return (
    <div className={styles.root} data-testid={`tranche-editor-${index}`} data-pointer={at}>
      <ContainerProblems pointer={at} />
      <LocalizedFields pointer={`${at}/label`} value={tranche.label} labels={[e.labelSv, e.labelEn]} onEdit={onEdit} required />
      <KronorField pointer={`${at}/amount`} label={e.amount} value={tranche.amount} onChange={(v) => set(`${at}/amount`, v)} />
      {groups ? (
        <PointerField pointer={`${at}/recipients`} label={e.recipients}>
          <RadioGroup
            value={tranche.recipients ?? 'regions'}
            onChange={(_, data) => set(`${at}/recipients`, data.value === 'groups' ? 'groups' : undefined)}
          >
            <Radio value="regions" label={e.recipientsRegions} />
            <Radio value="groups" label={e.recipientsGroups} />
          </RadioGroup>
        </PointerField>
      ) : null}
      <BasisField
        pointer={`${at}/basis`}
        value={tranche.basis}
        facts={draft.facts}
        onChange={(basis) => set(`${at}/basis`, basis ?? 'population')}
      />
      <OptionalKronorField
        pointer={`${at}/baseAmount`}
        label={e.baseAmount}
        hint={e.baseAmountHint}
        value={tranche.baseAmount}
        onChange={(v) => set(`${at}/baseAmount`, v)}
      />
      {conditional ? (
        <>
          <PointerField pointer={`${at}/onFailure`} label={e.onFailure}>
            <RadioGroup value={String(tranche.onFailure ?? '')} onChange={(_, data) => set(`${at}/onFailure`, data.value)}>
              <Radio value="redistribute" label={e.onFailureRedistribute} />
              <Radio value="withhold" label={e.onFailureWithhold} />
            </RadioGroup>
          </PointerField>
          <PointerField pointer={`${at}/conditionsAssumed`}>
            <Switch
              label={e.conditionsAssumed}
              checked={tranche.conditionsAssumed === true}
              onChange={(_, data) => set(`${at}/conditionsAssumed`, data.checked ? true : undefined)}
            />
          </PointerField>
          <ConditionShortcuts draft={draft} trancheIndex={index} onEdit={onEdit} />
        </>
      ) : (
        <Caption1>{e.unconditional}</Caption1>
      )}
      <ConditionsEditor draft={draft} trancheIndex={index} onEdit={onEdit} />
      <PartsEditor draft={draft} trancheIndex={index} onEdit={onEdit} />
      <AssumptionFields
        pointer={at}
        value={tranche.assumed}
        fields={['amount', 'basis', 'baseAmount', 'conditions', 'onFailure', 'parts']}
        onEdit={onEdit}
      />
    </div>
  );
}

/** Whole kronor or nothing: a blank field removes the value (a base amount is optional). */
export function OptionalKronorField(props: {
  pointer: string;
  label: string;
  hint: string;
  value: unknown;
  onChange: (value: unknown) => void;
}) {
  const { pointer, label, hint, value, onChange } = props;
  const { e, lang } = useEditorText();
  const valid = typeof value === 'number' && Number.isSafeInteger(value);
  return (
    <PointerField
      pointer={pointer}
      label={label}
      hint={valid ? `${hint} ${e.kronorHint(formatKronor(new Decimal(value), lang))}` : hint}
      invalidInput={typeof value === 'string' && value.trim() !== '' ? e.kronorInvalid : null}
    >
      <ParsedInput
        value={value}
        inputMode="numeric"
        contentAfter="kr"
        format={(v) => (v === undefined ? '' : kronorText(v, lang))}
        parse={(text) => (text.trim() === '' ? undefined : parseKronor(text))}
        onValueChange={(v) => onChange(v === '' ? undefined : v)}
      />
    </PointerField>
  );
}

/** Whole kronor, typed with or without spaces; the formatted amount ("182 500 000 kr") as the hint. */
export function KronorField(props: { pointer: string; label: string; value: unknown; onChange: (value: unknown) => void }) {
  const { pointer, label, value, onChange } = props;
  const { e, lang } = useEditorText();
  const valid = typeof value === 'number' && Number.isSafeInteger(value);
  return (
    <PointerField
      pointer={pointer}
      label={label}
      hint={valid ? e.kronorHint(formatKronor(new Decimal(value), lang)) : undefined}
      invalidInput={typeof value === 'string' ? e.kronorInvalid : null}
    >
      <ParsedInput
        value={value}
        inputMode="numeric"
        contentAfter="kr"
        format={(v) => kronorText(v, lang)}
        parse={parseKronor}
        onValueChange={onChange}
      />
    </PointerField>
  );
}

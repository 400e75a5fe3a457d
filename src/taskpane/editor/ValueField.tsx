import { Input, Select } from '@fluentui/react-components';
import { decimalText, parseDecimal, parsePercent, percentText } from '../../core/agreement/fieldValues';
import type { ConditionLeaf, FactDeclaration } from '../../core/agreement/types';
import { toIsoDate } from '../../core/table/dates';
import { ParsedInput } from './ParsedInput';
import { percentFieldMessage } from './percentField';
import { PointerField } from './PointerField';
import { useEditorText } from './useEditorText';

const isList = (operator: string) => operator === 'in' || operator === 'notIn';

/**
 * A condition's required value, with an input that fits the fact's type: a percentage typed as
 * "70" (stored as 0.7), Ja/Nej, a date picker (ISO), a number, text, or a comma-separated list.
 */
export function ValueField(props: {
  pointer: string;
  label: string;
  leaf: Pick<ConditionLeaf, 'operator' | 'value'>;
  fact: FactDeclaration | undefined;
  onChange: (value: unknown) => void;
}) {
  const { pointer, label, leaf, fact, onChange } = props;
  const { e, lang } = useEditorText();
  const type = fact?.type ?? 'text';
  const value: unknown = leaf.value;

  if (isList(leaf.operator)) {
    const text = Array.isArray(value) ? value.join(', ') : String(value ?? '');
    const parseItem = (item: string): string | number => (type === 'number' ? (parseDecimal(item) ?? item) : item);
    return (
      <PointerField pointer={pointer} label={label} hint={e.listHint}>
        <Input
          value={text}
          onChange={(_, data) =>
            onChange(
              data.value
                .split(',')
                .map((s) => s.trim())
                .filter((s) => s !== '')
                .map(parseItem),
            )
          }
        />
      </PointerField>
    );
  }

  switch (type) {
    case 'percent': {
      const message = percentFieldMessage(value, lang, e);
      return (
        <PointerField pointer={pointer} label={label} invalidInput={message.error} hint={message.hint ?? undefined}>
          <ParsedInput
            value={value}
            inputMode="decimal"
            contentAfter="%"
            format={(v) => percentText(v, lang)}
            parse={parsePercent}
            onValueChange={onChange}
          />
        </PointerField>
      );
    }
    case 'number':
      return (
        <PointerField
          pointer={pointer}
          label={label}
          invalidInput={typeof value === 'string' && value.trim() !== '' ? e.numberInvalid : null}
        >
          <ParsedInput
            value={value}
            inputMode="decimal"
            format={(v) => decimalText(v, lang)}
            parse={parseDecimal}
            onValueChange={onChange}
          />
        </PointerField>
      );
    case 'boolean': {
      const known = typeof value === 'boolean';
      const blank = value === '' || value === null || value === undefined;
      return (
        <PointerField pointer={pointer} label={label}>
          <Select value={known ? String(value) : blank ? '' : 'other'} onChange={(_, data) => onChange(data.value === 'true')}>
            {blank ? (
              <option value="" disabled>
                {e.choose}
              </option>
            ) : null}
            <option value="true">{e.yes}</option>
            <option value="false">{e.no}</option>
            {known || blank ? null : (
              <option value="other" disabled>
                {e.invalidOption(JSON.stringify(value))}
              </option>
            )}
          </Select>
        </PointerField>
      );
    }
    case 'date':
      return (
        <PointerField pointer={pointer} label={label}>
          <Input type="date" value={toIsoDate(value) ?? ''} onChange={(_, data) => onChange(data.value)} />
        </PointerField>
      );
    case 'text':
      return (
        <PointerField pointer={pointer} label={label}>
          <Input value={typeof value === 'string' ? value : JSON.stringify(value ?? '')} onChange={(_, data) => onChange(data.value)} />
        </PointerField>
      );
  }
}

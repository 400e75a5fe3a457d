import { Input, Textarea } from '@fluentui/react-components';
import { getAt, setAt } from '../../core/agreement/pointer';
import type { Agreement, Localized } from '../../core/agreement/types';
import { PointerField } from './PointerField';
import { otherLanguage } from '../../core/i18n';

/**
 * A Swedish and an English text (a title, a label, a description). An optional pair cleared in
 * both languages is removed from the rule set rather than left empty.
 */
export function LocalizedFields(props: {
  pointer: string;
  value: Partial<Localized> | undefined;
  labels: [string, string];
  onEdit: (change: (d: Agreement) => Agreement) => void;
  required?: boolean;
  multiline?: boolean;
}) {
  const { pointer, value, labels, onEdit, required = false, multiline = false } = props;
  const set = (lang: keyof Localized, text: string) =>
    onEdit((d) => {
      const other = (getAt(d, `${pointer}/${otherLanguage(lang)}`) as string | undefined) ?? '';
      if (!required && text === '' && other === '') return setAt(d, pointer, undefined);
      return setAt(d, `${pointer}/${lang}`, text);
    });
  return (
    <>
      {(['sv', 'en'] as const).map((lang, i) => (
        <PointerField key={lang} pointer={`${pointer}/${lang}`} label={labels[i]}>
          {multiline ? (
            <Textarea resize="vertical" value={value?.[lang] ?? ''} onChange={(_, data) => set(lang, data.value)} />
          ) : (
            <Input value={value?.[lang] ?? ''} onChange={(_, data) => set(lang, data.value)} />
          )}
        </PointerField>
      ))}
    </>
  );
}

import type { ReactElement } from 'react';
import { Field } from '@fluentui/react-components';
import { useFieldProblems } from './ProblemsContext';
import { useEditorText } from './useEditorText';

/**
 * A form field bound to a place in the rule file: the loader's problems at that JSON pointer show
 * here as the field's error. invalidInput replaces them when the typed text is not a value at all
 * ("abc" in an amount), where the schema's wording would be less helpful. A warning shows when
 * there is no error: the value can be used, but something does not agree.
 */
export function PointerField(props: {
  pointer: string;
  label?: string;
  hint?: string;
  invalidInput?: string | null;
  /** Shown as a warning when the field has no error (a text naming another value than its condition). */
  warning?: string | null;
  className?: string;
  children: ReactElement;
}) {
  const { pointer, label, hint, invalidInput, warning, className, children } = props;
  const problems = useFieldProblems(pointer);
  const { lang } = useEditorText();
  const messages = invalidInput ? [invalidInput] : problems.map((p) => p.message[lang]);
  const error = messages.length > 0;
  return (
    <Field
      label={label}
      hint={error || warning ? undefined : hint}
      className={className}
      validationState={error ? 'error' : warning ? 'warning' : 'none'}
      validationMessage={error ? messages.join(' ') : (warning ?? undefined)}
      data-pointer={pointer}
    >
      {children}
    </Field>
  );
}

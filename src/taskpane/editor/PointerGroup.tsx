import type { ReactNode } from 'react';
import { Label, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useFieldProblems } from './ProblemsContext';
import { useEditorText } from './useEditorText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

/**
 * A labelled group of controls bound to a place in the rule file (a list of checkboxes): like
 * PointerField, but not a Fluent Field, whose label would name every checkbox inside it alike.
 */
export function PointerGroup(props: { pointer: string; label: string; children: ReactNode }) {
  const { pointer, label, children } = props;
  const problems = useFieldProblems(pointer);
  const { lang } = useEditorText();
  const styles = useStyles();
  const labelId = useId('group-label');
  return (
    <div className={styles.root} role="group" aria-labelledby={labelId} data-pointer={pointer}>
      <Label id={labelId}>{label}</Label>
      {children}
      {problems.length > 0 ? (
        <div role="alert" className={styles.error}>
          {problems.map((p) => p.message[lang]).join(' ')}
        </div>
      ) : null}
    </div>
  );
}

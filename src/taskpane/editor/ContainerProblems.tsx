import { makeStyles, tokens } from '@fluentui/react-components';
import { useContainerProblems } from './ProblemsContext';
import { useEditorText } from './useEditorText';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
  pointer: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
});

/** Problems inside a tranche or condition that no field shows, with their place, e.g. "…/all/0: The condition lacks "value"." */
export function ContainerProblems({ pointer }: { pointer: string }) {
  const problems = useContainerProblems(pointer);
  const { lang } = useEditorText();
  const styles = useStyles();
  if (problems.length === 0) return null;
  return (
    <ul className={styles.list} role="alert" data-container={pointer}>
      {problems.map((p, i) => (
        <li key={i}>
          {p.pointer !== pointer ? <code className={styles.pointer}>{`${p.pointer}: `}</code> : null}
          {p.message[lang]}
        </li>
      ))}
    </ul>
  );
}

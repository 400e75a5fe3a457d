import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUndo20Regular, Checkmark20Regular } from '@fluentui/react-icons';
import { useEditorText } from './useEditorText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Apply (only a valid, changed draft) and discard, with the draft's state in words. */
export function ApplyBar(props: { problemCount: number; dirty: boolean; canReset: boolean; busy: boolean; onApply: () => void; onReset: () => void }) {
  const { problemCount, dirty, canReset, busy, onApply, onReset } = props;
  const { e } = useEditorText();
  const styles = useStyles();
  const status = problemCount > 0 ? e.statusInvalid(problemCount) : dirty ? e.statusUnapplied : e.statusInUse;
  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button appearance="primary" icon={<Checkmark20Regular />} disabled={busy || problemCount > 0 || !dirty} onClick={onApply}>
          {e.apply}
        </Button>
        <Button icon={<ArrowUndo20Regular />} disabled={busy || !dirty || !canReset} onClick={onReset}>
          {e.reset}
        </Button>
      </div>
      <Caption1 role="status" data-testid="editor-status">
        {status}
      </Caption1>
    </div>
  );
}

import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUndo20Regular, Checkmark20Regular, Warning16Regular } from '@fluentui/react-icons';
import { useEditorText } from './useEditorText';

const useStyles = makeStyles({
  // The form runs to thousands of pixels: Apply, Discard and the status stay at the top of the pane
  // while it scrolls, above the fields (which scroll under it).
  root: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  warning: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS, color: tokens.colorPaletteDarkOrangeForeground1 },
});

/**
 * Apply (only a valid, complete, changed draft) and discard, with the draft's state in words; a
 * warning when condition texts name other values than their conditions. Sticks to the top of the
 * pane while the form scrolls.
 */
export function ApplyBar(props: {
  problemCount: number;
  mismatchCount: number;
  dirty: boolean;
  canReset: boolean;
  busy: boolean;
  onApply: () => void;
  onReset: () => void;
}) {
  const { problemCount, mismatchCount, dirty, canReset, busy, onApply, onReset } = props;
  const { e } = useEditorText();
  const styles = useStyles();
  const status = problemCount > 0 ? e.statusInvalid(problemCount) : dirty ? e.statusUnapplied : e.statusInUse;
  return (
    <div className={styles.root} role="region" aria-label={e.actionsLabel} data-testid="apply-bar">
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
      {mismatchCount > 0 ? (
        <Caption1 className={styles.warning} data-testid="editor-mismatches">
          <Warning16Regular aria-hidden />
          {e.statusMismatches(mismatchCount)}
        </Caption1>
      ) : null}
    </div>
  );
}

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Link,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowUndo20Regular, DocumentTable20Regular, TableCalculator20Regular, TableInsertColumn20Regular } from '@fluentui/react-icons';
import { useLanguage } from '../language';
import type { WriteStatus } from '../state/paneState';
import type { TableWarning } from '../../core/table/types';
import { Notice } from './Notice';
import { ProblemList } from './ProblemList';

/** Conflicting cells listed in the dialog before "… and N more". */
const SHOWN_CONFLICTS = 20;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  conflicts: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    fontFamily: tokens.fontFamilyMonospace,
    maxHeight: '40vh',
    overflowY: 'auto',
  },
  address: { fontFamily: tokens.fontFamilyMonospace },
});

/**
 * "Write to sheet", the questions before a write (warnings to accept, then cells to overwrite), the
 * outcome, and "Undo last write"; beside them "Create annex", which opens its own dialog.
 */
export function WriteControls(props: {
  warnings: readonly TableWarning[];
  canWrite: boolean;
  canUndo: boolean;
  disabled: boolean;
  status: WriteStatus;
  onWrite: (overwrite: boolean, reviewed?: boolean) => void;
  /** "Infoga som formler": the same write, as formulas that recalculate. */
  onWriteFormulas: () => void;
  onCancel: () => void;
  onUndo: () => void;
  onLocate: (address: string) => void;
  onAnnex: () => void;
}) {
  const { warnings, canWrite, canUndo, disabled, status, onWrite, onWriteFormulas, onCancel, onUndo, onLocate, onAnnex } = props;
  const { t } = useLanguage();
  const styles = useStyles();
  const conflicts = status.status === 'confirm' ? status.conflicts : [];

  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button appearance="primary" icon={<TableInsertColumn20Regular />} disabled={disabled || !canWrite} onClick={() => onWrite(false)}>
          {t.write}
        </Button>
        <Button icon={<TableCalculator20Regular />} title={t.writeFormulasHint} disabled={disabled || !canWrite} onClick={onWriteFormulas}>
          {t.writeFormulas}
        </Button>
        <Button icon={<DocumentTable20Regular />} disabled={disabled || !canWrite} onClick={onAnnex}>
          {t.annex}
        </Button>
        <Button icon={<ArrowUndo20Regular />} disabled={disabled || !canUndo} onClick={onUndo}>
          {t.undo}
        </Button>
      </div>

      {status.status === 'written' ? (
        <Notice intent="success" title={status.formulas ? t.formulasWrittenTitle : t.writtenTitle} testId="write-success">
          {status.formulas ? t.formulasWrittenTo : t.writtenTo}{' '}
          <Link as="button" className={styles.address} aria-label={t.goToCell(status.address)} onClick={() => onLocate(status.address)}>
            {status.address}
          </Link>
        </Notice>
      ) : null}
      {status.status === 'undone' ? <Notice intent="info" title={t.undone} /> : null}
      {status.status === 'nothingToUndo' ? <Notice intent="info" title={t.nothingToUndo} /> : null}

      <Dialog
        open={status.status === 'review'}
        modalType="alert"
        onOpenChange={(_, data) => {
          if (!data.open) onCancel();
        }}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.reviewDialogTitle}</DialogTitle>
            <DialogContent data-testid="review-dialog">
              <ProblemList intent="warning" title={t.reviewDialogBody(warnings.length)} problems={warnings} />
            </DialogContent>
            <DialogActions>
              {/* Cancel first: the safe choice gets the initial focus. */}
              <Button onClick={onCancel}>{t.cancel}</Button>
              <Button appearance="primary" onClick={() => onWrite(false, true)}>
                {t.writeAnyway}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>

      <Dialog
        open={status.status === 'confirm'}
        modalType="alert"
        onOpenChange={(_, data) => {
          if (!data.open) onCancel();
        }}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.confirmTitle}</DialogTitle>
            <DialogContent>
              <p>{t.confirmBody(conflicts.length)}</p>
              <ul className={styles.conflicts} data-testid="conflicts">
                {conflicts.slice(0, SHOWN_CONFLICTS).map((address) => (
                  <li key={address}>{address}</li>
                ))}
                {conflicts.length > SHOWN_CONFLICTS ? <li>{t.andMore(conflicts.length - SHOWN_CONFLICTS)}</li> : null}
              </ul>
            </DialogContent>
            <DialogActions>
              {/* Cancel first: the safe choice gets the initial focus. */}
              <Button onClick={onCancel}>{t.cancel}</Button>
              <Button appearance="primary" onClick={() => onWrite(true)}>
                {t.overwrite}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}

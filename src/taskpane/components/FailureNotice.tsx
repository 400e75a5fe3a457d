import { Button } from '@fluentui/react-components';
import type { Messages } from '../i18n';
import { useLanguage } from '../language';
import type { Failure } from '../state/paneState';
import { Notice } from './Notice';

const CONTEXT: Record<Failure['action'], (t: Messages) => string> = {
  read: (t) => t.failureRead,
  compute: (t) => t.failureCompute,
  write: (t) => t.failureWrite,
  log: (t) => t.failureLog,
  undo: (t) => t.failureUndo,
  select: (t) => t.failureSelect,
  annex: (t) => t.failureAnnex,
};

/** An exception from Excel or the engine, with its own message, until dismissed. */
export function FailureNotice({ failure, onDismiss }: { failure: Failure; onDismiss: () => void }) {
  const { t } = useLanguage();
  return (
    <Notice
      intent="error"
      title={t.failureTitle}
      testId="failure"
      actions={
        <Button appearance="transparent" size="small" onClick={onDismiss}>
          {t.dismiss}
        </Button>
      }
    >
      {`${CONTEXT[failure.action](t)} ${failure.message}`}
    </Notice>
  );
}

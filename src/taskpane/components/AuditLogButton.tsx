import { useState } from 'react';
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentBulletList20Regular } from '@fluentui/react-icons';
import { useLanguage } from '../language';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
});

/** Shows or hides the hidden "Kvot logg" sheet: the audit trail is out of the way until asked for. */
export function AuditLogButton({ onShow, disabled }: { onShow: (visible: boolean) => Promise<boolean>; disabled: boolean }) {
  const { t } = useLanguage();
  const styles = useStyles();
  const [shown, setShown] = useState(false);
  const [missing, setMissing] = useState(false);

  async function toggle() {
    const exists = await onShow(!shown);
    setMissing(!exists);
    if (exists) setShown(!shown);
  }

  return (
    <div className={styles.root}>
      <Button appearance="subtle" icon={<DocumentBulletList20Regular />} disabled={disabled} onClick={() => void toggle()}>
        {shown ? t.hideLog : t.showLog}
      </Button>
      <Caption1 role="status">{missing ? t.noLog : t.logHint}</Caption1>
    </div>
  );
}

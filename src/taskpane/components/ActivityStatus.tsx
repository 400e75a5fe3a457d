import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { Messages } from '../i18n';
import { useLanguage } from '../language';
import type { Activity } from '../state/paneState';

const LABELS: Record<Activity, (t: Messages) => string> = {
  rules: (t) => t.busyRules,
  reading: (t) => t.busyReading,
  computing: (t) => t.busyComputing,
  writing: (t) => t.busyWriting,
  undoing: (t) => t.busyUndoing,
  annex: (t) => t.busyAnnex,
};

const useStyles = makeStyles({
  // Kept at the top while the user is scrolled down at the write button.
  root: { position: 'sticky', top: 0, zIndex: 2, backgroundColor: tokens.colorNeutralBackground1 },
});

/** A live region that is always present, so the start of work is announced, not just its end. */
export function ActivityStatus({ activity }: { activity: Activity | null }) {
  const { t } = useLanguage();
  const styles = useStyles();
  return (
    <div className={styles.root} role="status" aria-live="polite" data-testid="activity">
      {activity ? <Spinner size="tiny" labelPosition="after" label={LABELS[activity](t)} /> : null}
    </div>
  );
}

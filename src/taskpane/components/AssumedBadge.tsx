import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { Warning16Filled } from '@fluentui/react-icons';
import type { Assumption } from '../../core/agreement/types';
import { assumedFields } from '../../core/agreement/assumptions';
import { useLanguage } from '../language';

const useStyles = makeStyles({
  badge: { alignSelf: 'flex-start', marginLeft: tokens.spacingHorizontalXS, verticalAlign: 'middle' },
  why: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/**
 * Marks an item the rule file assumes rather than takes from a source: "Antaget" (or "Antaget:
 * beloppet"), with the one-line why and the source as its title and, where `explain` is set, beneath.
 */
export function AssumedBadge({ assumption, explain = false }: { assumption: Assumption; explain?: boolean }) {
  const { t, lang } = useLanguage();
  const styles = useStyles();
  const fields = assumedFields(assumption);
  const text = fields ? t.assumedAbout(fields[lang]) : t.assumed;
  const hint = t.assumedHint(assumption.why[lang], assumption.source);
  return (
    <>
      <Badge
        className={styles.badge}
        color="warning"
        appearance="tint"
        size="small"
        icon={<Warning16Filled />}
        title={hint}
        data-testid="assumed-badge"
      >
        {text}
      </Badge>
      {explain ? <span className={styles.why}>{hint}</span> : null}
    </>
  );
}

import { Caption1, Switch, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { Language } from '../../core/agreement/types';
import { LOCALES } from '../../core/format/locale';
import { Notice } from '../components/Notice';
import { useLanguage } from '../language';
import { LIVE_MESSAGES } from './i18n';
import type { LiveMode } from './useLiveMode';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  hint: { paddingLeft: tokens.spacingHorizontalS },
});

/** "14:32:05": the time of day the preview was last updated. */
export function formatUpdateTime(date: Date, lang: Language): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(date);
}

/** The live-mode switch with what it is doing: waiting for a table, following it, last updated. */
export function LiveModeSwitch({ live, disabled = false }: { live: LiveMode; disabled?: boolean }) {
  const { lang } = useLanguage();
  const m = LIVE_MESSAGES[lang];
  const styles = useStyles();
  const hintId = useId('live-hint');
  const hint = !live.enabled ? m.hintOff : !live.hasTable ? m.waitingForTable : live.watching ? m.watching(live.watching) : null;

  return (
    <div className={styles.root} data-testid="live-mode">
      <Switch
        label={m.switchLabel}
        checked={live.enabled}
        disabled={disabled}
        aria-describedby={hint ? hintId : undefined}
        onChange={(_, data) => live.setEnabled(data.checked)}
      />
      {hint ? (
        <Caption1 id={hintId} className={styles.hint}>
          {hint}
        </Caption1>
      ) : null}
      {live.enabled && live.lastUpdate ? (
        <Caption1 className={styles.hint} role="status" data-testid="live-updated">
          {m.updated(formatUpdateTime(live.lastUpdate, lang))}
        </Caption1>
      ) : null}
      {live.error ? <Notice intent="error" title={m.failed(live.error)} testId="live-failed" /> : null}
    </div>
  );
}

import { Button, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { LocalLanguage20Regular } from '@fluentui/react-icons';
import { useLanguage } from '../language';
import { otherLanguage } from '../../core/i18n';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
});

/** The pane's title and the language switch, shown in every state. */
export function PaneHeader() {
  const { t, lang, setLang } = useLanguage();
  const styles = useStyles();
  const other = otherLanguage(lang);
  return (
    <header className={styles.root}>
      <Title3 as="h1" className={styles.title}>
        {t.appTitle}
      </Title3>
      {/* Named by its visible text in the other language ("In English"), marked with that language. */}
      <Button
        appearance="subtle"
        icon={<LocalLanguage20Regular />}
        lang={other}
        title={t.switchLanguageLabel}
        onClick={() => setLang(other)}
      >
        {t.switchLanguage}
      </Button>
    </header>
  );
}

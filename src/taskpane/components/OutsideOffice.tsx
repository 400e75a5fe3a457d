import { Body1, Subtitle1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { HostInfo } from '../officeHost';
import type { Messages } from '../i18n';
import { useLanguage } from '../language';

type Outside = Extract<HostInfo, { kind: 'outside' }>;

const REASONS: Record<Outside['reason'], (t: Messages) => string> = {
  officeJsMissing: (t) => t.outsideOfficeJsMissing,
  noHost: (t) => t.outsideNoHost,
  timeout: (t) => t.outsideNoHost,
  otherHost: (t) => t.outsideOtherHost,
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  text: { margin: 0 },
});

/** Shown instead of the pane when it is not running in Excel: what is wrong and how to sideload. */
export function OutsideOffice({ host }: { host: Outside }) {
  const { t } = useLanguage();
  const styles = useStyles();
  return (
    <section className={styles.root} data-testid="pane-ready" data-state="outside-office" aria-labelledby="kvot-outside-title">
      <Subtitle1 as="h2" id="kvot-outside-title" className={styles.text}>
        {t.outsideTitle}
      </Subtitle1>
      <Body1 as="p" className={styles.text}>
        {t.outsideIntro}
      </Body1>
      <Body1 as="p" className={styles.text}>
        {REASONS[host.reason](t)}
      </Body1>
      <Subtitle2 as="h3" className={styles.text}>
        {t.outsideSideloadHeading}
      </Subtitle2>
      <ul className={styles.list}>
        <li>{t.outsideSideloadWeb}</li>
        <li>{t.outsideSideloadDesktop}</li>
      </ul>
    </section>
  );
}

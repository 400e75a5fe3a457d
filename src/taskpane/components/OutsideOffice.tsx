import { Body1, Caption1, Subtitle1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { HostInfo } from '../officeHost';
import { useLanguage } from '../language';
import { OUTSIDE_OFFICE_MESSAGES, type OutsideOfficeMessages } from './outsideOfficeMessages';

type Outside = Extract<HostInfo, { kind: 'outside' }>;

const REASONS: Record<Outside['reason'], (m: OutsideOfficeMessages) => string> = {
  officeJsMissing: (m) => m.reasonOfficeJsMissing,
  noHost: (m) => m.reasonNoHost,
  timeout: (m) => m.reasonNoHost,
  otherHost: (m) => m.reasonOtherHost,
};

/**
 * A developer build (webpack --mode development sets process.env.NODE_ENV, and the production build
 * replaces it with "production", so the hint is not even in the shipped bundle's code path).
 */
export const isDeveloperBuild = (): boolean => process.env.NODE_ENV === 'development';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  text: { margin: 0 },
  developer: {
    marginTop: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/**
 * Shown instead of the pane when it is not running in Excel: written for a finance officer (what
 * Kvot is, that it needs Excel, how to open it from the ribbon); the sideloading hint for developers
 * only in the developer build.
 */
export function OutsideOffice({ host, developer = isDeveloperBuild() }: { host: Outside; developer?: boolean }) {
  const { lang } = useLanguage();
  const m = OUTSIDE_OFFICE_MESSAGES[lang];
  const styles = useStyles();
  return (
    <section className={styles.root} data-testid="pane-ready" data-state="outside-office" aria-labelledby="kvot-outside-title">
      <Subtitle1 as="h2" id="kvot-outside-title" className={styles.text}>
        {m.title}
      </Subtitle1>
      <Body1 as="p" className={styles.text} data-testid="outside-reason">
        {REASONS[host.reason](m)}
      </Body1>
      <Body1 as="p" className={styles.text}>
        {m.what}
      </Body1>
      <Body1 as="p" className={styles.text}>
        {m.needsExcel}
      </Body1>
      <Subtitle2 as="h3" className={styles.text}>
        {m.howHeading}
      </Subtitle2>
      <ol className={styles.list}>
        {m.steps.map((step) => (
          <li key={step}>
            <Body1>{step}</Body1>
          </li>
        ))}
      </ol>
      <Body1 as="p" className={styles.text}>
        {m.notListed}
      </Body1>
      {developer ? (
        <aside className={styles.developer} aria-label={m.developerHeading} data-testid="developer-hint">
          <Caption1>{m.developerHint}</Caption1>
        </aside>
      ) : null}
    </section>
  );
}

import { Suspense, lazy, useEffect, useMemo, useRef, useState } from 'react';
import { FluentProvider, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { Language } from '../core/agreement/types';
import type { FullWorkbookPort } from '../excel/port';
import { Notice } from './components/Notice';
import { LoadFailureBoundary } from './components/LoadFailureBoundary';
import { OutsideOffice } from './components/OutsideOffice';
import { PaneHeader } from './components/PaneHeader';
import { languageFromDisplay } from './i18n';
import { LanguageProvider, useLanguage } from './language';
import { watchHost, type HostInfo } from './officeHost';
import { usePaneTheme } from './theme';

const useStyles = makeStyles({
  provider: { minHeight: '100vh' },
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    boxSizing: 'border-box',
    maxWidth: '100%',
  },
});

type Connection = { port: FullWorkbookPort } | { error: string } | null;

/**
 * The app (tabs, engine, adapter) is a separate chunk, fetched only inside Excel: outside Office, or
 * offline, the pane needs just this file to say so.
 */
const loadApp = () => import('./App');
const App = lazy(() => loadApp().then((module) => ({ default: module.App })));

function Body({ host, connection }: { host: HostInfo | null; connection: Connection }) {
  const { t } = useLanguage();
  if (host === null) return <Spinner label={t.loading} role="status" data-testid="pane-loading" />;
  if (host.kind === 'outside') return <OutsideOffice host={host} />;
  const failed = (message: string | undefined) => (
    <div data-testid="pane-ready">
      <Notice intent="error" title={t.connectFailed}>
        {message}
      </Notice>
    </div>
  );
  if (connection && 'port' in connection) {
    return (
      <LoadFailureBoundary fallback={failed}>
        <Suspense fallback={<Spinner label={t.loading} role="status" data-testid="pane-loading" />}>
          <App port={connection.port} />
        </Suspense>
      </LoadFailureBoundary>
    );
  }
  return failed(connection?.error);
}

/**
 * The pane's root: shows "loading" at once, then either the outside-Office state or the app.
 * The workbook comes from createPort, called only inside Excel, so tests pass a fake.
 */
export function Pane(props: { createPort: () => FullWorkbookPort; watch?: typeof watchHost }) {
  const { createPort, watch = watchHost } = props;
  const styles = useStyles();
  const [host, setHost] = useState<HostInfo | null>(null);
  const [lang, setLangState] = useState<Language>('sv');
  // Office's display language sets the default only until the user picks one.
  const chosenByUser = useRef(false);

  useEffect(
    () =>
      watch((info) => {
        // Start fetching while React renders; a failure shows through the boundary when rendered.
        if (info.kind === 'excel') loadApp().catch(() => undefined);
        setHost(info);
        if (info.kind === 'excel' && !chosenByUser.current) setLangState(languageFromDisplay(info.displayLanguage));
      }),
    [watch],
  );

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const connection = useMemo<Connection>(() => {
    if (host?.kind !== 'excel') return null;
    try {
      return { port: createPort() };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [host?.kind, createPort]);

  const theme = usePaneTheme(host?.kind === 'excel' ? host.isDarkTheme : undefined);
  const setLang = useMemo(
    () => (next: Language) => {
      chosenByUser.current = true;
      setLangState(next);
    },
    [],
  );

  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <LanguageProvider lang={lang} setLang={setLang}>
        <div className={styles.page}>
          <PaneHeader />
          <main>
            <Body host={host} connection={connection} />
          </main>
        </div>
      </LanguageProvider>
    </FluentProvider>
  );
}

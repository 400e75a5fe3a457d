import { useState } from 'react';
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentTable20Regular } from '@fluentui/react-icons';
import { comparisonSheet, type Comparison } from '../../core/scenario';
import type { FullWorkbookPort } from '../../excel/port';
import { Notice } from '../components/Notice';
import { useLanguage } from '../language';
import { WHAT_IF_MESSAGES } from './i18n';

type WriteState =
  | { status: 'idle' }
  | { status: 'writing' }
  | { status: 'written'; sheetName: string; address: string }
  | { status: 'failed'; message: string };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  button: { alignSelf: 'flex-start' },
});

/** "Write comparison sheet": a new sheet with the comparison and a chart; the source cells are not touched. */
export function WriteComparison({ comparison, port, disabled }: { comparison: Comparison; port: FullWorkbookPort; disabled: boolean }) {
  const { lang } = useLanguage();
  const m = WHAT_IF_MESSAGES[lang];
  const styles = useStyles();
  const [state, setState] = useState<WriteState>({ status: 'idle' });

  async function write() {
    setState({ status: 'writing' });
    try {
      const written = await port.writeComparisonSheet(comparisonSheet(comparison, lang));
      setState({ status: 'written', ...written });
    } catch (error) {
      setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <div className={styles.root}>
      <Button
        className={styles.button}
        appearance="primary"
        icon={state.status === 'writing' ? <Spinner size="tiny" /> : <DocumentTable20Regular />}
        disabled={disabled || state.status === 'writing'}
        onClick={() => void write()}
      >
        {state.status === 'writing' ? m.writingSheet : m.writeSheet}
      </Button>
      {state.status === 'written' ? (
        <Notice intent="success" title={m.sheetWrittenTitle} testId="comparison-written">
          {m.sheetWritten(state.sheetName, state.address)}
        </Notice>
      ) : null}
      {state.status === 'failed' ? (
        <Notice intent="error" title={m.sheetFailedTitle} testId="comparison-failed">
          {state.message}
        </Notice>
      ) : null}
    </div>
  );
}

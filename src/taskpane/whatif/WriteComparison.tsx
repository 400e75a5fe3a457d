import { useState } from 'react';
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentTable20Regular } from '@fluentui/react-icons';
import { comparisonSheet, type Comparison, type ComparisonSheet } from '../../core/scenario';
import { authorText, canonicalJson, logHeaderCells, sha256Hex, sheetRowCells } from '../../core/audit';
import type { FullWorkbookPort } from '../../excel/port';
import { Notice } from '../components/Notice';
import { useLanguage } from '../language';
import { WHAT_IF_MESSAGES } from './i18n';

type WriteState =
  | { status: 'idle' }
  /** What will be created, named before anything is written; the layout is the one that will be written. */
  | { status: 'review'; layout: ComparisonSheet }
  | { status: 'writing' }
  | { status: 'written'; sheetName: string; address: string; logError: string | null }
  | { status: 'failed'; message: string };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  button: { alignSelf: 'flex-start' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The comparison's subtitle: what each column group stands for (its rule set and changes). */
const noteOf = (layout: ComparisonSheet): string => {
  const note = layout.values[1]?.[0];
  return typeof note === 'string' ? note : '';
};

/**
 * "Write comparison sheet": names the new sheet and what it holds first, and writes only on
 * "Create the sheet". Never over an existing sheet (a taken name gets " (2)"), never the source
 * cells; recorded in the audit log like every write.
 */
export function WriteComparison({ comparison, port, disabled }: { comparison: Comparison; port: FullWorkbookPort; disabled: boolean }) {
  const { lang } = useLanguage();
  const m = WHAT_IF_MESSAGES[lang];
  const styles = useStyles();
  const [state, setState] = useState<WriteState>({ status: 'idle' });

  async function write(layout: ComparisonSheet) {
    setState({ status: 'writing' });
    let written: { sheetName: string; address: string };
    try {
      written = await port.writeComparisonSheet(layout);
    } catch (error) {
      setState({ status: 'failed', message: messageOf(error) });
      return;
    }
    let logError: string | null = null;
    try {
      const entry = {
        time: new Date().toISOString(),
        block: written.address,
        description: noteOf(layout),
        valuesHash: await sha256Hex(canonicalJson(layout.values)),
        lang,
        by: authorText({ kind: 'addin' }, lang),
      };
      await port.appendAuditLog(logHeaderCells(lang), sheetRowCells(entry));
    } catch (error) {
      logError = messageOf(error);
    }
    setState({ status: 'written', ...written, logError });
  }

  const review = state.status === 'review' ? state.layout : null;
  return (
    <div className={styles.root}>
      <Button
        className={styles.button}
        appearance="primary"
        icon={state.status === 'writing' ? <Spinner size="tiny" /> : <DocumentTable20Regular />}
        disabled={disabled || state.status === 'writing' || review !== null}
        onClick={() => setState({ status: 'review', layout: comparisonSheet(comparison, lang) })}
      >
        {state.status === 'writing' ? m.writingSheet : m.writeSheet}
      </Button>
      {review ? (
        <Notice
          intent="info"
          title={m.sheetReviewTitle}
          testId="comparison-review"
          actions={
            <div className={styles.actions}>
              <Button appearance="primary" disabled={disabled} onClick={() => void write(review)}>
                {m.sheetCreate}
              </Button>
              <Button onClick={() => setState({ status: 'idle' })}>{m.sheetCancel}</Button>
            </div>
          }
        >
          <p>{m.sheetReview(review.sheetName)}</p>
          {noteOf(review) !== '' ? <p>{m.sheetReviewHolds(noteOf(review))}</p> : null}
          <p>{m.sheetReviewLogged}</p>
        </Notice>
      ) : null}
      {state.status === 'written' ? (
        <Notice intent="success" title={m.sheetWrittenTitle} testId="comparison-written">
          {m.sheetWritten(state.sheetName, state.address)} {state.logError === null ? m.sheetLogged : null}
        </Notice>
      ) : null}
      {state.status === 'written' && state.logError !== null ? (
        <Notice intent="warning" title={m.sheetLogFailedTitle} testId="comparison-log-failed">
          {m.sheetLogFailed(state.logError)}
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

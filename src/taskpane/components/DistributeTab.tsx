import { Subtitle1, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useLanguage } from '../language';
import type { TabContext } from '../tabContext';
import { LiveModeSwitch } from '../live/LiveModeSwitch';
import { useLiveMode } from '../live/useLiveMode';
import { ActivityStatus } from './ActivityStatus';
import { AgreementPicker } from './AgreementPicker';
import { AgreementSummary } from './AgreementSummary';
import { FailureNotice } from './FailureNotice';
import { PayoutPreview } from './PayoutPreview';
import { OutcomeSummary } from './OutcomeSummary';
import { RegionList } from './RegionList';
import { useWideLayout } from '../useWideLayout';
import { ProblemList } from './ProblemList';
import { TableSection } from './TableSection';
import { WriteControls } from './WriteControls';
import { AuditLogButton } from './AuditLogButton';
import { AnnexDialog, AnnexWrittenNotice } from './AnnexDialog';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

/** The "Distribute" tab: agreement → table → preview → write, top to bottom in focus order. */
export function DistributeTab(context: TabContext) {
  const { flow } = context;
  // Lives here because this panel is always mounted: live mode keeps following the table on any tab.
  const live = useLiveMode(context);
  const { state } = flow;
  const { t } = useLanguage();
  const styles = useStyles();
  const ids = { agreement: useId('agreement'), table: useId('table'), preview: useId('preview'), write: useId('write') };
  const busy = state.activity !== null;
  const wide = useWideLayout();
  const locate = (address: string) => void flow.locate(address);

  return (
    <div className={styles.root} aria-busy={busy}>
      <ActivityStatus activity={state.activity} />
      {state.failure ? <FailureNotice failure={state.failure} onDismiss={flow.dismissFailure} /> : null}

      <section className={styles.section} aria-labelledby={ids.agreement}>
        <Subtitle1 as="h2" id={ids.agreement} className={styles.heading}>
          {t.agreementHeading}
        </Subtitle1>
        <AgreementPicker
          choice={state.choice}
          fileName={state.fileName}
          disabled={busy}
          onChooseBundled={(id) => void flow.chooseBundled(id)}
          onOpenFile={(file) => void flow.openRuleFile(file)}
        />
        {state.ruleProblems ? (
          <ProblemList
            intent="error"
            testId="rule-problems"
            title={t.ruleFileProblemsTitle(state.ruleProblems.source)}
            problems={state.ruleProblems.problems}
          />
        ) : null}
        {state.agreement ? <AgreementSummary agreement={state.agreement} /> : null}
      </section>

      <section className={styles.section} aria-labelledby={ids.table}>
        <Subtitle1 as="h2" id={ids.table} className={styles.heading}>
          {t.tableHeading}
        </Subtitle1>
        <TableSection
          state={state}
          agreement={state.agreement}
          disabled={busy}
          onRead={() => void flow.readTable()}
          onChoose={(factId, column) => void flow.chooseColumn(factId, column)}
          onReset={() => void flow.resetColumns()}
          onLocate={locate}
          onHiddenRows={(choice) => void flow.chooseHiddenRows(choice)}
        />
        <LiveModeSwitch live={live} />
      </section>

      {state.result && state.agreement ? (
        <section className={styles.section} aria-labelledby={ids.preview}>
          <Subtitle1 as="h2" id={ids.preview} className={styles.heading}>
            {t.previewHeading}
          </Subtitle1>
          <OutcomeSummary result={state.result} sentences={state.summary} />
          {state.warnings.length > 0 ? (
            <ProblemList
              intent="warning"
              testId="review-warnings"
              title={t.reviewTitle(state.warnings.length)}
              problems={state.warnings}
              onLocate={locate}
            />
          ) : null}
          {wide ? (
            <PayoutPreview result={state.result} agreement={state.agreement} />
          ) : (
            <RegionList result={state.result} agreement={state.agreement} />
          )}
        </section>
      ) : null}

      <section className={styles.section} aria-labelledby={ids.write}>
        <Subtitle1 as="h2" id={ids.write} className={styles.heading}>
          {t.writeHeading}
        </Subtitle1>
        <WriteControls
          warnings={state.warnings}
          canWrite={state.result !== null}
          canUndo={state.canUndo}
          disabled={busy}
          status={state.write}
          onWrite={(overwrite, reviewed) => void flow.write(overwrite, reviewed)}
          onWriteFormulas={() => void flow.write(false, false, true)}
          onCancel={flow.cancelWrite}
          onUndo={() => void flow.undo()}
          onLocate={locate}
          onAnnex={flow.openAnnex}
        />
        {state.annex.status === 'written' ? <AnnexWrittenNotice status={state.annex} onLocate={locate} /> : null}
        {state.result && state.agreement && state.table?.ok ? (
          <AnnexDialog
            open={state.annex.status === 'choose'}
            agreement={state.agreement}
            table={state.table.table}
            result={state.result}
            warnings={state.warnings}
            onCreate={(choice) => void flow.createAnnex(choice)}
            onCancel={flow.closeAnnex}
          />
        ) : null}
        <AuditLogButton disabled={busy} onShow={flow.showAuditLog} />
      </section>
    </div>
  );
}

import { useMemo, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Select,
  Subtitle1,
  makeStyles,
  tokens,
  useId,
  type AccordionToggleData,
} from '@fluentui/react-components';
import Decimal from 'decimal.js';
import { diffAgreements } from '../../core/agreement/diff';
import { isEditableDraft } from '../../core/agreement/draft';
import { loadAgreement, loadAgreementText } from '../../core/agreement/load';
import type { RuleProblem } from '../../core/agreement/problems';
import { formatKronor } from '../../core/format/numbers';
import type { TabContext } from '../tabContext';
import { BUNDLED_RULES } from '../bundledRules';
import { Notice } from '../components/Notice';
import { ProblemList } from '../components/ProblemList';
import { AgreementFields } from './AgreementFields';
import { ApplyBar } from './ApplyBar';
import { BundledDiff, bundledOfYear, useBundledDiff } from './BundledDiff';
import { FileActions } from './FileActions';
import { countWithin, editorLayout, placeProblems } from './layout';
import { NewYearForm } from './NewYearForm';
import { ProblemsProvider } from './ProblemsContext';
import { downloadRuleFile } from './ruleFileDownload';
import { TrancheEditor } from './TrancheEditor';
import { useEditorText } from './useEditorText';
import { useRuleDraft } from './useRuleDraft';
import { useWorkbookRules } from './useWorkbookRules';
import { WorkbookRulesNotice } from './WorkbookRulesNotice';

export { editorTabLabel } from './i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  headerText: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  start: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'stretch' },
  startButton: { alignSelf: 'flex-start' },
});

/** A message about what just happened to the draft (an import, a new year), dismissable. */
type DraftNote = { title: string; body: string; problems?: RuleProblem[] } | null;

/**
 * The "Regler" tab: edit the agreement's parameters in a form, checked live by the rule files'
 * loader; apply to the preview; keep the rules in the workbook; export and import rule files; start
 * a new agreement year from an earlier one; see how the rules differ from the bundled file.
 */
export function RuleEditorTab({ port, flow }: TabContext) {
  const { e, lang } = useEditorText();
  const styles = useStyles();
  const headingId = useId('rules');
  const rules = useRuleDraft(flow);
  const { draft, current, problems } = rules;
  const [note, setNote] = useState<DraftNote>(null);
  const [closed, setClosed] = useState<Set<string>>(new Set());
  const [startFrom, setStartFrom] = useState(BUNDLED_RULES[0].id);

  const workbook = useWorkbookRules(port, flow, {
    label: e.workbookLabel,
    onBrokenDraft: (broken) => rules.replace(broken),
  });

  const placed = useMemo(() => (draft ? placeProblems(problems, editorLayout(draft)) : null), [draft, problems]);
  const diff = useBundledDiff(draft);
  const workbookDiff = useMemo(() => {
    if (workbook.rules.status !== 'saved') return null;
    const bundled = bundledOfYear(workbook.rules.agreement.year, workbook.rules.agreement.id);
    return bundled ? { id: bundled.id, count: diffAgreements(bundled.agreement, workbook.rules.agreement).length } : null;
  }, [workbook.rules]);

  const busy = workbook.busy || flow.state.activity !== null;
  const apply = () => rules.apply(e.appliedLabel(String(draft?.id)));

  async function importFile(file: File) {
    setNote(null);
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setNote({ title: e.importFailed(file.name), body: message });
      return;
    }
    const loaded = loadAgreementText(text);
    if (loaded.ok) {
      rules.replace(loaded.agreement);
      setNote({ title: e.imported(file.name), body: e.importedBody });
      return;
    }
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      // Reported by the loader as the file's problem.
    }
    if (isEditableDraft(json)) {
      // Into the form, where each problem shows at its field.
      rules.replace(json);
      setNote({ title: e.imported(file.name), body: e.importedBody });
    } else {
      setNote({ title: e.importFailed(file.name), body: '', problems: loaded.problems });
    }
  }

  const onToggle = (_: unknown, data: AccordionToggleData<string>) =>
    setClosed((prev) => {
      const next = new Set(prev);
      if (next.has(data.value)) next.delete(data.value);
      else next.add(data.value);
      return next;
    });
  const sections = draft ? ['agreement', ...draft.tranches.map((_, i) => `tranche-${i}`)] : [];

  return (
    <div className={styles.root} data-testid="rule-editor" aria-labelledby={headingId} role="region">
      <div className={styles.headerText}>
        <Subtitle1 as="h2" id={headingId} className={styles.heading}>
          {e.heading}
        </Subtitle1>
        {draft ? <Caption1>{e.editing(String(draft.id))}</Caption1> : null}
      </div>

      {workbook.event?.kind === 'failed' ? (
        <Notice intent="error" title={e.workbookFailed} actions={<Button onClick={workbook.dismissEvent}>{e.dismiss}</Button>}>
          {workbook.event.message}
        </Notice>
      ) : null}
      {workbook.event?.kind === 'saved' || workbook.event?.kind === 'cleared' ? (
        <Notice intent="success" title={workbook.event.kind === 'saved' ? e.savedTitle : e.clearedTitle} testId="workbook-event" />
      ) : null}
      <WorkbookRulesNotice
        rules={workbook.rules}
        current={current}
        bundledDiff={workbookDiff}
        onUseBundled={(id) => void flow.chooseBundled(id)}
        onUseWorkbook={(agreement) => void flow.adoptAgreement(agreement, e.workbookLabel(agreement.id))}
      />
      {note ? (
        note.problems ? (
          <ProblemList intent="error" testId="import-problems" title={note.title} problems={note.problems} rootLabel={e.rootPointer} />
        ) : (
          <Notice intent="info" title={note.title} actions={<Button onClick={() => setNote(null)}>{e.dismiss}</Button>} testId="draft-note">
            {note.body}
          </Notice>
        )
      ) : null}
      {rules.flowMoved && current && draft ? (
        <Notice intent="warning" title={e.flowMovedTitle} actions={<Button onClick={rules.reset}>{e.editCurrentInstead}</Button>}>
          {e.flowMovedBody(current.id, String(draft.id))}
        </Notice>
      ) : null}

      {draft === null ? (
        <div className={styles.start}>
          <Body1>{e.noDraftBody}</Body1>
          <Field label={e.startFrom}>
            <Select value={startFrom} onChange={(_, data) => setStartFrom(data.value)}>
              {BUNDLED_RULES.map((rule) => (
                <option key={rule.id} value={rule.id}>
                  {e.newYearFromBundled(String(rule.year ?? rule.id), rule.kind)}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            className={styles.startButton}
            onClick={() => {
              const loaded = loadAgreement(BUNDLED_RULES.find((r) => r.id === startFrom)?.json);
              if (loaded.ok) rules.replace(loaded.agreement);
            }}
          >
            {e.startEditing}
          </Button>
        </div>
      ) : (
        <ProblemsProvider placed={placed!}>
          <ApplyBar
            problemCount={problems.length}
            mismatchCount={rules.mismatches}
            dirty={rules.dirty}
            canReset={current !== null}
            busy={busy}
            onApply={() => void apply()}
            onReset={rules.reset}
          />
          {placed && placed.unplaced.length > 0 ? (
            <ProblemList
              intent="error"
              testId="editor-problems"
              title={e.otherProblemsTitle(placed.unplaced.length)}
              problems={placed.unplaced}
              rootLabel={e.rootPointer}
            />
          ) : null}
          <BundledDiff diff={diff} />
          <Accordion multiple collapsible openItems={sections.filter((s) => !closed.has(s))} onToggle={onToggle}>
            <AccordionItem value="agreement">
              <AccordionHeader as="h3">{e.sectionAgreement}</AccordionHeader>
              <AccordionPanel>
                <AgreementFields draft={draft} onEdit={rules.edit} />
              </AccordionPanel>
            </AccordionItem>
            {draft.tranches.map((tranche, i) => {
              const count = countWithin(problems, `/tranches/${i}`);
              const amount =
                typeof tranche.amount === 'number' && Number.isSafeInteger(tranche.amount)
                  ? formatKronor(new Decimal(tranche.amount), lang)
                  : String(tranche.amount);
              return (
                <AccordionItem key={i} value={`tranche-${i}`}>
                  <AccordionHeader as="h3">
                    <span className={styles.headerText}>
                      {e.trancheHeader(tranche.label?.[lang] || String(tranche.id), amount)}
                      {count > 0 ? (
                        <Badge color="danger" appearance="filled" size="small">
                          {e.problemsBadge(count)}
                        </Badge>
                      ) : null}
                    </span>
                  </AccordionHeader>
                  <AccordionPanel>
                    <TrancheEditor draft={draft} index={i} onEdit={rules.edit} />
                  </AccordionPanel>
                </AccordionItem>
              );
            })}
          </Accordion>
        </ProblemsProvider>
      )}

      <NewYearForm
        draft={draft}
        onCreate={(agreement, sourceId) => {
          rules.replace(agreement);
          setNote({ title: e.newYearCreated(agreement.id, sourceId), body: e.newYearCreatedBody });
        }}
      />
      <FileActions
        valid={rules.ready}
        mismatchCount={rules.mismatches}
        busy={busy}
        hasWorkbookRules={workbook.rules.status === 'saved' || workbook.rules.status === 'broken'}
        onSave={() => {
          if (!rules.validation?.ok || !rules.ready) return;
          // Saved rules are also the ones in use: apply changes first; unchanged, save what is in use.
          const agreement = rules.dirty || !current ? rules.validation.agreement : current;
          void (async () => {
            if (rules.dirty) await rules.apply(e.workbookLabel(agreement.id));
            await workbook.save(agreement);
          })();
        }}
        onClear={() => void workbook.clear()}
        onExport={() => {
          if (rules.validation?.ok && rules.ready) downloadRuleFile(rules.validation.agreement);
        }}
        onImport={(file) => void importFile(file)}
      />
    </div>
  );
}

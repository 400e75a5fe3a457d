import { useReducer, useRef } from 'react';
import type { Agreement } from '../../core/agreement/types';
import { loadAgreement, loadAgreementText } from '../../core/agreement/load';
import { agreementParseOptions, detectMapping, parseTableSteps } from '../../core/table/parse';
import type { ColumnMapping, TableResult } from '../../core/table/types';
import { computePayoutsSteps } from '../../core/payout/compute';
import { finishPaced } from '../../core/pace/steps';
import { pacingWhile, SupersededError } from '../pacing';
import { reviewPayouts } from '../../core/payout/review';
import { outcomeSummarySteps } from '../../core/payout/summary';
import type { HiddenRowsChoice } from '../../core/table/types';
import { buildOutputColumns } from '../../core/payout/columns';
import {
  createLogEntry,
  createUndoEntry,
  logHeaderCells,
  logRowCells,
  ruleSetHash,
  undoRowCells,
  type LogAuthor,
  type UndoneWrite,
} from '../../core/audit';
import { annexSheet, buildAnnex } from '../../core/annex';
import { UndoRefusedError, type FoundTable, type FullWorkbookPort } from '../../excel/port';
import { BUNDLED_RULES } from '../bundledRules';
import { FILE_CHOICE } from '../components/AgreementPicker';
import { MESSAGES } from '../i18n';
import { useLanguage } from '../language';
import { toOverride } from './mapping';
import { initialPaneState, paneReducer, type Failure, type MappingChoices } from './paneState';

const ADDIN: LogAuthor = { kind: 'addin' };

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Exactly what the preview was computed from: the place, the values, and everything else that
 * changes how they are read (number formats, error cells, hidden rows and columns, the date system).
 */
const sameTable = (a: FoundTable, b: FoundTable) =>
  a.address === b.address && a.kind === b.kind && a.tableName === b.tableName && gridKey(a) === gridKey(b);

const gridKey = ({ grid }: FoundTable): string =>
  JSON.stringify([
    grid.sheetName,
    grid.origin,
    grid.values,
    grid.numberFormats ?? null,
    grid.issues ?? [],
    grid.hiddenRows ?? [],
    grid.hiddenColumns ?? [],
    grid.hiddenUnknown ?? null,
    grid.date1904 === true,
  ]);

/** The same table when it starts at the same cell of the same sheet (rows added below still count). */
const sameBlockStart = (a: FoundTable, b: FoundTable | null) =>
  b !== null &&
  a.grid.sheetName === b.grid.sheetName &&
  a.grid.origin.row === b.grid.origin.row &&
  a.grid.origin.column === b.grid.origin.column;

/**
 * The mapping found from the headers alone, shown next to each choice as "Detected: …". It depends on
 * the cells and the facts only, so it is found once per table read: by the evaluation without
 * choices, whose table it is, or from the header row alone when the first evaluation already has choices.
 */
interface HeaderMapping {
  grid: FoundTable['grid'];
  /** The facts, year and regions the parse was given, as JSON: an edited agreement with the same facts keeps it. */
  rules: string;
  mapping: ColumnMapping | null;
}

const rulesKey = (agreement: Agreement) => JSON.stringify([agreement.facts, agreement.year, agreement.regions ?? null]);
const mappingOf = (table: TableResult): ColumnMapping | null => (table.ok ? table.table.mapping : (table.mapping ?? null));

function headerMapping(known: HeaderMapping | null, found: FoundTable, agreement: Agreement, plain: TableResult | null): HeaderMapping {
  const rules = rulesKey(agreement);
  if (known && known.grid === found.grid && known.rules === rules) return known;
  return { grid: found.grid, rules, mapping: plain ? mappingOf(plain) : detectMapping(found.grid, agreement.facts) };
}

/** Where the headers alone give no mapping: what the parser detected itself beside the user's choices; kept when a cell is bad. */
function detectedBesideChoices(withChoices: TableResult): ColumnMapping | null {
  const mapping = mappingOf(withChoices);
  return mapping ? Object.fromEntries(Object.entries(mapping).filter(([, m]) => m.source === 'detected')) : null;
}

/** What the annex dialog asks for: the tranche and the texts ("" or [] for the defaults). */
export interface AnnexChoice {
  trancheId: string;
  heading: string[];
  title: string;
  populationDate: string;
}

/** The "Distribute" workflow: choose rules → read table → preview → write, with undo; the decision annex. */
export function useDistribution(port: FullWorkbookPort) {
  const [state, dispatch] = useReducer(paneReducer, initialPaneState);
  const { lang } = useLanguage();
  // Each evaluation gets a number; an older one finishing late must not overwrite a newer preview.
  const generation = useRef(0);
  // The state of the latest render: what an action that awaited Excel must use when it resumes.
  const latest = useRef(state);
  latest.current = state;
  // The last write's log entry, for the undo row that takes it back.
  const lastLogged = useRef<UndoneWrite | null>(null);
  const detectedFromHeaders = useRef<HeaderMapping | null>(null);

  const fail = (action: Failure['action'], error: unknown) => dispatch({ type: 'failed', failure: { action, message: messageOf(error) } });

  async function evaluate(
    agreement: Agreement,
    found: FoundTable,
    choices: MappingChoices,
    hiddenRows: HiddenRowsChoice = latest.current.hiddenRows,
  ) {
    const current = ++generation.current;
    // In slices: a 20 000-row table is read and computed without holding the pane for seconds, and a
    // newer evaluation (another choice, another read) stops this one at its next pause.
    const pacing = pacingWhile(() => current === generation.current);
    dispatch({ type: 'start', activity: 'computing' });
    try {
      const table = await finishPaced(
        parseTableSteps(found.grid, agreement.facts, toOverride(found.grid, choices), agreementParseOptions(agreement, hiddenRows)),
        pacing,
      );
      if (current !== generation.current) return;
      const headers = headerMapping(detectedFromHeaders.current, found, agreement, Object.keys(choices).length === 0 ? table : null);
      detectedFromHeaders.current = headers;
      const detected = headers.mapping ?? detectedBesideChoices(table);
      dispatch({ type: 'parsed', table, detected });
      if (!table.ok) return; // Errors are shown; nothing is computed or written on bad input.
      const result = await finishPaced(computePayoutsSteps(agreement, table.table.regions), pacing);
      const summary = await finishPaced(outcomeSummarySteps(agreement, result), pacing);
      if (current !== generation.current) return;
      const warnings = [...table.table.warnings, ...reviewPayouts(agreement, result)];
      dispatch({ type: 'computed', result, summary, warnings });
    } catch (error) {
      if (error instanceof SupersededError) return;
      if (current === generation.current) fail('compute', error);
    }
  }

  async function applyAgreement(loaded: ReturnType<typeof loadAgreement>, choice: string, fileName: string | null, source: string) {
    if (!loaded.ok) {
      generation.current++;
      dispatch({ type: 'agreementFailed', choice, fileName, source, problems: loaded.problems });
      return;
    }
    dispatch({ type: 'agreementLoaded', choice, fileName, agreement: loaded.agreement });
    if (state.found) await evaluate(loaded.agreement, state.found, {});
  }

  /**
   * Uses a rule set edited in the pane or saved in the workbook; shown as "<label>" in the picker.
   * An edit keeps the column choices when the facts are unchanged.
   */
  async function adoptAgreement(agreement: Agreement, label: string) {
    const keepChoices = JSON.stringify(agreement.facts) === JSON.stringify(state.agreement?.facts);
    dispatch({ type: 'agreementLoaded', choice: FILE_CHOICE, fileName: label, agreement, keepChoices });
    if (state.found) await evaluate(agreement, state.found, keepChoices ? state.choices : {});
  }

  async function chooseBundled(id: string) {
    const rule = BUNDLED_RULES.find((r) => r.id === id);
    if (!rule) return;
    await applyAgreement(loadAgreement(rule.json), id, null, rule.fileName);
  }

  async function openRuleFile(file: File) {
    dispatch({ type: 'start', activity: 'rules' });
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      const problem = {
        pointer: '',
        message: { sv: MESSAGES.sv.ruleFileUnreadable(messageOf(error)), en: MESSAGES.en.ruleFileUnreadable(messageOf(error)) },
      };
      await applyAgreement({ ok: false, problems: [problem] }, 'file', file.name, file.name);
      return;
    }
    await applyAgreement(loadAgreementText(text), 'file', file.name, file.name);
  }

  /**
   * Reads the region table under the selection. refresh (live mode): the same block read again
   * keeps the user's column choices; a different block starts over.
   */
  async function readTable(options: { refresh?: boolean } = {}) {
    if (!state.agreement) return;
    // A read replaces whatever is being worked out: an evaluation still in its slices stops at its
    // next pause, so it cannot end the read's activity or show the sheet as it was.
    generation.current++;
    dispatch({ type: 'start', activity: 'reading' });
    let found: FoundTable;
    try {
      found = await port.readRegionTable();
    } catch (error) {
      fail('read', error);
      return;
    }
    // The agreement may have changed while Excel was read (e.g. the workbook's own rules adopted).
    const { agreement, choices, found: previous } = latest.current;
    if (!agreement) return;
    const keepChoices = options.refresh === true && sameBlockStart(found, previous);
    dispatch({ type: 'tableFound', found, keepChoices });
    await evaluate(agreement, found, keepChoices ? choices : {}, keepChoices ? latest.current.hiddenRows : 'ask');
  }

  async function chooseHiddenRows(choice: HiddenRowsChoice) {
    dispatch({ type: 'hiddenRowsChosen', choice });
    if (state.agreement && state.found) await evaluate(state.agreement, state.found, state.choices, choice);
  }

  async function chooseColumns(choices: MappingChoices) {
    dispatch({ type: 'choicesChanged', choices });
    if (state.agreement && state.found) await evaluate(state.agreement, state.found, choices);
  }

  /**
   * Writes the payout columns. Warnings are shown first and must be accepted (reviewed); then the
   * cells of the user's that would be overwritten are asked about (overwrite). `formulas` starts an
   * "Infoga som formler" write; answering its questions continues it as formulas.
   */
  async function write(overwrite: boolean, reviewed = false, formulas?: boolean) {
    const { found, table, result, agreement, warnings } = state;
    if (!found || !table?.ok || !result || !agreement) return;
    const pending = state.write.status === 'review' || state.write.status === 'confirm' ? state.write : null;
    const asFormulas = pending ? pending.formulas === true : formulas === true;
    const accepted = reviewed || state.write.status === 'confirm';
    if (warnings.length > 0 && !accepted) {
      dispatch({ type: 'writeNeedsReview', formulas: asFormulas });
      return;
    }
    dispatch({ type: 'start', activity: 'writing' });
    let address: string;
    try {
      // The rows are written by position: if the sheet changed since the preview (sorted, a row
      // inserted, a value edited, a row hidden, a format changed), payouts would land beside the
      // wrong regions. Read it again first, where it was found: never the table the selection is in now.
      const fresh = await port.readTableAt(found);
      if (!sameTable(fresh, found)) {
        await readAgainAfterChange(fresh, 'write');
        return;
      }
      // The output rows line up with the grid rows under the header, totals and blanks included.
      const { headerRow } = table.table;
      let columns = buildOutputColumns(result, lang, { headerRow, rowCount: found.grid.values.length - headerRow - 1 });
      if (asFormulas) {
        // The formulas must show exactly this preview; if they would not (rules only in the pane, a
        // column chosen by hand, hidden rows left out), nothing is written and the pane says why.
        // Fetched on first use, like the rest of what only a click needs.
        const { planFormulaWrite, functionLanguage } = await import('../../functions/formulas');
        const plan = await planFormulaWrite({
          agreement,
          found,
          table: table.table,
          result,
          warnings,
          lang,
          names: port.excelLanguage ? functionLanguage(port.excelLanguage()) : lang,
          workbookRules: await port.loadWorkbookRules(),
        });
        if (!plan.ok) {
          fail('write', plan.reason[lang]);
          return;
        }
        columns = plan.columns;
      }
      // Overwriting covers exactly the cells the user was shown; anything new is asked about again.
      const confirmed = overwrite && state.write.status === 'confirm' ? state.write.conflicts : [];
      const outcome = await port.writePayoutColumns(found, columns, { overwrite, confirmed, ...(asFormulas ? { formulas: true } : {}) });
      if (outcome.status !== 'written') {
        dispatch({ type: 'writeNeedsConfirmation', conflicts: outcome.conflicts, formulas: asFormulas });
        return;
      }
      address = outcome.address;
    } catch (error) {
      lastLogged.current = null; // Whatever was written, an undo now cannot name a logged write.
      fail('write', error);
      return;
    }
    // Every write is logged so the payout can be reproduced and checked later (kvot verify). The
    // pane stays busy until the row is in, so a second write or an undo cannot interleave with it.
    let logError: unknown = null;
    lastLogged.current = null;
    try {
      const entry = await createLogEntry(agreement, table.table, result, new Date(), { address, lang, by: ADDIN, accepted: warnings });
      lastLogged.current = { time: entry.time, block: address, resultHash: entry.resultHash };
      await port.appendAuditLog(logHeaderCells(lang), logRowCells(entry));
    } catch (error) {
      logError = error;
    }
    dispatch({ type: 'written', address, formulas: asFormulas });
    if (logError !== null) fail('log', logError);
  }

  /**
   * The decision annex of one tranche, on a new sheet. Called from its dialog, which lists the
   * warnings to review first, as a write does; the table is read again so the annex is never made
   * from a preview the sheet no longer matches.
   */
  async function createAnnex(choice: AnnexChoice) {
    const { found, table, result, agreement } = state;
    if (!found || !table?.ok || !result || !agreement) return;
    dispatch({ type: 'annexStarted' });
    try {
      const fresh = await port.readTableAt(found);
      if (!sameTable(fresh, found)) {
        await readAgainAfterChange(fresh, 'annex');
        return;
      }
      const built = buildAnnex(agreement, result, { ...choice, lang, ruleSetHash: await ruleSetHash(agreement) });
      if (!built.ok) {
        fail('annex', built.message[lang]);
        return;
      }
      const written = await port.writeAnnexSheet(annexSheet(built.annex));
      dispatch({ type: 'annexWritten', ...written });
    } catch (error) {
      fail('annex', error);
    }
  }

  /** The table changed between preview and write: show the new preview and say why nothing was written. */
  async function readAgainAfterChange(fresh: FoundTable, action: 'write' | 'annex') {
    const { agreement, choices, found } = latest.current;
    if (!agreement) return;
    const keepChoices = sameBlockStart(fresh, found);
    dispatch({ type: 'tableFound', found: fresh, keepChoices });
    await evaluate(agreement, fresh, keepChoices ? choices : {}, keepChoices ? latest.current.hiddenRows : 'ask');
    dispatch({ type: 'failed', failure: { action, message: MESSAGES[lang].tableChangedBeforeWrite } });
  }

  async function undo() {
    dispatch({ type: 'start', activity: 'undoing' });
    try {
      const undone = await port.undoLastWrite();
      // The undo is logged as its own row, so kvot verify no longer expects the undone cells.
      const logged = undone ? lastLogged.current : null;
      lastLogged.current = null;
      const logError = logged
        ? await port.appendAuditLog(logHeaderCells(lang), undoRowCells(createUndoEntry(logged, new Date(), lang, ADDIN))).then(
            () => null,
            (e: unknown) => e ?? 'error',
          )
        : null;
      dispatch({ type: 'undone', undone });
      if (logError !== null) fail('log', logError);
    } catch (error) {
      if (error instanceof UndoRefusedError) fail('undo', MESSAGES[lang].undoRefused(error.address));
      else fail('undo', error);
    }
  }

  /** Shows or hides the audit log sheet; false when there is none yet. */
  async function showAuditLog(visible: boolean): Promise<boolean> {
    try {
      return await port.showAuditLog(visible);
    } catch (error) {
      fail('log', error);
      return true;
    }
  }

  async function locate(address: string) {
    try {
      await port.selectAddress(address);
    } catch (error) {
      fail('select', error);
    }
  }

  return {
    state,
    chooseBundled,
    openRuleFile,
    adoptAgreement,
    readTable,
    chooseColumn: (factId: string, column: number | null) => chooseColumns({ ...state.choices, [factId]: column }),
    resetColumns: () => chooseColumns({}),
    chooseHiddenRows,
    write,
    cancelWrite: () => dispatch({ type: 'writeCancelled' }),
    openAnnex: () => dispatch({ type: 'annexOpened' }),
    closeAnnex: () => dispatch({ type: 'annexClosed' }),
    createAnnex,
    undo,
    locate,
    showAuditLog,
    dismissFailure: () => dispatch({ type: 'dismissFailure' }),
  };
}

export type Distribution = ReturnType<typeof useDistribution>;

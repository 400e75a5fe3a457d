import type { Agreement, Localized } from '../../core/agreement/types';
import type { RuleProblem } from '../../core/agreement/problems';
import type { ColumnMapping, HiddenRowsChoice, TableResult, TableWarning } from '../../core/table/types';
import type { PayoutResult } from '../../core/payout/types';
import type { FoundTable, PageSetupOutcome } from '../../excel/port';

/** What the pane is doing; every control that starts work is disabled meanwhile. */
export type Activity = 'rules' | 'reading' | 'computing' | 'writing' | 'undoing' | 'annex';

/** An exception from the workbook or the engine, shown as is: never swallowed. */
export interface Failure {
  action: 'read' | 'compute' | 'write' | 'log' | 'undo' | 'select' | 'annex';
  message: string;
}

/** `formulas`: the write under way or done is "Infoga som formler" rather than values. */
export type WriteStatus =
  | { status: 'idle' }
  /** Warnings to be looked at and accepted before anything is written. */
  | { status: 'review'; formulas?: boolean }
  | { status: 'confirm'; conflicts: string[]; formulas?: boolean }
  | { status: 'written'; address: string; formulas?: boolean }
  | { status: 'undone' }
  | { status: 'nothingToUndo' };

/** The decision annex: its dialog (tranche, texts, the warnings to review), then the sheet written. */
export type AnnexStatus =
  { status: 'idle' } | { status: 'choose' } | { status: 'written'; sheetName: string; address: string; pageSetup: PageSetupOutcome };

/** The user's column choices: fact id → 0-based grid column, or null for "(none)". */
export type MappingChoices = Record<string, number | null>;

export interface PaneState {
  /** The agreement select's value: a bundled rule id, "file", or "" when nothing is chosen. */
  choice: string;
  fileName: string | null;
  agreement: Agreement | null;
  ruleProblems: { source: string; problems: RuleProblem[] } | null;
  found: FoundTable | null;
  choices: MappingChoices;
  /** The mapping found from the headers alone, shown next to each choice. */
  detected: ColumnMapping | null;
  table: TableResult | null;
  result: PayoutResult | null;
  /** The outcome of the result in a sentence or two per conditional tranche (worked out with it, in slices). */
  summary: readonly Localized[];
  /** What must be confirmed before this result is written: the table's warnings and the outcome's. */
  warnings: readonly TableWarning[];
  /** The user's answer to hidden rows: asked about until chosen. */
  hiddenRows: HiddenRowsChoice;
  activity: Activity | null;
  failure: Failure | null;
  write: WriteStatus;
  annex: AnnexStatus;
  /** A write happened in this session that the workbook can undo. */
  canUndo: boolean;
}

export const initialPaneState: PaneState = {
  choice: '',
  fileName: null,
  agreement: null,
  ruleProblems: null,
  found: null,
  choices: {},
  detected: null,
  table: null,
  result: null,
  summary: [],
  warnings: [],
  hiddenRows: 'ask',
  activity: null,
  failure: null,
  write: { status: 'idle' },
  annex: { status: 'idle' },
  canUndo: false,
};

export type PaneAction =
  | { type: 'start'; activity: Activity }
  /** keepChoices: an edit of the same agreement (same facts) keeps the user's column choices. */
  | { type: 'agreementLoaded'; choice: string; fileName: string | null; agreement: Agreement; keepChoices?: boolean }
  | { type: 'agreementFailed'; choice: string; fileName: string | null; source: string; problems: RuleProblem[] }
  /** keepChoices: a refresh of the same table keeps the user's column choices. */
  | { type: 'tableFound'; found: FoundTable; keepChoices?: boolean }
  | { type: 'choicesChanged'; choices: MappingChoices }
  | { type: 'parsed'; table: TableResult; detected: ColumnMapping | null }
  | { type: 'computed'; result: PayoutResult; summary: readonly Localized[]; warnings: readonly TableWarning[] }
  | { type: 'hiddenRowsChosen'; choice: HiddenRowsChoice }
  | { type: 'writeNeedsReview'; formulas?: boolean }
  | { type: 'writeNeedsConfirmation'; conflicts: string[]; formulas?: boolean }
  | { type: 'written'; address: string; formulas?: boolean }
  | { type: 'writeCancelled' }
  | { type: 'annexOpened' }
  | { type: 'annexClosed' }
  /** The dialog closes and the pane is busy until the sheet is written or the run fails. */
  | { type: 'annexStarted' }
  | { type: 'annexWritten'; sheetName: string; address: string; pageSetup: PageSetupOutcome }
  | { type: 'undone'; undone: boolean }
  | { type: 'failed'; failure: Failure }
  | { type: 'dismissFailure' };

/** Anything that changes the input makes the preview and the last write message stale. */
const staleOutput = { result: null, summary: [], warnings: [], write: { status: 'idle' }, annex: { status: 'idle' } } as const;

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'start':
      return { ...state, activity: action.activity, failure: null };
    case 'agreementLoaded':
      return {
        ...state,
        ...staleOutput,
        choice: action.choice,
        fileName: action.fileName,
        agreement: action.agreement,
        ruleProblems: null,
        // Another agreement declares other facts: the column choices no longer apply.
        choices: action.keepChoices ? state.choices : {},
        detected: null,
        table: null,
        activity: null,
      };
    case 'agreementFailed':
      return {
        ...state,
        ...staleOutput,
        choice: action.choice,
        fileName: action.fileName,
        agreement: null,
        ruleProblems: { source: action.source, problems: action.problems },
        choices: {},
        detected: null,
        table: null,
        activity: null,
      };
    case 'tableFound':
      // Another block: its hidden rows are asked about afresh.
      return {
        ...state,
        ...staleOutput,
        found: action.found,
        choices: action.keepChoices ? state.choices : {},
        hiddenRows: action.keepChoices ? state.hiddenRows : 'ask',
        detected: null,
        table: null,
      };
    case 'hiddenRowsChosen':
      return { ...state, ...staleOutput, hiddenRows: action.choice };
    case 'choicesChanged':
      return { ...state, ...staleOutput, choices: action.choices };
    case 'parsed':
      return { ...state, table: action.table, detected: action.detected, activity: action.table.ok ? state.activity : null };
    case 'computed':
      return { ...state, result: action.result, summary: action.summary, warnings: action.warnings, activity: null };
    case 'writeNeedsReview':
      return { ...state, write: { status: 'review', ...formulasFlag(action.formulas) } };
    case 'writeNeedsConfirmation':
      return { ...state, write: { status: 'confirm', conflicts: action.conflicts, ...formulasFlag(action.formulas) }, activity: null };
    case 'written':
      return {
        ...state,
        write: { status: 'written', address: action.address, ...formulasFlag(action.formulas) },
        canUndo: true,
        activity: null,
      };
    case 'writeCancelled':
      return { ...state, write: { status: 'idle' } };
    case 'annexOpened':
      return { ...state, annex: { status: 'choose' } };
    case 'annexClosed':
      return { ...state, annex: { status: 'idle' } };
    case 'annexStarted':
      return { ...state, annex: { status: 'idle' }, activity: 'annex', failure: null };
    case 'annexWritten':
      return {
        ...state,
        annex: { status: 'written', sheetName: action.sheetName, address: action.address, pageSetup: action.pageSetup },
        activity: null,
      };
    case 'undone':
      return { ...state, write: { status: action.undone ? 'undone' : 'nothingToUndo' }, canUndo: false, activity: null };
    case 'failed':
      return { ...state, failure: action.failure, activity: null };
    case 'dismissFailure':
      return { ...state, failure: null };
  }
}

/** The flag only when set, so value writes keep the shape they always had. */
const formulasFlag = (formulas: boolean | undefined) => (formulas ? { formulas: true } : {});

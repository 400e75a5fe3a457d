/** The decision annex ("Bilaga"): the payout table of one tranche as the government's decision prints it. */
export { buildAnnex, annexTextCells, annexLine, MAX_ANNEX_LINE, MAX_HEADING_LINES } from './build';
export { printedShare, shareText, WHOLE_SHARE_TEXT } from './share';
export { populationDateText, tablePopulationDate } from './populationDate';
export {
  annexSheet,
  printTitleRows,
  columnRange,
  ANNEX_NUMBER_FORMAT,
  ANNEX_SHARE_FORMAT,
  ANNEX_WHOLE_FORMAT,
  LINE_HEIGHT,
  type AnnexSheet,
  type AnnexPrint,
  type AnnexTextRow,
} from './sheet';
export type { Annex, AnnexHeaders, AnnexOptions, AnnexProblemCode, AnnexResult, AnnexRow, AnnexTotal } from './types';

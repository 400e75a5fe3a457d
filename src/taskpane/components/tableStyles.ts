import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The pane is 320–350 px wide: tables scroll sideways with the region column kept in view, as the
 * payout preview does. Changed amounts are tinted and carry their sign, so colour is never the only cue.
 */
export const useTableStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { tableLayout: 'auto', width: 'max-content', minWidth: '100%' },
  /** Few columns: the table takes the pane's width and its text columns wrap instead of scrolling. */
  fit: { width: '100%' },
  /** Smaller type for long tables of amounts, so more of them fits the pane's width. */
  compact: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  caption: { textAlign: 'left', captionSide: 'top', paddingBottom: tokens.spacingVerticalXS },
  /** A caption above a scrolling table, so it stays in view while the table scrolls sideways. */
  visibleCaption: { display: 'block', paddingBottom: tokens.spacingVerticalXS },
  /** The table's own <caption>, for screen readers, when the visible one stands outside. */
  visuallyHidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  sticky: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: `1px 0 0 ${tokens.colorNeutralStroke2}`,
  },
  number: { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  /** A long header over a column of amounts: wraps rather than widening the column. */
  numberHeader: { textAlign: 'right' },
  totals: { fontWeight: tokens.fontWeightSemibold },
  increase: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  decrease: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  flagged: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

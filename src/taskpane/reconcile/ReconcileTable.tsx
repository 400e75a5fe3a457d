import {
  Body1Strong,
  Caption1,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { formatKronor } from '../../core/format/numbers';
import type { ReconcileRow, Reconciliation } from '../../core/reconcile';
import { ProblemList } from '../components/ProblemList';
import { useLanguage } from '../language';
import { formatSignedKronor } from '../whatif/signedKronor';
import { useTableStyles } from '../components/tableStyles';
import { RECONCILE_MESSAGES } from './i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  address: { fontFamily: tokens.fontFamilyMonospace },
  /**
   * The link to an unreadable cell sits on a flagged (yellow) row, where the brand link colour is too
   * faint in the dark theme (3.5:1 on colorPaletteYellowBackground1); the text colour, underlined,
   * still reads as a link.
   */
  onFlagged: {
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'underline',
    ':hover': { color: tokens.colorNeutralForeground1Hover },
    ':active': { color: tokens.colorNeutralForeground1Pressed },
  },
});

/** Region, computed, existing and difference; rows that differ or cannot be compared are highlighted. */
export function ReconcileTable(props: { reconciliation: Reconciliation; comparedLabel: string; onLocate: (address: string) => void }) {
  const { reconciliation: rec, comparedLabel, onLocate } = props;
  const { lang } = useLanguage();
  const m = RECONCILE_MESSAGES[lang];
  const styles = useStyles();
  const table = useTableStyles();
  const kronor = (d: Parameters<typeof formatKronor>[0]) => formatKronor(d, lang);
  const header = rec.column.header || rec.column.letter;
  const { unreadable, missing } = rec.notCompared;
  const apart = unreadable.count + missing.count;
  const clean = rec.differing === 0 && apart === 0;

  const existing = (row: ReconcileRow) => {
    if (row.flags.includes('unreadable') && row.address) {
      return (
        <Link
          as="button"
          className={mergeClasses(styles.address, styles.onFlagged)}
          aria-label={`${m.unreadable}: ${m.goToCell(row.address)}`}
          onClick={() => onLocate(row.address!)}
        >
          {row.address}
        </Link>
      );
    }
    if (!row.existing) return <Caption1>{m.missing}</Caption1>;
    return row.flags.includes('notWhole') ? `${kronor(row.existing)} (${m.notWhole})` : kronor(row.existing);
  };

  return (
    <div className={styles.root}>
      <Body1Strong role="status" data-testid="reconcile-summary">
        {clean
          ? m.summaryNone(rec.rows.length)
          : rec.differing === 0
            ? m.summaryNoneCompared(rec.rows.length - apart)
            : m.summary(rec.differing, formatSignedKronor(rec.sumOfDifferences, lang))}
      </Body1Strong>
      {unreadable.count > 0 ? (
        <Caption1 data-testid="reconcile-unreadable">{m.unreadableApart(unreadable.count, kronor(unreadable.computed))}</Caption1>
      ) : null}
      {missing.count > 0 ? (
        <Caption1 data-testid="reconcile-missing">{m.missingApart(missing.count, kronor(missing.computed))}</Caption1>
      ) : null}
      <Caption1 data-testid="reconcile-totals-line">
        {m.totalsLine(kronor(rec.computedTotal), kronor(rec.comparedComputedTotal), kronor(rec.existingTotal))}
      </Caption1>

      {rec.errors.length > 0 ? (
        <ProblemList
          intent="error"
          testId="reconcile-errors"
          title={m.errorsTitle(rec.errors.length)}
          problems={rec.errors}
          onLocate={onLocate}
        />
      ) : null}
      {rec.warnings.length > 0 ? (
        <ProblemList
          intent="warning"
          testId="reconcile-warnings"
          title={m.warningsTitle(rec.warnings.length)}
          problems={rec.warnings}
          onLocate={onLocate}
        />
      ) : null}

      <div className={table.scroll} role="region" aria-label={m.caption(header, comparedLabel)} tabIndex={0}>
        <Table size="extra-small" className={mergeClasses(table.table, table.compact, table.fit)} data-testid="reconcile-table">
          <caption className={table.caption}>
            <Caption1>{m.caption(header, comparedLabel)}</Caption1>
          </caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={table.sticky}>{m.colRegion}</TableHeaderCell>
              <TableHeaderCell className={table.number}>{m.colComputed}</TableHeaderCell>
              <TableHeaderCell className={table.number}>{m.colExisting}</TableHeaderCell>
              <TableHeaderCell className={table.number}>{m.colDifference}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rec.rows.map((row) => {
              const flagged = row.flags.includes('differs') || row.flags.includes('unreadable') || row.flags.includes('missing');
              return (
                <TableRow
                  key={row.code ?? row.name}
                  className={flagged ? table.flagged : undefined}
                  data-testid={`reconcile-row-${row.code ?? row.name}`}
                  data-differs={row.flags.includes('differs')}
                >
                  <TableCell className={mergeClasses(table.sticky, flagged ? table.flagged : undefined)}>{row.name}</TableCell>
                  <TableCell className={table.number}>{kronor(row.computed)}</TableCell>
                  <TableCell className={table.number} data-testid="existing">
                    {existing(row)}
                  </TableCell>
                  <TableCell
                    className={mergeClasses(
                      table.number,
                      row.difference && !row.difference.isZero()
                        ? row.difference.isNegative()
                          ? table.decrease
                          : table.increase
                        : undefined,
                    )}
                    data-testid="difference"
                  >
                    {row.difference ? formatSignedKronor(row.difference, lang) : ''}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
          <tfoot>
            {/* Over the rows compared only, so computed − existing = the difference shown. */}
            <TableRow className={table.totals} data-testid="reconcile-totals">
              <TableCell className={table.sticky}>{apart > 0 ? m.totalsRowCompared(rec.rows.length - apart) : m.totalsRow}</TableCell>
              <TableCell className={table.number}>{kronor(rec.comparedComputedTotal)}</TableCell>
              <TableCell className={table.number}>{kronor(rec.existingTotal)}</TableCell>
              <TableCell className={table.number}>{formatSignedKronor(rec.sumOfDifferences, lang)}</TableCell>
            </TableRow>
            {apart > 0 ? (
              <TableRow data-testid="reconcile-not-compared">
                <TableCell className={table.sticky}>{m.notComparedRow(apart)}</TableCell>
                <TableCell className={table.number}>{kronor(unreadable.computed.plus(missing.computed))}</TableCell>
                <TableCell className={table.number}>–</TableCell>
                <TableCell className={table.number}>–</TableCell>
              </TableRow>
            ) : null}
          </tfoot>
        </Table>
      </div>
    </div>
  );
}

import Decimal from 'decimal.js';
import { Caption1, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { Agreement } from '../../core/agreement/types';
import { formatKronor } from '../../core/format/numbers';
import type { PayoutResult } from '../../core/payout/types';
import { own } from '../../core/agreement/own';
import { useLanguage } from '../language';
import { AssumedBadge } from './AssumedBadge';
import { useTableStyles } from './tableStyles';

/**
 * What the tranches paid to groups of regions (the six RCC regions) come to per group: one column
 * per tranche (a tranche in parts: each part, then its total) and the group's total. The groups'
 * members are named; a grouping the rule file assumes is marked.
 */
export function GroupList({ result, agreement }: { result: PayoutResult; agreement: Agreement }) {
  const { t, lang } = useLanguage();
  const styles = useTableStyles();
  const groups = result.groups ?? [];
  const tranches = result.tranches.filter((tranche) => tranche.recipients === 'groups');
  if (groups.length === 0 || tranches.length === 0) return null;
  const kronor = (d: Decimal | undefined) => formatKronor(d ?? new Decimal(0), lang);
  const columns = tranches.flatMap((tranche) => [
    ...(tranche.parts ?? []).map((part) => ({
      key: `${tranche.id}-${part.id}`,
      header: `${tranche.label[lang]} › ${part.label[lang]}`,
      of: (i: number) => own(own(groups[i].parts, tranche.id), part.id),
      total: part.paid,
    })),
    { key: tranche.id, header: tranche.label[lang], of: (i: number) => own(groups[i].payouts, tranche.id), total: tranche.paid },
  ]);
  const caption = t.groupsCaption(agreement.year);
  const sum = tranches.reduce((s, tranche) => s.plus(tranche.paid), new Decimal(0));
  return (
    <section aria-label={caption} data-testid="group-payouts">
      <Subtitle2 as="h3">{t.groupsHeading}</Subtitle2>
      <div className={styles.scroll} role="region" aria-label={caption} tabIndex={0}>
        <Table size="small" className={styles.table}>
          <caption className={styles.visuallyHidden}>{caption}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.sticky}>{t.colGroup}</TableHeaderCell>
              {columns.map((c) => (
                <TableHeaderCell key={c.key} className={styles.number}>
                  {c.header}
                </TableHeaderCell>
              ))}
              <TableHeaderCell className={styles.number}>{t.colTotal}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {groups.map((group, i) => {
              const assumed = agreement.groups?.find((g) => g.id === group.id)?.assumed;
              return (
                <TableRow key={group.id} data-testid={`group-row-${group.id}`}>
                  <TableCell className={styles.sticky}>
                    {group.name[lang]}
                    {assumed ? <AssumedBadge assumption={assumed} /> : null}
                    <Caption1 as="span" block>
                      {group.members.join(', ')}
                    </Caption1>
                  </TableCell>
                  {columns.map((c) => (
                    <TableCell key={c.key} className={styles.number} data-testid={`group-cell-${c.key}`}>
                      {kronor(c.of(i))}
                    </TableCell>
                  ))}
                  <TableCell className={styles.number}>{kronor(group.total)}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
          <tfoot>
            <TableRow className={styles.totals}>
              <TableCell className={styles.sticky}>{t.totalsRow}</TableCell>
              {columns.map((c) => (
                <TableCell key={c.key} className={styles.number} data-testid={`group-total-${c.key}`}>
                  {kronor(c.total)}
                </TableCell>
              ))}
              <TableCell className={styles.number}>{kronor(sum)}</TableCell>
            </TableRow>
          </tfoot>
        </Table>
      </div>
    </section>
  );
}

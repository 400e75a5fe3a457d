import { memo, useMemo } from 'react';
import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Agreement } from '../../core/agreement/types';
import { formatKronor } from '../../core/format/numbers';
import { outcomeSummary } from '../../core/payout/summary';
import type { PayoutResult } from '../../core/payout/types';
import { useLanguage } from '../language';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

/** The outcome in a sentence or two above the table: who failed, why it matters, how much money moved. */
function OutcomeSummaryView({ result, agreement }: { result: PayoutResult; agreement: Agreement }) {
  const { t, lang } = useLanguage();
  const styles = useStyles();
  // Apportions each conditional tranche again: once per result, not on every render.
  const sentences = useMemo(() => outcomeSummary(agreement, result), [agreement, result]);
  return (
    <div className={styles.root} data-testid="outcome-summary" role="status">
      {sentences.map((sentence, index) => (
        <Body1 key={index}>{sentence[lang]}</Body1>
      ))}
      <Caption1 data-testid="payout-notes">
        {result.tranches
          .filter((tranche) => tranche.note)
          .map((tranche) => `${tranche.label[lang]}: ${tranche.note?.[lang]} `)
          .join('')}
        {t.budgetLine(formatKronor(result.totals.paid, lang), formatKronor(result.totals.budget, lang))}
      </Caption1>
    </div>
  );
}

/** Rendered again only for another result or rule set: switching tabs does not redo a 20 000-row table. */
export const OutcomeSummary = memo(OutcomeSummaryView);

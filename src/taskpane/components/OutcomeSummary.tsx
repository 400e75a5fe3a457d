import { memo } from 'react';
import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Localized } from '../../core/agreement/types';
import { formatKronor } from '../../core/format/numbers';
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

/**
 * The outcome in a sentence or two above the table: who failed, why it matters, how much money moved.
 * The sentences (outcomeSummary) come with the result: they apportion each conditional tranche
 * again, which a 20 000-row table must not do while rendering.
 */
function OutcomeSummaryView({ result, sentences }: { result: PayoutResult; sentences: readonly Localized[] }) {
  const { t, lang } = useLanguage();
  const styles = useStyles();
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

/** Rendered again only for another result: switching tabs does not render it again. */
export const OutcomeSummary = memo(OutcomeSummaryView);

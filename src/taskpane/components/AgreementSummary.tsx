import Decimal from 'decimal.js';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Caption1,
  Link,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Warning16Filled } from '@fluentui/react-icons';
import type { Agreement, Reference, Tranche } from '../../core/agreement/types';
import { formatKronor } from '../../core/format/numbers';
import { useLanguage } from '../language';
import { ConditionList } from './ConditionList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0, fontVariantNumeric: 'tabular-nums' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  tranches: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  tranche: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  trancheHeading: { margin: 0 },
  badge: { alignSelf: 'flex-start' },
});

function ReferenceItem({ reference }: { reference: Reference }) {
  const extra = [reference.date, reference.section].filter(Boolean).join(', ');
  const text = `${reference.id}: ${reference.title}${extra ? ` (${extra})` : ''}`;
  return (
    <li>
      {reference.url ? (
        <Link href={reference.url} target="_blank" rel="noreferrer">
          {text}
        </Link>
      ) : (
        text
      )}
    </li>
  );
}

function TrancheItem({ tranche, agreement }: { tranche: Tranche; agreement: Agreement }) {
  const { t, lang } = useLanguage();
  const styles = useStyles();
  return (
    <li className={styles.tranche} data-testid={`tranche-${tranche.id}`}>
      <Subtitle2 as="h4" className={styles.trancheHeading}>
        {`${tranche.label[lang]}: ${formatKronor(new Decimal(tranche.amount), lang)}`}
      </Subtitle2>
      {tranche.conditionsAssumed ? (
        <Badge className={styles.badge} color="warning" icon={<Warning16Filled />} title={t.conditionsAssumedHint}>
          {t.conditionsAssumed}
        </Badge>
      ) : null}
      {tranche.description ? <Caption1>{tranche.description[lang]}</Caption1> : null}
      {tranche.conditions ? (
        <>
          <ConditionList tree={tranche.conditions} facts={agreement.facts} />
          <Caption1>{tranche.onFailure === 'withhold' ? t.onFailureWithhold : t.onFailureRedistribute}</Caption1>
        </>
      ) : (
        <Body1>{t.unconditional}</Body1>
      )}
    </li>
  );
}

/** What the chosen agreement says: title, year, sources, budget, tranches and their conditions. */
export function AgreementSummary({ agreement }: { agreement: Agreement }) {
  const { t, lang } = useLanguage();
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid="agreement-summary">
      <Subtitle2 as="h3">{agreement.title[lang]}</Subtitle2>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t.year}</dt>
        <dd className={styles.detail}>{agreement.year}</dd>
        <dt className={styles.term}>{t.budget}</dt>
        <dd className={styles.detail}>{formatKronor(new Decimal(agreement.budget), lang)}</dd>
      </dl>
      <Subtitle2 as="h3">{t.tranches}</Subtitle2>
      <ul className={styles.tranches}>
        {agreement.tranches.map((tranche) => (
          <TrancheItem key={tranche.id} tranche={tranche} agreement={agreement} />
        ))}
      </ul>
      {/* The long texts are one click away, so the table and preview stay near the top of a narrow pane. */}
      <Accordion collapsible>
        <AccordionItem value="details">
          <AccordionHeader as="h3" size="small">
            {t.aboutAgreement}
          </AccordionHeader>
          <AccordionPanel>
            {agreement.description ? <Body1 as="p">{agreement.description[lang]}</Body1> : null}
            <Subtitle2 as="h4">{t.references}</Subtitle2>
            <ul className={styles.list}>
              {agreement.references.map((reference) => (
                <ReferenceItem key={reference.id} reference={reference} />
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}

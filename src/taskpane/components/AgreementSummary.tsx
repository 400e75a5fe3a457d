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
import type { Agreement, AssumedField, Basis, FactDeclaration, Reference, Tranche, TranchePart } from '../../core/agreement/types';
import { assumptionFor, itemAssumptions } from '../../core/agreement/assumptions';
import { basisPhrase, partBasis } from '../../core/agreement/basis';
import { fractionText, partAmounts, shareFraction } from '../../core/agreement/parts';
import { formatKronor } from '../../core/format/numbers';
import { useLanguage } from '../language';
import { AssumedBadge } from './AssumedBadge';
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
  partHeading: { fontWeight: tokens.fontWeightSemibold },
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

/** The assumptions about an item's fields other than its conditions (amount, basis, …) and about the whole item. */
function FieldBadges({ item, skip }: { item: Tranche | TranchePart; skip: AssumedField[] }) {
  const shown = itemAssumptions(item).filter((a) => !a.about || a.about.some((f) => !skip.includes(f)));
  return (
    <>
      {shown.map((assumption, i) => (
        <AssumedBadge key={i} assumption={assumption} explain />
      ))}
    </>
  );
}

/** How an item is split: the basis in words, and a base amount first. */
function BasisLines({
  basis,
  baseAmount,
  facts,
  conditional,
}: {
  basis: Basis;
  baseAmount?: number;
  facts: FactDeclaration[];
  conditional: boolean;
}) {
  const { t, lang } = useLanguage();
  const phrase = basisPhrase(basis, facts)[lang];
  return (
    <>
      {conditional ? <Caption1>{t.basisLine(phrase)}</Caption1> : <Body1>{t.unconditionalBy(phrase)}</Body1>}
      {baseAmount !== undefined ? <Caption1>{t.baseAmountLine(formatKronor(new Decimal(baseAmount), lang))}</Caption1> : null}
    </>
  );
}

function PartItem({ tranche, part, amount, agreement }: { tranche: Tranche; part: TranchePart; amount: Decimal; agreement: Agreement }) {
  const { t, lang } = useLanguage();
  const styles = useStyles();
  const share = part.amount === undefined ? shareFraction(part.share) : null;
  const conditional = part.conditions !== undefined || tranche.conditions !== undefined;
  return (
    <li className={styles.tranche} data-testid={`part-${tranche.id}-${part.id}`}>
      <Body1 className={styles.partHeading}>
        {`${part.label[lang]}: ${formatKronor(amount, lang)}${share ? ` (${t.partShare(fractionText(share))})` : ''}`}
      </Body1>
      <FieldBadges item={part} skip={[]} />
      {part.description ? <Caption1>{part.description[lang]}</Caption1> : null}
      <BasisLines basis={partBasis(tranche, part)} baseAmount={part.baseAmount} facts={agreement.facts} conditional={conditional} />
      {part.conditions ? (
        <>
          <Caption1>{t.partConditions}</Caption1>
          <ConditionList tree={part.conditions} facts={agreement.facts} />
          <Caption1>{(part.onFailure ?? tranche.onFailure) === 'withhold' ? t.onFailureWithhold : t.onFailureRedistribute}</Caption1>
        </>
      ) : null}
    </li>
  );
}

function TrancheItem({ tranche, agreement }: { tranche: Tranche; agreement: Agreement }) {
  const { t, lang } = useLanguage();
  const styles = useStyles();
  const conditionsAssumed = assumptionFor(tranche, 'conditions');
  const conditional = tranche.conditions !== undefined || (tranche.parts ?? []).some((p) => p.conditions);
  const amounts = tranche.parts ? partAmounts(tranche).amounts : [];
  const groups = tranche.recipients === 'groups' ? (agreement.groups ?? []).map((g) => g.name[lang]).join(', ') : null;
  return (
    <li className={styles.tranche} data-testid={`tranche-${tranche.id}`}>
      <Subtitle2 as="h4" className={styles.trancheHeading}>
        {`${tranche.label[lang]}: ${formatKronor(new Decimal(tranche.amount), lang)}`}
      </Subtitle2>
      {tranche.conditions && conditionsAssumed ? (
        <Badge
          className={styles.badge}
          color="warning"
          icon={<Warning16Filled />}
          title={
            conditionsAssumed.source === 'conditionsAssumed'
              ? t.conditionsAssumedHint
              : t.assumedHint(conditionsAssumed.why[lang], conditionsAssumed.source)
          }
        >
          {t.conditionsAssumed}
        </Badge>
      ) : null}
      <FieldBadges item={tranche} skip={tranche.conditions ? ['conditions'] : []} />
      {tranche.description ? <Caption1>{tranche.description[lang]}</Caption1> : null}
      {groups ? <Caption1>{t.toGroups(groups)}</Caption1> : null}
      {tranche.parts ? null : (
        <BasisLines
          basis={tranche.basis}
          baseAmount={tranche.baseAmount}
          facts={agreement.facts}
          conditional={tranche.conditions !== undefined}
        />
      )}
      {tranche.conditions ? (
        <>
          <ConditionList tree={tranche.conditions} facts={agreement.facts} />
          <Caption1>{tranche.onFailure === 'withhold' ? t.onFailureWithhold : t.onFailureRedistribute}</Caption1>
        </>
      ) : null}
      {tranche.parts ? (
        <>
          <Body1 className={styles.partHeading}>{t.partsHeading}</Body1>
          <ul className={styles.tranches}>
            {tranche.parts.map((part, p) => (
              <PartItem key={part.id} tranche={tranche} part={part} amount={amounts[p]} agreement={agreement} />
            ))}
          </ul>
        </>
      ) : null}
      {!conditional && tranche.parts ? <Body1>{t.unconditionalBy(basisPhrase(tranche.basis, agreement.facts)[lang])}</Body1> : null}
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

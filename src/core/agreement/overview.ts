import Decimal from 'decimal.js';
import type { Agreement, Assumption, ConditionNode, ConditionTree, FactDeclaration, Localized, Tranche, TranchePart } from './types';
import { isLeaf, nodeChildren } from './types';
import { assumedItems, assumedWhat, itemAssumptions, nodeAssumption, type AssumedItem } from './assumptions';
import type { AssumedField } from './types';
import { basisPhrase, partBasis } from './basis';
import { fractionText, partAmounts, shareFraction } from './parts';
import { describeRequirement } from '../evaluation/phrases';
import { formatKronor } from '../format/numbers';
import { counted, localized } from '../i18n';

/** One line of an agreement in words, indented under the line it belongs to. */
export interface OverviewLine {
  depth: number;
  text: Localized;
  /** The line shows something the rule file assumes: why, and on what. */
  assumed?: Assumption;
}

export interface AgreementOverview {
  lines: OverviewLine[];
  /** Every assumed item, in file order. */
  assumed: AssumedItem[];
}

/** The assumption about one field of an item (not one about the item as a whole). */
const about = (item: Tranche | TranchePart, field: AssumedField) => itemAssumptions(item).find((a) => a.about?.includes(field));
/** The assumption about the item as a whole, else about its amount: shown on its first line. */
const headline = (item: Tranche | TranchePart) => itemAssumptions(item).find((a) => !a.about) ?? about(item, 'amount');
const kr = (n: number | Decimal): Localized => {
  const d = n instanceof Decimal ? n : new Decimal(n);
  return { sv: formatKronor(d, 'sv'), en: formatKronor(d, 'en') };
};

/** A condition (leaf or group) in words: "Inklusion minst 70 %", "Minst 12 av 13 villkor". */
export function describeNode(node: ConditionNode | ConditionTree, facts: readonly FactDeclaration[]): Localized {
  if (node.label && !isLeaf(node as ConditionNode)) return node.label;
  if (isLeaf(node as ConditionNode)) {
    const leaf = node as Extract<ConditionNode, { fact: string }>;
    const fact = facts.find((f) => f.id === leaf.fact);
    if (!fact) return localized(`${leaf.fact} ${leaf.operator}`, `${leaf.fact} ${leaf.operator}`);
    return describeRequirement(leaf, fact, facts);
  }
  if ('all' in node) return localized('Alla villkor ska vara uppfyllda', 'All conditions must be met');
  if ('any' in node) return localized('Minst ett villkor ska vara uppfyllt', 'At least one condition must be met');
  if ('atLeast' in node)
    return localized(
      `Minst ${node.atLeast} av ${node.of.length} villkor ska vara uppfyllda`,
      `At least ${node.atLeast} of ${node.of.length} conditions must be met`,
    );
  return localized('Följande får inte gälla', 'The following must not hold');
}

/**
 * The agreement in words, as `kvot check` prints it and the pane shows it: budget, every tranche
 * with its amount, basis, base amount, recipients, parts and conditions, and what is assumed.
 */
export function agreementOverview(agreement: Agreement): AgreementOverview {
  const lines: OverviewLine[] = [];
  const facts = agreement.facts;
  const push = (depth: number, text: Localized, assumed?: Assumption) => lines.push(assumed ? { depth, text, assumed } : { depth, text });
  const regions = agreement.regions?.length;
  const groups = agreement.groups?.length;
  push(0, {
    sv: `Budget ${kr(agreement.budget).sv}${regions ? `, ${counted('sv', regions, { one: 'region', other: 'regioner' })}` : ''}${groups ? `, ${counted('sv', groups, { one: 'grupp', other: 'grupper' })}` : ''}`,
    en: `Budget ${kr(agreement.budget).en}${regions ? `, ${counted('en', regions, { one: 'region', other: 'regions' })}` : ''}${groups ? `, ${counted('en', groups, { one: 'group', other: 'groups' })}` : ''}`,
  });
  for (const group of agreement.groups ?? []) {
    const names = group.regions.map((code) => agreement.regions?.find((r) => r.code === code)?.name ?? code).join(', ');
    push(1, { sv: `${group.name.sv}: ${names}`, en: `${group.name.en}: ${names}` }, group.assumed);
  }

  const conditions = (tree: ConditionTree | undefined, depth: number) => {
    if (!tree) return;
    const walk = (node: ConditionNode | ConditionTree, d: number) => {
      const text = describeNode(node, facts);
      const assumed = nodeAssumption(node);
      if (isLeaf(node as ConditionNode)) return push(d, text, assumed);
      push(d, { sv: `${text.sv}:`, en: `${text.en}:` }, assumed);
      for (const child of nodeChildren(node)) walk(child, d + 1);
    };
    walk(tree, depth);
  };

  const payLine = (item: Tranche | TranchePart, tranche: Tranche, depth: number) => {
    const basis = 'parts' in item && item.parts ? null : item === tranche ? tranche.basis : partBasis(tranche, item as TranchePart);
    const bits: Localized[] = [];
    if (basis) bits.push(basisPhrase(basis, facts));
    if (item.baseAmount !== undefined)
      bits.push({
        sv: `först ${kr(item.baseAmount).sv} till varje mottagare som får del`,
        en: `first ${kr(item.baseAmount).en} to every recipient paid`,
      });
    if (bits.length > 0)
      push(
        depth,
        { sv: capital(bits.map((b) => b.sv).join(', ')), en: capital(bits.map((b) => b.en).join(', ')) },
        about(item, 'basis') ?? about(item, 'baseAmount'),
      );
  };

  agreement.tranches.forEach((tranche) => {
    const toGroups = tranche.recipients === 'groups';
    push(
      0,
      {
        sv: `${tranche.label.sv}: ${kr(tranche.amount).sv}${toGroups ? ' till grupperna' : ''}`,
        en: `${tranche.label.en}: ${kr(tranche.amount).en}${toGroups ? ' to the groups' : ''}`,
      },
      headline(tranche),
    );
    payLine(tranche, tranche, 1);
    if (tranche.conditions) {
      push(1, localized('Villkor:', 'Conditions:'), about(tranche, 'conditions'));
      conditions(tranche.conditions, 2);
      push(1, failureLine(tranche.onFailure), about(tranche, 'onFailure'));
    } else if (!tranche.parts || !tranche.parts.some((p) => p.conditions)) {
      push(1, localized('Utan villkor', 'Without conditions'));
    }
    if (!tranche.parts) return;
    const { amounts } = partAmounts(tranche);
    tranche.parts.forEach((part, p) => {
      const share = part.amount === undefined ? shareFraction(part.share) : null;
      const of = share
        ? { sv: ` (${fractionText(share)} av utbetalningen)`, en: ` (${fractionText(share)} of the tranche)` }
        : { sv: '', en: '' };
      push(
        1,
        { sv: `${part.label.sv}: ${kr(amounts[p]).sv}${of.sv}`, en: `${part.label.en}: ${kr(amounts[p]).en}${of.en}` },
        headline(part),
      );
      payLine(part, tranche, 2);
      if (part.conditions) {
        push(2, localized('Villkor (utöver utbetalningens):', "Conditions (besides the tranche's):"), about(part, 'conditions'));
        conditions(part.conditions, 3);
        push(
          2,
          failureLine(part.onFailure ?? tranche.onFailure),
          about(part, 'onFailure') ?? (part.onFailure ? undefined : about(tranche, 'onFailure')),
        );
      }
    });
  });

  const assumed = assumedItems(agreement.groups, agreement.tranches, (node) => describeNode(node, facts));
  return { lines, assumed };
}

function failureLine(policy: Tranche['onFailure']): Localized {
  return policy === 'withhold'
    ? localized(
        'Den som inte uppfyller villkoren får inget; dess andel hålls inne.',
        'Recipients that fail get nothing; their share is withheld.',
      )
    : localized(
        'Den som inte uppfyller villkoren får inget; hela beloppet fördelas mellan de övriga.',
        'Recipients that fail get nothing; the whole amount is split among the others.',
      );
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Antaget: beloppet – <why> (källa: …)": an assumption in one line. */
export function assumptionLine(assumption: Assumption): Localized {
  const what = assumedWhat(assumption);
  return {
    sv: `${capital(what.sv)} – ${assumption.why.sv} (källa: ${assumption.source})`,
    en: `${capital(what.en)} – ${assumption.why.en} (source: ${assumption.source})`,
  };
}

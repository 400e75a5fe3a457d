import type { AssumedField, Agreement, Basis, Localized, Tranche, TranchePart } from './types';
import type { RuleProblem } from './problems';
import { checkConditionTree } from './conditionChecks';
import { isWeightBasis } from './basis';
import { fractionText, partAmounts, shareFraction } from './parts';
import { sameRegionCode } from '../table/regionName';
import { formatKronor } from '../format/numbers';
import Decimal from 'decimal.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fields an assumption may name, per kind of item. */
const ASSUMABLE: Record<'tranche' | 'part' | 'group', readonly AssumedField[]> = {
  tranche: ['amount', 'basis', 'baseAmount', 'conditions', 'onFailure', 'parts'],
  part: ['amount', 'basis', 'baseAmount', 'conditions', 'onFailure'],
  group: ['regions'],
};

/**
 * The checks on what a tranche pays and to whom, that a schema cannot make: bases read declared
 * numeric facts, base amounts fit the tranche, parts add up to it exactly, groups name listed
 * regions, and assumptions name fields their item has.
 */
export function checkTranches(agreement: Agreement): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const add = (pointer: string, message: Localized) => problems.push({ pointer, message });
  problems.push(...checkGroups(agreement));

  agreement.tranches.forEach((tranche, t) => {
    const at = `/tranches/${t}`;
    const groups = tranche.recipients === 'groups';
    if (groups && !agreement.groups) add(`${at}/recipients`, messages.noGroups());
    if (groups && tranche.conditions) add(`${at}/conditions`, messages.groupConditions());
    const recipients = groups ? agreement.groups?.length : agreement.regions?.length;
    checkBasis(agreement, tranche.basis, `${at}/basis`, groups, problems);
    checkBaseAmount(tranche.baseAmount, tranche.amount, recipients, groups, `${at}/baseAmount`, problems);
    checkAssumption(tranche, 'tranche', at, problems);

    const names = new Map<string, string>();
    // The tranche's names are taken first, so a part's condition never reuses one (checkAgreement reports the tranche's own problems).
    collectNames(tranche.conditions, `${at}/conditions`, names);
    const parts = tranche.parts;
    if (!parts) return;
    duplicates(parts.map((p) => p.id)).forEach((i) => add(`${at}/parts/${i}/id`, messages.duplicatePart(parts[i].id)));
    const amounts = partAmounts(tranche);
    parts.forEach((part, p) => {
      const pat = `${at}/parts/${p}`;
      const hasAmount = part.amount !== undefined;
      const hasShare = part.share !== undefined;
      if (hasAmount === hasShare) add(pat, hasAmount ? messages.amountAndShare() : messages.noAmount());
      else if (hasShare && typeof part.share === 'string' && /^\d+\/\d+$/.test(part.share) && !shareFraction(part.share))
        add(`${pat}/share`, messages.badShare(part.share));
      if (groups && part.conditions) add(`${pat}/conditions`, messages.groupConditions());
      if (part.basis !== undefined) checkBasis(agreement, part.basis, `${pat}/basis`, groups, problems);
      checkBaseAmount(part.baseAmount, amounts.amounts[p]?.toNumber() ?? 0, recipients, groups, `${pat}/baseAmount`, problems);
      checkAssumption(part, 'part', pat, problems);
      if (part.conditions) problems.push(...checkConditionTree(part.conditions, `${pat}/conditions`, agreement.facts, names));
      const conditional = part.conditions !== undefined || tranche.conditions !== undefined;
      if (part.conditions && !part.onFailure && !tranche.onFailure) add(pat, messages.partOnFailure());
      if (part.onFailure && !conditional) add(`${pat}/onFailure`, messages.partOnFailureWithout());
    });
    checkPartSum(tranche, amounts, at, problems);
  });
  return problems;
}

function collectNames(tree: unknown, at: string, names: Map<string, string>): void {
  const stack: { node: unknown; at: string }[] = [{ node: tree, at }];
  while (stack.length > 0) {
    const { node, at: here } = stack.pop()!;
    if (!isObject(node)) continue;
    if (typeof node.name === 'string' && 'fact' in node && !names.has(node.name)) names.set(node.name, here);
    for (const key of ['all', 'any', 'of'] as const)
      if (Array.isArray(node[key])) (node[key] as unknown[]).forEach((c, i) => stack.push({ node: c, at: `${here}/${key}/${i}` }));
    if ('not' in node) stack.push({ node: node.not, at: `${here}/not` });
  }
}

/** Σ fixed + Σ shares × amount = amount, exactly. */
function checkPartSum(tranche: Tranche, amounts: ReturnType<typeof partAmounts>, at: string, problems: RuleProblem[]): void {
  if (!Number.isSafeInteger(tranche.amount)) return;
  const amount = BigInt(tranche.amount);
  const { n, d } = amounts.shareSum;
  // Shares alone must make the whole tranche (1), whatever its amount (even 0 kr, a placeholder);
  // with amounts beside them: fixed + n/d · amount == amount  ⇔  fixed·d + n·amount == amount·d.
  if (amounts.fixed === 0n && n > 0n ? n === d : amounts.fixed * d + n * amount === amount * d) return;
  const kronor = (k: bigint, lang: 'sv' | 'en') => formatKronor(new Decimal(k.toString()), lang);
  const shares = n === 0n ? null : fractionText({ n: n / gcd(n, d), d: d / gcd(n, d) });
  problems.push({
    pointer: `${at}/parts`,
    message:
      shares === null
        ? {
            sv: `Delarnas belopp (${kronor(amounts.fixed, 'sv')}) summerar inte till utbetalningen (${kronor(amount, 'sv')}).`,
            en: `The parts' amounts (${kronor(amounts.fixed, 'en')}) do not add up to the tranche (${kronor(amount, 'en')}).`,
          }
        : {
            sv: `Delarna summerar inte till utbetalningen (${kronor(amount, 'sv')}): belopp ${kronor(amounts.fixed, 'sv')} och andelar ${shares} av utbetalningen.`,
            en: `The parts do not add up to the tranche (${kronor(amount, 'en')}): amounts ${kronor(amounts.fixed, 'en')} and shares ${shares} of the tranche.`,
          },
  });
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

function checkBasis(agreement: Agreement, basis: Basis, at: string, groups: boolean, problems: RuleProblem[]): void {
  if (!isWeightBasis(basis)) return;
  const read = [{ id: basis.fact, at: `${at}/fact` }, ...(basis.minus === undefined ? [] : [{ id: basis.minus, at: `${at}/minus` }])];
  const types = new Set<string>();
  for (const { id, at: here } of read) {
    const fact = agreement.facts.find((f) => f.id === id);
    if (!fact) {
      problems.push({
        pointer: here,
        message: messages.unknownFact(
          id,
          agreement.facts.map((f) => f.id),
        ),
      });
      continue;
    }
    types.add(fact.type);
    if ((fact.type !== 'number' && fact.type !== 'percent') || fact.role === 'regionCode' || fact.role === 'regionName') {
      problems.push({ pointer: here, message: messages.notNumeric(id, fact.type) });
    } else if (groups && fact.type === 'percent') {
      problems.push({ pointer: here, message: messages.percentForGroups(id) });
    } else if (!fact.required) {
      problems.push({ pointer: here, message: messages.optionalWeight(id) });
    }
  }
  if (types.size > 1) problems.push({ pointer: `${at}/minus`, message: messages.mixedTypes(basis.fact, String(basis.minus)) });
}

function checkBaseAmount(
  base: number | undefined,
  amount: number,
  recipients: number | undefined,
  groups: boolean,
  at: string,
  problems: RuleProblem[],
): void {
  if (base === undefined || !Number.isSafeInteger(base)) return;
  if (recipients === undefined) {
    problems.push({ pointer: at, message: groups ? messages.noGroups() : messages.baseWithoutRegions() });
    return;
  }
  if (!Number.isSafeInteger(amount)) return;
  if (BigInt(base) * BigInt(recipients) > BigInt(amount)) {
    problems.push({ pointer: at, message: messages.baseTooLarge(base, recipients, amount, groups) });
  }
}

function checkAssumption(item: Tranche | TranchePart, kind: 'tranche' | 'part', at: string, problems: RuleProblem[]): void {
  const assumed = item.assumed as unknown;
  if (!isObject(assumed)) return;
  const about = Array.isArray(assumed.about) ? assumed.about : [];
  about.forEach((field, i) => {
    if (typeof field !== 'string') return;
    if (!ASSUMABLE[kind].includes(field as AssumedField)) {
      problems.push({ pointer: `${at}/assumed/about/${i}`, message: messages.notAssumable(field, ASSUMABLE[kind]) });
    } else if (!hasField(item, field as AssumedField)) {
      problems.push({ pointer: `${at}/assumed/about/${i}`, message: messages.fieldAbsent(field) });
    }
  });
  checkOneLine(assumed.why, `${at}/assumed/why`, problems);
}

function checkOneLine(why: unknown, at: string, problems: RuleProblem[]): void {
  if (!isObject(why)) return;
  for (const lang of ['sv', 'en'] as const) {
    if (typeof why[lang] === 'string' && /[\r\n]/.test(why[lang])) problems.push({ pointer: `${at}/${lang}`, message: messages.oneLine() });
  }
}

const hasField = (item: Tranche | TranchePart, field: AssumedField): boolean => {
  switch (field) {
    case 'amount':
      return true;
    case 'basis':
      return 'basis' in item && item.basis !== undefined;
    case 'baseAmount':
      return item.baseAmount !== undefined;
    case 'conditions':
      return item.conditions !== undefined;
    case 'onFailure':
      return item.onFailure !== undefined;
    case 'parts':
      return 'parts' in item && item.parts !== undefined;
    default:
      return false;
  }
};

function checkGroups(agreement: Agreement): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const groups = agreement.groups;
  if (!groups) return problems;
  duplicates(groups.map((g) => g.id)).forEach((i) =>
    problems.push({ pointer: `/groups/${i}/id`, message: messages.duplicateGroup(groups[i].id) }),
  );
  const listing = agreement.regions;
  const member = new Map<string, number>();
  groups.forEach((group, g) => {
    checkOneLine((group.assumed as unknown as Json | undefined)?.why, `/groups/${g}/assumed/why`, problems);
    const about = group.assumed?.about ?? [];
    about.forEach((field, i) => {
      if (!ASSUMABLE.group.includes(field))
        problems.push({ pointer: `/groups/${g}/assumed/about/${i}`, message: messages.notAssumable(field, ASSUMABLE.group) });
    });
    group.regions.forEach((code, r) => {
      const at = `/groups/${g}/regions/${r}`;
      if (!listing) {
        if (g === 0 && r === 0) problems.push({ pointer: '/groups', message: messages.groupsWithoutRegions() });
        return;
      }
      const listed = listing.find((l) => sameRegionCode(l.code, code));
      if (!listed) {
        problems.push({ pointer: at, message: messages.unlistedCode(code) });
        return;
      }
      const earlier = member.get(listed.code);
      if (earlier !== undefined) problems.push({ pointer: at, message: messages.inTwoGroups(listed.name, groups[earlier].id) });
      else member.set(listed.code, g);
    });
  });
  return problems;
}

function duplicates(ids: string[]): number[] {
  return ids.flatMap((id, i) => (ids.indexOf(id) !== i ? [i] : []));
}

const messages = {
  noGroups: (): Localized => ({
    sv: 'Utbetalningen går till grupper ("recipients": "groups"), men regelfilen har ingen lista "groups".',
    en: 'The tranche pays groups ("recipients": "groups"), but the rule file has no "groups" list.',
  }),
  groupConditions: (): Localized => ({
    sv: 'Villkor prövas per region i tabellen; en utbetalning till grupper kan inte ha villkor.',
    en: 'Conditions are checked per region of the table; a tranche paid to groups cannot have conditions.',
  }),
  duplicatePart: (id: string): Localized => ({ sv: `Delen "${id}" finns två gånger.`, en: `The part "${id}" appears twice.` }),
  duplicateGroup: (id: string): Localized => ({ sv: `Gruppen "${id}" finns två gånger.`, en: `The group "${id}" appears twice.` }),
  amountAndShare: (): Localized => ({
    sv: 'En del anger antingen "amount" (kronor) eller "share" (andel av utbetalningen), inte båda.',
    en: 'A part gives either "amount" (kronor) or "share" (a share of the tranche), not both.',
  }),
  noAmount: (): Localized => ({
    sv: 'Delen saknar belopp: ange "amount" (kronor) eller "share" (andel av utbetalningen, t.ex. "1/3").',
    en: 'The part has no amount: give "amount" (kronor) or "share" (a share of the tranche, e.g. "1/3").',
  }),
  badShare: (share: string): Localized => ({
    sv: `Andelen ${share} är ingen andel av utbetalningen: den ska vara större än 0 och högst 1, t.ex. 1/3.`,
    en: `The share ${share} is no share of the tranche: it must be above 0 and at most 1, e.g. 1/3.`,
  }),
  partOnFailure: (): Localized => ({
    sv: 'En villkorad del ska ange "onFailure": "redistribute" eller "withhold" (här eller på utbetalningen).',
    en: 'A conditional part must state "onFailure": "redistribute" or "withhold" (here or on the tranche).',
  }),
  partOnFailureWithout: (): Localized => ({
    sv: 'Villkor saknas: delen anger onFailure men varken den eller utbetalningen har "conditions".',
    en: 'Missing conditions: the part states onFailure but neither it nor the tranche has "conditions".',
  }),
  unknownFact: (id: string, declared: string[]): Localized => ({
    sv: `Okänt faktum "${id}". Deklarerade: ${declared.join(', ')}.`,
    en: `Unknown fact "${id}". Declared: ${declared.join(', ')}.`,
  }),
  notNumeric: (id: string, type: string): Localized => ({
    sv: `Fördelningsgrunden ska vara ett tal per mottagare; "${id}" är av typen ${type}.`,
    en: `The basis must be a number per recipient; "${id}" is of type ${type}.`,
  }),
  percentForGroups: (id: string): Localized => ({
    sv: `En grupps vikt är summan av dess regioners; andelar ("${id}" är procent) kan inte summeras. Använd ett antal.`,
    en: `A group's weight is the sum of its regions'; shares ("${id}" is a percentage) cannot be summed. Use a count.`,
  }),
  optionalWeight: (id: string): Localized => ({
    sv: `Fördelningsgrunden läser "${id}", som är valfritt: utan kolumnen kan inget fördelas. Gör faktumet obligatoriskt ("required": true).`,
    en: `The basis reads "${id}", which is optional: without its column nothing can be split. Make the fact required ("required": true).`,
  }),
  mixedTypes: (a: string, b: string): Localized => ({
    sv: `"${a}" och "${b}" är av olika typ; en skillnad kräver samma typ.`,
    en: `"${a}" and "${b}" are of different types; a difference needs the same type.`,
  }),
  baseWithoutRegions: (): Localized => ({
    sv: 'Ett grundbelopp per mottagare kräver att regelfilen listar mottagarna ("regions"), så att det går att se att det ryms.',
    en: 'A base amount per recipient needs the rule file to list the recipients ("regions"), so that it can be seen to fit.',
  }),
  baseTooLarge: (base: number, count: number, amount: number, groups: boolean): Localized => ({
    sv: `Grundbeloppet ${formatKronor(new Decimal(base), 'sv')} till ${count} ${groups ? 'grupper' : 'regioner'} är mer än beloppet ${formatKronor(new Decimal(amount), 'sv')}.`,
    en: `The base amount ${formatKronor(new Decimal(base), 'en')} to ${count} ${groups ? 'groups' : 'regions'} is more than the amount ${formatKronor(new Decimal(amount), 'en')}.`,
  }),
  notAssumable: (field: string, allowed: readonly string[]): Localized => ({
    sv: `"${field}" kan inte antas här; möjliga: ${allowed.join(', ')}.`,
    en: `"${field}" cannot be assumed here; possible: ${allowed.join(', ')}.`,
  }),
  fieldAbsent: (field: string): Localized => ({
    sv: `Antagandet gäller "${field}", som inte finns här.`,
    en: `The assumption is about "${field}", which is not here.`,
  }),
  oneLine: (): Localized => ({ sv: 'Skälet ska vara en rad.', en: 'The reason must be one line.' }),
  groupsWithoutRegions: (): Localized => ({
    sv: 'Grupperna anger regioner med kod; regelfilen behöver då listan "regions" med koderna.',
    en: 'The groups name regions by code; the rule file then needs the "regions" list with the codes.',
  }),
  unlistedCode: (code: string): Localized => ({
    sv: `Koden "${code}" finns inte i regelfilens "regions".`,
    en: `The code "${code}" is not in the rule file's "regions".`,
  }),
  inTwoGroups: (name: string, other: string): Localized => ({
    sv: `${name} ingår redan i gruppen "${other}"; en region hör till högst en grupp.`,
    en: `${name} already belongs to the group "${other}"; a region belongs to at most one group.`,
  }),
};

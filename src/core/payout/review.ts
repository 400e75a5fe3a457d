import type { Agreement, ConditionNode, Localized, Tranche } from '../agreement/types';
import { isLeaf, nodeChildren } from '../agreement/types';
import type { TableWarning, WarningCode } from '../table/types';
import { formatKronor } from '../format/numbers';
import type { PayoutResult } from './types';

/**
 * Outcomes that are legal but unusual enough that a person must look before money moves: a whole
 * tranche withheld, or one condition failed by more than half of the regions (often a misread
 * column or a wrong threshold rather than a bad year). Each names the cells behind it.
 */
export function reviewPayouts(agreement: Agreement, result: PayoutResult): TableWarning[] {
  const warnings: TableWarning[] = [];
  const regions = result.regions;
  if (regions.length === 0) return warnings;

  // Without a list of recipients nothing tells a subtotal ("Norra sjukvårdsregionen") or a missing
  // region from the real thing: the officer must look at the rows.
  if (!agreement.regions || agreement.regions.length === 0) {
    warnings.push(
      warning('unlisted-regions', [regions[0].region.address], {
        sv: `Reglerna (${agreement.id}) listar inte överenskommelsens regioner, så Kvot kan inte se om en rad är en delsumma eller om en region saknas: kontrollera de ${regions.length} raderna`,
        en: `The rules (${agreement.id}) do not list the agreement's regions, so Kvot cannot tell a subtotal row or a missing region: check the ${regions.length} rows`,
      }),
    );
  }

  for (const tranche of result.tranches) {
    if (tranche.amount.isZero() || !tranche.paid.isZero()) continue;
    const cells = regions.filter((r) => !r.eligible[tranche.id]).map((r) => r.region.address);
    warnings.push(
      warning('withheld', cells, {
        sv: `Hela ${tranche.label.sv} (${formatKronor(tranche.amount, 'sv')}) hålls inne: ingen region uppfyller villkoren`,
        en: `All of ${tranche.label.en} (${formatKronor(tranche.amount, 'en')}) is withheld: no region meets the conditions`,
      }),
    );
  }

  for (const tranche of agreement.tranches) {
    // The rows (and the fact) failing each condition; cell addresses only for a condition that warns.
    const failing = new Map<string, { label: Localized; rows: number[]; facts: string[] }>();
    // A condition on no money (a tranche or part of 0 kr, a placeholder) moves nothing: not asked about.
    const trancheResult = result.tranches.find((t) => t.id === tranche.id);
    const noMoney = (partId: string | undefined) =>
      partId === undefined ? tranche.amount === 0 : (trancheResult?.parts?.find((p) => p.id === partId)?.amount.isZero() ?? false);
    regions.forEach((payout, i) => {
      for (let o = 0; o < payout.outcomes.length; o++) {
        const outcome = payout.outcomes[o];
        if (outcome.trancheId !== tranche.id || outcome.passed || noMoney(outcome.partId)) continue;
        let entry = failing.get(outcome.name);
        if (!entry) {
          entry = { label: conditionLabel(agreement, tranche, outcome.name, outcome.fact), rows: [], facts: [] };
          failing.set(outcome.name, entry);
        }
        entry.rows.push(i);
        entry.facts.push(outcome.fact);
      }
    });
    for (const { label, rows, facts } of failing.values()) {
      if (rows.length * 2 <= regions.length) continue;
      const cells = rows.map((row, k) => regions[row].region.cells[facts[k]] ?? regions[row].region.address);
      warnings.push(
        warning('widespread-failure', cells, {
          sv: `Villkoret "${label.sv}" för ${tranche.label.sv} är inte uppfyllt för ${cells.length} av ${regions.length} regioner: stämmer kolumnen och kravet?`,
          en: `The condition "${label.en}" of ${tranche.label.en} is not met by ${cells.length} of ${regions.length} regions: are the column and the requirement right?`,
        }),
      );
    }
  }
  return warnings;
}

const warning = (code: WarningCode, cells: string[], message: Localized): TableWarning => ({
  address: cells[0] ?? '',
  code,
  message,
  cells,
});

/** The condition's own label, else its fact's label, else its name. */
function conditionLabel(agreement: Agreement, tranche: Tranche, name: string, factId: string): Localized {
  const trees = [tranche.conditions, ...(tranche.parts ?? []).map((p) => p.conditions)].filter((t) => t !== undefined);
  const stack: ConditionNode[] = trees.map((t) => t as ConditionNode);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isLeaf(node)) {
      if (node.name === name && node.label) return node.label;
    } else stack.push(...nodeChildren(node));
  }
  return agreement.facts.find((f) => f.id === factId)?.label ?? { sv: name, en: name };
}

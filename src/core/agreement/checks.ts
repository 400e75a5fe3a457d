import type { Agreement, Localized } from './types';
import type { RuleProblem } from './problems';
import { checkConditionTree } from './conditionChecks';
import { checkWhenMissing } from './whenMissingChecks';
import { checkTranches } from './trancheChecks';
import { regionIdentity, sameRegionCode } from '../table/regionName';

/** Checks that JSON Schema cannot express: roles, unique ids, the budget sum, the condition trees. */
export function checkAgreement(agreement: Agreement): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const add = (pointer: string, message: Localized) => problems.push({ pointer, message });

  duplicates(agreement.facts.map((f) => f.id)).forEach((i) =>
    add(`/facts/${i}/id`, {
      sv: `Faktumet "${agreement.facts[i].id}" är deklarerat två gånger.`,
      en: `The fact "${agreement.facts[i].id}" is declared twice.`,
    }),
  );
  duplicates(agreement.tranches.map((t) => t.id)).forEach((i) =>
    add(`/tranches/${i}/id`, {
      sv: `Utbetalningen "${agreement.tranches[i].id}" finns två gånger.`,
      en: `The tranche "${agreement.tranches[i].id}" appears twice.`,
    }),
  );

  problems.push(...checkRegionListing(agreement));

  const population = agreement.facts.filter((f) => f.role === 'population');
  if (population.length !== 1) {
    add('/facts', {
      sv: `Exakt ett faktum ska ha rollen "population" (befolkning); hittade ${population.length}.`,
      en: `Exactly one fact must have the role "population"; found ${population.length}.`,
    });
  } else if (population[0].type !== 'number') {
    add(`/facts/${agreement.facts.indexOf(population[0])}/type`, {
      sv: 'Befolkningen ska vara av typen number.',
      en: 'The population must be of type number.',
    });
  }
  if (!agreement.facts.some((f) => f.role === 'regionName' || f.role === 'regionCode')) {
    add('/facts', {
      sv: 'Ett faktum med rollen "regionName" eller "regionCode" behövs för att känna igen regionerna.',
      en: 'A fact with the role "regionName" or "regionCode" is needed to identify the regions.',
    });
  }

  // Amounts that are no whole kronor were reported already (schema, numbers); they cannot be summed.
  const amounts = [agreement.budget, ...agreement.tranches.map((t) => t.amount)];
  const sum = agreement.tranches.reduce((s, t) => s + (Number.isSafeInteger(t.amount) ? BigInt(t.amount) : 0n), 0n);
  if (amounts.every(Number.isSafeInteger) && sum !== BigInt(agreement.budget)) {
    add('/budget', {
      sv: `Utbetalningarnas belopp (${sum} kr) summerar inte till budgeten (${agreement.budget} kr).`,
      en: `The tranche amounts (${sum} kr) do not add up to the budget (${agreement.budget} kr).`,
    });
  }

  agreement.tranches.forEach((tranche, i) => {
    const at = `/tranches/${i}`;
    if (tranche.conditions) {
      problems.push(...checkConditionTree(tranche.conditions, `${at}/conditions`, agreement.facts));
      if (!tranche.onFailure) {
        add(at, {
          sv: 'En villkorad utbetalning ska ange "onFailure": "redistribute" eller "withhold".',
          en: 'A conditional tranche must state "onFailure": "redistribute" or "withhold".',
        });
      }
    } else if ((tranche.onFailure && !partsConditional(tranche)) || tranche.conditionsAssumed) {
      add(at, {
        sv: 'Villkor saknas: utbetalningen anger onFailure/conditionsAssumed men har inga "conditions".',
        en: 'Missing conditions: the tranche states onFailure/conditionsAssumed but has no "conditions".',
      });
    }
  });
  problems.push(...checkTranches(agreement));
  problems.push(...checkWhenMissing(agreement));
  return problems;
}

/** A part has conditions of its own: the tranche's onFailure is then their default. */
const partsConditional = (tranche: Agreement['tranches'][number]): boolean =>
  Array.isArray(tranche.parts) && tranche.parts.some((p) => p.conditions !== undefined);

function duplicates(ids: string[]): number[] {
  return ids.flatMap((id, i) => (ids.indexOf(id) !== i ? [i] : []));
}

/** A listed region twice, by code ("01" = "1") or by name ("Stockholm" = "Region Stockholm"). */
function checkRegionListing(agreement: Agreement): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const listing = agreement.regions ?? [];
  listing.forEach((region, i) => {
    const earlier = listing.slice(0, i);
    const byCode = earlier.findIndex((r) => sameRegionCode(r.code, region.code));
    if (byCode >= 0) {
      problems.push({
        pointer: `/regions/${i}/code`,
        message: {
          sv: `Koden "${region.code}" finns redan för ${listing[byCode].name} (/regions/${byCode}).`,
          en: `The code "${region.code}" is already ${listing[byCode].name}'s (/regions/${byCode}).`,
        },
      });
    }
    const byName = earlier.findIndex((r) => regionIdentity(r.name) === regionIdentity(region.name));
    if (byName >= 0) {
      problems.push({
        pointer: `/regions/${i}/name`,
        message: {
          sv: `"${region.name}" är samma region som "${listing[byName].name}" (/regions/${byName}).`,
          en: `"${region.name}" is the same region as "${listing[byName].name}" (/regions/${byName}).`,
        },
      });
    }
  });
  return problems;
}

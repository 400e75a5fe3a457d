import type { FactType, Localized } from '../agreement/types';
import type { FactOverride } from './types';
import { formatFactValue } from '../format/factValue';
import { both, pick } from '../i18n';

/** "Halland: premUsed = Nej" — how an override is named in messages. */
function describe(override: FactOverride, type: FactType | undefined, lang: 'sv' | 'en'): string {
  const value =
    override.value === null ? pick(lang, { sv: '(tomt)', en: '(blank)' }) : formatFactValue(override.value, type ?? 'text', lang);
  return `${override.region}: ${override.fact} = ${value}`;
}

const TYPE_NAMES: Record<FactType, Localized> = {
  number: { sv: 'ett tal', en: 'a number' },
  percent: { sv: 'en andel (t.ex. 0,68 för 68 %)', en: 'a fraction (e.g. 0.68 for 68 %)' },
  boolean: { sv: 'ja/nej', en: 'yes/no' },
  date: { sv: 'ett datum ÅÅÅÅ-MM-DD', en: 'a date YYYY-MM-DD' },
  text: { sv: 'text', en: 'text' },
};

export const scenarioMessages = {
  unknownRegion(o: FactOverride, type: FactType | undefined): Localized {
    return both((l) =>
      pick(l, {
        sv: `Ändringen "${describe(o, type, l)}": regionen "${o.region}" finns inte i tabellen`,
        en: `Override "${describe(o, type, l)}": region "${o.region}" is not in the table`,
      }),
    );
  },
  unknownFact(o: FactOverride, known: string[]): Localized {
    return both((l) =>
      pick(l, {
        sv: `Ändringen "${describe(o, undefined, l)}": uppgiften "${o.fact}" finns inte i regeluppsättningen (kända: ${known.join(', ')})`,
        en: `Override "${describe(o, undefined, l)}": fact "${o.fact}" is not declared by the rule set (known: ${known.join(', ')})`,
      }),
    );
  },
  identityFact(o: FactOverride): Localized {
    return both((l) =>
      pick(l, {
        sv: `Ändringen "${describe(o, 'text', l)}": regionens kod och namn kan inte ändras i ett scenario`,
        en: `Override "${describe(o, 'text', l)}": a region's code and name cannot be changed in a scenario`,
      }),
    );
  },
  wrongType(o: FactOverride, type: FactType): Localized {
    return both((l) =>
      pick(l, {
        sv: `Ändringen "${describe(o, 'text', l)}": värdet ska vara ${TYPE_NAMES[type].sv}`,
        en: `Override "${describe(o, 'text', l)}": the value must be ${TYPE_NAMES[type].en}`,
      }),
    );
  },
  badPopulation(o: FactOverride): Localized {
    return both((l) =>
      pick(l, {
        sv: `Ändringen "${describe(o, 'number', l)}": befolkningen ska vara ett tal, 0 eller större`,
        en: `Override "${describe(o, 'number', l)}": the population must be a number, 0 or more`,
      }),
    );
  },
  duplicate(o: FactOverride, first: number): Localized {
    return both((l) =>
      pick(l, {
        sv: `Ändringen "${describe(o, 'text', l)}" ändrar samma uppgift som ändring ${first + 1}`,
        en: `Override "${describe(o, 'text', l)}" changes the same fact as override ${first + 1}`,
      }),
    );
  },
  badBudget(budget: number): Localized {
    return {
      sv: `Budgeten ska vara ett helt antal kronor, 0 eller mer: ${budget}`,
      en: `The budget must be a whole number of kronor, 0 or more: ${budget}`,
    };
  },
  budgetWithoutTranches(): Localized {
    return {
      sv: 'Budgeten kan inte fördelas: utbetalningarna i regeluppsättningen är 0 kr tillsammans',
      en: 'The budget cannot be divided: the tranches of the rule set add up to 0 kr',
    };
  },
  unknownTranche(id: string, known: string[]): Localized {
    return {
      sv: `Utbetalningen "${id}" finns inte (finns: ${known.join(', ')})`,
      en: `Tranche "${id}" does not exist (there are: ${known.join(', ')})`,
    };
  },
  unknownCondition(trancheId: string, name: string, known: string[]): Localized {
    return {
      sv: `Villkoret "${name}" finns inte i ${trancheId} (finns: ${known.join(', ') || 'inga villkor'})`,
      en: `Condition "${name}" is not in ${trancheId} (there are: ${known.join(', ') || 'no conditions'})`,
    };
  },
};

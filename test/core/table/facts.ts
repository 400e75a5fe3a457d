import type { FactDeclaration } from '../../../src/core/agreement/types';

/** The six facts the SVF rule files declare, as the table reader sees them. */
export const FACTS: FactDeclaration[] = [
  {
    id: 'regionCode',
    type: 'text',
    role: 'regionCode',
    required: false,
    label: { sv: 'Länskod', en: 'County code' },
    headers: { sv: ['Kod', 'Länskod', 'Regionkod'], en: ['Code', 'County code'] },
  },
  {
    id: 'regionName',
    type: 'text',
    role: 'regionName',
    required: false,
    label: { sv: 'Region', en: 'Region' },
    headers: { sv: ['Region', 'Regionnamn', 'Namn'], en: ['Region', 'Name'] },
  },
  {
    id: 'population',
    type: 'number',
    role: 'population',
    required: true,
    label: { sv: 'Befolkning', en: 'Population' },
    headers: { sv: ['Befolkning', 'Befolkningsmängd', 'Invånare', 'Folkmängd'], en: ['Population', 'Inhabitants'] },
  },
  {
    id: 'inclusionRate',
    type: 'percent',
    required: false,
    label: { sv: 'Inklusion', en: 'Inclusion' },
    headers: { sv: ['Inklusion', 'Inklusionsgrad', 'Andel inkluderade i SVF'], en: ['Inclusion', 'Inclusion rate'] },
  },
  {
    id: 'premUsed',
    type: 'boolean',
    required: false,
    label: { sv: 'PREM använd', en: 'PREM used' },
    headers: { sv: ['PREM', 'PREM använd', 'PREM-enkät använd', 'PREM-enkäter'], en: ['PREM used', 'PREM surveys'] },
  },
  {
    id: 'reportSubmitted',
    type: 'date',
    required: false,
    label: { sv: 'Redovisning inkommen', en: 'Report submitted' },
    headers: { sv: ['Redovisning inkommen', 'Rapport inkommen', 'Redovisning'], en: ['Report submitted', 'Report date'] },
  },
];

/** The facts with one of them marked required, for required-column tests. */
export function withRequired(id: string): FactDeclaration[] {
  return FACTS.map((f) => (f.id === id ? { ...f, required: true } : f));
}

import type { Language } from '../core/agreement/types';
import type { RuleProblem } from '../core/agreement/problems';
import type { ColumnSuggestion, TableProblem } from '../core/table/types';
import { pick } from '../core/i18n';

/**
 * One line per problem, led by its place unless the message already names it; a problem that
 * suggests columns for a fact ends with the --map that chooses one.
 */
export function tableProblemLines(problems: readonly TableProblem[], lang: Language): string[] {
  return problems.map((p) => {
    const line = p.message[lang].includes(p.address) ? p.message[lang] : `${p.address}: ${p.message[lang]}`;
    if (p.suggestions && p.suggestions.length > 0) return `${line} ${mapHints(p.suggestions, lang)}`;
    return p.suggestion ? `${line} ${mapHint(p.suggestion, lang)}` : line;
  });
}

/** A column that fits several facts: "Använd --map inclusionRate=D eller --map inclusionTwin=D." */
function mapHints(suggestions: readonly ColumnSuggestion[], lang: Language): string {
  const maps = suggestions.flatMap((s) => s.columns.map((c) => `--map ${s.factId}=${c.column}`));
  return pick(lang, { sv: `Använd ${maps.join(' eller ')}.`, en: `Use ${maps.join(' or ')}.` });
}

/** "Använd --map premUsed=E." / "--map inclusionRate=D eller --map inclusionRate=G"; any column when none is suggested. */
export function mapHint(suggestion: ColumnSuggestion, lang: Language): string {
  const letters =
    suggestion.columns.length > 0
      ? suggestion.columns.map((c) => c.column)
      : [pick(lang, { sv: '<kolumnbokstav>', en: '<column letter>' })];
  const maps = letters.map((letter) => `--map ${suggestion.factId}=${letter}`);
  const or = pick(lang, { sv: ' eller ', en: ' or ' });
  return pick(lang, { sv: `Använd ${maps.join(or)}.`, en: `Use ${maps.join(or)}.` });
}

export function ruleProblemLines(file: string, problems: readonly RuleProblem[], lang: Language): string[] {
  return problems.map((p) => `${file}#${p.pointer || '/'}: ${p.message[lang]}`);
}

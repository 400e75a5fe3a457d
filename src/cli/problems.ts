import type { Language } from '../core/agreement/types';
import type { RuleProblem } from '../core/agreement/problems';
import type { TableProblem } from '../core/table/types';

/** One line per problem, led by its place unless the message already names it. */
export function tableProblemLines(problems: readonly TableProblem[], lang: Language): string[] {
  return problems.map((p) => (p.message[lang].includes(p.address) ? p.message[lang] : `${p.address}: ${p.message[lang]}`));
}

export function ruleProblemLines(file: string, problems: readonly RuleProblem[], lang: Language): string[] {
  return problems.map((p) => `${file}#${p.pointer || '/'}: ${p.message[lang]}`);
}

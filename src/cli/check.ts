import { readFile } from 'node:fs/promises';
import type { Language } from '../core/agreement/types';
import { loadAgreementText } from '../core/agreement/load';
import { agreementOverview, assumptionLine } from '../core/agreement/overview';
import type { Console } from './apply';
import { checkReadableFile, MAX_RULE_FILE_BYTES, RULES } from './paths';
import { ruleProblemLines } from './problems';
import { engineCheckLine } from './engineCheck';
import { catalogue, counted } from '../core/i18n';

export interface CheckOptions {
  rules: string;
  json: boolean;
  lang: Language;
}

const WORDS = catalogue({
  sv: {
    ok: (file: string) => `✓ ${file} är en giltig regelfil.`,
    failed: (file: string, n: number) => `✗ ${file}: ${counted('sv', n, { one: 'problem', other: 'problem' })}.`,
    assumedTitle: (n: number) => `Antaget (${n}), inte angivet av källorna:`,
    noneAssumed: 'Inget är antaget: allt anges av källorna.',
    sources: 'Källor:',
    mark: 'ANTAGET',
  },
  en: {
    ok: (file: string) => `✓ ${file} is a valid rule file.`,
    failed: (file: string, n: number) => `✗ ${file}: ${counted('en', n, { one: 'problem', other: 'problems' })}.`,
    assumedTitle: (n: number) => `Assumed (${n}), not stated by the sources:`,
    noneAssumed: 'Nothing is assumed: the sources state everything.',
    sources: 'Sources:',
    mark: 'ASSUMED',
  },
});

/**
 * kvot check: loads and validates a rule file and prints what it says in words — tranches, parts,
 * conditions and what is assumed — with exit code 0; or every problem by JSON pointer, exit code 1.
 */
export async function check(options: CheckOptions, io: Console): Promise<number> {
  const { rules, lang } = options;
  const w = WORDS[lang];
  const readable = await checkReadableFile(rules, RULES, MAX_RULE_FILE_BYTES);
  if (!readable.ok) {
    io.err(readable.message[lang]);
    return readable.code;
  }
  const loaded = loadAgreementText(await readFile(rules, 'utf8'));
  if (!loaded.ok) {
    if (options.json) io.out(JSON.stringify({ ok: false, problems: loaded.problems }, null, 2));
    io.err(ruleProblemLines(rules, loaded.problems, lang).join('\n'));
    io.err(w.failed(rules, loaded.problems.length));
    return 1;
  }
  const agreement = loaded.agreement;
  const overview = agreementOverview(agreement);
  const engine = await engineCheckLine(agreement);
  if (options.json) {
    io.out(
      JSON.stringify(
        {
          ok: true,
          agreement: { id: agreement.id, year: agreement.year, title: agreement.title, budget: agreement.budget },
          lines: overview.lines.map((l) => ({ depth: l.depth, text: l.text, ...(l.assumed ? { assumed: l.assumed } : {}) })),
          assumed: overview.assumed,
          references: agreement.references,
          engine,
        },
        null,
        2,
      ),
    );
    return engine.ok ? 0 : 1;
  }
  const out: string[] = [w.ok(rules), '', `${agreement.title[lang]} (${agreement.id}, ${agreement.year})`];
  for (const line of overview.lines) {
    out.push(`${'  '.repeat(line.depth + 1)}${line.text[lang]}${line.assumed ? `  [${w.mark}]` : ''}`);
  }
  out.push('');
  if (overview.assumed.length === 0) out.push(w.noneAssumed);
  else {
    out.push(w.assumedTitle(overview.assumed.length));
    for (const item of overview.assumed) out.push(`  - ${item.what[lang]}: ${assumptionLine(item.assumption)[lang]}`);
  }
  out.push('', engine.text[lang], '', w.sources);
  for (const r of agreement.references) {
    const extra = [r.date, r.section].filter(Boolean).join(', ');
    out.push(`  - ${r.id}: ${r.title}${extra ? ` (${extra})` : ''}${r.url ? ` ${r.url}` : ''}`);
  }
  io.out(out.join('\n'));
  return engine.ok ? 0 : 1;
}

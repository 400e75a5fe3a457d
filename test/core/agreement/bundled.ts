import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadAgreement } from '../../../src/core/agreement/load';
import type { Agreement } from '../../../src/core/agreement/types';

export const RULE_FILES = [
  'svf-2015',
  'svf-2016',
  'svf-2017',
  'svf-2018',
  'svf-2019',
  'svf-2020',
  'svf-2021',
  'svf-2024',
  'svf-2025',
  'svf-2026',
  'rcc-2024',
] as const;

export const ruleFileText = (id: string): string => readFileSync(resolve(process.cwd(), `rules/${id}.json`), 'utf8');

/** A bundled rule file, loaded (and so checked) the way the pane loads it; a fresh copy each call. */
export function bundled(id: (typeof RULE_FILES)[number]): Agreement {
  const loaded = loadAgreement(JSON.parse(ruleFileText(id)));
  if (!loaded.ok) throw new Error(`${id} does not load: ${JSON.stringify(loaded.problems)}`);
  return loaded.agreement;
}

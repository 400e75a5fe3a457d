import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every string a user sees goes through src/core/i18n: no comparison with a language code
 * (`lang === 'sv' ? … : …`, `const sv = lang === 'sv'`) and no hand-written plural
 * (`n === 1 ? 'rad' : 'rader'`) anywhere else in src/.
 */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

const I18N = path.join('src', 'core', 'i18n');
const files = sources('src').filter((f) => !f.startsWith(I18N + path.sep));

/** Files where the pattern is not a plural: a sheet name's suffix "Kvot (2)" is no word. */
const NOT_PLURALS = [path.join('src', 'excel', 'sheetNames.ts')];

function hits(pattern: RegExp, except: string[] = []): string[] {
  const out: string[] = [];
  for (const file of files.filter((f) => !except.includes(f))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(pattern)) {
      const line = text.slice(0, m.index).split('\n').length;
      out.push(`${file}:${line}: ${m[0].replace(/\s+/g, ' ')}`);
    }
  }
  return out;
}

describe('one i18n mechanism (source scan of src/)', () => {
  it('has the files to scan', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('compares no value with a language code (use pick, plural, otherLanguage, isLanguage)', () => {
    expect(hits(/[!=]==?\s*['"](?:sv|en)['"]|['"](?:sv|en)['"]\s*[!=]==?/g)).toEqual([]);
  });

  it('writes no plural by hand (use plural() or counted())', () => {
    // `n === 1 ? 'rad' : …`, `count !== 1 ? …`, `one ? 'procentenhet' : …`, `n > 1 ? 'regioner' : …`
    expect(hits(/(?:[!=]==?\s*1|>\s*1|<=\s*1|\bone)\s*\?\s*\(?\s*['"`]/g, NOT_PLURALS)).toEqual([]);
  });

  it('has no catalogue outside the mechanism: catalogues are declared with catalogue()', () => {
    expect(hits(/:\s*Record<Language,\s*\w*(?:Messages|Text)\w*>\s*=/g)).toEqual([]);
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every import specifier of every .ts/.tsx file under a folder. */
function imports(folder: string): { file: string; from: string }[] {
  const out: { file: string; from: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.tsx?$/.test(name)) {
        const text = readFileSync(full, 'utf8');
        // `import … from 'x'`, `export … from 'x'`, a bare `import 'x'`, `import('x')` and `require('x')`.
        const patterns = [
          /^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm,
          /^\s*import\s+['"]([^'"]+)['"]/gm,
          /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
        ];
        for (const pattern of patterns) for (const m of text.matchAll(pattern)) out.push({ file: full, from: m[1] });
      }
    }
  };
  walk(folder);
  return out;
}

const resolvesInto = (entry: { file: string; from: string }, folder: string) =>
  entry.from.startsWith('.') && path.resolve(path.dirname(entry.file), entry.from).startsWith(path.resolve(folder) + path.sep);

describe('dependencies point inward to core', () => {
  it('src/core imports no Office, React, file I/O or outer layer', () => {
    const bad = imports('src/core').filter(
      (e) =>
        /^(react|react-dom|@fluentui\/|exceljs|office|node:|fs$|path$|csv-parse)/.test(e.from) ||
        ['src/excel', 'src/taskpane', 'src/cli'].some((outer) => resolvesInto(e, outer)),
    );
    expect(bad).toEqual([]);
  });

  it('src/excel does not import the task pane or the CLI', () => {
    expect(imports('src/excel').filter((e) => resolvesInto(e, 'src/taskpane') || resolvesInto(e, 'src/cli'))).toEqual([]);
  });

  it('src/taskpane does not import the CLI or exceljs', () => {
    expect(imports('src/taskpane').filter((e) => resolvesInto(e, 'src/cli') || e.from.startsWith('exceljs'))).toEqual([]);
  });
});

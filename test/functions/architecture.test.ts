// The custom functions are wrappers over the core: they may use the core, the Office.js adapter (to
// read the rules saved in the workbook) and the list of bundled rule files, and nothing of the pane's
// UI, the CLI or Node.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const FOLDER = path.resolve('src/functions');

function imports(): { file: string; from: string }[] {
  return readdirSync(FOLDER)
    .filter((name) => /\.tsx?$/.test(name))
    .flatMap((name) => {
      const text = readFileSync(path.join(FOLDER, name), 'utf8');
      const found = [
        ...text.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm),
        ...text.matchAll(/import\(\s*(?:\/\*[^*]*\*\/\s*)?['"]([^'"]+)['"]\s*\)/g),
      ];
      return found.map((m) => ({ file: name, from: m[1] }));
    });
}

describe('src/functions depends only on the core, the adapter and the bundled rules', () => {
  it('imports no React, Fluent UI, CLI, exceljs or Node module', () => {
    const bad = imports().filter((e) => /^(react|react-dom|@fluentui\/|exceljs|node:|fs$|path$)/.test(e.from) || e.from.includes('/cli/'));
    expect(bad).toEqual([]);
  });

  it('takes from the task pane only its list of bundled rule files', () => {
    const pane = imports().filter((e) => e.from.includes('/taskpane/'));
    expect([...new Set(pane.map((e) => e.from))]).toEqual(['../taskpane/bundledRules']);
  });

  it('loads the engine lazily from functions.ts, so the page that Excel opens stays small', () => {
    const entry = imports()
      .filter((e) => e.file === 'functions.ts')
      .map((e) => e.from);
    expect(entry).toEqual(expect.arrayContaining(['./runtime']));
    expect(entry.filter((from) => from.startsWith('../'))).toEqual(['../core/agreement/types']);
  });
});

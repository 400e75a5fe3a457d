import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No import cycles in src/: every module of src/ and what it imports there, as TypeScript's own
 * pre-processor lists it (static imports, `import type`, `export … from`, import() and require()),
 * then the strongly connected components of that graph. A type-only cycle counts too: it ties the
 * modules together just the same, and the next value import along it makes it a load-order bug.
 */

const SRC = path.resolve('src');
const EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.js', '.mjs'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(tsx?|m?js)$/.test(name) ? [full] : [];
  });
}

/** The file a relative specifier names: "./x" as x.ts, x.tsx, x/index.ts …; "./x.js" also as x.ts. */
function resolveRelative(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  const stems = [base, base.replace(/\.(m?js)$/, '')];
  for (const stem of stems) {
    if (existsSync(stem) && statSync(stem).isFile()) return stem;
    for (const ext of EXTENSIONS) if (existsSync(stem + ext)) return stem + ext;
    for (const ext of EXTENSIONS) if (existsSync(path.join(stem, `index${ext}`))) return path.join(stem, `index${ext}`);
  }
  return null;
}

function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(root)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles
      .map((f) => f.fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolveRelative(file, specifier))
      .filter((target): target is string => target !== null && target.startsWith(root + path.sep));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Tarjan's strongly connected components; a component of two or more files (or a file importing itself) is a cycle. */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** One concrete loop through a component, for the failure message: a → b → … → a. */
function loopThrough(component: string[], graph: Map<string, string[]>): string {
  const members = new Set(component);
  const start = component[0];
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const loop = [start];
        for (let at = node; at !== start; at = previous.get(at)!) loop.splice(1, 0, at);
        return [...loop, start].map((file) => path.relative(process.cwd(), file)).join(' → ');
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return component.map((file) => path.relative(process.cwd(), file)).join(', ');
}

describe('import cycles', () => {
  it('src/ has none (type-only imports and import() included)', () => {
    const graph = importGraph(SRC);
    expect(graph.size).toBeGreaterThan(100);
    expect(cycles(graph).map((component) => loopThrough(component, graph))).toEqual([]);
  });

  it('the check finds a cycle when there is one', () => {
    const graph = new Map([
      ['/a.ts', ['/b.ts']],
      ['/b.ts', ['/c.ts']],
      ['/c.ts', ['/a.ts', '/d.ts']],
      ['/d.ts', []],
      ['/e.ts', ['/e.ts']],
    ]);
    expect(cycles(graph).map((c) => c.join(','))).toEqual(['/a.ts,/b.ts,/c.ts', '/e.ts']);
  });
});

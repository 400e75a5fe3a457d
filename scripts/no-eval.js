// What keeps Kvot's bundles free of eval: the module aliases both bundlers use, and the scan that
// test/build/bundles.test.ts runs over dist/ and dist-cli/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * jsonpath-plus is json-rules-engine's resolver for a condition's `path`, which Kvot's rule files
 * cannot have (rules/schema.json); it carries a `new Function` evaluator, so the bundles get a stub
 * that throws (src/shims/jsonPathUnsupported.ts).
 */
export const NO_EVAL_ALIASES = {
  'jsonpath-plus': path.join(ROOT, 'src', 'shims', 'jsonPathUnsupported.ts'),
};

/**
 * Dead eval in dependencies that webpack drops but esbuild keeps: webpack evaluates `typeof exports`
 * in a CommonJS module as "object" and removes the branch that is never taken; esbuild leaves the
 * text. Each patch names the file, the exact text, and why replacing it changes nothing. The build
 * fails when the text is not found (a new version of the dependency): look again then.
 */
export const SOURCE_PATCHES = [
  {
    module: 'eventemitter2/lib/eventemitter2.js',
    find: "new Function('','return this')()",
    replace: 'globalThis',
    why: "json-rules-engine's event emitter finds the global object this way only when it is loaded neither as CommonJS nor AMD; bundled, it is CommonJS",
  },
];

/** An esbuild plugin applying SOURCE_PATCHES. */
export function sourcePatchPlugin(patches = SOURCE_PATCHES) {
  return {
    name: 'kvot-source-patches',
    setup(build) {
      for (const patch of patches) {
        const parts = patch.module.split('/').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        const filter = new RegExp(`[\\\\/]node_modules[\\\\/]${parts.join('[\\\\/]')}$`);
        build.onLoad({ filter }, async (args) => {
          const { readFile } = await import('node:fs/promises');
          const text = await readFile(args.path, 'utf8');
          if (!text.includes(patch.find)) {
            throw new Error(`${args.path} no longer contains ${JSON.stringify(patch.find)}: check scripts/no-eval.js (${patch.why}).`);
          }
          return { contents: text.split(patch.find).join(patch.replace), loader: 'js' };
        });
      }
    },
  };
}

/** Code that compiles a string at run time. */
export const EVAL_PATTERNS = [
  { name: 'new Function', pattern: /\bnew\s+Function\s*\(/g },
  { name: 'Function(...)', pattern: /(?<![\w$.]|\bnew\s+)Function\s*\(\s*["'`]/g },
  { name: 'eval(...)', pattern: /(?<![\w$])eval\s*\(/g },
  { name: 'indirect eval', pattern: /\(\s*0\s*,\s*eval\s*\)|\[\s*["'`]eval["'`]\s*\]/g },
  { name: 'string timer', pattern: /\bset(?:Timeout|Interval|Immediate)\s*\(\s*["'`]/g },
  { name: 'vm compile', pattern: /\b(?:runInNewContext|runInThisContext|compileFunction)\s*\(/g },
];

/** Every use of eval-like code in a bundle's text, with a little context for the failure message. */
export function evalUses(source) {
  const uses = [];
  for (const { name, pattern } of EVAL_PATTERNS) {
    for (const match of source.matchAll(pattern)) {
      const at = match.index ?? 0;
      uses.push({ name, excerpt: source.slice(Math.max(0, at - 80), at + 80).replace(/\s+/g, ' ') });
    }
  }
  return uses;
}

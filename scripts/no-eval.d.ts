// Types for scripts/no-eval.js.
export declare const NO_EVAL_ALIASES: Record<string, string>;
export declare const EVAL_PATTERNS: { name: string; pattern: RegExp }[];
export declare function evalUses(source: string): { name: string; excerpt: string }[];
export declare const SOURCE_PATCHES: { module: string; find: string; replace: string; why: string }[];
export declare function sourcePatchPlugin(patches?: typeof SOURCE_PATCHES): { name: string; setup(build: unknown): void };

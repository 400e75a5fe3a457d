/**
 * Stands in for jsonpath-plus in Kvot's bundles: webpack.config.js and scripts/build-cli.js alias
 * `jsonpath-plus` to this module. json-rules-engine imports jsonpath-plus only to resolve a
 * condition's `path` into an object fact; Kvot's facts are plain values and rules/schema.json allows
 * no `path` (a condition has additionalProperties: false), so it is never called. The library also
 * ships a "native" evaluator built on `new Function`, which the pane's Content-Security-Policy
 * (no 'unsafe-eval') forbids; leaving the library out keeps every bundle free of eval.
 * Tests run json-rules-engine unbundled, with the real jsonpath-plus.
 */
export function JSONPath(options: { path?: unknown }): never {
  throw new Error(`Kvot does not resolve JSONPath "path" in conditions (${String(options?.path)}): rule files have no "path".`);
}

export default { JSONPath };

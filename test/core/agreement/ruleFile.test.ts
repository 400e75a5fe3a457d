import { describe, expect, it } from 'vitest';
import { loadAgreementText } from '../../../src/core/agreement/load';
import { ruleFileText } from '../../../src/core/agreement/ruleFile';
import type { Agreement } from '../../../src/core/agreement/types';
import { bundled, RULE_FILES, ruleFileText as fileText } from './bundled';

/** The same object with every key list reversed, as an edited draft may end up. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversedKeys(v)]),
  );
}

describe('rule file text', () => {
  it.each(RULE_FILES)('writes %s byte for byte as the bundled file', (id) => {
    expect(ruleFileText(bundled(id))).toBe(fileText(id));
  });

  it('puts keys in the files’ order whatever order the draft has, and adds "$schema" first', () => {
    const { $schema: _drop, ...withoutSchema } = bundled('svf-2024');
    const text = ruleFileText(reversedKeys(withoutSchema) as Agreement);
    expect(text).toBe(fileText('svf-2024'));
    expect(text.startsWith('{\n  "$schema": "./schema.json",\n  "id": "svf-2024",')).toBe(true);
    const loaded = loadAgreementText(text);
    expect(loaded.ok && loaded.agreement).toEqual(bundled('svf-2024'));
  });
});

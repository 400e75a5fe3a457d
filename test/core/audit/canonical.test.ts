import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, ruleSetHash, sha256Hex } from '../../../src/core/audit/canonical';
import { readJsonField, splitChunks } from '../../../src/core/audit/chunks';
import { bundledAgreement } from '../official';

describe('canonical JSON and SHA-256', () => {
  it('sorts keys and drops whitespace (RFC 8785)', () => {
    expect(canonicalJson({ b: [1, { d: true, c: null }], a: 'å', n: 0.7 })).toBe('{"a":"å","b":[1,{"c":null,"d":true}],"n":0.7}');
  });

  it('hashes UTF-8 text as lowercase hex (FIPS 180-2 test vector and a Swedish letter)', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('ö')).not.toBe(await sha256Hex('o\u0308'));
    expect(await sha256Hex('')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives a rule set the same hash whatever its key order, and another for another rule', async () => {
    const agreement = bundledAgreement(2024);
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(agreement).reverse())));
    expect(await ruleSetHash(reordered)).toBe(await ruleSetHash(agreement));
    const edited = {
      ...agreement,
      tranches: [agreement.tranches[0], { ...agreement.tranches[1], amount: agreement.tranches[1].amount + 1 }],
    };
    expect(await ruleSetHash(edited)).not.toBe(await ruleSetHash(agreement));
  });
});

describe('long JSON over several cells', () => {
  it('property: chunks join to the text, stay within the limit and never start like a formula', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '=', '-', '+', '@', '😀', 'é', '"', '{'), maxLength: 400 });
    fc.assert(
      fc.property(text, fc.integer({ min: 4, max: 40 }), (t, max) => {
        // A cut is always possible unless such characters fill a whole chunk (never in Kvot's JSON).
        fc.pre(!new RegExp(`[=+\\-@\\uD800-\\uDFFF]{${max - 2},}`).test(t));
        const chunks = splitChunks(t, max);
        expect(chunks.join('')).toBe(t);
        chunks.forEach((c, i) => {
          expect(c.length).toBeLessThanOrEqual(max);
          if (i > 0) expect(c[0]).not.toMatch(/[=+\-@]/);
          if (i < chunks.length - 1) expect(c.charCodeAt(c.length - 1) >= 0xd800 && c.charCodeAt(c.length - 1) <= 0xdbff).toBe(false);
        });
      }),
    );
  });

  it('reads a JSON value back across cells, brackets inside strings included', () => {
    const json = canonicalJson({ a: 'x}]"{[', b: [1, 2, { c: '\\"' }] });
    const cells = ['first', ...splitChunks(json, 5), '{"next":1}'];
    expect(readJsonField(cells, 1)).toEqual({ ok: true, text: json, next: cells.length - 1 });
    expect(readJsonField(cells.slice(0, 3), 1)).toEqual({ ok: false, at: 3, problem: 'cutOff' });
    expect(readJsonField(['{}x'], 0)).toEqual({ ok: false, at: 0, problem: 'trailing' });
    expect(readJsonField(['{"a":', 5, '1}'], 0)).toEqual({ ok: false, at: 1, problem: 'notText' });
    expect(readJsonField(['plain'], 0)).toEqual({ ok: false, at: 0, problem: 'notJson' });
  });
});

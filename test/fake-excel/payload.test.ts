import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSize, jsonSizeByText, PROXY } from './payload';

/** The fake sizes payloads by walking them; JSON.stringify in UTF-8 is the measure it must agree with. */
describe('jsonSize', () => {
  it('agrees with JSON.stringify in UTF-8 on any value', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withSparseArray: true, withDate: true, withUnicodeString: true }), (value) => {
        expect(jsonSize(value)).toBe(jsonSizeByText(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees on the cases JSON writes its own way', () => {
    const proxy = { [PROXY]: true, values: [[1]] };
    const cases: unknown[] = [
      undefined,
      proxy,
      [proxy, undefined, () => 1, NaN, -Infinity, -0],
      { skipped: undefined, proxy, fn: () => 1, kept: 'x' },
      { date: new Date(0) },
      'quote " backslash \\ tab \t newline \n',
      'åäö € 😀 \u2028',
      [['Region Stockholm', 2_454_821, 0.7123, true, '']],
    ];
    for (const value of cases) expect(jsonSize(value)).toBe(jsonSizeByText(value));
  });
});

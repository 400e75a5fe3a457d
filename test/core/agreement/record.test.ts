import { describe, expect, it } from 'vitest';
import { own, record } from '../../../src/core/agreement/own';

/** record() is what region rows and payout maps are made of, keyed by ids from a rule file. */
describe('record', () => {
  it('inherits nothing: "constructor", "toString" and "__proto__" are ordinary keys', () => {
    const r = record<string>();
    expect(r.constructor).toBeUndefined();
    expect('toString' in r).toBe(false);
    expect(own(r, 'constructor')).toBeUndefined();
    r.constructor = 'a fact' as never;
    r['__proto__'] = 'another';
    r.toString = 'a third' as never;
    expect(Object.keys(r).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(own(r, '__proto__')).toBe('another');
    expect(JSON.parse(JSON.stringify(r))).toEqual({ constructor: 'a fact', ['__proto__']: 'another', toString: 'a third' });
  });

  it('shares nothing between records: what one holds, another does not see', () => {
    const a = record<number>();
    const b = record<number>();
    a.x = 1;
    expect(b.x).toBeUndefined();
    expect(Object.isFrozen(Object.getPrototypeOf(a))).toBe(true);
    expect(Object.getPrototypeOf(Object.getPrototypeOf(a))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { readBoolean } from '../../../src/core/table/booleans';

describe('readBoolean', () => {
  it.each(['Ja', 'ja', 'JA', ' Ja ', 'Yes', 'yes', 'TRUE', 'true', 'Sant', 'SANT', 'J', 'j', 'Y', 'y', 'x', 'X', '1'])(
    '%j is yes',
    (text) => expect(readBoolean(text)).toEqual({ ok: true, value: true }),
  );

  it.each(['Nej', 'nej', 'NEJ', ' Nej\u00A0', 'No', 'no', 'FALSE', 'false', 'Falskt', 'falskt', 'N', 'n', '0'])('%j is no', (text) =>
    expect(readBoolean(text)).toEqual({ ok: true, value: false }),
  );

  it('reads boolean and 1/0 cells', () => {
    expect(readBoolean(true)).toEqual({ ok: true, value: true });
    expect(readBoolean(false)).toEqual({ ok: true, value: false });
    expect(readBoolean(1)).toEqual({ ok: true, value: true });
    expect(readBoolean(0)).toEqual({ ok: true, value: false });
  });

  it('treats blank as missing, not as no', () => {
    for (const cell of [null, undefined, '', '  ']) expect(readBoolean(cell)).toEqual({ ok: true, value: null });
  });

  it.each([['Kanske'], ['ja!'], ['2'], ['Nja'], ['-']])('rejects %j and says what was found', (text) => {
    const r = readBoolean(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.found).toBe(text);
      expect(r.hint?.sv).toMatch(/Ja eller Nej/);
    }
  });

  it('rejects other numbers', () => {
    const r = readBoolean(2);
    expect(r).toMatchObject({ ok: false, found: '2' });
  });
});

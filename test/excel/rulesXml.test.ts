import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rulesFromXml, rulesToXml } from '../../src/excel/rulesXml';

/** Characters XML 1.0 cannot hold: C0 controls but tab and line breaks, U+FFFE/U+FFFF, lone surrogates. */
function illegalInXml(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code === 0x09 || code === 0x0a || code === 0x0d) return false;
  return code <= 0x1f || code === 0xfffe || code === 0xffff || (code >= 0xd800 && code <= 0xdfff);
}

describe('the rules XML part (pure)', () => {
  it('splits "]]>" across CDATA sections and puts CR outside them', () => {
    const xml = rulesToXml('{"a":"x]]>y\\r"}');
    expect(xml).toBe('<kvotRules xmlns="urn:kvot:rules:v1" schemaVersion="1"><![CDATA[{"a":"x]]]]><![CDATA[>y\\r"}]]></kvotRules>');
    expect(rulesFromXml(xml)).toBe('{"a":"x]]>y\\r"}');
    expect(rulesFromXml(rulesToXml('{\r\n"a": 1\r\n}'))).toBe('{\r\n"a": 1\r\n}');
  });

  it('round-trips any JSON text to the same value, and JSON without XML-illegal characters to the same text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const json = JSON.stringify(value, null, pretty ? '\r\n' : undefined) ?? 'null';
        const back = rulesFromXml(rulesToXml(json));
        expect(JSON.parse(back)).toEqual(JSON.parse(json));
        if (![...json].some(illegalInXml)) expect(back).toBe(json);
      }),
      { numRuns: 300 },
    );
  });

  it('escapes characters XML cannot hold as \\u escapes inside the JSON string', () => {
    const json = JSON.stringify({ s: 'a\uFFFEb\uD800c' });
    const xml = rulesToXml(json);
    expect(xml).not.toMatch(/[\uFFFE\uD800]/);
    expect(JSON.parse(rulesFromXml(xml))).toEqual({ s: 'a\uFFFEb\uD800c' });
  });

  it('names the part in every refusal', () => {
    expect(() => rulesToXml('nope')).toThrow(/not JSON/);
    const where = /custom XML part urn:kvot:rules:v1/;
    expect(() => rulesFromXml('<other/>')).toThrow(where);
    expect(() => rulesFromXml('<kvotRules xmlns="urn:kvot:rules:v1"><![CDATA[{}]]></kvotRules>')).toThrow(/schema version \(none\)/);
    expect(() => rulesFromXml('<kvotRules schemaVersion="1"><![CDATA[{}]]>')).toThrow(/no closing/);
    expect(() => rulesFromXml('<kvotRules schemaVersion="1"><x/></kvotRules>')).toThrow(/unexpected markup/);
    expect(() => rulesFromXml('<kvotRules schemaVersion="1">a & b</kvotRules>')).toThrow(/bare "&"/);
    expect(() => rulesFromXml('<kvotRules schemaVersion="1"/>')).toThrow(/empty/);
  });
});

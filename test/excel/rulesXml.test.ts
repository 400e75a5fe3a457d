import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rulesFromXml, rulesToXml } from '../../src/excel/rulesXml';

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
        // eslint-disable-next-line no-control-regex
        if (!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/.test(json)) expect(back).toBe(json);
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

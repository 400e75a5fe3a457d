import { describe, expect, it } from 'vitest';
import { OfficeWorkbook } from '../../src/excel/officeWorkbook';
import { RULES_NAMESPACE } from '../../src/excel/rulesXml';
import { fakeWorkbook } from '../fake-excel/unit';
import { SheetModel } from '../fake-excel/sheetModel';

const book = (parts: { xml: string }[] = [], maxApi?: string) =>
  fakeWorkbook({ sheets: [new SheetModel('Blad1')], customXmlParts: parts.map((part) => part.xml), maxExcelApi: maxApi });

const RULES = JSON.stringify(
  {
    id: 'svf-2024',
    description: 'Villkor: "]]>" får inte bryta CDATA, ]]]]> inte heller',
    tranches: [{ id: 'payout1', amount: 182_500_000 }],
  },
  null,
  2,
);

describe('rules kept in the workbook as a custom XML part (fake Excel)', () => {
  it('has no rules in a new workbook', async () => {
    const excel = book();
    expect(await new OfficeWorkbook(excel.host).loadWorkbookRules()).toBeNull();
    expect(excel.syncCount()).toBe(1);
  });

  it('saves and loads the JSON exactly, also with "]]>" and CRLF line ends in it', async () => {
    const excel = book();
    const workbook = new OfficeWorkbook(excel.host);
    const crlf = RULES.replace(/\n/g, '\r\n');
    await workbook.saveWorkbookRules(crlf);

    expect(excel.parts).toHaveLength(1);
    expect(excel.parts[0].namespaceUri).toBe(RULES_NAMESPACE);
    expect(excel.parts[0].xml).toMatch(/^<kvotRules xmlns="urn:kvot:rules:v1" schemaVersion="1"><!\[CDATA\[/);
    expect(await workbook.loadWorkbookRules()).toBe(crlf);
  });

  it('replaces the saved rules instead of adding a second part, and leaves other parts alone', async () => {
    const foreign = { xml: '<doc xmlns="urn:example:other"><a>1</a></doc>' };
    const excel = book([foreign]);
    const workbook = new OfficeWorkbook(excel.host);
    await workbook.saveWorkbookRules('{"year":2024}');
    const before = excel.syncCount();
    await workbook.saveWorkbookRules('{"year":2025}');
    expect(excel.syncCount() - before).toBe(2);

    expect(excel.parts.map((p) => p.namespaceUri).sort()).toEqual([RULES_NAMESPACE, 'urn:example:other'].sort());
    expect(await workbook.loadWorkbookRules()).toBe('{"year":2025}');
    expect(excel.parts.find((p) => p.namespaceUri === 'urn:example:other')?.xml).toBe(foreign.xml);
  });

  it('clears the saved rules', async () => {
    const excel = book();
    const workbook = new OfficeWorkbook(excel.host);
    await workbook.saveWorkbookRules(RULES);
    await workbook.clearWorkbookRules();
    expect(excel.parts).toEqual([]);
    expect(await workbook.loadWorkbookRules()).toBeNull();
    await workbook.clearWorkbookRules(); // nothing to clear is fine
  });

  it('writes nothing when the text is not JSON', async () => {
    const excel = book();
    await expect(new OfficeWorkbook(excel.host).saveWorkbookRules('{"id": ')).rejects.toThrow(/not JSON/);
    expect(excel.syncCount()).toBe(0);
    expect(excel.parts).toEqual([]);
  });

  it('refuses rules saved in a newer format, naming the part', async () => {
    const excel = book([{ xml: `<kvotRules xmlns="${RULES_NAMESPACE}" schemaVersion="2"><![CDATA[{}]]></kvotRules>` }]);
    await expect(new OfficeWorkbook(excel.host).loadWorkbookRules()).rejects.toThrow(/urn:kvot:rules:v1.*schema version "2"/);
  });

  it('reads a part Excel gave back re-serialised (declaration, prefix, escaped text)', async () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>\n<ns0:kvotRules xmlns:ns0="${RULES_NAMESPACE}" schemaVersion='1'>{&quot;a&quot;:&quot;&lt;]]&gt;&amp;&quot;}</ns0:kvotRules>`;
    const excel = book([{ xml }]);
    expect(await new OfficeWorkbook(excel.host).loadWorkbookRules()).toBe('{"a":"<]]>&"}');
  });
});

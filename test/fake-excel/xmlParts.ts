import { officeError } from './errors';

export interface FakeXmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

/** The namespace of the root element, which getByNamespace matches. */
function rootNamespace(xml: string): string {
  const root = /<(?:[\w.-]+:)?[\w.-]+(\s[^>]*)?\/?>/.exec(xml.replace(/^<\?xml[^>]*\?>\s*/, ''));
  const ns = root?.[1] ? /\sxmlns(?::[\w.-]+)?\s*=\s*"([^"]*)"/.exec(root[1]) : null;
  return ns ? ns[1] : '';
}

/** What Excel's XML parser would refuse, as far as Kvot's parts go: no root, "]]>" in text, an open CDATA. */
function checkXml(xml: string): void {
  const outside = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  if (!/^\s*(<\?xml[^>]*\?>\s*)?<[A-Za-z_]/.test(xml) || outside.includes(']]>') || outside.includes('<![CDATA[')) {
    throw officeError('InvalidArgument', 'The XML is not well formed.');
  }
}

/** workbook.customXmlParts' store. */
export class XmlParts {
  readonly parts: FakeXmlPart[] = [];
  private ids = 0;

  add(xml: unknown): FakeXmlPart {
    const text = String(xml);
    checkXml(text);
    const part = {
      id: `{${String(++this.ids).padStart(8, '0')}-0000-0000-0000-000000000000}`,
      namespaceUri: rootNamespace(text),
      xml: text,
    };
    this.parts.push(part);
    return part;
  }

  byNamespace(namespaceUri: string): FakeXmlPart[] {
    return this.parts.filter((p) => p.namespaceUri === namespaceUri);
  }

  delete(part: FakeXmlPart): void {
    const at = this.parts.indexOf(part);
    if (at < 0) throw officeError('ItemNotFound', 'The custom XML part was already deleted.');
    this.parts.splice(at, 1);
  }
}

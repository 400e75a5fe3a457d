import { ClientObject, live, resultOf, type ClientResult, type Context } from '../context';
import type { FakeXmlPart } from '../xmlParts';

/** workbook.customXmlParts [1.5]. */
export class CustomXmlPartCollectionProxy {
  constructor(private readonly context: Context) {}

  add(xml: string): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, () => {
      this.context.state.needApi('1.5', 'customXmlParts');
      return this.context.state.xml.add(xml);
    });
  }

  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollectionProxy {
    return new CustomXmlPartScopedCollectionProxy(this.context, () => {
      this.context.state.needApi('1.5', 'customXmlParts');
      return this.context.state.xml.byNamespace(namespaceUri);
    });
  }
}

/** The parts of one namespace, as they were when the collection was resolved. */
class CustomXmlPartScopedCollectionProxy extends ClientObject<FakeXmlPart[]> {
  protected readonly kind = 'CustomXmlPartScopedCollection';
  protected readonly scalars = ['items', 'items/id'];

  protected override read(parts: FakeXmlPart[]): unknown {
    return parts.map((part) => new CustomXmlPartProxy(this.context, { known: part }).know('id', part.id));
  }

  protected override afterLoad(): void {
    const items = this.loaded.items ?? this.loaded['items/id'];
    this.loaded = Object.create(null) as Record<string, unknown>;
    this.loaded.items = items;
  }

  get items(): CustomXmlPartProxy[] {
    return this.get('items') as CustomXmlPartProxy[];
  }

  /** The only part of the namespace; a null object when there are none or several. */
  getOnlyItemOrNullObject(): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context, () => {
      const parts = live(this.target, 'custom XML part collection');
      return parts.length === 1 ? parts[0] : null;
    });
  }
}

class CustomXmlPartProxy extends ClientObject<FakeXmlPart> {
  protected readonly kind = 'custom XML part';
  protected readonly scalars = ['id', 'namespaceUri'];

  protected override read(part: FakeXmlPart, name: string): unknown {
    return name === 'id' ? part.id : part.namespaceUri;
  }

  get id(): string {
    return this.get('id') as string;
  }
  get namespaceUri(): string {
    return this.get('namespaceUri') as string;
  }

  getXml(): ClientResult<string> {
    return resultOf(this, (part) => part.xml);
  }

  delete(): void {
    this.enqueueLive((part) => this.state.xml.delete(part));
  }
}

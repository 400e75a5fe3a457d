/** JSON pointers (RFC 6901), the addresses the loader reports problems at and the editor edits at. */

export const escapeSegment = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');

export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export const joinPointer = (segments: readonly (string | number)[]): string => segments.map((s) => `/${escapeSegment(String(s))}`).join('');

type Container = Record<string, unknown> | unknown[];
const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** The value at a pointer, or undefined when the path does not exist. */
export function getAt(doc: unknown, pointer: string): unknown {
  let node: unknown = doc;
  for (const segment of pointerSegments(pointer)) {
    if (!isContainer(node)) return undefined;
    // Own properties only: "/facts/0/constructor" is not Object's constructor function.
    node = Array.isArray(node) ? node[Number(segment)] : Object.hasOwn(node, segment) ? node[segment] : undefined;
  }
  return node;
}

/**
 * A copy of doc with the value at pointer replaced; only the objects on the path are copied, so
 * untouched parts keep their identity. Missing objects on the path are created; undefined removes
 * an object's key. Existing keys keep their place, so the file's key order survives an edit.
 */
export function setAt<T>(doc: T, pointer: string, value: unknown): T {
  return setSegments(doc, pointerSegments(pointer), value) as T;
}

function setSegments(node: unknown, segments: string[], value: unknown): unknown {
  if (segments.length === 0) return value;
  const [head, ...rest] = segments;
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[Number(head)] = setSegments(node[Number(head)], rest, value);
    return copy;
  }
  const object: Record<string, unknown> = isContainer(node) ? { ...(node as Record<string, unknown>) } : {};
  const next = setSegments(Object.hasOwn(object, head) ? object[head] : undefined, rest, value);
  if (next === undefined) delete object[head];
  // defineProperty, so a "__proto__" key (JSON.parse makes one) stays a key and never sets the prototype.
  else Object.defineProperty(object, head, { value: next, enumerable: true, writable: true, configurable: true });
  return object;
}

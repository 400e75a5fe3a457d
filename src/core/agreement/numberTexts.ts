import { escapeSegment } from './pointer';

interface Frame {
  pointer: string;
  array: boolean;
  /** Arrays: the index of the next item. */
  index: number;
  /** Objects: the key whose value comes next, and whether a key (not a value) is due. */
  key: string;
  expectKey: boolean;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]/;

/**
 * The text of every number in a JSON text, by JSON pointer: "1e400" and "9007199254740993" as
 * written, where JSON.parse gives Infinity and 9007199254740992. The text must already have passed
 * JSON.parse; a key repeated in an object keeps its last value, as JSON.parse does. The scan is
 * iterative and stops below `maxDepth` nested containers (the loader reports those as too deep).
 */
export function numberTexts(text: string, maxDepth: number): Map<string, string> {
  const found = new Map<string, string>();
  const stack: Frame[] = [];
  const valuePointer = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    return top.array ? `${top.pointer}/${top.index}` : `${top.pointer}/${escapeSegment(top.key)}`;
  };

  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (WHITESPACE.test(c)) {
      i++;
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === '{' || c === '[') {
      if (stack.length >= maxDepth) return found;
      stack.push({ pointer: valuePointer(), array: c === '[', index: 0, key: '', expectKey: c === '{' });
      i++;
    } else if (c === '}' || c === ']') {
      stack.pop();
      i++;
    } else if (c === ',') {
      if (top?.array) top.index++;
      else if (top) top.expectKey = true;
      i++;
    } else if (c === ':') {
      if (top) top.expectKey = false;
      i++;
    } else if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (top && !top.array && top.expectKey) top.key = JSON.parse(text.slice(i, end + 1)) as string;
      i = end + 1;
    } else {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      if (match) {
        found.set(valuePointer(), match[0]);
        i += match[0].length;
      } else {
        // true, false, null
        i++;
        while (i < text.length && /[a-z]/.test(text[i])) i++;
      }
    }
  }
  return found;
}

/**
 * Numbers in JSON text too large for a double (beyond ±1.8e308). JSON.parse reads them as
 * ±Infinity, which a message would show as null (JSON has no Infinity), so they are refused
 * where the text is parsed, each named by its field and shown as written. Pure.
 */
import { ScenarioError, shorten } from './errors.ts';

/**
 * Refuse `value`, parsed from `text`, if it holds a number a double cannot: one issue per
 * field, in the order of the text. `where` is the path of `value` itself ("" for a file).
 */
export function checkFiniteNumbers(value: unknown, text: string, where: string, file?: string): void {
  const infinite = infinitePaths(value, where);
  if (infinite.size === 0) return;
  const issues = [...writtenNumbers(text, where)]
    .filter(([path]) => infinite.has(path))
    .map(([path, written]) => ({ path, message: `${shorten(written)} is too large for a number (beyond ±1.8e308); expected a finite number` }));
  throw new ScenarioError(issues, file);
}

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

/** The paths of the infinite numbers in a parsed value (iterative: a value may nest deeply). */
function infinitePaths(value: unknown, where: string): Set<string> {
  const paths = new Set<string>();
  const stack: Array<[unknown, string]> = [[value, where]];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'number' && !Number.isFinite(v)) paths.add(path);
    else if (Array.isArray(v)) v.forEach((item, i) => stack.push([item, `${path}[${i}]`]));
    else if (typeof v === 'object' && v !== null) for (const [key, child] of Object.entries(v)) stack.push([child, join(path, key)]);
  }
  return paths;
}

const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * The numbers of valid JSON text a double cannot hold, by path, as written. A key given twice
 * keeps its last number, as JSON.parse keeps its last value.
 */
function writtenNumbers(text: string, where: string): Map<string, string> {
  const found = new Map<string, string>();
  // The open objects and arrays: each one's path, and the key or index of its current value.
  const open: Array<{ path: string; array: boolean; index: number; key: string; keyNext: boolean }> = [];
  const here = (): string => {
    const top = open.at(-1);
    return top === undefined ? where : top.array ? `${top.path}[${top.index}]` : join(top.path, top.key);
  };
  for (let i = 0; i < text.length;) {
    const ch = text[i]!;
    const top = open.at(-1);
    if (ch === '{' || ch === '[') {
      open.push({ path: here(), array: ch === '[', index: 0, key: '', keyNext: true });
      i++;
    } else if (ch === '}' || ch === ']') {
      open.pop();
      i++;
    } else if (ch === ',') {
      if (top!.array) top!.index++;
      else top!.keyNext = true;
      i++;
    } else if (ch === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (top !== undefined && !top.array && top.keyNext) {
        top.key = JSON.parse(text.slice(i, end + 1)) as string; // decoded as JSON.parse decodes it
        top.keyNext = false;
      }
      i = end + 1;
    } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
      NUMBER.lastIndex = i;
      const written = NUMBER.exec(text)![0];
      if (!Number.isFinite(Number(written))) found.set(here(), written);
      i += written.length;
    } else {
      i++; // white space, ":", and the letters of true, false and null
    }
  }
  return found;
}

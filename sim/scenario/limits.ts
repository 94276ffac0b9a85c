/**
 * Limits on scenario input, checked before any work so that no file, flag or event can make
 * a run hang or run out of memory. Each is far above what a real scenario needs (the ready
 * scenarios are under 2 KB, nest 3 levels deep and hold a handful of events). Pure.
 */
import { ScenarioError } from './errors.ts';

export const LIMITS = {
  /** Bytes of one scenario file. */
  fileBytes: 1_048_576,
  /** Levels of objects and lists inside one another. */
  nesting: 32,
  /** Characters in one string or key (rules are the longest legitimate strings). */
  stringLength: 10_000,
  /** Events in one scenario. */
  events: 1_000,
  /**
   * Charity organisations in a run, at the start and opened by events together (each is a
   * small object, ≈100 bytes). The declared ranges allow up to 1,000,000 at the start
   * (2 × 1,000 per 10,000 households × 5,000,000 households); events may open as many again.
   */
  organisations: 2_000_000,
} as const;

/** Refuse text too large or nested too deeply, before parsing it (a linear scan, no recursion). */
export function checkTextLimits(text: string, file: string): void {
  // Characters, not bytes (no encoder needed here): a file within the byte limit is within this one.
  if (text.length > LIMITS.fileBytes) throw new ScenarioError([{ path: '', message: `is larger than 1 MiB (${text.length} characters); expected at most ${LIMITS.fileBytes} bytes` }], file);
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') {
      inString = true;
    } else if (ch === '{' || ch === '[') {
      if (++depth > LIMITS.nesting) throw new ScenarioError([{ path: '', message: `nests objects or lists more than ${LIMITS.nesting} levels deep; expected at most ${LIMITS.nesting}` }], file);
    } else if (ch === '}' || ch === ']') {
      depth--;
    }
  }
}

/**
 * Refuse a parsed value with a string or key longer than the limit, or nested too deeply
 * (for values that did not come from checked text, such as `--set`). Iterative.
 */
export function checkValueLimits(value: unknown, where: string, file?: string): void {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: where, depth: 0 }];
  while (stack.length > 0) {
    const { value: v, path, depth } = stack.pop()!;
    if (typeof v === 'string' && v.length > LIMITS.stringLength) {
      throw new ScenarioError([{ path, message: `is a string of ${v.length} characters; expected at most ${LIMITS.stringLength}` }], file);
    }
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= LIMITS.nesting) throw new ScenarioError([{ path, message: `nests objects or lists more than ${LIMITS.nesting} levels deep; expected at most ${LIMITS.nesting}` }], file);
    for (const [key, child] of Object.entries(v)) {
      if (key.length > LIMITS.stringLength) {
        throw new ScenarioError([{ path, message: `has a key of ${key.length} characters; expected at most ${LIMITS.stringLength}` }], file);
      }
      stack.push({ value: child, path: path ? `${path}.${key}` : key, depth: depth + 1 });
    }
  }
}

/**
 * Putting a scenario together before validation: follow `extends` (a path relative to
 * the extending file, or absolute) and merge each file over its parent, then apply
 * `--set path=value` overrides. File access is injected, so the same code serves the
 * CLI (files on disk) and the browser (bundled scenario files).
 */
import { closest } from '../common/closest.ts';
import { ScenarioError, quote } from './errors.ts';
import { PARAMETER_BY_PATH } from './parameters.ts';
import { jsonErrorOffset } from './jsonErrorOffset.ts';
import { checkFiniteNumbers } from './finiteNumbers.ts';
import { checkTextLimits, checkValueLimits } from './limits.ts';
import { isObject, setPath } from '../common/plainData.ts';

/** Reads the text of a file by its (POSIX) path; throws if it cannot. */
export type ReadText = (path: string) => string;

const MAX_DEPTH = 32;

/**
 * Which file each field of a composed scenario comes from: dotted paths (as issues name
 * them) to the file that set them last, so a problem in a parent is reported in the parent.
 */
export type Sources = Map<string, string>;

/** Load `path` and everything it extends, merged, with `extends` removed; `sources` learns where each field comes from. */
export function composeScenario(path: string, read: ReadText, chain: string[] = [], sources?: Sources): Record<string, unknown> {
  if (chain.includes(path)) throw new ScenarioError([{ path: 'extends', message: `makes a cycle: ${[...chain, path].join(' → ')}; expected a chain that ends` }], chain.at(-1));
  if (chain.length >= MAX_DEPTH) throw new ScenarioError([{ path: 'extends', message: `goes more than ${MAX_DEPTH} files deep; expected a shorter chain` }], path);
  const raw = parseJson(readOrFail(path, read, chain.at(-1)), path);
  const parentRef = raw.extends;
  delete raw.extends;
  if (parentRef !== undefined && (typeof parentRef !== 'string' || parentRef.trim() === '')) {
    throw new ScenarioError([{ path: 'extends', message: `is ${quote(parentRef)}; expected the path of another scenario file` }], path);
  }
  // The parent first, so that this file's fields, recorded after, win.
  const parent = typeof parentRef === 'string' ? composeScenario(resolvePath(dirname(path), parentRef), read, [...chain, path], sources) : undefined;
  if (sources) recordSources(raw, path, sources);
  return parent ? mergeDeep(parent, raw) : raw;
}

/** Note `file` as the source of every field of `raw` (nesting is bounded by parseJson's limits). */
export function recordSources(raw: Record<string, unknown>, file: string, sources: Sources, prefix = ''): void {
  for (const [key, value] of Object.entries(raw)) {
    const path = prefix ? `${prefix}.${key}` : key;
    sources.set(path, file);
    if (isObject(value)) recordSources(value, file, sources, path);
  }
}

/** The file a field named by an issue path ("a.b", "events[3].month") comes from, if known. */
export function sourceOf(issuePath: string, sources: Sources): string | undefined {
  for (let path = issuePath; path !== ''; path = enclosing(path)) {
    const file = sources.get(path);
    if (file !== undefined) return file;
  }
  return undefined;
}

/**
 * The path one step up: "events[3].month" → "events[3]" → "events" → "". Keys may hold
 * "." or "[" themselves, so this may stop inside a key; the path is shorter every step
 * whatever the keys hold, so a walk up always ends.
 */
function enclosing(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf('.'), path.lastIndexOf('[')));
}

function readOrFail(path: string, read: ReadText, from?: string): string {
  try {
    return read(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `cannot be read (${reason}); expected an existing scenario file`;
    throw new ScenarioError([{ path: from ? 'extends' : '', message: from ? `${quote(path)} ${message}` : message }], from ?? path);
  }
}

export function parseJson(text: string, file: string): Record<string, unknown> {
  checkTextLimits(text, file);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Not V8's message: it quotes the text around the error, and the file may be anything
    // (a password file named by mistake), so its content is never echoed.
    throw new ScenarioError([{ path: '', message: `is not valid JSON (${whereJsonFails(text)}); expected a JSON object` }], file);
  }
  checkFiniteNumbers(value, text, '', file);
  if (!isObject(value)) throw new ScenarioError([{ path: '', message: `holds ${quote(value)}; expected a JSON object of scenario keys` }], file);
  checkValueLimits(value, '', file);
  return value;
}

/** Where JSON text first goes wrong, as "unexpected character at line L column C" or "ends too soon". */
function whereJsonFails(text: string): string {
  const at = jsonErrorOffset(text);
  if (at === undefined) return 'the text cannot be read as JSON';
  if (at >= text.length) return 'the text ends too soon';
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `unexpected character at line ${line} column ${column}`;
}

/** Objects merge key by key; anything else in `over` replaces what is in `base`. */
export function mergeDeep(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prior = Object.hasOwn(out, key) ? out[key] : undefined;
    // Define, not assign: assigning a "__proto__" key would change the prototype and hide the key.
    Object.defineProperty(out, key, {
      value: isObject(prior) && isObject(value) ? mergeDeep(prior, value) : value,
      enumerable: true, writable: true, configurable: true,
    });
  }
  return out;
}

/** Paths whose value is text even when it looks like JSON (rules such as `0` or `income_pc < line`). */
const TEXT_PATHS = new Set(['name', 'description', ...[...PARAMETER_BY_PATH].filter(([, p]) => p.kind === 'rule').map(([path]) => path)]);

/** The dotted paths `--set` accepts: every parameter, name, description, and events (as JSON). */
export const SETTABLE_PATHS = [...PARAMETER_BY_PATH.keys(), 'name', 'description', 'events'];

/**
 * Apply one `path=value` override. The value is read as JSON where it parses
 * (numbers, strings in quotes) and as plain text otherwise; rules, names and
 * descriptions are always text.
 */
export function applySet(raw: Record<string, unknown>, assignment: string): Record<string, unknown> {
  const eq = assignment.indexOf('=');
  if (eq <= 0) throw new ScenarioError([{ path: '--set', message: `${quote(assignment)} is not of the form path=value; expected e.g. government.dibao.lineUrban=900` }]);
  const path = assignment.slice(0, eq).trim();
  const text = assignment.slice(eq + 1);
  if (!SETTABLE_PATHS.includes(path)) {
    const hint = closest(path, SETTABLE_PATHS);
    throw new ScenarioError([{ path: '--set', message: `${quote(path)} is not a scenario parameter${hint ? ` (did you mean "${hint}"?)` : ''}; see docs/parameters.md for the list` }]);
  }
  let value: unknown = text;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!TEXT_PATHS.has(path) || typeof parsed === 'string') value = parsed;
  } catch {
    // not JSON: keep the text, e.g. a rule such as income_pc < line
  }
  checkValueLimits(value, `--set ${path}`);
  checkFiniteNumbers(value, text, path, '--set');
  return setPath(raw, path, value);
}

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '.' : i === 0 ? '/' : path.slice(0, i);
}

/** Resolve a POSIX path reference against a directory (no file system access). */
export function resolvePath(dir: string, ref: string): string {
  const absolute = ref.startsWith('/');
  const parts = (absolute ? ref : `${dir}/${ref}`).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out.at(-1) !== '..') out.pop();
    else out.push(part);
  }
  const lead = absolute || dir.startsWith('/') ? '/' : '';
  return lead + out.join('/');
}

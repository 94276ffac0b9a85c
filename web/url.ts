/**
 * The whole scenario in the URL: `#s=` followed by the base64url form of the UTF-8 JSON
 * of the user's raw scenario (their settings, not the resolved one with every default).
 * Decoding is data only — JSON.parse, then the scenario validator; nothing is evaluated,
 * and nothing from the link is merged by plain assignment.
 */
import { ScenarioError, quote } from '../sim/scenario/errors.ts';
import { withPattern } from '../sim/scenario/load.ts';
import type { Scenario } from '../sim/scenario/parameters.ts';
import { validateScenario } from '../sim/scenario/validate.ts';
import { isObject } from '../sim/common/plainData.ts';

/** A hash longer than this is refused unread (and encodeScenario will not make one). */
export const MAX_HASH_LENGTH = 20_000;

/** What a link holds: the raw scenario and its validated form, or why it could not be read. */
export type DecodedScenario =
  | { ok: true; raw: Record<string, unknown>; scenario: Scenario }
  | { ok: false; error: string };

/** A scenario whose link would be longer than MAX_HASH_LENGTH. */
export class LinkTooLongError extends RangeError {
  constructor(readonly characters: number) {
    super(`the scenario makes a link of ${characters} characters; a link may hold at most ${MAX_HASH_LENGTH}`);
  }
}

/**
 * `#s=` + base64url (no padding) of the UTF-8 JSON of `raw`, as given. Throws a
 * LinkTooLongError when the result would be longer than MAX_HASH_LENGTH (offer a download
 * instead), and JSON.stringify's TypeError for data that is not JSON (a cycle, a BigInt).
 */
export function encodeScenario(raw: Record<string, unknown>): string {
  const json = JSON.stringify(raw);
  const hash = `#s=${toBase64Url(new TextEncoder().encode(json))}`;
  if (hash.length > MAX_HASH_LENGTH) throw new LinkTooLongError(hash.length);
  return hash;
}

/**
 * Read a scenario from a URL hash (`location.hash`, with or without its `#`).
 *
 * - `null`: the hash holds no scenario — it is '' or '#', or has no `s=` part
 *   (parts are separated by `&`, so `#s=…&lesson=2` also works).
 * - `{ ok: true, raw, scenario }`: `raw` is the decoded object exactly as encoded and
 *   `scenario` is `validateScenario(withPattern(raw))`.
 * - `{ ok: false, error }`: why it could not be read, in one message that names the
 *   problem (too long, not base64url, not UTF-8, not JSON, not an object) or, from the
 *   validator, the field, its value and what was expected. Never throws.
 */
export function decodeScenario(hash: string): DecodedScenario | null {
  if (typeof hash !== 'string') return fail(`the link is ${quote(hash)}; expected text`);
  if (hash.length > MAX_HASH_LENGTH) {
    return fail(`the link is ${hash.length} characters long; a scenario link may be at most ${MAX_HASH_LENGTH}`);
  }
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body === '') return null;
  const values = body.split('&').filter((part) => part === 's' || part.startsWith('s=')).map((part) => part.slice(2));
  if (values.length === 0) return null;
  if (values.length > 1) return fail('the link holds more than one scenario (s=…); expected one');
  const data = values[0]!;
  if (data === '') return fail('the link\'s scenario data (after s=) is empty');

  const bytes = fromBase64Url(data);
  if (typeof bytes === 'string') return fail(`the scenario data is not valid base64url: ${bytes}`);

  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return fail('the scenario data is not valid UTF-8 text');
  }

  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
    return fail(`the scenario data is not valid JSON (${message})`);
  }
  if (!isObject(value)) return fail(`the scenario data holds ${quote(value)}; expected a JSON object of scenario keys`);
  if (Object.hasOwn(value, 'extends')) {
    return fail(`extends: is ${quote(value.extends)}; a link must hold the whole scenario, so it cannot extend a scenario file`);
  }

  try {
    return { ok: true, raw: value, scenario: validateScenario(withPattern(value)) };
  } catch (error) {
    if (error instanceof ScenarioError) return fail(error.message);
    // Not expected from the validator; still a bad link, not a crash of the app.
    return fail(`the scenario could not be checked (${error instanceof Error ? error.message : String(error)})`);
  }
}

const fail = (error: string): DecodedScenario => ({ ok: false, error });

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of unpadded base64url text, or a description of what is wrong with it. */
function fromBase64Url(text: string): Uint8Array | string {
  const bad = /[^A-Za-z0-9_-]/.exec(text);
  if (bad) return `unexpected character ${JSON.stringify(bad[0])} at position ${bad.index + 1}`;
  if (text.length % 4 === 1) return `its length (${text.length}) cannot be base64url (one character too many or too few)`;
  let binary: string;
  try {
    binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  } catch {
    return 'it could not be decoded';
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

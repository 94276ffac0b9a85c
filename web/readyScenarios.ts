/**
 * The ready scenarios of scenarios/, bundled with the app and composed (their `extends`
 * followed) exactly as the CLI composes them, so a scenario run here and with
 * `gapsim run scenarios/<file>` is the same scenario.
 */
import { composeScenario } from '../sim/scenario/compose.ts';

const files = import.meta.glob('../scenarios/*.json', { eager: true, query: '?raw', import: 'default' }) as Record<string, string>;

/** Bundled files by a POSIX path of our own ('/scenarios/<file>'). */
const byPath = new Map(Object.entries(files).map(([key, text]) => [`/scenarios/${key.split('/').at(-1)!}`, text]));

export interface ReadyScenario {
  readonly file: string;
  readonly name: string;
  readonly description: string;
  readonly raw: Record<string, unknown>;
}

function read(path: string): string {
  const text = byPath.get(path);
  if (text === undefined) throw new Error(`no bundled scenario ${path}`);
  return text;
}

export const READY_SCENARIOS: readonly ReadyScenario[] = [...byPath.keys()]
  .sort((a, b) => (a.endsWith('/baseline.json') ? -1 : b.endsWith('/baseline.json') ? 1 : a.localeCompare(b)))
  .map((path) => {
    const raw = composeScenario(path, read);
    return { file: path.slice(1), name: String(raw.name ?? path), description: String(raw.description ?? ''), raw };
  });

export const DEFAULT_SCENARIO = READY_SCENARIOS[0]!;

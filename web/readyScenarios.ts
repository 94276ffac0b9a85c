/**
 * The ready scenarios of scenarios/, bundled with the app and composed (their `extends`
 * followed) exactly as the CLI composes them, so a scenario run here and with
 * `gapsim run scenarios/<file>` is the same scenario.
 */
import { composeScenario } from '../sim/scenario/compose.ts';
import { RUN_SETTINGS } from '../sim/scenario/parameters.ts';
import { scenarioText } from './i18n/scenarioTexts.ts';

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

/** The ready scenario a scenario started from (by its name), else the default. */
export function originOf(raw: Readonly<Record<string, unknown>>): ReadyScenario {
  return READY_SCENARIOS.find((s) => s.name === raw.name) ?? DEFAULT_SCENARIO;
}

/** The defaults of the ready scenario a scenario started from, with its run settings (size, months, seed): what its changes are measured against. */
export function defaultsOf(raw: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const settings = RUN_SETTINGS.filter((key) => raw[key] !== undefined).map((key) => [key, raw[key]]);
  return { ...structuredClone(originOf(raw).raw), ...Object.fromEntries(settings) };
}

/** The scenario's name and question in the page's language, when they are a ready scenario's, unchanged. */
export function readyText(raw: Readonly<Record<string, unknown>>): { name: string; description: string } | undefined {
  const ready = READY_SCENARIOS.find((s) => s.name === raw.name && s.description === raw.description);
  return ready ? scenarioText(ready.file, ready) : undefined;
}

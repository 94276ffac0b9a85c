/**
 * Scheduled events (sources.md §9), validated field by field: a trust shock (scandal), a
 * grant cut, a disaster, the opening of charities, and a policy change that sets any
 * policy parameters (the dibao line, data sharing, the digital divide, …) from a month on.
 */
import { LIMITS } from './limits.ts';
import { closest } from '../common/closest.ts';
import { quote, type Issue } from './errors.ts';
import type { ScenarioValues } from './parameters.ts';

/**
 * The kinds of charity a scenario names: each has its section of parameters (charities.*,
 * which `satisfies` checks) and a scandal may aim at one. The list is scenario vocabulary,
 * so it lives here; the engine, which may take only types from sim/scenario/, takes the
 * CharityKind type and keeps a reputation per kind in a record the compiler checks against it.
 */
export const CHARITY_KINDS = ['community', 'foundation', 'crowdfunding', 'hub'] as const satisfies ReadonlyArray<keyof ScenarioValues['charities']>;
export type CharityKind = (typeof CHARITY_KINDS)[number];

export const EVENT_TYPES = ['trust_shock', 'grant_cut', 'disaster', 'open_charities', 'policy'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export type ScenarioEvent =
  | { month: number; type: 'trust_shock'; magnitude: number; kind?: CharityKind }
  | { month: number; type: 'grant_cut'; share: number }
  | { month: number; type: 'disaster'; share: number; severity: number; region: 'all' | 'urban' | 'rural' }
  | { month: number; type: 'open_charities'; kind: 'community' | 'foundation' | 'hub'; count: number }
  | { month: number; type: 'policy'; set: Record<string, unknown> };

type Field = { kind: 'share' | 'count'; optional?: false } | { kind: 'choice'; options: readonly string[]; optional?: boolean } | { kind: 'changes' };

/** The fields of each event type besides month and type (a share is in (0, 1]). */
export const EVENT_FIELDS: Record<EventType, Record<string, Field>> = {
  trust_shock: { magnitude: { kind: 'share' }, kind: { kind: 'choice', options: CHARITY_KINDS, optional: true } },
  grant_cut: { share: { kind: 'share' } },
  disaster: { share: { kind: 'share' }, severity: { kind: 'share' }, region: { kind: 'choice', options: ['all', 'urban', 'rural'], optional: true } },
  open_charities: { kind: { kind: 'choice', options: ['community', 'foundation', 'hub'] }, count: { kind: 'count' } },
  policy: { set: { kind: 'changes' } },
};

export const EVENT_MEANINGS: Record<EventType, string> = {
  trust_shock: 'a scandal: public trust falls by `magnitude` (0–1); with `kind`, that kind of charity\'s reputation takes the full hit and public trust half',
  grant_cut: 'government grants to charities fall by `share` (0–1) from this month on',
  disaster: 'a `share` of households (in `region`: all, urban or rural) lose livelihood and health: employment need + `severity`, medical need + half of it',
  open_charities: '`count` new organisations of `kind` (community, foundation or hub) open',
  policy: 'from this month on, `set` gives new values to policy parameters, e.g. {"government.dibao.lineRural": 700}',
};

/**
 * Check `raw` (the scenario's `events`) and return the events, collecting problems.
 * `checkChanges` validates a policy event's changes (it knows the parameters).
 */
export function validateEvents(
  raw: unknown,
  months: number,
  issues: Issue[],
  checkChanges: (changes: Record<string, unknown>, path: string, issues: Issue[]) => void,
): ScenarioEvent[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    issues.push({ path: 'events', message: `is ${quote(raw)}; expected a list of events such as [{"month": 12, "type": "trust_shock", "magnitude": 0.3}]` });
    return [];
  }
  if (raw.length > LIMITS.events) {
    issues.push({ path: 'events', message: `holds ${raw.length} events; expected at most ${LIMITS.events}` });
    return [];
  }
  const events: ScenarioEvent[] = [];
  raw.forEach((event, i) => {
    const path = `events[${i}]`;
    const before = issues.length;
    if (typeof event !== 'object' || event === null || Array.isArray(event)) {
      issues.push({ path, message: `is ${quote(event)}; expected an object with month and type` });
      return;
    }
    const e = event as Record<string, unknown>;
    if (!Number.isInteger(e.month) || (e.month as number) < 1 || (e.month as number) > months) {
      issues.push({ path: `${path}.month`, message: `is ${quote(e.month)}; expected a whole number from 1 to ${months} (a month of the run)` });
    }
    const type = e.type;
    if (typeof type !== 'string' || !(EVENT_TYPES as readonly string[]).includes(type)) {
      const hint = typeof type === 'string' ? closest(type, EVENT_TYPES) : undefined;
      issues.push({ path: `${path}.type`, message: `is ${quote(type)}${hint ? ` (did you mean "${hint}"?)` : ''}; expected one of: ${EVENT_TYPES.join(', ')}` });
      return;
    }
    const fields = EVENT_FIELDS[type as EventType];
    for (const key of Object.keys(e)) {
      if (key !== 'month' && key !== 'type' && !Object.hasOwn(fields, key)) {
        issues.push({ path: `${path}.${key}`, message: `is not a field of a ${type} event; expected: month, type, ${Object.keys(fields).join(', ')}` });
      }
    }
    for (const [key, field] of Object.entries(fields)) {
      const value = e[key];
      const at = `${path}.${key}`;
      if (value === undefined) {
        if (field.kind !== 'choice' || !field.optional) issues.push({ path: at, message: `is missing; a ${type} event needs it` });
        continue;
      }
      if (field.kind === 'share' && !(typeof value === 'number' && value > 0 && value <= 1)) {
        issues.push({ path: at, message: `is ${quote(value)}; expected a number above 0 and at most 1` });
      } else if (field.kind === 'count' && !(Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 10_000)) {
        issues.push({ path: at, message: `is ${quote(value)}; expected a whole number from 1 to 10000` });
      } else if (field.kind === 'choice' && !(typeof value === 'string' && field.options.includes(value))) {
        issues.push({ path: at, message: `is ${quote(value)}; expected one of: ${field.options.join(', ')}` });
      } else if (field.kind === 'changes') {
        if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.keys(value).length === 0) {
          issues.push({ path: at, message: `is ${quote(value)}; expected an object of parameter paths and values, e.g. {"government.dibao.lineRural": 700}` });
        } else {
          checkChanges(value as Record<string, unknown>, at, issues);
        }
      }
    }
    if (issues.length > before) return;
    const valid = { ...e } as ScenarioEvent;
    if (valid.type === 'disaster') valid.region ??= 'all';
    events.push(valid);
  });
  return events.sort((a, b) => a.month - b.month);
}

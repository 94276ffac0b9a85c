/**
 * Markdown tables generated from the single definitions of parameters, metrics, groups,
 * reasons and rule variables. `npm run docs` writes them into docs/ and README.md; a test
 * fails when a committed copy is out of date.
 */
import { GROUPS } from '../engine/groups.ts';
import { METRICS } from '../engine/metrics.ts';
import { REASONS, REASON_MEANINGS } from '../engine/reasons.ts';
import { RULE_FUNCTIONS } from '../rules/compiler.ts';
import { FITTED_FILE } from '../scenario/calibrated.ts';
import type { Param } from '../scenario/param.ts';
import { PARAMETER_BY_PATH, RUN_SETTINGS } from '../scenario/parameters.ts';
import { PATTERNS, PATTERN_MEANINGS, presetValues } from '../scenario/patterns.ts';
import { EVENT_FIELDS, EVENT_MEANINGS, EVENT_TYPES } from '../scenario/events.ts';
import { RULE_VARIABLES } from '../scenario/ruleVariables.ts';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function parametersTable(): string {
  const rows = [...PARAMETER_BY_PATH].map(([path, p]) => {
    const range = p.kind === 'rule' ? 'expression' : p.kind === 'choice' ? p.options!.join(', ') : p.kind === 'choices' ? `a list of: ${p.options!.join(', ')}`
      : `${p.min ?? '−∞'} – ${p.max ?? '∞'}${p.kind === 'integer' ? ', whole' : ''}`;
    const plausible = p.plausible ? `${p.plausible[0]} – ${p.plausible[1]}` : RUN_SETTINGS.includes(path) ? '— (run setting)' : '—';
    const value = typeof p.default === 'string' ? `\`${p.default}\`` : Array.isArray(p.default) ? `\`${JSON.stringify(p.default)}\`` : String(p.default);
    return `| \`${path}\` | ${value} | ${cell(p.unit)} | ${range} | ${plausible} | ${cell(p.description)} | ${cell(sourceOf(p))} |`;
  });
  return ['| parameter | default | unit | allowed | plausible | meaning | source of the default |', '|---|---|---|---|---|---|---|', ...rows].join('\n');
}

/** Where a default comes from; a calibrated one names its targets first. */
function sourceOf(p: Param): string {
  if (!p.calibrated?.length) return p.source;
  return `calibrated to ${p.calibrated.join(', ')} (${FITTED_FILE}); before calibration: ${p.source}`;
}

export function metricsTable(): string {
  const rows = METRICS.map((m) => `| \`${m.name}\` | ${cell(m.unit)} | ${cell(m.description)} |`);
  return ['| metric | unit | meaning |', '|---|---|---|', ...rows].join('\n');
}

export function reasonsTable(): string {
  return ['| reason | meaning |', '|---|---|', ...REASONS.map((r) => `| \`${r}\` | ${cell(REASON_MEANINGS[r])} |`)].join('\n');
}

export function ruleVariablesTable(): string {
  const rows = RULE_VARIABLES.map((v) => `| \`${v.name}\` | ${cell(v.unit)} | ${cell(v.description)} |`);
  return [
    '| variable | unit | meaning |', '|---|---|---|', ...rows, '',
    `Operators: \`+ - * / ^ %\`, comparisons \`< <= > >= == !=\`, \`and or not xor\`, \`cond ? a : b\`, parentheses; functions: ${Object.keys(RULE_FUNCTIONS).map((f) => `\`${f}\``).join(', ')}. Booleans count as 1 and 0.`,
  ].join('\n');
}

export const groupsList = (): string => GROUPS.map((g) => `\`${g}\``).join(', ');

/** Rows of the pattern table: each switch and its value under each pattern. */
export function patternRows(): string {
  const columns = PATTERNS.map((p) => new Map(presetValues(p)));
  const header = `| switch | ${PATTERNS.map((p) => p.replace(/_/g, ' ')).join(' | ')} |\n|---|${PATTERNS.map(() => '---|').join('')}`;
  return [header, ...[...columns[0]!.keys()].map((path) => `| \`${path}\` | ${columns.map((c) => String(c.get(path))).join(' | ')} |`)].join('\n');
}

export function patternsList(): string {
  return PATTERNS.map((p) => `- \`${p}\` — ${PATTERN_MEANINGS[p]}`).join('\n');
}

/** docs/parameters.md in full. */
export function parametersDocument(): string {
  return [
    '# Scenario parameters',
    '',
    'Generated from `sim/scenario/parameters.ts` by `npm run docs`; do not edit by hand.',
    'Sources: [R] read in the source, [S] read in a reprint, [D] our arithmetic on such figures — [U] uncertain — see `docs/sources.md`; "assumption" marks a value chosen without a published figure.',
    '"allowed" is what a scenario file may set; "plausible" is the narrower range a modeller would defend for a Chinese county today, which sweeps and calibration should stay inside.',
    '',
    parametersTable(),
    '',
    '## Variables of eligibility rules',
    '',
    ruleVariablesTable(),
    '',
  ].join('\n');
}

/** Replace the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceBlock(document: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = document.indexOf(start);
  const j = document.indexOf(end);
  if (i < 0 || j < i) throw new Error(`markers ${start} … ${end} not found`);
  return `${document.slice(0, i + start.length)}\n${content}\n${document.slice(j)}`;
}

/** The README with its generated blocks brought up to date. */
export function updateReadme(readme: string, scenarios: Parameters<typeof scenariosList>[0]): string {
  let out = replaceBlock(readme, 'metrics', metricsTable());
  out = replaceBlock(out, 'scenarios', scenariosList(scenarios));
  out = replaceBlock(out, 'reasons', reasonsTable());
  out = replaceBlock(out, 'patterns', patternsList());
  out = replaceBlock(out, 'events', eventsList());
  return replaceBlock(out, 'groups', groupsList());
}

/** The list of ready scenarios: file, name and the question it answers. */
export function scenariosList(scenarios: ReadonlyArray<{ file: string; name: string; description: string }>): string {
  return scenarios.map((s) => `- \`${s.file}\` — **${s.name}.** ${s.description}`).join('\n');
}

/** docs/MODEL.md with its generated blocks brought up to date. */
export function updateModel(model: string): string {
  let out = replaceBlock(model, 'metrics', metricsTable());
  out = replaceBlock(out, 'patterns', patternRows());
  return replaceBlock(out, 'parameters', parametersTable());
}

export function eventsList(): string {
  return EVENT_TYPES.map((t) => `- \`${t}\` (${['month', ...Object.keys(EVENT_FIELDS[t])].join(', ')}) — ${EVENT_MEANINGS[t]}`).join('\n');
}

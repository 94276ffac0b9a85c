/**
 * docs/validation.md as text, in the order of TRACE (Grimm et al. 2014): problem
 * formulation, model description, data evaluation, conceptual model evaluation,
 * implementation verification, output verification, model analysis, model output
 * corroboration; then what the model does not reproduce, and the settings. Built only from
 * computed results and the declarations in code. Pure (no Node, no DOM).
 */
import { format } from 'd3';
import { PATTERNS } from '../scenario/patterns.ts';
import type { Target } from '../calibration/targets.ts';
import { familyLabel, figureName } from './figures.ts';
import { LEVERS } from './levers.ts';
import { NOTES, UNKNOWN_REASON, type Notes } from './notes.ts';
import { SIZE_FLOOR, SIZE_SE } from './sizeInvariance.ts';
import type { Summary, Verdict } from './statistics.ts';
import { FACTS } from './stylisedFacts.ts';
import type { TargetFit } from './targetFit.ts';
import type { FactResult, LeverResult, MeasureResult, ValidationResults } from './validation.ts';

export interface ReportMeta {
  /** Digest of the files the report was made from (digest.ts). */
  readonly digest: string;
  readonly wallSeconds: number;
  /** How the runs were run, e.g. "in process" or "2 worker threads". */
  readonly runner: string;
  readonly version: string;
}

export const DIGEST_MARKER = 'validation-digest:';
export const STALE_MESSAGE = 'docs/validation.md is stale: run npm run validation';

/** The digest embedded in a report, or null. */
export function digestOf(report: string): string | null {
  const match = new RegExp(`<!-- ${DIGEST_MARKER} ([0-9a-f]+) -->`).exec(report);
  return match ? match[1]! : null;
}

const big = format(',.0f');
const small = format('.3~g');
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return '—';
  return Math.abs(x) >= 1000 ? big(x) : small(x);
}
const interval = (s: Summary): string => (s.n >= 2 && Number.isFinite(s.low) ? `[${fmt(s.low)}, ${fmt(s.high)}]` : '—');
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = (head: readonly string[], rows: readonly (readonly string[])[]): string =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

export const VERDICT_WORDS: Record<Verdict, string> = {
  holds: '✓ holds',
  weak: '≈ weak: the mean as expected, the 95% interval not',
  fails: '✗ fails',
  missing: '✗ no value',
};
const passWord = (pass: boolean | null): string => (pass === null ? '✗ no value' : pass ? '✓ pass' : '✗ fail');
const figure = (name: string, alt: string): string => `![${alt}](validation/${name})`;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const withSeeds = (s: Summary): string => (s.missing > 0 ? ` (${s.missing} seed${s.missing === 1 ? '' : 's'} without a value)` : '');

function targetTable(fits: readonly TargetFit[]): string {
  return table(
    ['target', 'published', 'model mean', '95% interval', 'tolerance', '(model − published) ÷ tolerance', 'result'],
    fits.map((f) => [
      `\`${f.target.id}\``, `${fmt(f.target.value)} ${f.target.unit}`, `${fmt(f.summary.mean)}${withSeeds(f.summary)}`, interval(f.summary),
      `± ${fmt(f.target.tolerance)}`, fmt(f.normalised), passWord(f.pass),
    ]),
  );
}

function dataTable(targets: readonly Target[]): string {
  return table(
    ['target', 'published value', 'year', 'role', 'tolerance', 'source', 'why this tolerance'],
    targets.map((t) => [`\`${t.id}\`: ${t.description}`, `${fmt(t.value)} ${t.unit}`, t.year, t.role === 'calibrate' ? 'calibration (fitted)' : 'corroboration (held out)', `± ${fmt(t.tolerance)}`, t.source, t.toleranceReason]),
  );
}

function measureRow(m: MeasureResult): string[] {
  return [m.measure.label, `${fmt(m.summary.mean)}${withSeeds(m.summary)}`, interval(m.summary), m.measure.unit, m.verdict ? VERDICT_WORDS[m.verdict] : 'shown only', marginWords(m)];
}

/** Whether the mean also clears the engine test's extra margin, where it has one. */
function marginWords(m: MeasureResult): string {
  const { margin, expect } = m.measure;
  if (margin === undefined || !expect) return '';
  return `${fmt(margin)}: ${expect * m.summary.mean > margin ? '✓ cleared' : '✗ not cleared'}`;
}

/** Per-pattern families ("family:pattern" ids) as one row per family, one column per pattern. */
function patternTable(measures: readonly MeasureResult[]): string | null {
  const families = new Map<string, MeasureResult[]>();
  for (const m of measures) {
    if (!m.measure.pattern) continue;
    const family = m.measure.id.split(':')[0]!;
    families.set(family, [...(families.get(family) ?? []), m]);
  }
  if (families.size === 0) return null;
  const rows = [...families.values()].map((ms) => {
    const first = ms[0]!.measure;
    return [
      `${familyLabel(first)} (${first.unit})`,
      ...PATTERNS.map((p) => {
        const m = ms.find((x) => x.measure.pattern === p);
        if (!m) return '';
        const mark = m.verdict === 'holds' ? ' ✓' : m.verdict === 'weak' ? ' ≈' : m.verdict ? ' ✗' : '';
        return `${fmt(m.summary.mean)} ${interval(m.summary)}${mark}`;
      }),
    ];
  });
  return table(['measure, mean [95% interval]', ...PATTERNS.map((p) => p.replace(/_/g, ' '))], rows);
}

function factSection(result: FactResult): string {
  const claims = result.measures.filter((m) => m.measure.claim && !m.measure.pattern);
  const perPattern = patternTable(result.measures);
  const patternClaims = result.measures.filter((m) => m.measure.claim && m.measure.pattern);
  return [
    `#### Fact ${result.fact.number}. ${result.fact.statement}`,
    '',
    `**${VERDICT_WORDS[result.verdict]}.** Measured as: ${result.fact.measuredAs}`,
    '',
    ...(claims.length > 0 ? [table(['claim (> 0, or within its bound, when the fact holds)', 'mean', '95% interval', 'unit', 'verdict', 'engine test\'s margin'], claims.map(measureRow)), ''] : []),
    ...(perPattern ? [`Under each pattern (✓ / ≈ / ✗: the verdict where the value has an expected sign or bound${patternClaims.length > 0 ? `; part of the claim: ${[...new Set(patternClaims.map((m) => m.measure.id.split(':')[0]))].join(', ')}` : ''}):`, '', perPattern, '', figure(figureName.fact(result.fact.number), `Fact ${result.fact.number} under each pattern`), ''] : []),
  ].join('\n');
}

function leverTable(levers: readonly LeverResult[]): string {
  const rows: string[][] = [];
  for (const l of levers) {
    for (const m of l.measures) {
      if (m.measure.id.startsWith('low:')) continue;
      const low = l.measures.find((x) => x.measure.id === `low:${m.measure.id}`);
      const expected = m.measure.id.startsWith('unchanged:') ? 'within the bound' : m.measure.expect === 1 ? 'up' : 'down';
      rows.push([`\`${l.lever.id}\``, l.lever.change, m.measure.label, expected, low ? fmt(low.summary.mean) : '', fmt(m.summary.mean), interval(m.summary), m.verdict ? VERDICT_WORDS[m.verdict] : '']);
    }
  }
  return table(['lever', 'change', 'measure', 'expected', 'mean at low', 'mean effect', '95% interval', 'verdict'], rows);
}

function sizeSection(results: ValidationResults): string {
  const { sizes, rows } = results.sizes;
  const reference = sizes.at(-1)!;
  const agree = rows.filter((r) => r.agrees).length;
  return [
    '### Size invariance',
    '',
    `The defaults are run at ${sizes.map((s) => `${format(',')(s.households)} households (${plural(s.seeds, 'seed')})`).join(', ')}, ${results.settings.size.months} months after a ${results.settings.size.warmupMonths}-month warm-up. ` +
      `Each rate and each reason's share of unmet needs at a smaller size is compared with its mean at ${format(',')(reference.households)}: they agree when the absolute difference of means is within max(${SIZE_SE} standard errors of the difference, ${SIZE_FLOOR}). ` +
      `**${agree} of ${rows.length} measures agree at every size.**`,
    '',
    table(
      ['measure', ...sizes.map((s) => `${format(',')(s.households)}: mean [95% interval]`), 'agrees'],
      rows.map((r) => [
        `\`${r.measure.id}\``,
        ...r.perSize.map((s, i) => {
          const c = r.comparisons[i];
          return `${fmt(s.mean)} ${interval(s)}${c ? (c.agrees ? '' : ` ✗ (off by ${fmt(c.difference)}, tolerance ${fmt(c.tolerance)})`) : ''}`;
        }),
        r.agrees ? '✓' : '✗',
      ]),
    ),
    '',
    figure(figureName.size, 'Size invariance'),
  ].join('\n');
}

function notReproduced(results: ValidationResults, notes: Notes): string {
  const reason = (text: string | undefined) => text ?? UNKNOWN_REASON;
  const lines: string[] = [];
  const failingTargets = results.targets.filter((f) => f.pass !== true);
  lines.push('### Published figures outside their tolerance', '');
  if (failingTargets.length === 0) lines.push('None: every target passes.');
  for (const f of failingTargets) {
    lines.push(`- \`${f.target.id}\` (${f.target.role === 'calibrate' ? 'calibration' : 'held out'}): model ${fmt(f.summary.mean)} ${interval(f.summary)} against ${fmt(f.target.value)} ± ${fmt(f.target.tolerance)} ${f.target.unit}. ${reason(notes.targets[f.target.id])}`);
  }
  lines.push('', '### Stylised facts that do not hold', '');
  const facts = results.facts.filter((f) => f.verdict !== 'holds');
  if (facts.length === 0) lines.push('None: every fact holds with its whole 95% interval on the expected side.');
  for (const f of facts) {
    const bad = f.measures.filter((m) => m.measure.claim && m.verdict !== 'holds');
    lines.push(`- Fact ${f.fact.number} (\`${f.fact.id}\`), ${VERDICT_WORDS[f.verdict]}: ${f.fact.statement} ${reason(notes.facts[f.fact.id])}`);
    for (const m of bad) {
      const specific = notes.facts[`${f.fact.id}/${m.measure.id}`];
      lines.push(`  - ${m.measure.label}: ${fmt(m.summary.mean)} ${interval(m.summary)}, ${VERDICT_WORDS[m.verdict!]}.${specific ? ` ${specific}` : ''}`);
    }
  }
  lines.push('', '### Face-validity levers that do not hold', '');
  const levers = results.levers.filter((l) => l.verdict !== 'holds');
  if (levers.length === 0) lines.push('None: every lever moves its metrics the expected way.');
  for (const l of levers) {
    const bad = l.measures.filter((m) => m.measure.claim && m.verdict !== 'holds');
    lines.push(`- \`${l.lever.id}\` (${l.lever.claim}), ${VERDICT_WORDS[l.verdict]}: ${bad.map((m) => `${m.measure.label} ${fmt(m.summary.mean)} ${interval(m.summary)}`).join('; ')}. ${reason(notes.levers[l.lever.id])}`);
  }
  lines.push('', '### Size dependence', '');
  const sizes = results.sizes.rows.filter((r) => !r.agrees);
  if (sizes.length === 0) lines.push('None: every rate and reason share agrees across sizes.');
  for (const r of sizes) {
    const off = r.comparisons.filter((c) => !c.agrees).map((c) => `at ${format(',')(c.households)} off by ${fmt(c.difference)} (tolerance ${fmt(c.tolerance)})`);
    lines.push(`- \`${r.measure.id}\`: ${off.join('; ')}. ${reason(notes.sizes[r.measure.id])}`);
  }
  return lines.join('\n');
}

export function buildReport(results: ValidationResults, meta: ReportMeta, notes: Notes = NOTES): string {
  const s = results.settings;
  const calibrate = results.targets.filter((f) => f.target.role === 'calibrate');
  const corroborate = results.targets.filter((f) => f.target.role === 'corroborate');
  const passing = (fs: readonly TargetFit[]) => fs.filter((f) => f.pass === true).length;
  const count = (vs: readonly { verdict: Verdict }[], v: Verdict) => vs.filter((x) => x.verdict === v).length;
  const tally = (vs: readonly { verdict: Verdict }[]) => `${count(vs, 'holds')} hold, ${count(vs, 'weak')} weak, ${count(vs, 'fails') + count(vs, 'missing')} fail`;
  const sizeAgree = results.sizes.rows.filter((r) => r.agrees).length;
  const minutes = meta.wallSeconds / 60;

  return [
    '<!-- Generated by `npm run validation` (sim/validation/main.ts). Do not edit by hand: change the code, calibration/targets.json or sim/validation/notes.ts and regenerate. -->',
    `<!-- ${DIGEST_MARKER} ${meta.digest} -->`,
    '',
    '# Validation report',
    '',
    'How far gapsim can be trusted, laid out after TRACE (Grimm et al. 2014, *Ecological Modelling* 280: 129–139): problem formulation, model description, data evaluation, conceptual model evaluation, implementation verification, output verification, model analysis and model output corroboration. ' +
      'Every number, table and figure here is computed by `npm run validation` from the code, the ready scenarios and `calibration/targets.json`; a test (`test/sim/validation/stale.test.ts`) fails when any of them has changed since.',
    '',
    '**Summary.** ' + [
      `Calibration targets (fitted): ${passing(calibrate)} of ${calibrate.length} pass.`,
      `Held-out targets: ${passing(corroborate)} of ${corroborate.length} pass.`,
      `Stylised facts: ${tally(results.facts)} (of ${results.facts.length}).`,
      `Face-validity levers: ${tally(results.levers)} (of ${results.levers.length}).`,
      `Size invariance: ${sizeAgree} of ${results.sizes.rows.length} measures agree.`,
    ].join(' '),
    '',
    `Verdicts: a target passes when the model's mean over ${plural(s.seeds, 'seed')} is within its tolerance of the published value. An effect **holds** when its whole 95% interval (t distribution over seeds) lies on the expected side of zero (for a condition such as equal spending: inside its bound), is **weak** when only its mean does, and **fails** otherwise. ` +
      'Comparisons are paired: the same seed gives the same households and shocks under both settings. ' +
      'The engine\'s tests check the same facts on 3 seeds, and so ask the mean to clear an extra margin; the report shows beside each claim whether the 20-seed mean clears it, but judges the effect itself.',
    '',
    '## 1. Problem formulation',
    '',
    'gapsim asks who falls through the gaps of a county\'s social assistance — in which need domain, for what reason and for how long — when government standard aid and charities work together under the four interaction patterns of the source paper (sources.md §8): administrative incorporation, social innovation, policy-driven participation and deep integration; and how trust shocks, data sharing and the digital divide change that picture. ' +
      'It is a tool for comparing arrangements on the same synthetic county, not a forecast for a real one. It is therefore judged on three things: whether it reproduces the scale of published national figures it can be compared with (section 6 for those used to set parameters, section 8 for those held out), whether its levers move outcomes in the directions the design intends (section 7), and whether it shows the seven stylised facts of sources.md §9 as consequences of its mechanisms (section 8).',
    '',
    '## 2. Model description',
    '',
    `The model is described in \`docs/MODEL.md\` (ODD protocol: entities, schedule, submodels, design concepts) and its parameters, with the source of every default, in \`docs/parameters.md\`; both are generated in part from the code (\`npm run docs\`). This report was made from gapsim ${meta.version}; the digest in its first lines is of the engine, scenario, calibration and validation code, the ready scenarios and the targets.`,
    '',
    '## 3. Data evaluation',
    '',
    'The published figures the model is compared with, from `calibration/targets.json`, each with its source in `docs/sources.md` and the reason for its tolerance. "Calibration" figures were used to set parameter defaults; "corroboration" figures were not, and are held out. Parameter defaults and their sources (published figure, our arithmetic on one, or assumption) are listed in `docs/parameters.md`; most behavioural parameters are assumptions.',
    '',
    dataTable(results.targets.map((f) => f.target)),
    '',
    '## 4. Conceptual model evaluation',
    '',
    'The conceptual model makes two kinds of claim that can be checked on its output. The seven stylised facts (sources.md §9) are patterns the model must show as consequences of its mechanisms, not by special-casing a pattern: patterns are presets of the same switches (`sim/scenario/patterns.ts`).',
    '',
    ...FACTS.map((f) => `${f.number}. ${f.statement}`),
    '',
    'The face-validity levers (`sim/validation/levers.ts`) state the direction in which a change of one parameter must move an outcome, other things equal:',
    '',
    ...LEVERS.map((l) => `- \`${l.id}\`: ${l.claim} (${l.change}).`),
    '',
    '## 5. Implementation verification',
    '',
    'The engine\'s submodules have unit tests in `test/sim/engine/`; `test/sim/layers.test.ts` keeps the engine free of Node, DOM and global randomness, so the same code and seed give the same result in the CLI, in workers and in the browser; scenario loading and validation are tested in `test/sim/scenario/`. These run with `npm test` and are not repeated here. One property of the implementation is checked here: results should not depend on the number of simulated households.',
    '',
    sizeSection(results),
    '',
    '## 6. Output verification',
    '',
    `Calibration fit: the targets used to set parameters, each computed on its ready scenarios (\`scenarios/NAME.json\`) at ${s.targetHouseholds === null ? 'the scenario\'s own size' : `${format(',')(s.targetHouseholds)} households`} over ${plural(s.seeds, 'seed')}.`,
    '',
    targetTable(calibrate),
    '',
    figure(figureName.targets, 'Published figures against the model'),
    '',
    '## 7. Model analysis',
    '',
    `Face validity: each lever is changed from its low to its high setting on ${plural(s.seeds, 'paired seed')} (${format(',')(s.levers.households)} households, ${s.levers.months} months after a ${s.levers.warmupMonths}-month warm-up); the effect is high − low of the run summary, and must have the expected sign.`,
    '',
    leverTable(results.levers),
    '',
    figure(figureName.levers, 'Face-validity levers'),
    '',
    '## 8. Model output corroboration',
    '',
    '### Held-out published figures',
    '',
    'Targets not used to set any parameter (same settings as section 6).',
    '',
    targetTable(corroborate),
    '',
    '### Stylised facts',
    '',
    `Each fact over ${plural(s.seeds, 'seed')} at ${format(',')(s.facts.households)} households, ${s.facts.months} months after a ${s.facts.warmupMonths}-month warm-up (fact 5: ${s.factsLong.months} months), measured as in \`test/sim/engine/stylisedFacts.test.ts\` but per seed. A claim value is the test's inequality written as a difference (left side − right side, margins included): it is positive when the fact holds. Where the test compares means over seeds, ratios here are per seed.`,
    '',
    ...results.facts.map(factSection),
    '## 9. What the model does not reproduce',
    '',
    'Every target outside its tolerance, every fact or lever whose verdict is not "holds", and every measure that depends on the county\'s size, with the reason where it is known (`sim/validation/notes.ts`).',
    '',
    notReproduced(results, notes),
    '',
    '## 10. Settings and run time',
    '',
    table(['what', 'households', 'months (warm-up)', 'seeds'], [
      ['published targets', s.targetHouseholds === null ? 'scenario\'s own' : format(',')(s.targetHouseholds), 'scenario\'s own', String(s.seeds)],
      ['stylised facts', format(',')(s.facts.households), `${s.facts.months} (${s.facts.warmupMonths}); fact 5: ${s.factsLong.months} (${s.factsLong.warmupMonths})`, String(s.seeds)],
      ['face-validity levers', format(',')(s.levers.households), `${s.levers.months} (${s.levers.warmupMonths})`, String(s.seeds)],
      ...s.size.sizes.map((z) => ['size invariance', format(',')(z.households), `${s.size.months} (${s.size.warmupMonths})`, String(z.seeds)]),
    ]),
    '',
    `${format(',')(results.runs)} runs, ${meta.runner}, in ${minutes >= 1 ? `${fmt(Math.round(minutes * 10) / 10)} minutes` : `${fmt(Math.round(meta.wallSeconds))} seconds`} of wall time. Seeds are 1 to n.`,
    '',
  ].join('\n');
}

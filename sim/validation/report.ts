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
import { clearsFewSeedTest } from './experiment.ts';
import { familyLabel, figureName } from './figures.ts';
import { LEVER_CHECKS } from './levers.ts';
import { NOTES, UNKNOWN_REASON, type Notes } from './notes.ts';
import { SIZE_FLOOR, SIZE_SE } from './sizeInvariance.ts';
import type { Summary } from './summary.ts';
import type { Verdict } from './verdict.ts';
import { FACTS } from './stylisedFacts.ts';
import { DOMAINS } from '../engine/domains.ts';
import { PARAMETERS } from '../scenario/parameters.ts';
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
  return `${fmt(margin)}: ${clearsFewSeedTest(m.measure, m.summary.mean) ? '✓ cleared' : '✗ not cleared'}`;
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

function leverTable(levers: readonly LeverResult[], what = 'lever'): string {
  const rows: string[][] = [];
  for (const l of levers) {
    for (const m of l.measures) {
      if (m.measure.id.startsWith('low:')) continue;
      const low = l.measures.find((x) => x.measure.id === `low:${m.measure.id}`);
      const expected = m.measure.id.startsWith('unchanged:') ? 'within the bound' : m.measure.expect === 1 ? 'up' : 'down';
      rows.push([`\`${l.check.id}\``, l.check.change, m.measure.label, expected, low ? fmt(low.summary.mean) : '', fmt(m.summary.mean), interval(m.summary), m.verdict ? VERDICT_WORDS[m.verdict] : '']);
    }
  }
  return table([what, 'change', 'measure', 'expected', what === 'lever' ? 'mean at low' : 'mean without it', 'mean effect', '95% interval', 'verdict'], rows);
}

/** A headline measure's mean over seeds, formatted, with its 95% interval. */
function headlineValue(results: ValidationResults, id: string, scale = 1, digits = 3): string {
  const m = results.headline.find((x) => x.measure.id === id);
  if (!m || !Number.isFinite(m.summary.mean)) return '—';
  const f = format(`.${digits}~g`);
  const at = (x: number) => (Math.abs(x * scale) >= 1000 ? big(x * scale) : f(x * scale));
  return m.summary.n >= 2 && Number.isFinite(m.summary.low) ? `${at(m.summary.mean)} [${at(m.summary.low)}, ${at(m.summary.high)}]` : at(m.summary.mean);
}

const percent = (results: ValidationResults, id: string): string => `${headlineValue(results, id, 100, 3)}%`;

/** Whether government's discretionary budgets bind on the baseline, read from the runs. */
function budgetsBind(results: ValidationResults): string {
  const share = results.headline.find((x) => x.measure.id === 'reason:no_capacity_government')?.summary;
  if (!share || !Number.isFinite(share.mean)) return '';
  return (Number.isFinite(share.high) ? share.high : share.mean) < 0.001
    ? 'At the defaults none of them runs out, so more of them moves nothing (section 7 doubles them from a quarter of the default): what keeps care and employment needs from government is eligibility (the low-income register; next row), not money.'
    : 'They run out for the share of unmet needs given above: more of them closes that part of the gap.';
}

/** A line for each lever or path check whose verdict is not "holds", with its failing measures and the reason where known. */
function checksNotHolding(checks: readonly LeverResult[], reasons: Readonly<Record<string, string>>, none: string): string[] {
  const failing = checks.filter((l) => l.verdict !== 'holds');
  if (failing.length === 0) return [none];
  return failing.map((l) => {
    const bad = l.measures.filter((m) => m.measure.claim && m.verdict !== 'holds');
    return `- \`${l.check.id}\` (${l.check.claim}), ${VERDICT_WORDS[l.verdict]}: ${bad.map((m) => `${m.measure.label} ${fmt(m.summary.mean)} ${interval(m.summary)}`).join('; ')}. ${reasons[l.check.id] ?? UNKNOWN_REASON}`;
  });
}

/**
 * The number users see first, on the baseline county: how large it is and in which
 * domains, why needs go unmet with the sourced capacities behind each reason, and published
 * figures on unmet need beside it (sources.md §11).
 */
function headlineSection(results: ValidationResults): string {
  const p = PARAMETERS;
  const g = p.government;
  const c = p.charities;
  const serviceMonths = (perHousehold: number) => fmt((1000 * perHousehold) / p.needs.serviceCost.default);
  const perCommunity = 10_000 / c.community.perTenThousand.default;
  const reach = (c.community.reach.default * c.autonomy.default) / perCommunity;
  return [
    '### The headline, and what holds it there',
    '',
    `On the baseline county (${format(',')(results.settings.targetHouseholds ?? 0)} households, the same runs as the targets above), **${percent(results, 'fell_through_rate')} of households have fallen through the gaps on an average month** — a need unmet ${p.gaps.fellThroughMonths.default} months running or more — and ${percent(results, 'fell_through_of_in_need_last')} of the households in need in the last month. ` +
      `In basic needs (subsistence or medical), ${percent(results, 'fell_through_basic_share')} of households have. Needs fallen through, per 1,000 households, by the domain that keeps them there:`,
    '',
    table(['domain', 'fallen through, per 1,000 households', 'unmet, share of the domain\'s needs'],
      DOMAINS.map((d) => [d, headlineValue(results, `fell:${d}`, 1000), percent(results, `unmet:${d}`)])),
    '',
    `Why needs go unmet (shares of all unmet needs, monthly mean over the run), and the numbers behind each reason (defaults of \`docs/parameters.md\`, with their sources there):`,
    '',
    table(['reason', 'share of unmet needs', 'what stands behind it'], [
      ['unseen', percent(results, 'reason:unseen'), `Psychosocial needs are in no department's data and nobody applies for them; only volunteers find them. A community charity serves ${format(',')(perCommunity)} households and its volunteers reach ${fmt(c.community.reach.default)} a month at full autonomy (from 217 M registered volunteers giving 7.44 h a year), × autonomy ${c.autonomy.default} under administrative incorporation: about ${fmt(100 * reach)}% of a community's households a month. ${fmt(100 * (1 - p.application.awareness.default))}% of households do not know they could apply (assumption); civil affairs can match the records of ${fmt(100 * g.dataSharing.health.default)}% of households in health, education, employment and disability, and ${fmt(100 * g.dataSharing.income.default)}% in income.`],
      ['no_capacity, charities', headlineValue(results, 'reason:no_capacity', 100) + '% in all, of which government\'s: ' + percent(results, 'reason:no_capacity_government'), `Community charities and foundations pay ${headlineValue(results, 'money:organisations')} yuan per household a year (donations of ${fmt(c.community.donationsPerYear.default)} and ${fmt(c.foundation.donationsPerYear.default)} yuan per organisation, ${c.community.perTenThousand.default} and ${c.foundation.perTenThousand.default} per 10,000 households: about 100 yuan per household of the ≈300 China gives, sources.md §3), against needs whose full relief costs thousands; crowdfunding raises ${headlineValue(results, 'money:crowdfunding')} yuan per household a year. Government's own capacity gaps are its discretionary budgets: care and social-work services of ${fmt(g.services.budgetPerHousehold.default)} yuan per household a year buy ${serviceMonths(g.services.budgetPerHousehold.default)} service-months per 1,000 households a year (elder-service funds and township social-work stations, sources.md §10), employment assistance ${fmt(g.employment.budgetPerHousehold.default)} yuan (${serviceMonths(g.employment.budgetPerHousehold.default)}; assumption), temporary assistance ${fmt(g.temporary.budgetPerHousehold.default)} yuan. ${budgetsBind(results)}`],
      ['ineligible', percent(results, 'reason:ineligible'), `Known to government, but no programme the review admitted meets it: services and employment assistance are for the low-income register (income below 1.5 × the dibao line), medical assistance for dibao, 特困 and dibao-edge households; a care need of a household that is not poor, or a medical need of a household on an average income, is outside every programme (sources.md §10).`],
      ['declined', percent(results, 'reason:declined'), `Stigma (mean ${fmt(p.population.meanStigma.default)} × effect ${fmt(p.application.stigmaEffect.default)}), the hassle of claiming dibao (around ${fmt(p.application.hassleCost.default)} yuan of monthly benefit), and distrust of charities (assumptions).`],
      ['digitally_excluded', percent(results, 'reason:digitally_excluded'), `${fmt(100 * p.application.onlineOnlyShare.default)}% of households can only apply online (assumption); ${fmt(100 * (1 - p.population.digitalRural.default))}% of rural and about ${fmt(100 * (1 - p.population.digitalUrban.default))}% of urban residents are offline (CNNIC, sources.md §5).`],
      ['waiting', percent(results, 'reason:waiting'), `${fmt(g.caseworkersPer10k.default)} caseworkers per 10,000 households review ${fmt(g.reviewsPerCaseworker.default)} cases a month each; payment starts ${g.dibao.approvalLagMonths.default} months after review (30 working days by law, sources.md §7).`],
      ['mismatch', percent(results, 'reason:mismatch'), `Charities give a visible standard package instead of what the need calls for in ${fmt(100 * c.visibilityBias.default)}% of cases (assumption, paper §4.3).`],
    ]),
    '',
    `Help reaches ${percent(results, 'service_coverage_rate')} of households in need in a month (charities: ${percent(results, 'charity_coverage_rate')}); government pays ${headlineValue(results, 'money:government')} yuan of aid per household a year.`,
    '',
    'Published figures on unmet need, beside the model (sources.md §11). None measures what the headline measures — a household with any need unmet three months running — so they bound its parts, not the whole:',
    '',
    table(['published', 'value', 'the model', 'value', 'how they differ'], [
      ['people 65+ needing help with daily activities whose needs are not fully met (CLHLS 2005–18, Zhu & Gu 2025)', '55.1% (rural 59.3%, urban 51.4%)', 'care needs of households with an older head unmet in a month', percent(results, 'unmet:care@elderly'), 'the survey counts family care as help; the model\'s care need is one the household cannot meet itself, so only outside help meets it'],
      ['people a doctor said should be admitted who were not (NHSS 2018, Wu et al. 2023)', '21.5%', 'medical needs unmet in a month', percent(results, 'unmet:medical'), 'the model\'s medical need is a cost the household cannot bear after insurance; unmet means no one helped with the cost, not that care was forgone'],
      ['people 45+ with a chronic disease forgoing inpatient care (CHARLS 2013, Li et al. 2018)', '6.84%', 'medical needs fallen through, per household', headlineValue(results, 'fell:medical'), 'forgone care is rarer than unaided costs'],
    ]),
  ].join('\n');
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
  lines.push('', '### Face-validity levers that do not hold', '', ...checksNotHolding(results.levers, notes.levers, 'None: every lever moves its metrics the expected way.'));
  lines.push('', '### The paper\'s paths whose claim does not hold', '', ...checksNotHolding(results.paths, notes.paths, 'None: every path moves its metrics the way the paper says.'));
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
      `The paper's paths: ${tally(results.paths)} (of ${results.paths.length}).`,
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
    `The model is described in \`docs/MODEL.md\` (ODD protocol: entities, schedule, submodels, design concepts) and its parameters, with the source of every default, in \`docs/parameters.md\`; both are generated in part from the code (\`npm run docs\`). This report was made from gapsim ${meta.version}; the digest in its first lines is of the engine, scenario, rule-language, common, statistics, calibration and validation code, the ready scenarios and the targets.`,
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
    ...LEVER_CHECKS.map((l) => `- \`${l.id}\`: ${l.claim} (${l.change}).`),
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
    headlineSection(results),
    '',
    '### The paper\'s paths (§5)',
    '',
    `Each of the paper's paths to a better arrangement (\`sim/experiment/paths.ts\`, described in \`docs/MODEL.md\`; its ready scenario is \`scenarios/path_<id>.json\`) against the paper's claim for it (\`sim/validation/paths.ts\`): the path taken against the same county without it, on ${plural(s.seeds, 'paired seed')} (${format(',')(s.levers.households)} households, ${s.levers.months} months after a ${s.levers.warmupMonths}-month warm-up). What each costs per household kept from falling through is ranked by \`gapsim levers --paths\`.`,
    '',
    ...results.paths.map((l) => `- \`${l.check.id}\`: ${l.check.claim} — **${VERDICT_WORDS[l.verdict]}**.`),
    '',
    leverTable(results.paths, 'path'),
    '',
    '### Stylised facts',
    '',
    `Each fact over ${plural(s.seeds, 'seed')} at ${format(',')(s.facts.households)} households, ${s.facts.months} months after a ${s.facts.warmupMonths}-month warm-up (fact 5: ${s.factsLong.months} months), with the same definitions \`test/sim/engine/stylisedFacts.test.ts\` runs on a few seeds (\`sim/validation/stylisedFacts.ts\`). A claim value is the fact's inequality written as a difference (left side − right side, margins included), measured per seed: it is positive when the fact holds.`,
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

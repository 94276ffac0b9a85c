/** The report builder, from a small hand-made result (no simulation). */
import { describe, expect, it } from 'vitest';
import type { Target } from '../../../sim/calibration/targets.ts';
import type { Measure } from '../../../sim/validation/experiment.ts';
import { HEADLINE_MEASURES } from '../../../sim/validation/headline.ts';
import { LEVER_CHECKS } from '../../../sim/validation/levers.ts';
import { UNKNOWN_REASON } from '../../../sim/validation/notes.ts';
import { buildReport, digestOf } from '../../../sim/validation/report.ts';
import { compareSizes } from '../../../sim/validation/sizeInvariance.ts';
import { summarise } from '../../../sim/validation/summary.ts';
import { worstVerdict } from '../../../sim/validation/verdict.ts';
import { FACTS } from '../../../sim/validation/stylisedFacts.ts';
import { fitTarget } from '../../../sim/validation/targetFit.ts';
import { measureVerdict, VALIDATION_SETTINGS, type MeasureResult, type ValidationResults } from '../../../sim/validation/validation.ts';

const target = (id: string, role: Target['role'], value: number, tolerance: number): Target => ({
  id, description: `${id} described`, value, unit: 'share of persons', year: '2023', source: 'docs/sources.md §1: a communiqué',
  quantity: 'dibao_coverage_all', scenarios: ['baseline'], tolerance, toleranceReason: 'spread of estimates', weight: 1, role,
});

const measure = (id: string, extra: Partial<Measure> = {}): Measure => ({ id, label: `${id} label`, unit: 'units', compute: () => null, ...extra });
const result = (m: Measure, values: number[]): MeasureResult => {
  const summary = summarise(values);
  return { measure: m, summary, verdict: measureVerdict(m, summary) };
};

function synthetic(): ValidationResults {
  const factMeasures = [
    result(measure('claim_ok', { expect: 1, claim: true }), [1, 1.1, 0.9]),
    result(measure('claim_bad', { expect: 1, claim: true }), [-1, -1.2, -0.8]),
    result(measure('share:administrative_incorporation', { pattern: 'administrative_incorporation', label: 'share, administrative incorporation' }), [0.3, 0.31, 0.32]),
    result(measure('share:social_innovation', { pattern: 'social_innovation', label: 'share, social innovation' }), [0.1, 0.12, 0.11]),
  ];
  const leverMeasures = [
    result(measure('dibao_households', { expect: 1, claim: true }), [10, 12, 11]),
    result(measure('low:dibao_households'), [100, 101, 99]),
  ];
  const small = summarise([0.2, 0.21, 0.19]);
  const large = summarise([0.2, 0.2, 0.2]);
  const off = summarise([0.4, 0.41, 0.39]);
  return {
    settings: VALIDATION_SETTINGS,
    targets: [
      fitTarget(target('fits_well', 'calibrate', 0.03, 0.005), summarise([0.029, 0.031, 0.03])),
      fitTarget(target('misses_far', 'corroborate', 0.11, 0.02), summarise([0.04, 0.05, 0.045])),
    ],
    headline: HEADLINE_MEASURES.map((m) => result(m, [0.1, 0.12, 0.11])),
    facts: [{ fact: FACTS[0]!, measures: factMeasures, verdict: worstVerdict(factMeasures.filter((m) => m.measure.claim).map((m) => m.verdict!)) }],
    levers: [{ check: LEVER_CHECKS[0]!, measures: leverMeasures, verdict: 'holds' }],
    paths: [{ check: { ...LEVER_CHECKS[0]!, id: 'a_path', claim: 'a path closes the gap (§5.2)' }, measures: leverMeasures.map((m, i) => (i === 0 ? result(m.measure, [-1, 2, -3]) : m)), verdict: 'weak' }],
    sizes: {
      sizes: [{ households: 2000, seeds: 3 }, { households: 200_000, seeds: 3 }],
      rows: [
        { measure: measure('in_need_rate'), perSize: [small, large], comparisons: [compareSizes(small, large, 2000)], agrees: true },
        { measure: measure('reason_share:unseen'), perSize: [off, large], comparisons: [compareSizes(off, large, 2000)], agrees: false },
      ],
    },
    runs: 42,
  };
}

const meta = { digest: 'abc123', wallSeconds: 125, runner: 'in this thread', version: '9.9.9' };

/** The text between a heading and the next heading of the same level. */
function section(report: string, heading: string): string {
  const start = report.indexOf(`\n${heading}`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const level = heading.split(' ')[0]!;
  const next = report.indexOf(`\n${level} `, start + heading.length + 1);
  return report.slice(start, next < 0 ? undefined : next);
}

describe('validation report', () => {
  const report = buildReport(synthetic(), meta);

  it('writes every TRACE section, in order, and embeds the digest', () => {
    const headings = [
      '## 1. Problem formulation', '## 2. Model description', '## 3. Data evaluation', '## 4. Conceptual model evaluation',
      '## 5. Implementation verification', '## 6. Output verification', '## 7. Model analysis', '## 8. Model output corroboration',
      '## 9. What the model does not reproduce', '## 10. Settings and run time',
    ];
    const at = headings.map((h) => report.indexOf(`\n${h}\n`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(digestOf(report)).toBe('abc123');
    expect(report).toMatch(/Do not edit by hand/);
  });

  it('keeps calibration fit and held-out corroboration apart and marks pass and fail', () => {
    const fit = section(report, '## 6. Output verification');
    expect(fit).toMatch(/\| `fits_well` \|.*\| ✓ pass \|/);
    expect(fit).not.toMatch(/misses_far/);
    const held = section(report, '### Held-out published figures');
    expect(held).toMatch(/\| `misses_far` \|.*\| ✗ fail \|/);
    expect(held).not.toMatch(/fits_well/);
    expect(report).toMatch(/Calibration targets \(fitted\): 1 of 1 pass\. Held-out targets: 0 of 1 pass\./);
  });

  it('shows each fact with its claims, its verdict and its values under each pattern', () => {
    const facts = section(report, '### Stylised facts');
    expect(facts).toMatch(/#### Fact 1\./);
    expect(facts).toMatch(/\*\*✗ fails\.\*\*/);
    expect(facts).toMatch(/\| claim_ok label \| 1 \|.*✓ holds \|/);
    expect(facts).toMatch(/\| claim_bad label \| −1 \|.*✗ fails \|/);
    expect(facts).toMatch(/administrative incorporation \| social innovation \| policy driven \| deep integration/);
    expect(facts).toMatch(/\| share \(units\) \| 0\.31 \[0\.285, 0\.335\] \| 0\.11 \[0\.0852, 0\.135\] \|  \|  \|/);
    expect(facts).toMatch(/validation\/fact-1\.svg/);
  });

  it('lists what the model does not reproduce, with the reason or an honest "not known"', () => {
    const gaps = section(report, '## 9. What the model does not reproduce');
    expect(gaps).toMatch(new RegExp(`\`misses_far\` \\(held out\\).*${UNKNOWN_REASON.replace(/[.:]/g, '\\$&')}`));
    expect(gaps).not.toMatch(/fits_well/);
    expect(gaps).toMatch(/Fact 1 \(`unseen_by_pattern`\), ✗ fails/);
    expect(gaps).toMatch(/claim_bad label: −1/);
    expect(gaps).not.toMatch(/claim_ok/);
    expect(gaps).toMatch(/None: every lever moves its metrics the expected way\./);
    expect(gaps).toMatch(/`reason_share:unseen`: at 2,000 off by 0\.2/);
    const withNotes = buildReport(synthetic(), meta, { targets: { misses_far: 'Medical costs are too small.' }, levers: {}, paths: { a_path: 'The path has no money behind it.' }, facts: { unseen_by_pattern: 'Outreach is too strong.' }, sizes: {} });
    const noted = section(withNotes, '## 9. What the model does not reproduce');
    expect(noted).toMatch(/`misses_far`.*Medical costs are too small\./);
    expect(noted).toMatch(/Fact 1 .*Outreach is too strong\./);
    expect(noted).toMatch(/`a_path` \(a path closes the gap \(§5\.2\)\), ≈ weak: .*The path has no money behind it\./);
  });

  it('shows each of the paper\'s paths with its claim, its interval and its verdict', () => {
    const paths = section(report, '### The paper\'s paths (§5)');
    expect(paths).toMatch(/`a_path`: a path closes the gap \(§5\.2\) — \*\*≈ weak/);
    expect(paths).toMatch(/\| path \| change \| measure \| expected \| mean without it \|/);
    expect(report).toMatch(/The paper's paths: .*\(of 1\)\./);
  });

  it('records the settings, the runs and the wall time', () => {
    const settings = section(report, '## 10. Settings and run time');
    expect(settings).toMatch(/42 runs, in this thread, in 2\.1 minutes of wall time/);
    expect(settings).toMatch(/\| stylised facts \| 5,000 \|/);
    expect(section(report, '### Size invariance')).toMatch(/1 of 2 measures agree/);
  });
});

import { describe, expect, it } from 'vitest';
import { runScenario } from '../../sim/engine/simulation.ts';
import { GROUPS } from '../../sim/engine/groups.ts';
import { REASONS } from '../../sim/engine/reasons.ts';
import { withPattern } from '../../sim/scenario/load.ts';
import { validateScenario } from '../../sim/scenario/validate.ts';
import { setLanguage } from '../../web/i18n/index.ts';
import { findingText, optionLabel } from '../../web/sections/lessons.ts';
import { LESSONS } from '../../web/lessons.ts';
import { READY_SCENARIOS } from '../../web/readyScenarios.ts';
import { summary } from '../sim/helpers.ts';

/** Each lesson's scenario, small, on three seeds. */
function lessonRuns(file: string) {
  const raw = { ...READY_SCENARIOS.find((s) => s.file === file)!.raw, households: 1500, months: 48 };
  const results = [1, 2, 3].map((seed) => runScenario(validateScenario(withPattern({ ...raw, seed }))));
  return { raw, results, runs: results.map((r) => ({ summary: r.summary, series: r.series, monthsDone: 48 })) };
}

const median3 = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;

describe('the lessons state what the run shows', () => {
  setLanguage('en');
  const reveals = new Map(LESSONS.map((lesson) => {
    const { raw, results, runs } = lessonRuns(lesson.scenario);
    return [lesson.key, { lesson, results, reveal: lesson.reveal(runs, raw) }];
  }));

  it('each answer is one of the step\'s options or names what the run shows, with a finding in words', () => {
    for (const { lesson, reveal } of reveals.values()) {
      expect(optionLabel(reveal.answer), lesson.key).not.toMatch(/^lesson\.option\./);
      const text = findingText(lesson, reveal);
      expect(text, lesson.key).not.toMatch(/\{|\}|NaN|undefined/);
    }
  });

  it('government alone: the largest reason is the one with most unmet needs in the engine\'s own summaries', () => {
    const { results, reveal } = reveals.get('governmentAlone')!;
    const totals = REASONS.map((r) => median3(results.map((x) => summary(x, `unmet_${r}`))));
    expect(reveal.answer).toBe(REASONS[totals.indexOf(Math.max(...totals))]);
  });

  it('the digital divide: the group named worst has the most unmet needs per 1,000 households', () => {
    const { results, reveal, lesson } = reveals.get('digitalDivide')!;
    const per1000 = GROUPS.filter((g) => g !== 'all').map((g) => ({
      g,
      v: median3(results.map((x) => (1000 * REASONS.reduce((sum, r) => sum + summary(x, `unmet_${r}`, g), 0)) / summary(x, 'households', g))),
    }));
    const worst = per1000.reduce((a, b) => (b.v > a.v ? b : a));
    expect(reveal.answer).toBe(worst.g);
    expect(findingText(lesson, reveal)).toMatch(new RegExp(`^${optionLabel(worst.g)} fare worst: ${Math.round(worst.v)} unmet needs`, 'i'));
  });

  it('the scandal: the month is the scenario\'s, and trust is said to be back only if it is', () => {
    const { reveal, lesson } = reveals.get('scandal')!;
    expect(reveal.values.month).toBe(24);
    const { before, end } = reveal.values as { before: number; end: number };
    expect(reveal.answer).toBe(end >= before - 0.005 ? 'yes' : 'no');
    expect(findingText(lesson, reveal)).toMatch(/before the scandal in month 24/);
  });

  it('coverage answers fall in the range the finding states', () => {
    const { reveal } = reveals.get('dataShared')!;
    const coverage = reveal.values.coverage as number;
    expect(reveal.answer).toBe(coverage < 0.5 ? 'under50' : coverage < 0.75 ? '50to75' : 'over75');
    const { reveal: community } = reveals.get('communityJoins')!;
    const charity = community.values.charity as number;
    expect(community.answer).toBe(charity < 0.1 ? 'under10' : charity < 0.25 ? '10to25' : 'over25');
  });
});

import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../sim/engine/simulation.ts';
import type { MetricName } from '../../../sim/engine/metrics.ts';
import { REASONS } from '../../../sim/engine/reasons.ts';
import { GOVERNMENT_HELPERS } from '../../../sim/engine/relief.ts';
import { STATUSES, householdMonth, householdStatuses } from '../../../sim/engine/story.ts';
import { StoryLog, isStoryMonth } from '../../../sim/engine/storyLog.ts';
import { series, small, withCharities } from '../helpers.ts';

describe('household stories', () => {
  const simulation = createSimulation(small({ households: 2000, months: 6, ...withCharities }));
  simulation.advance(6);
  const world = simulation.world;
  const statuses = new Uint8Array(world.hh.n);
  householdStatuses(world, statuses);
  const stories = Array.from({ length: world.hh.n }, (_, h) => householdMonth(world, h));

  it('give each household the same status in the dots and in its story', () => {
    stories.forEach((story, h) => expect(story.status, `household ${h}`).toBe(STATUSES[statuses[h]!]));
    expect(new Set(stories.map((s) => s.status)).size).toBe(4);
    expect(stories[0]!.month).toBe(6);
  });

  it('tell the same month as the metrics: needs, help and reasons add up', () => {
    const result = simulation.result();
    const last = (metric: MetricName) => series(result, metric).at(-1)!;
    const needs = stories.flatMap((s) => s.needs);
    expect(needs.length).toBe(last('needs'));
    const byGovernment = (n: (typeof needs)[number]) => n.helpedBy.some((who) => GOVERNMENT_HELPERS.includes(who));
    expect(needs.filter(byGovernment).length).toBe(last('served_gov'));
    expect(needs.filter((n) => n.helpedBy.some((who) => !GOVERNMENT_HELPERS.includes(who))).length).toBe(last('served_charity'));
    // Each kind of helper meets some need in a county with charities and crowdfunding.
    for (const who of ['dibao', 'community_charity', 'foundation'] as const) expect(needs.some((n) => n.helpedBy.includes(who)), who).toBe(true);
    for (const reason of REASONS) expect(needs.filter((n) => n.reason === reason).length, reason).toBe(last(`unmet_${reason}`));
    expect(stories.filter((s) => s.status === 'fell_through').length).toBe(last('fell_through'));
    expect(needs.filter((n) => n.fellThrough).length).toBe(sum(REASONS.map((r) => last(`fell_through_${r}`))));
  });

  it('say who knew of an unmet need, and an unseen need is known to no one', () => {
    const unseen = stories.flatMap((s) => s.needs).filter((n) => n.reason === 'unseen');
    expect(unseen.length).toBeGreaterThan(0);
    for (const need of unseen) expect(need.knownBy).toEqual([]);
  });
});

describe('the story log kept during a run', () => {
  it('tells every household the same story as reading the state month by month', () => {
    const scenario = small({ households: 600, months: 18, ...withCharities });
    const simulation = createSimulation(scenario);
    const log = new StoryLog(scenario.gaps.fellThroughMonths);
    const read: ReturnType<typeof householdMonth>[][] = Array.from({ length: scenario.households }, () => []);
    simulation.advance(scenario.months, ({ world }) => {
      log.record(world);
      for (let h = 0; h < scenario.households; h++) {
        const month = householdMonth(world, h);
        if (isStoryMonth(month)) read[h]!.push(month);
      }
    });
    expect(log.monthsKept).toBe(18);
    let told = 0;
    for (let h = 0; h < scenario.households; h++) {
      expect(log.story(h), `household ${h}`).toEqual(read[h]);
      told += read[h]!.length;
    }
    expect(told).toBeGreaterThan(scenario.households);
  });
});

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

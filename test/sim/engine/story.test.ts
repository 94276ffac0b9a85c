import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../sim/engine/simulation.ts';
import { REASONS } from '../../../sim/engine/reasons.ts';
import { STATUSES, householdMonth, householdStatuses } from '../../../sim/engine/story.ts';
import { series, small, withCharities } from '../helpers.ts';

describe('household stories', () => {
  const simulation = createSimulation(small({ households: 2000, months: 6, ...withCharities }));
  for (let m = 0; m < 6; m++) simulation.step();
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
    const last = (metric: string) => series(result, metric).at(-1)!;
    const needs = stories.flatMap((s) => s.needs);
    expect(needs.length).toBe(last('needs'));
    expect(needs.filter((n) => n.helpedBy.includes('government')).length).toBe(last('served_gov'));
    expect(needs.filter((n) => n.helpedBy.includes('charity')).length).toBe(last('served_charity'));
    for (const reason of REASONS) expect(needs.filter((n) => n.reason === reason).length, reason).toBe(last(`unmet_${reason}`));
    expect(stories.filter((s) => s.status === 'fell_through').length).toBe(last('fell_through'));
  });

  it('say who knew of an unmet need, and an unseen need is known to no one', () => {
    const unseen = stories.flatMap((s) => s.needs).filter((n) => n.reason === 'unseen');
    expect(unseen.length).toBeGreaterThan(0);
    for (const need of unseen) expect(need.knownBy).toEqual([]);
  });
});

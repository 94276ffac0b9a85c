/**
 * The stories of a few households under two scenarios on one seed, month by month side by
 * side: what each needed and, for each need, who helped or why no one did. The runs are
 * simulated again with a story log (engine/storyLog.ts); the same seed gives the same
 * households and shocks, so the two columns differ only by the policy. Pure.
 */
import { runScenario } from '../engine/simulation.ts';
import type { MonthStory, NeedStory } from '../engine/story.ts';
import { StoryLog } from '../engine/storyLog.ts';
import type { Scenario } from '../scenario/parameters.ts';

export interface PairedStory {
  readonly household: number;
  readonly seed: number;
  /** Month by month, the months either scenario has something to tell: [month, under A, under B]. */
  readonly months: ReadonlyArray<readonly [number, string, string]>;
}

/** Household-months of one scenario's run, kept in a story log. */
function storiesOf(scenario: Scenario, households: readonly number[]): Map<number, MonthStory[]> {
  const log = new StoryLog(scenario.gaps.fellThroughMonths);
  runScenario(scenario, { onMonth: (simulation) => log.record(simulation.world) });
  return new Map(households.map((h) => [h, log.story(h)]));
}

/** One need in a few words: "medical: helped (special_assistance)", "care: unmet (unseen), fell through". */
function needText(need: NeedStory): string {
  if (need.helpedBy.length) return `${need.domain}: helped (${need.helpedBy.join(', ')})`;
  return `${need.domain}: unmet (${need.reason ?? 'unseen'})${need.fellThrough ? ', fell through' : ''}`;
}

const monthText = (month: MonthStory | undefined): string => (month && month.needs.length ? month.needs.map(needText).join('; ') : '–');

export function pairedStories(a: Scenario, b: Scenario, seed: number, households: readonly number[]): PairedStory[] {
  const underA = storiesOf({ ...a, seed }, households);
  const underB = storiesOf({ ...b, seed }, households);
  return households.map((household) => {
    const byMonth = (stories: MonthStory[]) => new Map(stories.map((s) => [s.month, s]));
    const monthsA = byMonth(underA.get(household)!);
    const monthsB = byMonth(underB.get(household)!);
    const months = [...new Set([...monthsA.keys(), ...monthsB.keys()])].sort((x, y) => x - y)
      .map((m) => [m, monthText(monthsA.get(m)), monthText(monthsB.get(m))] as const)
      .filter(([, textA, textB]) => textA !== '–' || textB !== '–');
    return { household, seed, months };
  });
}

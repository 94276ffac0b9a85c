/**
 * Compare's "who changes fate": households by their fate over the run under the baseline
 * (rows) and under another scenario (columns), the mean over seeds (the same households on
 * each seed: sim/experiment/transitions.ts). A number off the diagonal is a button: it
 * follows one household that moved between those fates, its two stories side by side.
 */
import { STATUSES } from '../sim/engine/story.ts';
import { transitions, type HouseholdPair, type Transition } from '../sim/experiment/transitions.ts';
import { el } from './dom.ts';
import type { RunHandle } from './engineClient.ts';
import { number } from './format.ts';
import { plural, t } from './i18n/index.ts';
import { storyLines } from './story.ts';

export interface ScenarioRuns {
  readonly label: string;
  readonly runs: readonly RunHandle[];
}

/** The fates of each seed's runs under A and B, from their workers. */
async function householdPairs(a: ScenarioRuns, b: ScenarioRuns): Promise<HouseholdPair[]> {
  const pairs: HouseholdPair[] = [];
  for (const [i, runA] of a.runs.entries()) {
    const runB = b.runs[i];
    if (!runB) continue;
    const [fatesA, fatesB] = await Promise.all([runA.worker.fates(runA.id), runB.worker.fates(runB.id)]);
    if (fatesA && fatesB) pairs.push({ a: fatesA, b: fatesB, cells: fatesA.cells });
  }
  return pairs;
}

/** The panel for baseline `a` against scenario `b`, once their runs are done. */
export async function transitionsPanel(a: ScenarioRuns, b: ScenarioRuns): Promise<HTMLElement> {
  const pairs = await householdPairs(a, b);
  const box = el('div', { id: 'transitions' });
  if (!pairs.length) return box;
  const table = transitions(pairs).filter((cell) => cell.group === 'all');
  const stories = el('div', { id: 'paired-stories', 'aria-live': 'polite' });
  const cellOf = (from: string, to: string): Transition => table.find((c) => c.from === from && c.to === to)!;
  const grid = el('table', { class: 'transitions' },
    el('caption', {}, t('ui.transitions.title', { a: a.label, b: b.label, seeds: plural('unit.seeds', pairs.length) })),
    el('tr', {}, el('th', { scope: 'col' }, `${a.label} ↓ · ${b.label} →`), ...STATUSES.map((to) => el('th', { scope: 'col' }, t(`status.household.${to}`)))),
    ...STATUSES.map((from) => el('tr', {}, el('th', { scope: 'row' }, t(`status.household.${from}`)),
      ...STATUSES.map((to) => {
        const { mean } = cellOf(from, to);
        const text = number(mean, 1);
        if (from === to || mean === 0) return el('td', { 'data-from': from, 'data-to': to }, text);
        const follow = el('button', { type: 'button', class: 'follow', 'data-from': from, 'data-to': to, title: t('ui.transitions.follow') }, text);
        follow.addEventListener('click', () => void showPairedStories(a, b, pairs, from, to, stories));
        return el('td', {}, follow);
      }))));
  box.append(grid, el('p', { class: 'note' }, t('ui.transitions.note')), stories);
  return box;
}

/** One household that went from fate `from` under A to `to` under B, on the first seed that has one: its two stories. */
async function showPairedStories(a: ScenarioRuns, b: ScenarioRuns, pairs: readonly HouseholdPair[], from: string, to: string, box: HTMLElement): Promise<void> {
  for (const [seed, pair] of pairs.entries()) {
    const h = pair.a.fate.findIndex((fate, i) => STATUSES[fate] === from && STATUSES[pair.b.fate[i]!] === to);
    if (h < 0) continue;
    const runA = a.runs[seed]!;
    const runB = b.runs[seed]!;
    const heading = () => el('h3', {}, t('ui.transitions.household', { household: h, seed: runA.request.seed }));
    box.setAttribute('aria-busy', 'true');
    box.replaceChildren(heading(), el('p', { class: 'pending' }, t('ui.storyPending')));
    const [storyA, storyB] = await Promise.all([runA.worker.story(runA.id, h), runB.worker.story(runB.id, h)]);
    const column = (label: string, fate: string, lines: string[]) => el('div', { class: 'story-column' },
      el('h4', {}, `${label}: ${t(`status.household.${fate}`)}`), el('ul', { class: 'story' }, ...lines.map((line) => el('li', {}, line))));
    box.replaceChildren(heading(), el('div', { class: 'paired-stories' }, column(a.label, from, storyLines(storyA)), column(b.label, to, storyLines(storyB))));
    box.setAttribute('aria-busy', 'false');
    return;
  }
}

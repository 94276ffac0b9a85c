/**
 * "Which lever — which of the paper's paths — closes most of the gap per yuan", in the page:
 * a few declared levers raised, or the paper's paths taken, on the current scenario, each run
 * with the scenario as it is on the same seeds in the page's workers, and ranked by the change
 * in households fallen through per 10,000 yuan of extra cost, for the county or a group
 * (sim/experiment/levers.ts and paths.ts, the same code as `gapsim levers [--paths]`).
 */
import { GROUPS, type Group } from '../../sim/engine/groups.ts';
import { AnalysisError } from '../../sim/experiment/analysisError.ts';
import type { RunSummary } from '../../sim/experiment/compareRuns.ts';
import { LEVERS, PER_YUAN, leverChange, rankByCost, type Change, type CostEffect } from '../../sim/experiment/levers.ts';
import { PATHS, pathChange } from '../../sim/experiment/paths.ts';
import { withPattern } from '../../sim/scenario/load.ts';
import { validateScenario } from '../../sim/scenario/validate.ts';
import { el } from '../dom.ts';
import { openRuns, runToEnd, type Remote, type RunHandle } from '../engineClient.ts';
import { compactNumber, number, signed } from '../format.ts';
import { hasMessage, plural, t } from '../i18n/index.ts';
import { pathTitle } from '../i18n/scenarioTexts.ts';
import type { PageStore } from '../state.ts';
import { fill, sectionElement, type Section } from './section.ts';

/** The levers the page ranks: a few of the declared ones, each quick to read. */
const PAGE_LEVERS = LEVERS.filter((l) => ['government.dibao.lineRural', 'government.services.budgetPerHousehold', 'charities.grantsPerHousehold', 'charities.community.perTenThousand', 'charities.hub.count'].includes(l.path));
/** Seeds and the county size the page runs them on: ratios per yuan do not depend on the county's size. */
const SEEDS = 3;
const MAX_HOUSEHOLDS = 5000;

/** What the page ranks: a change and the label its row shows. */
type Labelled = Change & { readonly label: string };
type Ranked = CostEffect & { readonly key: string; readonly label: string };

const leverLabel = (path: string, step: number): string =>
  `${hasMessage(`control.${path}`, 'en') ? t(`control.${path}`) : path} +${number(step, 2)}${hasMessage(`control.${path}.unit`, 'en') ? ` ${t(`control.${path}.unit`)}` : ''}`;

function leverChanges(base: Record<string, unknown>, resolved: Record<string, unknown>): Labelled[] {
  return PAGE_LEVERS.map((lever) => ({ ...leverChange(base, resolved, lever), label: leverLabel(lever.path, lever.step) }));
}

function pathChanges(base: Record<string, unknown>): Labelled[] {
  return PATHS.map((path) => ({ ...pathChange(base, path), label: `${path.section} ${pathTitle(path)}` }));
}

/** What the ranking reads of a run: its seed and the summary the worker sent. */
const runSummaryOf = (run: RunHandle): RunSummary => ({ seed: run.request.seed, summary: run.finished().summary });

export class LeversSection implements Section {
  readonly element = sectionElement('levers');
  /** The last ranking's effects, kept so that choosing another group re-ranks without running again. */
  private effects: Ranked[] = [];
  private group: Group = 'all';

  constructor(private readonly store: PageStore, private readonly workers: readonly Remote[]) {}

  render(): void {
    const status = el('p', { id: 'levers-status', role: 'status' });
    const result = el('div', { id: 'levers-result' });
    const levers = el('button', { type: 'button', id: 'rank-levers' }, t('button.rankLevers'));
    const paths = el('button', { type: 'button', id: 'rank-paths' }, t('button.rankPaths'));
    const groupSelect = el('select', { id: 'levers-group' }, ...GROUPS.map((g) => el('option', { value: g, ...(g === this.group ? { selected: true } : {}) }, t(`group.${g}`))));
    const show = () => result.replaceChildren(...(this.effects.length > 0 ? [rankingTable(rankByCost(this.effects, this.group), this.group)] : []));
    groupSelect.addEventListener('change', () => {
      this.group = groupSelect.value as Group;
      show();
    });
    const rank = (what: 'levers' | 'paths') => async () => {
      const buttons = [levers, paths];
      for (const b of buttons) b.disabled = true;
      this.effects = [];
      show();
      try {
        this.effects = await runRanking(this.store.state.raw, what, this.workers, status);
        show();
      } finally {
        for (const b of buttons) b.disabled = false;
      }
    };
    levers.addEventListener('click', () => void rank('levers')());
    paths.addEventListener('click', () => void rank('paths')());
    fill(this.element, 'ui.section.levers',
      el('div', {},
        el('p', {}, t('ui.levers.help', { seeds: plural('unit.seeds', SEEDS), households: MAX_HOUSEHOLDS.toLocaleString() })),
        el('p', {}, t('ui.levers.pathsHelp')),
        el('div', { class: 'levers-actions' }, levers, paths, el('label', { for: 'levers-group' }, t('ui.levers.group')), groupSelect),
        status, result));
    show();
  }
}

/** Run the scenario and each change on the same seeds in the page's workers; the effects of every change for every group. */
async function runRanking(current: Readonly<Record<string, unknown>>, what: 'levers' | 'paths', workers: readonly Remote[], status: HTMLElement): Promise<Ranked[]> {
  try {
    const base: Record<string, unknown> = { ...current, households: Math.min(MAX_HOUSEHOLDS, Number(current.households ?? MAX_HOUSEHOLDS)) };
    const resolved = validateScenario(withPattern(base)) as unknown as Record<string, unknown>;
    const changes = what === 'levers' ? leverChanges(base, resolved) : pathChanges(base);
    const seed = Number(base.seed ?? 1);
    const requests = [base, ...changes.map((c) => c.raw)].flatMap((raw) => Array.from({ length: SEEDS }, (_, i) => ({ raw, seed: seed + i, withStatuses: false })));
    const opened = await openRuns(workers, requests);
    if (!Array.isArray(opened)) {
      status.textContent = opened.error;
      return [];
    }
    await runToEnd(opened, 24, () => {
      status.textContent = t('ui.levers.running', { done: opened.filter((r) => r.done).length, total: opened.length });
    }, () => false);
    const summaries = opened.map(runSummaryOf);
    for (const r of opened) r.close();
    const baseRuns = summaries.slice(0, SEEDS);
    const effects = changes.flatMap((c, i) => c.effects(baseRuns, summaries.slice((i + 1) * SEEDS, (i + 2) * SEEDS)).map((e) => ({ ...e, key: c.key, label: c.label })));
    status.textContent = t('status.done');
    return effects;
  } catch (error) {
    if (!(error instanceof AnalysisError)) throw error;
    status.textContent = error.message;
    return [];
  }
}

function rankingTable(ranked: readonly Ranked[], group: Group): HTMLElement {
  const interval = (low: number | null, high: number | null, digits: number) => (low === null || high === null ? '' : ` [${signed(low, digits)}, ${signed(high, digits)}]`);
  return el('table', { class: 'levers' },
    el('caption', {}, t('ui.levers.caption', { per: PER_YUAN.toLocaleString(), group: t(`group.${group}`) })),
    el('tr', {}, ...['ui.levers.rank', 'ui.levers.lever', 'ui.levers.fellThrough', 'ui.levers.spending', 'ui.levers.perYuan'].map((key) => el('th', { scope: 'col' }, t(key, { per: PER_YUAN.toLocaleString() })))),
    ...ranked.map((e, i) => el('tr', { 'data-key': e.key },
      el('td', {}, String(i + 1)),
      el('th', { scope: 'row' }, e.label),
      el('td', {}, `${signed(e.fellThrough.meanDifference, 1)}${interval(e.fellThrough.low, e.fellThrough.high, 1)}`),
      el('td', {}, t('unit.yuanAmount', { amount: `${e.spending.meanDifference >= 0 ? '+' : '−'}${compactNumber(Math.abs(e.spending.meanDifference))}` })),
      el('td', {}, e.perYuan === null ? t(`ui.levers.${e.note!}`) : `${signed(e.perYuan, 3)}${interval(e.low, e.high, 3)}`))));
}

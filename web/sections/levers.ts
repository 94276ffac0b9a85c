/**
 * "Which lever closes most of the gap per yuan", in the page: a few declared levers raised on
 * the current scenario, each run with the scenario as it is on the same seeds in the page's
 * workers, ranked by the change in households fallen through per 10,000 yuan of extra
 * spending (sim/experiment/levers.ts, the same code as `gapsim levers`).
 */
import { AnalysisError } from '../../sim/experiment/analysisError.ts';
import type { RunSummary } from '../../sim/experiment/compareRuns.ts';
import { LEVERS, PER_YUAN, leverEffects, raised, rankByCost, type LeverEffect } from '../../sim/experiment/levers.ts';
import { withPattern } from '../../sim/scenario/load.ts';
import { validateScenario } from '../../sim/scenario/validate.ts';
import { el } from '../dom.ts';
import { openRuns, runToEnd, type Remote, type RunHandle } from '../engineClient.ts';
import { compactNumber, number, signed } from '../format.ts';
import { hasMessage, plural, t } from '../i18n/index.ts';
import type { PageStore } from '../state.ts';
import { fill, sectionElement, type Section } from './section.ts';

/** The levers the page ranks: a few of the declared ones, each quick to read. */
const PAGE_LEVERS = LEVERS.filter((l) => ['government.dibao.lineRural', 'government.services.budgetPerHousehold', 'charities.grantsPerHousehold', 'charities.community.perTenThousand', 'charities.hub.count'].includes(l.path));
/** Seeds and the county size the page runs them on: ratios per yuan do not depend on the county's size. */
const SEEDS = 3;
const MAX_HOUSEHOLDS = 5000;

/** What the ranking reads of a run: its seed and the summary the worker sent. */
const runSummaryOf = (run: RunHandle): RunSummary => ({ seed: run.request.seed, summary: run.finished().summary });

export class LeversSection implements Section {
  readonly element = sectionElement('levers');

  constructor(private readonly store: PageStore, private readonly workers: readonly Remote[]) {}

  render(): void {
    const status = el('p', { id: 'levers-status', role: 'status' });
    const result = el('div', { id: 'levers-result' });
    const button = el('button', { type: 'button', id: 'rank-levers' }, t('button.rankByCost'));
    button.addEventListener('click', () => void rank(this.store.state.raw, this.workers, status, result, button));
    fill(this.element, 'ui.section.levers',
      el('div', {}, el('p', {}, t('ui.levers.help', { seeds: plural('unit.seeds', SEEDS), households: MAX_HOUSEHOLDS.toLocaleString() })), button, status, result));
  }
}

async function rank(current: Readonly<Record<string, unknown>>, workers: readonly Remote[], status: HTMLElement, result: HTMLElement, button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  result.replaceChildren();
  try {
    const base: Record<string, unknown> = { ...current, households: Math.min(MAX_HOUSEHOLDS, Number(current.households ?? MAX_HOUSEHOLDS)) };
    const resolved = validateScenario(withPattern(base)) as unknown as Record<string, unknown>;
    const scenarios = [base, ...PAGE_LEVERS.map((lever) => raised(base, resolved, lever))];
    const seed = Number(base.seed ?? 1);
    const requests = scenarios.flatMap((raw) => Array.from({ length: SEEDS }, (_, i) => ({ raw, seed: seed + i, withStatuses: false })));
    const opened = await openRuns(workers, requests);
    if (!Array.isArray(opened)) {
      status.textContent = opened.error;
      return;
    }
    await runToEnd(opened, 24, () => {
      status.textContent = t('ui.levers.running', { done: opened.filter((r) => r.done).length, total: opened.length });
    }, () => false);
    const summaries = opened.map(runSummaryOf);
    for (const r of opened) r.close();
    const baseRuns = summaries.slice(0, SEEDS);
    const effects = PAGE_LEVERS.flatMap((lever, l) => leverEffects(lever, baseRuns, summaries.slice((l + 1) * SEEDS, (l + 2) * SEEDS)));
    result.replaceChildren(leversTable(rankByCost(effects, 'all')));
    status.textContent = t('status.done');
  } catch (error) {
    if (!(error instanceof AnalysisError)) throw error;
    status.textContent = error.message;
  } finally {
    button.disabled = false;
  }
}

function leversTable(ranked: readonly LeverEffect[]): HTMLElement {
  const interval = (low: number | null, high: number | null, digits: number) => (low === null || high === null ? '' : ` [${signed(low, digits)}, ${signed(high, digits)}]`);
  const label = (path: string) => (hasMessage(`control.${path}`, 'en') ? t(`control.${path}`) : path);
  const unit = (path: string) => (hasMessage(`control.${path}.unit`, 'en') ? ` ${t(`control.${path}.unit`)}` : '');
  return el('table', { class: 'levers' },
    el('caption', {}, t('ui.levers.caption', { per: PER_YUAN.toLocaleString() })),
    el('tr', {}, ...['ui.levers.rank', 'ui.levers.lever', 'ui.levers.fellThrough', 'ui.levers.spending', 'ui.levers.perYuan'].map((key) => el('th', { scope: 'col' }, t(key, { per: PER_YUAN.toLocaleString() })))),
    ...ranked.map((e, i) => el('tr', { 'data-path': e.path },
      el('td', {}, String(i + 1)),
      el('th', { scope: 'row' }, `${label(e.path)} +${number(e.step, 2)}${unit(e.path)}`),
      el('td', {}, `${signed(e.fellThrough.meanDifference, 1)}${interval(e.fellThrough.low, e.fellThrough.high, 1)}`),
      el('td', {}, t('unit.yuanAmount', { amount: `${e.spending.meanDifference >= 0 ? '+' : '−'}${compactNumber(Math.abs(e.spending.meanDifference))}` })),
      el('td', {}, e.perYuan === null ? t(`ui.levers.${e.note ?? 'spending_unclear'}`) : `${signed(e.perYuan, 3)}${interval(e.low, e.high, 3)}`))));
}

/**
 * What a run will cost, said under the run controls before it starts (scale.ts): about how
 * long, from the rate this machine showed on its last full run, and how much memory. A
 * large run asks first, in the page (never a blocking dialog).
 */
import { param } from '../controls.ts';
import { el } from '../dom.ts';
import { plural, t } from '../i18n/index.ts';
import type { RunCost } from '../runController.ts';
import { FIRST_GUESS_RATE, estimateRun, measuredRate, roughBytes, roughDuration, type RunPlan } from '../scale.ts';
import { getPath, type PageStore } from '../state.ts';
import type { Section } from './section.ts';

const RATE_KEY = 'gapsim.rate';

export class CostEstimate implements Section, RunCost {
  readonly element = el('div', { id: 'estimate', class: 'estimate' });
  /** Household-months a second per worker: measured by the last full run here, else a first guess. */
  private rate: number;

  constructor(private readonly store: PageStore, private readonly workers: number, private readonly storage: Storage | undefined) {
    this.rate = Number(storage?.getItem(RATE_KEY)) || FIRST_GUESS_RATE;
    // A new scenario, new seeds or Reset: the runs are reset, and a question left open is moot.
    store.subscribe((state, changed) => {
      if (changed.has('runs') && !state.runs.length) this.render();
    });
  }

  render(): void {
    this.element.replaceChildren(this.text());
    this.element.classList.toggle('warning', estimateRun(this.plan(), this.rate).large);
  }

  plan(): RunPlan {
    const { raw, seeds } = this.store.state;
    const setting = (path: string) => Number(getPath(raw, path) ?? param(path).default);
    return { households: setting('households'), months: setting('months'), warmupMonths: setting('warmupMonths'), seeds, workers: this.workers };
  }

  /** A large run asks first: resolves true to go ahead. */
  confirm(): Promise<boolean> {
    if (!estimateRun(this.plan(), this.rate).large) return Promise.resolve(true);
    return new Promise((resolve) => {
      const go = el('button', { type: 'button', id: 'run-anyway' }, t('button.runAnyway'));
      const cancel = el('button', { type: 'button', id: 'cancel-run' }, t('button.cancel'));
      const answer = (yes: boolean) => {
        this.render();
        resolve(yes);
      };
      go.addEventListener('click', () => answer(true));
      cancel.addEventListener('click', () => answer(false));
      this.element.replaceChildren(this.text(), ' ', go, ' ', cancel);
      go.focus();
    });
  }

  /** Learn this machine's rate from a run that went to the end without pauses. */
  learn(plan: RunPlan, seconds: number): void {
    this.rate = measuredRate(plan, seconds);
    this.storage?.setItem(RATE_KEY, String(Math.round(this.rate)));
    this.element.dataset.rate = String(Math.round(this.rate));
  }

  private text(): string {
    const plan = this.plan();
    const { seconds, bytes, large } = estimateRun(plan, this.rate);
    return t(large ? 'ui.estimateLarge' : 'ui.estimate', {
      time: roughDuration(seconds, { s: t('unit.s'), min: t('unit.min'), h: t('unit.h') }),
      memory: roughBytes(bytes),
      households: plan.households.toLocaleString(), months: plan.months, seeds: plural('unit.seeds', plan.seeds),
    });
  }
}

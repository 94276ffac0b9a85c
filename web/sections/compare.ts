/**
 * Compare: up to four scenarios run on the same seeds (paired), shown side by side and as
 * differences from a chosen baseline, with bands; then who changes fate between the baseline
 * and the next scenario (transitionsPanel.ts). The list of scenarios and the baseline are
 * in the store; the comparison's runs are this section's own.
 */
import type { MetricName } from '../../sim/engine/metrics.ts';
import { parseMetricName } from '../../sim/engine/metricValue.ts';
import { WidthWatch, chartBodyWidth, chartCard, chartSizes, single } from '../chartCards.ts';
import { lineChart } from '../charts/index.ts';
import { el } from '../dom.ts';
import { openRuns, runToEnd, type Remote } from '../engineClient.ts';
import { t } from '../i18n/index.ts';
import { metricHelp, metricLabel } from '../i18n/metricTexts.ts';
import { readyText } from '../readyScenarios.ts';
import { compareSpecs } from '../specs.ts';
import { MAX_COMPARED, type PageStore } from '../state.ts';
import { transitionsPanel, type ScenarioRuns } from '../transitionsPanel.ts';
import { patternOf } from './patternCards.ts';
import { fill, sectionElement, type Section } from './section.ts';

const COMPARE_METRICS = ['fell_through', 'unmet_unseen', 'need_satisfaction_rate', 'service_coverage_rate', 'resource_matching_rate', 'duplication_rate', 'months_to_help', 'served_charity', 'public_trust'] as const satisfies readonly MetricName[];
/** Batches arrive from several runs at once: the charts are drawn again (in place) at most this often, at a frame. */
const DRAW_INTERVAL_MS = 250;

export class CompareSection implements Section {
  readonly element = sectionElement('compare');
  private status = el('p');
  private charts = el('div');
  private transitions = el('div');
  /** The comparison's runs, one set per scenario. */
  private sets: ScenarioRuns[] = [];
  private metric: MetricName = 'fell_through';
  /** The two cards as drawn, with the width they were drawn at: drawn again in place while they fit. */
  private drawn: { box: HTMLElement; width: number; cards: HTMLElement[] } | undefined;
  /** Counts drawings, so a newer one stops an older one. */
  private drawings = 0;
  private readonly widthWatch = new WidthWatch(() => void this.drawCharts(true));

  constructor(private readonly store: PageStore, private readonly workers: readonly Remote[]) {
    store.subscribe((_, changed) => {
      if (changed.has('comparison') || changed.has('baseline')) this.render();
    });
  }

  render(): void {
    const { comparison, baseline } = this.store.state;
    const add = el('button', { type: 'button', id: 'add-comparison', disabled: comparison.length >= MAX_COMPARED }, t('button.addToComparison'));
    add.addEventListener('click', () => this.add());
    const clearButton = el('button', { type: 'button', id: 'clear-comparison' }, t('button.clearComparison'));
    clearButton.addEventListener('click', () => {
      this.dropRuns();
      this.store.update({ comparison: [], baseline: 0 });
    });
    const list = el('ol', { class: 'compare-list' }, ...comparison.map((c, i) => {
      const radio = el('input', { type: 'radio', name: 'baseline', id: `baseline-${i}`, checked: i === baseline });
      radio.addEventListener('change', () => {
        this.store.update({ baseline: i });
        void this.drawCharts().then(() => this.showTransitions());
      });
      return el('li', {}, el('label', { for: `baseline-${i}` }, radio, ` ${c.label} `, i === baseline ? el('small', {}, `(${t('ui.baseline')})`) : null));
    }));
    const metric = el('select', { id: 'compare-metric', 'aria-label': t('ui.compareMetric') },
      ...COMPARE_METRICS.map((m) => el('option', { value: m, selected: m === this.metric, title: metricHelp(m) }, metricLabel(m))));
    metric.addEventListener('change', () => {
      this.metric = parseMetricName(metric.value, 'compare-metric');
      void this.drawCharts();
    });
    const run = el('button', { type: 'button', id: 'run-comparison', disabled: comparison.length < 2 }, t('button.runComparison'));
    run.addEventListener('click', () => void this.run());
    this.status = el('p', { id: 'compare-status', role: 'status' });
    this.charts = el('div', { id: 'compare-charts' });
    this.transitions = el('div', { id: 'compare-transitions' });
    fill(this.element, 'ui.section.compare',
      el('div', {},
        el('p', {}, t('ui.compareHelp', { max: MAX_COMPARED })),
        el('div', { class: 'run-controls' }, add, clearButton, run),
        list,
        el('label', { for: 'compare-metric' }, t('ui.compareMetric'), ' ', metric),
        this.status, this.charts, this.transitions));
  }

  /** Add the scenario as it is in the panel (a valid one), named by its name and pattern. */
  private add(): void {
    const { comparison, raw, invalid } = this.store.state;
    if (comparison.length >= MAX_COMPARED || invalid) return;
    const label = `${readyText(raw)?.name ?? String(raw.name ?? '')} · ${t(`pattern.${patternOf(raw)}`)}`;
    this.dropRuns();
    this.store.update({ comparison: [...comparison, { label, raw: structuredClone(raw) }] });
  }

  private dropRuns(): void {
    for (const set of this.sets) for (const r of set.runs) r.close();
    this.sets = [];
  }

  /** Run every scenario on the same seeds (paired), drawing as the months arrive. */
  private async run(): Promise<void> {
    this.dropRuns();
    const { comparison, seeds } = this.store.state;
    const seed = Number(comparison[0]?.raw.seed ?? 1);
    const requests = comparison.flatMap((c) => Array.from({ length: seeds }, (_, i) => ({ raw: { ...c.raw, seed }, seed: seed + i, withStatuses: false, withFates: true })));
    const opened = await openRuns(this.workers, requests);
    if (!Array.isArray(opened)) {
      this.status.textContent = opened.error;
      return;
    }
    this.sets = comparison.map((c, i) => ({ label: c.label, runs: opened.slice(i * seeds, (i + 1) * seeds) }));
    let drawPending = false;
    let lastDraw = 0;
    let finished = false;
    await runToEnd(opened, 12, () => {
      this.status.textContent = t('status.running', { done: Math.min(...opened.map((r) => r.monthsDone)), total: opened[0]!.info.months });
      if (drawPending) return;
      drawPending = true;
      setTimeout(() => requestAnimationFrame(() => {
        drawPending = false;
        lastDraw = performance.now();
        if (!finished) void this.drawCharts();
      }), Math.max(0, DRAW_INTERVAL_MS - (performance.now() - lastDraw)));
    }, () => false);
    finished = true;
    await this.drawCharts();
    await this.showTransitions();
    this.status.textContent = t('status.done');
  }

  /** Who changes fate between the baseline and the first other scenario, once every run is done. */
  private async showTransitions(): Promise<void> {
    const { baseline } = this.store.state;
    const base = this.sets[baseline];
    const other = this.sets.find((_, i) => i !== baseline);
    if (!base || !other || !this.sets.every((set) => set.runs.every((r) => r.done))) return;
    const box = this.transitions;
    box.replaceChildren(await transitionsPanel(base, other));
  }

  /**
   * Draw the comparison's two cards: again in place if they are there at the same width (a
   * comparison streaming in), else afresh: measured in one task, then one card per task, so
   * no task blocks the page for long. Resolves once both are drawn (or a newer call took over).
   */
  private async drawCharts(remeasure = false): Promise<void> {
    const drawing = ++this.drawings;
    const box = this.charts;
    if (this.sets.length < 2) return;
    const { baseline } = this.store.state;
    const { drawn } = this;
    const ids = ['compare', 'difference'] as const;
    if (!remeasure && drawn?.box === box && box.children.length === 2 && drawn.cards.every((card, i) => box.children[i] === card)) {
      const { chart } = chartSizes(drawn.width);
      compareSpecs(this.sets, this.metric, baseline).forEach((spec, i) => chartCard(ids[i]!, [spec], single(spec, lineChart, chart), drawn.cards[i]));
      return;
    }
    this.drawn = undefined;
    // Measuring makes the page lay out at once: only when drawing afresh.
    const width = chartBodyWidth(box);
    const { chart } = chartSizes(width);
    this.widthWatch.watch(box);
    const cards: HTMLElement[] = [];
    for (const [i, id] of ids.entries()) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (drawing !== this.drawings) return;
      const spec = compareSpecs(this.sets, this.metric, baseline)[i]!;
      cards.push(chartCard(id, [spec], single(spec, lineChart, chart)));
      if (i === 0) box.replaceChildren(cards[0]!);
      else box.append(cards[i]!);
    }
    this.drawn = { box, width, cards };
  }
}

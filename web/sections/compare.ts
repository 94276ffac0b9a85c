/**
 * Compare: up to four scenarios run on the same seeds (paired), shown side by side and as
 * differences from a chosen baseline, with bands.
 */
import { lineChart } from './charts/index.ts';
import { chartBodyWidth, chartCard, chartSizes, redrawOnResize, single } from './chartCards.ts';
import { el } from './dom.ts';
import { openRuns, runToEnd, type Remote, type RunHandle } from './engineClient.ts';
import { t } from './i18n/index.ts';
import { compareSpecs } from './specs.ts';
import { transitionsPanel } from './transitionsPanel.ts';
import { MAX_COMPARED, type AppState } from './state.ts';

export interface CompareContext {
  readonly state: AppState;
  readonly workers: readonly Remote[];
  /** Whether the current scenario is valid (only a valid one can be added). */
  readonly valid: () => boolean;
  /** The current scenario's name in the page's language. */
  readonly name: () => string;
  /** Redraw the page (the list changed). */
  readonly rerender: () => void;
}

let compareRuns: Array<{ label: string; runs: RunHandle[] }> = [];
let compareMetric = 'fell_through';

const COMPARE_METRICS = ['fell_through', 'unmet_unseen', 'need_satisfaction_rate', 'service_coverage_rate', 'resource_matching_rate', 'duplication_rate', 'months_to_help', 'served_charity', 'public_trust'];

export function comparePanel(context: CompareContext): HTMLElement {
  const { state } = context;
  const add = el('button', { type: 'button', id: 'add-comparison', disabled: state.comparison.length >= MAX_COMPARED }, t('button.addToComparison'));
  add.addEventListener('click', () => {
    if (state.comparison.length >= MAX_COMPARED || !context.valid()) return;
    const pattern = t(`pattern.${String(state.raw.pattern ?? 'administrative_incorporation')}`);
    state.comparison.push({ label: `${context.name()} · ${pattern}`, raw: structuredClone(state.raw) });
    compareRuns = [];
    context.rerender();
  });
  const clearButton = el('button', { type: 'button', id: 'clear-comparison' }, t('button.clearComparison'));
  clearButton.addEventListener('click', () => {
    state.comparison = [];
    state.baseline = 0;
    compareRuns = [];
    context.rerender();
  });
  const list = el('ol', { class: 'compare-list' }, ...state.comparison.map((c, i) => {
    const radio = el('input', { type: 'radio', name: 'baseline', id: `baseline-${i}`, checked: i === state.baseline });
    radio.addEventListener('change', () => {
      state.baseline = i;
      context.rerender();
      void renderCompareCharts(state).then(() => renderTransitions(state));
    });
    return el('li', {}, el('label', { for: `baseline-${i}` }, radio, ` ${c.label} `, i === state.baseline ? el('small', {}, `(${t('ui.baseline')})`) : null));
  }));
  const metric = el('select', { id: 'compare-metric', 'aria-label': t('ui.compareMetric') },
    ...COMPARE_METRICS.map((m) => el('option', { value: m, selected: m === compareMetric }, t(`metric.${m}`))));
  metric.addEventListener('change', () => { compareMetric = metric.value; renderCompareCharts(state); });
  const run = el('button', { type: 'button', id: 'run-comparison', disabled: state.comparison.length < 2 }, t('button.runComparison'));
  run.addEventListener('click', () => void runComparison(context));
  return el('div', {},
    el('p', {}, t('ui.compareHelp', { max: MAX_COMPARED })),
    el('div', { class: 'run-controls' }, add, clearButton, run),
    list,
    el('label', { for: 'compare-metric' }, t('ui.compareMetric'), ' ', metric),
    el('p', { id: 'compare-status', role: 'status' }),
    el('div', { id: 'compare-charts' }),
    el('div', { id: 'compare-transitions' }));
}

async function runComparison({ state, workers }: CompareContext): Promise<void> {
  for (const set of compareRuns) for (const r of set.runs) r.close();
  compareRuns = [];
  const status = document.getElementById('compare-status');
  const seed = Number(state.comparison[0]?.raw.seed ?? 1);
  // Paired: every scenario runs on the same seeds.
  const requests = state.comparison.flatMap((c) => Array.from({ length: state.seeds }, (_, i) => ({ raw: { ...c.raw, seed }, seed: seed + i, withStatuses: false, withFates: true })));
  const opened = await openRuns(workers, requests);
  if (!Array.isArray(opened)) {
    if (status) status.textContent = opened.error;
    return;
  }
  compareRuns = state.comparison.map((c, i) => ({ label: c.label, runs: opened.slice(i * state.seeds, (i + 1) * state.seeds) }));
  // Batches arrive from several runs at once: draw (in place) at most every DRAW_INTERVAL_MS, at a frame.
  const DRAW_INTERVAL_MS = 250;
  let drawPending = false;
  let lastDraw = 0;
  let finished = false;
  await runToEnd(opened, 12, () => {
    if (status) status.textContent = t('status.running', { done: Math.min(...opened.map((r) => r.monthsDone)), total: opened[0]!.info.months });
    if (drawPending) return;
    drawPending = true;
    setTimeout(() => requestAnimationFrame(() => {
      drawPending = false;
      lastDraw = performance.now();
      if (!finished) void renderCompareCharts(state);
    }), Math.max(0, DRAW_INTERVAL_MS - (performance.now() - lastDraw)));
  }, () => false);
  finished = true;
  await renderCompareCharts(state);
  await renderTransitions(state);
  if (status) status.textContent = t('status.done');
}

/** Who changes fate between the baseline and the first other scenario (transitionsPanel.ts). */
async function renderTransitions(state: AppState): Promise<void> {
  const box = document.getElementById('compare-transitions');
  const base = compareRuns[state.baseline];
  const other = compareRuns.find((_, i) => i !== state.baseline);
  if (!box || !base || !other || !compareRuns.every((set) => set.runs.every((r) => r.done))) return;
  box.replaceChildren(await transitionsPanel(base, other));
}

/** The comparison cards as drawn, with the width they were drawn at: drawn again in place while they fit. */
let compareDrawn: { box: HTMLElement; width: number; cards: HTMLElement[] } | undefined;
let compareToken = 0;

/**
 * Draw the comparison's two cards: again in place if they are there at the same width (a
 * comparison streaming in), else afresh: measured in one task, then one card per task, so no
 * task blocks the page for long. Resolves once both are drawn (or a newer call took over).
 */
async function renderCompareCharts(state: AppState, remeasure = false): Promise<void> {
  const token = ++compareToken;
  const box = document.getElementById('compare-charts');
  if (!box || compareRuns.length < 2) return;
  const drawn = compareDrawn;
  const ids = ['compare', 'difference'] as const;
  if (!remeasure && drawn?.box === box && box.children.length === 2 && drawn.cards.every((card, i) => box.children[i] === card)) {
    const { chart } = chartSizes(drawn.width);
    compareSpecs(compareRuns, compareMetric, state.baseline).forEach((spec, i) => chartCard(ids[i]!, [spec], single(spec, lineChart, chart), drawn.cards[i]));
    return;
  }
  compareDrawn = undefined;
  // Measuring makes the page lay out at once: only when drawing afresh.
  const width = chartBodyWidth(box);
  const { chart } = chartSizes(width);
  redrawOnResize('compare', box, () => void renderCompareCharts(state, true));
  const cards: HTMLElement[] = [];
  for (const [i, id] of ids.entries()) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (token !== compareToken) return;
    const spec = compareSpecs(compareRuns, compareMetric, state.baseline)[i]!;
    cards.push(chartCard(id, [spec], single(spec, lineChart, chart)));
    if (i === 0) box.replaceChildren(cards[0]!);
    else box.append(cards[i]!);
  }
  compareDrawn = { box, width, cards };
}

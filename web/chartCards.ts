/**
 * A chart card: the chart, its text summary (written when opened), a data table on demand,
 * and SVG and PNG export. Also the helpers for panels that share a legend and a scale.
 */
import { dataTable, lineChart, summarise, svgToPngBlob, svgToString } from './charts/index.ts';
import { niceDomain } from './charts/domain.ts';
import { yTickCount } from './charts/layout.ts';
import { PANEL_GAP } from './charts/smallMultiples.ts';
import { CHART_CONTAIN } from './charts/style.ts';
import type { ChartSize, ChartSpec } from './charts/types.ts';
import { download, el, svgElement } from './dom.ts';
import { LANGUAGE_TAGS, getLanguage, t } from './i18n/index.ts';

export { panelSize } from './charts/smallMultiples.ts';

/** The width charts are drawn at when the page cannot be measured (not laid out, or hidden). */
export const FALLBACK_WIDTH = 640;
/** Wider than this, a chart's lines get hard to follow; it is drawn at this width, left-aligned. */
export const MAX_CHART_WIDTH = 1000;
/** The narrowest a small-multiple panel is drawn; fewer columns are used rather than go below. */
export const MIN_PANEL_WIDTH = 280;

export interface ChartSizes {
  /** A chart that has a card to itself. */
  readonly chart: ChartSize;
  /** Each small-multiple panel, and how many go in a row. */
  readonly panel: ChartSize;
  readonly columns: number;
}

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/**
 * The sizes to draw at in a chart body `width` CSS px wide. Charts are drawn at the width
 * they get (up to MAX_CHART_WIDTH), so that one SVG unit is one CSS pixel and text shows at
 * its real size (charts/style.ts), never scaled down. Heights follow the width within
 * bounds, and grow (minPlotHeight) when a narrow chart's title and legend wrap onto more rows.
 */
export function chartSizes(width: number): ChartSizes {
  const available = Math.floor(Math.min(Number.isFinite(width) && width > 0 ? width : FALLBACK_WIDTH, MAX_CHART_WIDTH));
  const columns = Math.max(1, Math.min(3, Math.floor((available + PANEL_GAP) / (MIN_PANEL_WIDTH + PANEL_GAP))));
  const panelWidth = Math.floor((available - (columns - 1) * PANEL_GAP) / columns);
  return {
    chart: { width: available, height: Math.round(clamp(available * 0.5, 240, 360)), minPlotHeight: 140 },
    panel: { width: panelWidth, height: Math.round(clamp(panelWidth * 0.7, 200, 280)), minPlotHeight: 110 },
    columns,
  };
}

/**
 * The width a chart body gets inside `container` (CSS px): measured on a hidden, empty card,
 * because charts are drawn before their card is in the page. 0 if the page is not laid out.
 */
export function chartBodyWidth(container: HTMLElement): number {
  const body = el('div', { class: 'chart-body' });
  const probe = el('figure', { class: 'chart-card', 'aria-hidden': 'true', style: 'visibility:hidden' }, body);
  container.append(probe);
  const width = body.getBoundingClientRect().width;
  probe.remove();
  return Math.floor(width);
}

/** Wait this long after the last change of width before drawing again. */
export const RESIZE_DEBOUNCE_MS = 150;

const widthOf = (element: Element): number => Math.round(element.getBoundingClientRect().width);

/**
 * Redraws a section's charts when their container's width changes (a resized window, a
 * rotated phone): once the width has settled for RESIZE_DEBOUNCE_MS, and only if it differs
 * from the width when the charts were drawn. Each section owns one; `watch` is called
 * whenever the charts are drawn, and a container that replaced an earlier one takes over.
 */
export class WidthWatch {
  private element: HTMLElement | undefined;
  private width = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private observer: ResizeObserver | undefined;

  constructor(private readonly redraw: () => void) {}

  watch(element: HTMLElement): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.width = widthOf(element);
    if (element === this.element) return;
    if (this.element) this.observer?.unobserve(this.element);
    this.element = element;
    if (typeof ResizeObserver === 'undefined') return;
    this.observer ??= new ResizeObserver(() => this.widthChanged());
    this.observer.observe(element);
  }

  private widthChanged(): void {
    const { element } = this;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!element || widthOf(element) === this.width) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (widthOf(element) !== this.width) this.redraw();
    }, RESIZE_DEBOUNCE_MS);
  }
}

/** What an in-place update needs to reach inside a card: take the new specs. */
const cards = new WeakMap<HTMLElement, (specs: readonly ChartSpec[]) => void>();

/**
 * A card for `specs`, drawn by `draw` into its body. Given a card it made before (`old`), it
 * draws that card again in place instead and returns it (updateCard).
 */
export function chartCard(id: string, specs: readonly ChartSpec[], draw: (container: HTMLElement) => void, old?: HTMLElement): HTMLElement {
  if (old && cards.has(old)) {
    updateCard(old, specs, draw);
    return old;
  }
  let current = specs;
  const body = el('div', { class: 'chart-body' });
  draw(body);
  // Read at export time: some panels are drawn in a later task.
  const svgs = (): SVGSVGElement[] => [...body.querySelectorAll<SVGSVGElement>('svg')];
  const table = el('div', { class: 'chart-table', hidden: true });
  const toggle = el('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': `${id}-table` }, t('button.showTable'));
  table.id = `${id}-table`;
  let tableToken = 0;
  /** The tables of the current specs, one per task (a table is a few thousand cells). */
  const fillTable = (): void => {
    const mine = ++tableToken;
    const tables = current;
    const next = (i: number): void => {
      if (mine !== tableToken || table.hidden) return;
      if (i === 0) table.replaceChildren();
      table.appendChild(dataTable(tables[i]!, document));
      if (i + 1 < tables.length) setTimeout(() => next(i + 1), 0);
    };
    if (tables.length) next(0);
  };
  toggle.addEventListener('click', () => {
    const show = table.hidden;
    table.hidden = !show;
    toggle.setAttribute('aria-expanded', String(show));
    toggle.textContent = t(show ? 'button.hideTable' : 'button.showTable');
    if (show) fillTable();
  });
  const exportSvg = el('button', { type: 'button' }, t('button.exportSvg'));
  exportSvg.addEventListener('click', () => svgs().forEach((svg, i, all) => download(`gapsim-${id}${all.length > 1 ? `-${i + 1}` : ''}.svg`, svgToString(svg), 'image/svg+xml')));
  const exportPng = el('button', { type: 'button' }, t('button.exportPng'));
  exportPng.addEventListener('click', () => {
    svgs().forEach((svg, i, all) => void svgToPngBlob(svg).then((blob) => download(`gapsim-${id}${all.length > 1 ? `-${i + 1}` : ''}.png`, blob)));
  });
  const summary = summaryDetails(() => current);
  const card = el('figure', { class: 'chart-card', id: `chart-${id}`, 'data-chart': id },
    body,
    el('figcaption', {}, summary.element),
    el('div', { class: 'chart-actions' }, toggle, exportSvg, exportPng),
    table);
  cards.set(card, (specs) => {
    current = specs;
    summary.refresh();
    // A table on show follows the data; a hidden one is written afresh when next shown.
    if (table.hidden) {
      tableToken++;
      table.replaceChildren();
    } else {
      fillTable();
    }
  });
  return card;
}

/**
 * Draw a card made by chartCard again, in place, for new specs (a run streaming in): `draw`
 * draws into the same body (the charts there update in place), and the text summary, data
 * table and exports follow the new specs.
 */
export function updateCard(card: HTMLElement, specs: readonly ChartSpec[], draw: (container: HTMLElement) => void): void {
  draw(card.querySelector<HTMLElement>('.chart-body')!);
  cards.get(card)?.(specs);
}

/** The charts' text summaries, written when opened (they are read far less often than redrawn). */
function summaryDetails(specs: () => readonly ChartSpec[]): { element: HTMLElement; refresh: () => void } {
  const details = el('details', {}, el('summary', {}, t('ui.textSummary')));
  const fill = () => {
    if (details.children.length > 1) return;
    details.append(...specs().map((spec) => el('p', { class: 'summary' }, summarise(spec, LANGUAGE_TAGS[getLanguage()]))));
  };
  details.addEventListener('toggle', () => { if (details.open) fill(); });
  const refresh = () => {
    while (details.children.length > 1) details.lastElementChild!.remove();
    if (details.open) fill();
  };
  return { element: details, refresh };
}

/**
 * Draws one chart at `size`, shown at that size (one SVG unit to a CSS pixel). Into a
 * container that already holds the chart's svg, it draws again in place.
 */
export function single(spec: ChartSpec, draw: typeof lineChart, size: ChartSize): (container: HTMLElement) => void {
  return (container) => {
    let svg = container.firstElementChild as SVGSVGElement | null;
    if (svg?.tagName !== 'svg') {
      svg = svgElement();
      svg.style.setProperty('contain', CHART_CONTAIN);
      container.appendChild(svg);
    }
    svg.style.width = `${size.width}px`;
    draw(svg, spec, size);
  };
}

/** One legend for a set of panels that share their series. */
export function sharedLegend(spec: ChartSpec): HTMLElement {
  return el('ul', { class: 'legend shared-legend' }, ...spec.series.map((s) =>
    el('li', {}, el('span', { class: 'swatch', style: `background:${s.color}` }), s.label)));
}

/**
 * Give every panel the same y scale, so panels compare: 0 to the highest stacked total, made
 * nice for panels of `size` (as every chart's axis is), so the top of the axis carries a
 * labelled tick and, while a run streams in, the scale changes only at round steps.
 */
export function sharedScale(specs: readonly ChartSpec[], size?: ChartSize): ChartSpec[] {
  let top = 0;
  for (const spec of specs) {
    for (let i = 0; i < spec.months; i++) {
      let total = 0;
      for (const series of spec.series) total += Number.isNaN(series.band.median[i]!) ? 0 : series.band.median[i]!;
      top = Math.max(top, total);
    }
  }
  const domain = size ? niceDomain([0, top > 0 ? top : 1], yTickCount(size)) : [0, top > 0 ? top : 1] as const;
  return specs.map((spec) => ({ ...spec, yDomain: domain }));
}


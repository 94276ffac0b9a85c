/**
 * A chart card: the chart, its text summary (written when opened), a data table on demand,
 * and SVG and PNG export. Also the helpers for panels that share a legend and a scale.
 */
import { dataTable, lineChart, summarise, svgToPngBlob, svgToString } from './charts/index.ts';
import type { ChartSpec } from './charts/types.ts';
import { download, el, svgElement } from './dom.ts';
import { LANGUAGE_TAGS, getLanguage, t } from './i18n/index.ts';

export const CHART_SIZE = { width: 640, height: 320 };
export const SMALL_SIZE = { width: 320, height: 240 };

export function chartCard(id: string, specs: readonly ChartSpec[], draw: (container: HTMLElement) => void): HTMLElement {
  const body = el('div', { class: 'chart-body' });
  draw(body);
  // Read at export time: some panels are drawn in a later task.
  const svgs = (): SVGSVGElement[] => [...body.querySelectorAll<SVGSVGElement>('svg')];
  const table = el('div', { class: 'chart-table', hidden: true });
  const toggle = el('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': `${id}-table` }, t('button.showTable'));
  table.id = `${id}-table`;
  toggle.addEventListener('click', () => {
    const show = table.hidden;
    table.hidden = !show;
    toggle.setAttribute('aria-expanded', String(show));
    toggle.textContent = t(show ? 'button.hideTable' : 'button.showTable');
    if (show && !table.firstChild) for (const spec of specs) table.appendChild(dataTable(spec, document));
  });
  const exportSvg = el('button', { type: 'button' }, t('button.exportSvg'));
  exportSvg.addEventListener('click', () => svgs().forEach((svg, i, all) => download(`gapsim-${id}${all.length > 1 ? `-${i + 1}` : ''}.svg`, svgToString(svg), 'image/svg+xml')));
  const exportPng = el('button', { type: 'button' }, t('button.exportPng'));
  exportPng.addEventListener('click', () => {
    svgs().forEach((svg, i, all) => void svgToPngBlob(svg).then((blob) => download(`gapsim-${id}${all.length > 1 ? `-${i + 1}` : ''}.png`, blob)));
  });
  return el('figure', { class: 'chart-card', id: `chart-${id}`, 'data-chart': id },
    body,
    el('figcaption', {}, summaryDetails(specs)),
    el('div', { class: 'chart-actions' }, toggle, exportSvg, exportPng),
    table);
}

/** The charts' text summaries, written when first opened (they are read far less often than redrawn). */
function summaryDetails(specs: readonly ChartSpec[]): HTMLElement {
  const details = el('details', {}, el('summary', {}, t('ui.textSummary')));
  const fill = () => {
    if (details.children.length > 1) return;
    details.append(...specs.map((spec) => el('p', { class: 'summary' }, summarise(spec, LANGUAGE_TAGS[getLanguage()]))));
  };
  details.addEventListener('toggle', () => { if (details.open) fill(); });
  return details;
}

export function single(spec: ChartSpec, draw: typeof lineChart): (container: HTMLElement) => void {
  return (container) => {
    const svg = svgElement();
    container.appendChild(svg);
    draw(svg, spec, CHART_SIZE);
  };
}

/** One legend for a set of panels that share their series. */
export function sharedLegend(spec: ChartSpec): HTMLElement {
  return el('ul', { class: 'legend shared-legend' }, ...spec.series.map((s) =>
    el('li', {}, el('span', { class: 'swatch', style: `background:${s.color}` }), s.label)));
}

/** Give every panel the same y scale (0 to the highest stacked total), so panels compare. */
export function sharedScale(specs: readonly ChartSpec[]): ChartSpec[] {
  let top = 0;
  for (const spec of specs) {
    for (let i = 0; i < spec.months; i++) {
      let total = 0;
      for (const series of spec.series) total += Number.isNaN(series.band.median[i]!) ? 0 : series.band.median[i]!;
      top = Math.max(top, total);
    }
  }
  return specs.map((spec) => ({ ...spec, yDomain: [0, top > 0 ? top : 1] as const }));
}


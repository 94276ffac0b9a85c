import { format as d3Format, scaleLinear, select } from 'd3';
import { drawAxes, drawGrid } from './axes.ts';
import { describeChart } from './describe.ts';
import { niceDomain } from './domain.ts';
import { drawEventMarkers } from './eventMarkers.ts';
import { drawReferenceLines } from './referenceLines.ts';
import { ENGLISH_WORDS } from './words.ts';
import { BAND_KEY } from './legendLayout.ts';
import { drawLegend, type SwatchShape } from './legend.ts';
import { layoutChart, wrapTitle, yTickCount, type ChartLayout } from './layout.ts';
import type { GroupSelection } from './selection.ts';
import { drawTitle } from './title.ts';
import { CHART_STYLE, dashOf } from './style.ts';
import type { ChartSize, ChartSpec } from './types.ts';

export interface FrameOptions {
  /** The data's y extent; used (made nice) unless the spec fixes the domain. */
  readonly extent: readonly [number, number];
  readonly swatch: SwatchShape;
  /** What kind of chart, for the accessible name (a key of ChartWords). */
  readonly kind: 'lineChart' | 'stackedChart';
  /** Add the shaded band to the legend (a line chart whose bands show). */
  readonly bandLegend?: boolean;
}

export interface Frame {
  /** The plot area, origin at its top left. */
  readonly plot: GroupSelection;
  /** Where the chart draws its data: over the grid and axes, under the event markers. */
  readonly data: GroupSelection;
  readonly layout: ChartLayout;
}

const siFormat = d3Format('~s');
const plainFormat = d3Format('~r');

/**
 * d3's SI format for large numbers ("1.2k"), but plain below 1000: SI would write 0.2 as
 * "200m", which reads as millions. Integers below 1000 look the same either way.
 */
export const defaultFormat = (value: number): string => (Math.abs(value) >= 1000 ? siFormat(value) : plainFormat(value));

/** The y tick and value format a spec asks for, else defaultFormat. */
export const formatOf = (spec: ChartSpec): ((value: number) => string) => spec.format ?? defaultFormat;

/** What a chart keeps between draws of the same svg (see drawFrame). */
interface FrameState {
  /** Everything the frame's drawing depends on, but the title's words and the accessible name. */
  readonly key: string;
  readonly title: string;
  readonly label: string;
  readonly titleNode: SVGTextElement;
  readonly frame: Frame;
}

const frames = new WeakMap<SVGSVGElement, FrameState>();

/**
 * Everything but the data: names the svg for assistive technology and draws the title,
 * legend, grid, axes and event markers. Shared by every chart so they all look alike.
 *
 * Drawn from scratch (the svg cleared first) only when something the frame's layout depends
 * on changed: the size, the months, labels, legend, events, reference lines, the y domain
 * and its tick labels, or how many lines the title takes. Otherwise the frame stays as it is
 * (a run streaming in changes the data, and titles' numbers, twice a second): the title's
 * words and the accessible name are rewritten if they changed, and the data group is
 * returned with its marks, for the chart to update in place (marks.ts). Either way the svg
 * ends up the same as if drawn from scratch.
 */
export function drawFrame(element: SVGSVGElement, spec: ChartSpec, size: ChartSize, options: FrameOptions): Frame {
  const format = formatOf(spec);
  const yDomain = spec.yDomain ?? niceDomain(options.extent, yTickCount(size));
  const titleLines = wrapTitle(spec.title, size);
  const words = spec.words ?? ENGLISH_WORDS;
  const key = JSON.stringify([
    size.width, size.height, size.minPlotHeight ?? null, size.titleLines ?? null, titleLines.length,
    spec.months, spec.xLabel, spec.yLabel, spec.legend !== false,
    spec.series.map((s) => [s.key, s.label, s.color, dashOf(s)]),
    (spec.events ?? []).map((e) => [e.month, e.label]),
    (spec.references ?? []).map((r) => [r.value, r.label]),
    yDomain, scaleLinear().domain(yDomain).ticks(yTickCount(size)).map(format),
    options.kind, options.swatch, Boolean(options.bandLegend), words.band,
  ]);
  const title = titleLines.join('\n');
  const label = describeChart(spec, options.kind);
  const old = frames.get(element);
  if (old && old.key === key && intact(element, old)) {
    const svg = select(element);
    if (old.title !== title) {
      old.titleNode.remove();
      drawTitle(svg, { ...old.frame.layout, titleLines });
      const titleNode = element.lastElementChild as SVGTextElement;
      element.insertBefore(titleNode, element.firstChild);
      frames.set(element, { ...old, title, titleNode });
    }
    if (old.label !== label) {
      svg.attr('aria-label', label);
      frames.set(element, { ...frames.get(element)!, label });
    }
    return old.frame;
  }

  const band = options.bandLegend ? [{ key: BAND_KEY, label: words.band, color: CHART_STYLE.ink, band: { median: [], low: [], high: [] } }] : [];
  const layout = layoutChart(spec, size, yDomain, format, band);

  const svg = select(element);
  svg.selectAll('*').remove();
  svg
    .attr('viewBox', `0 0 ${size.width} ${layout.height}`)
    .attr('role', 'img')
    .attr('aria-label', label)
    .attr('font-family', CHART_STYLE.fontFamily)
    .attr('font-size', CHART_STYLE.fontSize);

  drawTitle(svg, layout);
  const titleNode = element.lastElementChild as SVGTextElement;
  drawLegend(svg, layout, options.swatch);
  const plot = svg
    .append('g')
    .attr('class', 'plot')
    .attr('transform', `translate(${layout.margin.left},${layout.margin.top})`)
    .attr('data-y-domain', yDomain.join(','))
    .attr('data-plot-height', layout.plotHeight);
  drawGrid(plot, layout);
  drawAxes(plot, layout, spec, format);
  drawReferenceLines(plot, layout, spec);
  const data = plot.append('g').attr('class', 'data');
  // Markers go over the data, or opaque stacked layers would hide them.
  drawEventMarkers(plot, layout);
  const frame = { plot, data, layout };
  frames.set(element, { key, title, label, titleNode, frame });
  return frame;
}

/** Whether the svg still holds the frame drawn into it (nothing else cleared or replaced it). */
function intact(element: SVGSVGElement, state: FrameState): boolean {
  const plot = state.frame.plot.node();
  return element.firstChild === state.titleNode && plot?.parentNode === element && state.frame.data.node()?.parentNode === plot;
}

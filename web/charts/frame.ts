import { format as d3Format, select } from 'd3';
import { drawAxes, drawGrid } from './axes.ts';
import { describeChart } from './describe.ts';
import { niceDomain } from './domain.ts';
import { drawEventMarkers } from './eventMarkers.ts';
import { drawReferenceLines } from './referenceLines.ts';
import { ENGLISH_WORDS } from './words.ts';
import { BAND_KEY } from './legendLayout.ts';
import { drawLegend, type SwatchShape } from './legend.ts';
import { layoutChart, yTickCount, type ChartLayout } from './layout.ts';
import type { GroupSelection } from './selection.ts';
import { drawTitle } from './title.ts';
import { CHART_STYLE } from './style.ts';
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

/**
 * Everything but the data: clears the svg, names it for assistive technology, and draws the
 * title, legend, grid, axes and event markers. Shared by every chart so they all look alike.
 */
export function drawFrame(element: SVGSVGElement, spec: ChartSpec, size: ChartSize, options: FrameOptions): Frame {
  const format = formatOf(spec);
  const yDomain = spec.yDomain ?? niceDomain(options.extent, yTickCount(size));
  const band = options.bandLegend ? [{ key: BAND_KEY, label: (spec.words ?? ENGLISH_WORDS).band, color: CHART_STYLE.ink, band: { median: [], low: [], high: [] } }] : [];
  const layout = layoutChart(spec, size, yDomain, format, band);

  const svg = select(element);
  svg.selectAll('*').remove();
  svg
    .attr('viewBox', `0 0 ${size.width} ${layout.height}`)
    .attr('role', 'img')
    .attr('aria-label', describeChart(spec, options.kind))
    .attr('font-family', CHART_STYLE.fontFamily)
    .attr('font-size', CHART_STYLE.fontSize);

  drawTitle(svg, layout);
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
  return { plot, data, layout };
}

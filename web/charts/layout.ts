import { scaleLinear, type ScaleLinear } from 'd3';
import { LEGEND_ROW_HEIGHT, layoutLegend, type LegendLayout } from './legendLayout.ts';
import { EVENT_ROW_HEIGHT, layoutEvents, type EventLayout } from './eventLayout.ts';
import { CHART_STYLE } from './style.ts';
import { estimateTextWidth, wrapWords } from './textWidth.ts';
import type { ChartSeries, ChartSize, ChartSpec } from './types.ts';

const PAD = 8;
const TITLE_LINE_HEIGHT = 18;
/** Room under the plot for the x tick labels and the x axis label. */
const BOTTOM = 44;
/** Room right of the plot for half of the last x tick label. */
const RIGHT = 18;
/** Tick length plus the gap between tick and label, as d3's axes draw them. */
const TICK_SPACE = 9;
/** The rotated y axis label. */
const Y_LABEL_SPACE = 24;
/** The least room between two x tick labels, so neighbouring months never run together. */
const X_TICK_GAP = 12;

export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** Where everything goes, worked out before anything is drawn. */
export interface ChartLayout {
  /** The chart's height: size.height, or more if size.minPlotHeight asked for a taller plot. */
  readonly height: number;
  readonly margin: Margin;
  readonly plotWidth: number;
  readonly plotHeight: number;
  readonly titleLines: readonly string[];
  readonly titleBaseline: number;
  readonly legendTop: number;
  readonly legend: LegendLayout;
  readonly events: EventLayout;
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly xTicks: readonly number[];
  readonly yTicks: readonly number[];
}

/** The title's lines at this size (the title wraps to the chart's width, inside its padding). */
export const wrapTitle = (title: string, size: ChartSize): string[] => wrapWords(title, size.width - 2 * PAD, CHART_STYLE.titleFontSize);

/** About one y tick per 40px of plot, so tick labels never crowd; never fewer than three. */
export const yTickCount = (size: ChartSize): number => Math.max(3, Math.round((size.height - 110) / 40));

/**
 * Lays out a chart in order of dependence: the y ticks (known from the domain and the size)
 * fix the left margin, which fixes the x scale, which places the event labels; the title,
 * legend and event label rows then fix the top margin and so the plot height.
 */
export function layoutChart(
  spec: ChartSpec,
  size: ChartSize,
  yDomain: readonly [number, number],
  format: (value: number) => string,
  /** Legend entries after the series' (the band's key). */
  extraLegend: readonly ChartSeries[] = [],
): ChartLayout {
  const y = scaleLinear().domain(yDomain);
  const yTicks = y.ticks(yTickCount(size));
  const widestTick = Math.max(0, ...yTicks.map((tick) => estimateTextWidth(format(tick), CHART_STYLE.tickFontSize)));
  const left = Math.ceil(PAD + Y_LABEL_SPACE + widestTick + TICK_SPACE);
  const plotWidth = Math.max(10, size.width - left - RIGHT);

  // With one month there is no span; centre it instead of collapsing the scale.
  const x = scaleLinear()
    .domain(spec.months > 1 ? [1, spec.months] : [0.5, 1.5])
    .range([0, plotWidth]);
  const xTicks = monthTicks(x, plotWidth);

  const titleLines = wrapTitle(spec.title, size);
  const titleBaseline = PAD + CHART_STYLE.titleFontSize;
  const legendTop = PAD + Math.max(titleLines.length, size.titleLines ?? 0) * TITLE_LINE_HEIGHT + 2;
  const legend = layoutLegend(spec.legend === false ? [] : [...spec.series, ...extraLegend], size.width - 2 * PAD);
  // Event labels may run left over the y tick labels' column (they sit above it), not past the title's edge.
  const events = layoutEvents(spec.events ?? [], spec.months, x, plotWidth, left - PAD);
  const top = Math.ceil(legendTop + legend.rows * LEGEND_ROW_HEIGHT + events.rows * EVENT_ROW_HEIGHT + PAD);
  const height = Math.max(size.height, top + (size.minPlotHeight ?? 0) + BOTTOM);
  const plotHeight = Math.max(10, height - top - BOTTOM);
  y.range([plotHeight, 0]);

  return {
    height,
    margin: { top, right: RIGHT, bottom: BOTTOM, left },
    plotWidth,
    plotHeight,
    titleLines,
    titleBaseline,
    legendTop,
    legend,
    events,
    x,
    y,
    xTicks,
    yTicks,
  };
}

/**
 * The month ticks: about one per 55px of plot, but fewer whenever two neighbouring labels
 * (estimated at the widest month's width) would come closer than X_TICK_GAP.
 */
function monthTicks(x: ScaleLinear<number, number>, plotWidth: number): number[] {
  const ticksFor = (count: number) => x.ticks(count).filter((tick) => Number.isInteger(tick) && tick >= 1);
  const [, last] = x.domain() as [number, number];
  const labelWidth = estimateTextWidth(String(Math.floor(last)), CHART_STYLE.tickFontSize);
  for (let count = Math.max(2, Math.floor(plotWidth / 55)); count >= 1; count--) {
    const ticks = ticksFor(count);
    if (minSpacing(ticks, x) >= labelWidth + X_TICK_GAP) return ticks;
  }
  // A plot too narrow even for two labels keeps one, so the axis still reads as months.
  return ticksFor(1).slice(0, 1);
}

/** The smallest distance between neighbouring ticks (Infinity for fewer than two). */
export function minSpacing(ticks: readonly number[], x: (value: number) => number): number {
  let spacing = Number.POSITIVE_INFINITY;
  for (let i = 1; i < ticks.length; i++) spacing = Math.min(spacing, Math.abs(x(ticks[i]!) - x(ticks[i - 1]!)));
  return spacing;
}

/** Left padding of the title and legend, matched by the y axis label. */
export const CHART_PAD = PAD;
export { TITLE_LINE_HEIGHT };

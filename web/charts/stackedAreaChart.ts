import { area, type SeriesPoint } from 'd3';
import { valueExtent } from './domain.ts';
import { drawFrame } from './frame.ts';
import { stackMedians, stackValues } from './stacking.ts';
import { round2 } from './round.ts';
import { isolatedMonths } from './values.ts';
import { CHART_STYLE } from './style.ts';
import type { ChartSize, ChartSpec } from './types.ts';

/** A stacked edge is drawn only where both its bottom and top are known. */
const isKnown = (point: SeriesPoint<number>): boolean => Number.isFinite(point[0]) && Number.isFinite(point[1]);

/**
 * The series' medians stacked in series order, so the top edge is their total and each layer's
 * thickness its share. Bands are left out: stacked uncertainty bands would not add up.
 */
export function stackedAreaChart(svg: SVGSVGElement, spec: ChartSpec, size: ChartSize): void {
  const { data, layout } = drawFrame(svg, spec, size, {
    extent: valueExtent(stackValues(spec)),
    swatch: 'area',
    kind: 'stackedChart',
  });
  const { x, y } = layout;
  const layerArea = area<SeriesPoint<number>>()
    .defined(isKnown)
    .x((point) => x(point.data))
    .y0((point) => y(point[0] ?? Number.NaN))
    .y1((point) => y(point[1] ?? Number.NaN))
    .digits(2);

  for (const layer of stackMedians(spec)) {
    const series = spec.series[layer.key];
    if (!series) continue;
    data
      .append('path')
      .attr('class', 'layer')
      .attr('data-series', series.key)
      .attr('fill', series.color)
      .attr('fill-opacity', CHART_STYLE.layerOpacity)
      .attr('stroke', '#ffffff')
      .attr('stroke-width', 0.5)
      .attr('d', layerArea(layer) ?? '')
      .append('title')
      .text(series.label);
    // A month alone (the first step of a run) as a short bar, which an area cannot show.
    for (const month of isolatedMonths((m) => layer[m - 1] !== undefined && isKnown(layer[m - 1]!), spec.months)) {
      const point = layer[month - 1]!;
      data
        .append('rect')
        .attr('class', 'point')
        .attr('data-series', series.key)
        .attr('x', round2(x(month) - 3))
        .attr('width', 6)
        .attr('y', round2(y(point[1])))
        .attr('height', round2(Math.max(0, y(point[0]) - y(point[1]))))
        .attr('fill', series.color)
        .attr('fill-opacity', CHART_STYLE.layerOpacity);
    }
  }
}

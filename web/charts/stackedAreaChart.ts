import { area, type SeriesPoint } from 'd3';
import { valueExtent } from './domain.ts';
import { drawFrame } from './frame.ts';
import { drawMarks, type Mark } from './marks.ts';
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
 * Drawn again into the same svg, it keeps the frame and updates the layers in place (frame.ts).
 */
export function stackedAreaChart(svg: SVGSVGElement, spec: ChartSpec, size: ChartSize): void {
  const layers = stackMedians(spec);
  const { data, layout } = drawFrame(svg, spec, size, {
    extent: valueExtent(stackValues(spec, layers)),
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
  const marks: Mark[] = [];

  for (const layer of layers) {
    const series = spec.series[layer.key];
    if (!series) continue;
    marks.push({
      tag: 'path',
      attrs: [
        ['class', 'layer'],
        ['data-series', series.key],
        ['fill', series.color],
        ['fill-opacity', CHART_STYLE.layerOpacity],
        ['stroke', '#ffffff'],
        ['stroke-width', 0.5],
        ['d', layerArea(layer) ?? ''],
      ],
      title: series.label,
    });
    // A month alone (the first step of a run) as a short bar, which an area cannot show.
    for (const month of isolatedMonths((m) => layer[m - 1] !== undefined && isKnown(layer[m - 1]!), spec.months)) {
      const point = layer[month - 1]!;
      marks.push({
        tag: 'rect',
        attrs: [
          ['class', 'point'],
          ['data-series', series.key],
          ['x', round2(x(month) - 3)],
          ['width', 6],
          ['y', round2(y(point[1]))],
          ['height', round2(Math.max(0, y(point[0]) - y(point[1])))],
          ['fill', series.color],
          ['fill-opacity', CHART_STYLE.layerOpacity],
        ],
      });
    }
  }
  drawMarks(data.node()!, marks);
}

import { area, line } from 'd3';
import { valueExtent } from './domain.ts';
import { drawFrame } from './frame.ts';
import { hasVisibleBand, lineValues } from './lineValues.ts';
import { drawMarks, type Mark } from './marks.ts';
import { CHART_STYLE, dashOf } from './style.ts';
import type { ChartSize, ChartSpec } from './types.ts';
import { isolatedMonths, monthsOf, valueAt } from './values.ts';
import { round2 } from './round.ts';

const isValue = Number.isFinite;

/**
 * One line per series (the median over seeds) over a translucent 90% band, months on x.
 * A month with no value (NaN) leaves a gap rather than a line drawn through guesswork.
 * Drawn again into the same svg, it keeps the frame and updates the lines in place (frame.ts).
 */
export function lineChart(svg: SVGSVGElement, spec: ChartSpec, size: ChartSize): void {
  const { data, layout } = drawFrame(svg, spec, size, {
    extent: valueExtent(lineValues(spec)),
    swatch: 'line',
    kind: 'lineChart',
    bandLegend: spec.series.some((_, i) => hasVisibleBand(spec, i)),
  });
  const { x, y } = layout;
  const months = monthsOf(spec);
  const marks: Mark[] = [];

  // All bands first, so that no band ever veils another series' line.
  spec.series.forEach((series, index) => {
    if (!hasVisibleBand(spec, index)) return;
    const { low, high } = series.band;
    const band = area<number>()
      .defined((month) => isValue(valueAt(low, month)) && isValue(valueAt(high, month)))
      .x((month) => x(month))
      .y0((month) => y(valueAt(low, month)))
      .y1((month) => y(valueAt(high, month)))
      .digits(2);
    marks.push({
      tag: 'path',
      attrs: [
        ['class', 'band'],
        ['data-series', series.key],
        ['fill', series.color],
        ['fill-opacity', CHART_STYLE.bandOpacity],
        ['stroke', 'none'],
        ['d', band(months) ?? ''],
      ],
    });
  });

  for (const series of spec.series) {
    const { median } = series.band;
    const medianLine = line<number>()
      .defined((month) => isValue(valueAt(median, month)))
      .x((month) => x(month))
      .y((month) => y(valueAt(median, month)))
      .digits(2);
    marks.push({
      tag: 'path',
      attrs: [
        ['class', 'median'],
        ['data-series', series.key],
        ['fill', 'none'],
        ['stroke', series.color],
        ['stroke-width', CHART_STYLE.lineWidth],
        ['stroke-linejoin', 'round'],
        ['stroke-linecap', 'round'],
        ['stroke-dasharray', dashOf(series)],
        ['d', medianLine(months) ?? ''],
      ],
      title: series.label,
    });
    for (const month of isolatedMonths((m) => isValue(valueAt(median, m)), spec.months)) {
      marks.push({
        tag: 'circle',
        attrs: [
          ['class', 'point'],
          ['data-series', series.key],
          ['cx', round2(x(month))],
          ['cy', round2(y(valueAt(median, month)))],
          ['r', CHART_STYLE.lineWidth * 1.5],
          ['fill', series.color],
        ],
      });
    }
  }
  drawMarks(data.node()!, marks);
}

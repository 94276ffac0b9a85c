import type { ChartLayout } from './layout.ts';
import { round2 } from './round.ts';
import type { GroupSelection } from './selection.ts';
import { CHART_STYLE } from './style.ts';
import type { ChartSpec } from './types.ts';

/**
 * A dashed horizontal line across the plot at each reference value (a threshold), with its
 * label at the right end, just above the line. Values outside the y domain are not drawn.
 */
export function drawReferenceLines(plot: GroupSelection, layout: ChartLayout, spec: ChartSpec): void {
  if (!spec.references?.length) return;
  const [low, high] = layout.y.domain() as [number, number];
  const lines = plot.append('g').attr('class', 'references');
  for (const reference of spec.references) {
    if (reference.value < low || reference.value > high) continue;
    const y = round2(layout.y(reference.value));
    const line = lines.append('g').attr('class', 'reference').attr('data-value', reference.value);
    line.append('line')
      .attr('x1', 0)
      .attr('x2', round2(layout.plotWidth))
      .attr('y1', y)
      .attr('y2', y)
      .attr('stroke', CHART_STYLE.ink)
      .attr('stroke-width', 1)
      .attr('stroke-dasharray', CHART_STYLE.eventDash);
    line.append('text')
      .attr('x', round2(layout.plotWidth) - 2)
      .attr('y', y - 4)
      .attr('text-anchor', 'end')
      .attr('font-size', CHART_STYLE.tickFontSize)
      .attr('fill', CHART_STYLE.ink)
      .text(reference.label);
  }
}

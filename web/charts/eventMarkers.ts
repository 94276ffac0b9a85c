import { EVENT_ROW_HEIGHT } from './eventLayout.ts';
import type { ChartLayout } from './layout.ts';
import { round2 } from './round.ts';
import type { GroupSelection } from './selection.ts';
import { CHART_STYLE } from './style.ts';

/**
 * A dashed vertical line at each event's month, reaching up to its short label above the plot,
 * with the full label as a tooltip.
 */
export function drawEventMarkers(plot: GroupSelection, layout: ChartLayout): void {
  const markers = plot.append('g').attr('class', 'events');
  for (const label of layout.events.labels) {
    const x = round2(label.x);
    const baseline = -4 - label.row * EVENT_ROW_HEIGHT;
    const marker = markers
      .append('g')
      .attr('class', 'event-marker')
      .attr('data-month', label.event.month);
    marker.append('title').text(`${label.event.label} (${label.event.month})`);
    marker
      .append('line')
      .attr('x1', x)
      .attr('x2', x)
      .attr('y1', baseline - 8)
      .attr('y2', round2(layout.plotHeight))
      .attr('stroke', CHART_STYLE.ink)
      .attr('stroke-width', 1)
      .attr('stroke-dasharray', CHART_STYLE.eventDash);
    marker
      .append('text')
      .attr('x', label.anchor === 'start' ? x + 3 : x - 3)
      .attr('y', baseline)
      .attr('text-anchor', label.anchor)
      .attr('font-size', CHART_STYLE.tickFontSize)
      .attr('fill', CHART_STYLE.ink)
      .text(label.text);
  }
}

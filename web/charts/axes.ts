import { axisBottom, axisLeft } from 'd3';
import { CHART_PAD, type ChartLayout } from './layout.ts';
import { round2, roundNumbersIn } from './round.ts';
import type { GroupSelection } from './selection.ts';
import { CHART_STYLE } from './style.ts';
import { estimateTextWidth, shorten } from './textWidth.ts';
import type { ChartSpec } from './types.ts';

/**
 * d3's axes draw in currentColor, which an exported SVG would lose; this writes the ink
 * colour and font as attributes and rounds the tick positions.
 */
function inkAxis(axis: GroupSelection): void {
  axis.attr('font-family', CHART_STYLE.fontFamily).attr('font-size', CHART_STYLE.tickFontSize);
  axis.selectAll('path, line').attr('stroke', CHART_STYLE.ink);
  axis.selectAll('text').attr('fill', CHART_STYLE.ink);
  axis.selectAll<SVGGElement, unknown>('.tick').attr('transform', function () {
    return roundNumbersIn(this.getAttribute('transform') ?? '');
  });
}

/** Horizontal grid lines at the y ticks, behind everything else, to read values across. */
export function drawGrid(plot: GroupSelection, layout: ChartLayout): void {
  const grid = plot.append('g').attr('class', 'grid');
  for (const tick of layout.yTicks) {
    const y = round2(layout.y(tick));
    grid
      .append('line')
      .attr('x1', 0)
      .attr('x2', round2(layout.plotWidth))
      .attr('y1', y)
      .attr('y2', y)
      .attr('stroke', CHART_STYLE.grid)
      .attr('stroke-width', 1);
  }
}

/** The month axis below the plot and the value axis to its left, each with its label. */
export function drawAxes(plot: GroupSelection, layout: ChartLayout, spec: ChartSpec, format: (value: number) => string): void {
  // A fixed offset (d3 picks one from the screen's pixel ratio) keeps exports and snapshots the same everywhere.
  const xAxis = plot
    .append('g')
    .attr('class', 'axis axis-x')
    .attr('transform', `translate(0,${round2(layout.plotHeight)})`)
    .call(axisBottom(layout.x).tickValues(layout.xTicks).tickFormat((month) => String(month)).offset(0));
  inkAxis(xAxis);
  const yAxis = plot
    .append('g')
    .attr('class', 'axis axis-y')
    .call(axisLeft(layout.y).tickValues(layout.yTicks).tickFormat((value) => format(Number(value))).offset(0));
  inkAxis(yAxis);

  plot
    .append('text')
    .attr('class', 'axis-label x-label')
    .attr('x', round2(layout.plotWidth / 2))
    .attr('y', round2(layout.plotHeight + 36))
    .attr('text-anchor', 'middle')
    .attr('fill', CHART_STYLE.ink)
    .text(spec.xLabel);
  // The y label runs along the plot's height; on a short plot it is cut rather than run into the legend.
  const yLabelChars = Math.floor(layout.plotHeight / (estimateTextWidth('x', CHART_STYLE.fontSize) || 1));
  const yLabel = shorten(spec.yLabel, Math.max(4, yLabelChars));
  const yLabelText = plot
    .append('text')
    .attr('class', 'axis-label y-label')
    .attr('transform', `translate(${CHART_PAD + 12 - layout.margin.left},${round2(layout.plotHeight / 2)}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .attr('fill', CHART_STYLE.ink)
    .text(yLabel);
  if (yLabel !== spec.yLabel) yLabelText.append('title').text(spec.yLabel);
}

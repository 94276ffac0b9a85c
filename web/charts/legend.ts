import { BAND_KEY, LEGEND_LABEL_OFFSET, LEGEND_SWATCH_WIDTH } from './legendLayout.ts';
import { CHART_PAD, type ChartLayout } from './layout.ts';
import { round2 } from './round.ts';
import type { SvgSelection } from './selection.ts';
import { CHART_STYLE, dashOf } from './style.ts';


/** A line swatch (dashed like its series) for line charts; a filled square for areas. */
export type SwatchShape = 'line' | 'area';

/** One entry per series, colour swatch then label, so colour is never the only key. */
export function drawLegend(svg: SvgSelection, layout: ChartLayout, swatch: SwatchShape): void {
  const legend = svg
    .append('g')
    .attr('class', 'legend')
    .attr('transform', `translate(${CHART_PAD},${round2(layout.legendTop)})`);
  for (const item of layout.legend.items) {
    const entry = legend
      .append('g')
      .attr('class', 'legend-item')
      .attr('data-series', item.series.key)
      .attr('transform', `translate(${round2(item.x)},${round2(item.y)})`);
    if (item.series.key === BAND_KEY) {
      entry
        .append('rect')
        .attr('x', 0)
        .attr('y', -6)
        .attr('width', LEGEND_SWATCH_WIDTH)
        .attr('height', 12)
        .attr('fill', item.series.color)
        .attr('fill-opacity', CHART_STYLE.bandOpacity);
    } else if (swatch === 'line') {
      entry
        .append('line')
        .attr('x1', 0)
        .attr('x2', LEGEND_SWATCH_WIDTH)
        .attr('stroke', item.series.color)
        .attr('stroke-width', CHART_STYLE.lineWidth)
        .attr('stroke-dasharray', dashOf(item.series));
    } else {
      entry
        .append('rect')
        .attr('x', 3)
        .attr('y', -6)
        .attr('width', 12)
        .attr('height', 12)
        .attr('fill', item.series.color)
        .attr('fill-opacity', CHART_STYLE.layerOpacity);
    }
    const label = entry
      .append('text')
      .attr('class', 'legend-label')
      .attr('x', LEGEND_LABEL_OFFSET)
      .attr('dy', '0.35em')
      .attr('fill', CHART_STYLE.ink)
      .text(item.text);
    if (item.text !== item.series.label) label.append('title').text(item.series.label);
  }
}

import { CHART_PAD, TITLE_LINE_HEIGHT, type ChartLayout } from './layout.ts';
import type { SvgSelection } from './selection.ts';
import { CHART_STYLE } from './style.ts';

/**
 * The title, wrapped onto lines as laid out. Each line but the last keeps a trailing space, so
 * the element's text content is still the whole title.
 */
export function drawTitle(svg: SvgSelection, layout: ChartLayout): void {
  const title = svg
    .append('text')
    .attr('class', 'chart-title')
    .attr('x', CHART_PAD)
    .attr('y', layout.titleBaseline)
    .attr('fill', CHART_STYLE.ink)
    .attr('font-size', CHART_STYLE.titleFontSize)
    .attr('font-weight', 600);
  const lines = layout.titleLines;
  if (lines.length === 1) {
    title.text(lines[0] ?? '');
    return;
  }
  lines.forEach((line, index) => {
    title
      .append('tspan')
      .attr('x', CHART_PAD)
      .attr('dy', index === 0 ? 0 : TITLE_LINE_HEIGHT)
      .text(index < lines.length - 1 ? `${line} ` : line);
  });
}

import { niceDomain, valueExtent } from './domain.ts';
import { CHART_PAD, yTickCount } from './layout.ts';
import type { lineChart } from './lineChart.ts';
import { lineValues } from './lineValues.ts';
import { stackedAreaChart } from './stackedAreaChart.ts';
import { stackValues } from './stacking.ts';
import { CHART_CONTAIN, CHART_STYLE, SVG_NS } from './style.ts';
import { wrapWords } from './textWidth.ts';
import type { ChartSize, ChartSpec } from './types.ts';

/** The gap between panels, in CSS px. */
export const PANEL_GAP = 12;

/**
 * The size for a set of panels: room for as many title lines as the longest title takes, so
 * that panels whose titles wrap differently still have plots of the same height, level.
 */
export function panelSize(specs: readonly ChartSpec[], size: ChartSize): ChartSize {
  const lines = Math.max(size.titleLines ?? 0, ...specs.map((spec) =>
    wrapWords(spec.title, size.width - 2 * CHART_PAD, CHART_STYLE.titleFontSize).length));
  return { ...size, titleLines: lines };
}

/**
 * One chart per spec in a grid, all on the same y scale so that heights compare across
 * panels. A spec with its own yDomain keeps it; the others share the nice extent of all of
 * them. Every panel is drawn at size.width, one SVG unit to a CSS pixel, in `columns`
 * columns (by default as many as fit). Returns the svgs in spec order.
 *
 * Called again on a container it drew the same number of panels into, it draws into the
 * same svgs, which update in place (a run streaming in); otherwise it replaces the content.
 */
export function smallMultiples(
  container: HTMLElement,
  specs: readonly ChartSpec[],
  size: ChartSize,
  draw: typeof lineChart | typeof stackedAreaChart,
  columns?: number,
): SVGSVGElement[] {
  // A stacked chart's extent is that of its totals, not of its separate series.
  const valuesOf = draw === stackedAreaChart ? stackValues : lineValues;
  const shared = niceDomain(
    valueExtent(specs.filter((spec) => !spec.yDomain).flatMap((spec) => valuesOf(spec))),
    yTickCount(size),
  );
  const panel = panelSize(specs, size);

  const previous = panels.get(container);
  const reuse = previous !== undefined && previous.length === specs.length && previous.every((svg, i) => container.children[i] === svg) && container.children.length === specs.length;
  if (!reuse) container.replaceChildren();
  container.style.display = 'grid';
  // Columns of the panels' width; they only shrink (and the svgs with them) if the page got
  // narrower since the panels were drawn, until they are drawn again.
  const column = `minmax(0, ${size.width}px)`;
  container.style.gridTemplateColumns = columns ? `repeat(${columns}, ${column})` : `repeat(auto-fill, ${column})`;
  container.style.gap = `${PANEL_GAP}px`;

  const svgs = specs.map((spec, i) => {
    let svg = reuse ? previous[i]! : undefined;
    if (svg) {
      svg.style.width = `${size.width}px`;
    } else {
      svg = container.ownerDocument.createElementNS(SVG_NS, 'svg');
      svg.style.width = `${size.width}px`;
      svg.style.maxWidth = '100%';
      svg.style.height = 'auto';
      svg.style.setProperty('contain', CHART_CONTAIN);
      container.append(svg);
    }
    draw(svg, spec.yDomain ? spec : { ...spec, yDomain: shared }, panel);
    return svg;
  });
  panels.set(container, svgs);
  return svgs;
}

/** The panels smallMultiples last drew into each container. */
const panels = new WeakMap<HTMLElement, SVGSVGElement[]>();

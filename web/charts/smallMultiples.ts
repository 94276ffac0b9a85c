import { niceDomain, valueExtent } from './domain.ts';
import { yTickCount } from './layout.ts';
import type { lineChart } from './lineChart.ts';
import { lineValues } from './lineValues.ts';
import { stackedAreaChart } from './stackedAreaChart.ts';
import { stackValues } from './stacking.ts';
import { SVG_NS } from './style.ts';
import type { ChartSize, ChartSpec } from './types.ts';

/**
 * One chart per spec in a grid, all on the same y scale so that heights compare across
 * panels. A spec with its own yDomain keeps it; the others share the nice extent of all of
 * them. Returns the svgs in spec order.
 */
export function smallMultiples(
  container: HTMLElement,
  specs: readonly ChartSpec[],
  size: ChartSize,
  draw: typeof lineChart | typeof stackedAreaChart,
): SVGSVGElement[] {
  // A stacked chart's extent is that of its totals, not of its separate series.
  const valuesOf = draw === stackedAreaChart ? stackValues : lineValues;
  const shared = niceDomain(
    valueExtent(specs.filter((spec) => !spec.yDomain).flatMap((spec) => valuesOf(spec))),
    yTickCount(size),
  );

  container.replaceChildren();
  container.style.display = 'grid';
  // As many columns of at least the chart's width as fit; the svgs scale by their viewBox.
  container.style.gridTemplateColumns = `repeat(auto-fill, minmax(min(100%, ${size.width}px), 1fr))`;
  container.style.gap = '12px';

  return specs.map((spec) => {
    const svg = container.ownerDocument.createElementNS(SVG_NS, 'svg');
    svg.style.width = '100%';
    svg.style.height = 'auto';
    container.append(svg);
    draw(svg, spec.yDomain ? spec : { ...spec, yDomain: shared }, size);
    return svg;
  });
}

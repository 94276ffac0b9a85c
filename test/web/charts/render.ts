import type { ChartSize, ChartSpec } from '../../../web/charts/types.ts';

export const SIZE: ChartSize = { width: 640, height: 320 };

/** Draws a chart into a fresh svg attached to the document. */
export function render(
  draw: (svg: SVGSVGElement, spec: ChartSpec, size: ChartSize) => void,
  spec: ChartSpec,
  size: ChartSize = SIZE,
): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(svg);
  draw(svg, spec, size);
  return svg;
}

export const texts = (root: ParentNode, selector: string): string[] =>
  [...root.querySelectorAll(selector)].map((element) => element.textContent ?? '');

/** The coordinate pairs of a path's d attribute, in order, with the index of each M (segment start). */
export function pathPoints(d: string): { points: [number, number][]; moves: number } {
  const points = [...d.matchAll(/(-?[\d.]+(?:e-?\d+)?),(-?[\d.]+(?:e-?\d+)?)/g)].map(
    (match) => [Number(match[1]), Number(match[2])] as [number, number],
  );
  return { points, moves: (d.match(/M/g) ?? []).length };
}

/** Converts a pixel y in the plot back to a value, from the domain and height the chart records. */
export function valueAtY(svg: SVGSVGElement, pixelY: number): number {
  const plot = svg.querySelector('g.plot')!;
  const [low, high] = plot.getAttribute('data-y-domain')!.split(',').map(Number) as [number, number];
  const height = Number(plot.getAttribute('data-plot-height'));
  return low + ((height - pixelY) / height) * (high - low);
}

// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { stackedAreaChart } from '../../../web/charts/stackedAreaChart.ts';
import { reasonsStacked, withGaps } from './fixtures.ts';
import { pathPoints, render, texts, valueAtY } from './render.ts';

const layers = (svg: SVGSVGElement) => [...svg.querySelectorAll('path.layer')];

describe('stackedAreaChart', () => {
  test('draws one layer per series, in series order and colour, and no bands or lines', () => {
    const svg = render(stackedAreaChart, reasonsStacked);
    const paths = layers(svg);
    expect(paths.map((path) => path.getAttribute('data-series'))).toEqual(['notEligible', 'didNotApply', 'refused']);
    expect(paths.map((path) => path.getAttribute('fill'))).toEqual(reasonsStacked.series.map((s) => s.color));
    expect(paths.map((path) => path.querySelector('title')?.textContent)).toEqual(['NotEligible', 'DidNotApply', 'Refused']);
    expect(svg.querySelectorAll('path.band, path.median')).toHaveLength(0);
  });

  test("puts the top layer's last point at the sum of the medians", () => {
    const svg = render(stackedAreaChart, reasonsStacked);
    const top = pathPoints(layers(svg).at(-1)!.getAttribute('d')!).points;
    // The area's outline runs along the top edge (12 months) and then back along the bottom.
    const lastTop = top[11]!;
    const sum = reasonsStacked.series.reduce((total, s) => total + s.band.median[11]!, 0);
    expect(sum).toBe(47);
    expect(valueAtY(svg, lastTop[1])).toBeCloseTo(sum, 1);
    // And the bottom layer stands on zero.
    const bottom = pathPoints(layers(svg)[0]!.getAttribute('d')!).points;
    expect(valueAtY(svg, bottom.at(-1)![1])).toBeCloseTo(0, 5);
  });

  test('fits the y axis to the stacked total', () => {
    const svg = render(stackedAreaChart, reasonsStacked);
    expect(svg.querySelector('.plot')!.getAttribute('data-y-domain')).toBe('0,50');
    expect(texts(svg, '.axis-y .tick text').at(-1)).toBe('50');
  });

  test('shares the frame: title, aria-label, legend squares, axes, event markers', () => {
    const svg = render(stackedAreaChart, reasonsStacked);
    expect(texts(svg, 'text.chart-title')).toEqual([reasonsStacked.title]);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toContain(reasonsStacked.title);
    expect(svg.getAttribute('aria-label')).toContain('Stacked area chart');
    expect(texts(svg, '.legend text')).toEqual(['NotEligible', 'DidNotApply', 'Refused']);
    expect(svg.querySelectorAll('.legend rect')).toHaveLength(3);
    expect(texts(svg, '.axis-x .tick text').map(Number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(svg.querySelectorAll('.event-marker')).toHaveLength(2);
    // Markers are drawn after the layers, so opaque layers do not hide them.
    const all = [...svg.querySelectorAll('path.layer, .event-marker')];
    expect(all.at(-1)!.getAttribute('class')).toBe('event-marker');
  });

  test('leaves a gap in a layer for a month without a value, without tearing the layers above', () => {
    const svg = render(stackedAreaChart, withGaps);
    const [helped, waiting] = layers(svg).map((path) => pathPoints(path.getAttribute('d')!));
    expect(helped!.moves).toBe(2);
    expect(waiting!.moves).toBe(1);
    // waiting has months 2..11: 10 top points and 10 bottom points.
    expect(waiting!.points).toHaveLength(20);
  });

  test('shows a run of one month (the first step) as a bar per layer, not as nothing', () => {
    const first = (values: readonly number[]) => values.map((v, i) => (i === 0 ? v : NaN));
    const spec = { ...reasonsStacked, series: reasonsStacked.series.map((s) => ({ ...s, band: { median: first(s.band.median), low: first(s.band.low), high: first(s.band.high) } })) };
    const bars = [...render(stackedAreaChart, spec).querySelectorAll('rect.point')];
    expect(bars.map((b) => b.getAttribute('data-series'))).toEqual(reasonsStacked.series.map((s) => s.key));
    expect(bars.every((b) => Number(b.getAttribute('height')) >= 0)).toBe(true);
    expect(bars.some((b) => Number(b.getAttribute('height')) > 0)).toBe(true);
    // With every month known, no bars.
    expect(render(stackedAreaChart, reasonsStacked).querySelectorAll('rect.point')).toHaveLength(0);
  });
});

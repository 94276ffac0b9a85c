// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { lineChart } from '../../../web/charts/lineChart.ts';
import { drawMarks, type Mark } from '../../../web/charts/marks.ts';
import { smallMultiples } from '../../../web/charts/smallMultiples.ts';
import { stackedAreaChart } from '../../../web/charts/stackedAreaChart.ts';
import type { ChartSize, ChartSpec } from '../../../web/charts/types.ts';
import { reasonsStacked, series, threeSeries, withGaps } from './fixtures.ts';
import { SIZE, render } from './render.ts';

type Draw = (svg: SVGSVGElement, spec: ChartSpec, size: ChartSize) => void;

/** The spec as it is while a run streams in: months after `known` have no value yet. */
function upTo(spec: ChartSpec, known: number, title = spec.title): ChartSpec {
  const cut = (values: readonly number[]) => values.map((v, i) => (i < known ? v : Number.NaN));
  return { ...spec, title, series: spec.series.map((s) => ({ ...s, band: { median: cut(s.band.median), low: cut(s.band.low), high: cut(s.band.high) } })) };
}

/** The same chart drawn into a fresh svg. */
const fresh = (draw: Draw, spec: ChartSpec, size: ChartSize = SIZE): string => render(draw, spec, size).outerHTML;

const node = (svg: SVGSVGElement, selector: string): Element => svg.querySelector(selector)!;

describe('drawMarks', () => {
  const path = (key: string, d: string, dash: string | null = null): Mark => ({
    tag: 'path', attrs: [['class', 'median'], ['data-series', key], ['stroke-dasharray', dash], ['d', d]], title: key,
  });
  const group = () => document.createElementNS('http://www.w3.org/2000/svg', 'g');
  const drawn = (marks: Mark[]) => {
    const g = group();
    drawMarks(g, marks);
    return g.outerHTML;
  };

  test('draws marks in order, leaving out null attributes, with their tooltips', () => {
    const g = group();
    drawMarks(g, [path('a', 'M0,0L1,1'), { tag: 'circle', attrs: [['class', 'point'], ['r', 3]] }]);
    expect(g.innerHTML).toBe('<path class="median" data-series="a" d="M0,0L1,1"><title>a</title></path><circle class="point" r="3"></circle>');
  });

  test('keeps the elements whose shape is unchanged and writes only new values', () => {
    const g = group();
    drawMarks(g, [path('a', 'M0,0L1,1'), path('b', 'M0,2L1,2')]);
    const [a, b] = [...g.children];
    drawMarks(g, [path('a', 'M0,0L1,1L2,2'), path('b', 'M0,2L1,2L2,2')]);
    expect(g.children[0]).toBe(a);
    expect(g.children[1]).toBe(b);
    expect(a!.getAttribute('d')).toBe('M0,0L1,1L2,2');
    expect(g.outerHTML).toBe(drawn([path('a', 'M0,0L1,1L2,2'), path('b', 'M0,2L1,2L2,2')]));
  });

  test('replaces an element whose tag or attributes differ, removes the surplus, and ends as a fresh draw', () => {
    const g = group();
    drawMarks(g, [path('a', 'M0,0'), { tag: 'circle', attrs: [['r', 3]] }, path('c', 'M1,1')]);
    const first = g.children[0];
    const next: Mark[] = [path('a', 'M0,0', '6 4'), { tag: 'rect', attrs: [['width', 6]] }];
    drawMarks(g, next);
    expect(g.children[0]).not.toBe(first);
    expect(g.children).toHaveLength(2);
    expect(g.outerHTML).toBe(drawn(next));
    // A changed tooltip is rewritten too.
    drawMarks(g, [{ ...next[0]!, title: 'renamed' }, next[1]!]);
    expect(g.querySelector('title')!.textContent).toBe('renamed');
  });
});

describe.each([
  ['lineChart', lineChart as Draw, threeSeries],
  ['stackedAreaChart', stackedAreaChart as Draw, reasonsStacked],
])('%s drawn again into the same svg', (_, draw, spec) => {
  test('gives the same svg as drawing afresh, month by month while a run streams in', () => {
    const svg = render(draw, upTo(spec, 0));
    for (let known = 1; known <= spec.months; known++) {
      // The title's numbers change as months arrive, as the app's titles do.
      const now = upTo(spec, known, `${spec.title} (${known} months)`);
      draw(svg, now, SIZE);
      expect(svg.outerHTML, `after ${known} months`).toBe(fresh(draw, now));
    }
  });

  test('keeps the frame when only the data change, and moves the data in place', () => {
    // A fixed y domain, so adding months changes nothing but the data.
    const fixed = { ...spec, yDomain: [0, 2000] as const };
    const svg = render(draw, upTo(fixed, 5));
    const frame = ['.axis-y', '.axis-x', '.grid', '.legend', 'text.chart-title', 'g.data'].map((selector) => node(svg, selector));
    const firstPath = node(svg, 'g.data path:not(.band)');
    const before = firstPath.getAttribute('d');
    draw(svg, upTo(fixed, 9), SIZE);
    ['.axis-y', '.axis-x', '.grid', '.legend', 'text.chart-title', 'g.data'].forEach((selector, i) => expect(node(svg, selector), selector).toBe(frame[i]));
    expect(node(svg, 'g.data path:not(.band)')).toBe(firstPath);
    expect(firstPath.getAttribute('d')).not.toBe(before);
    expect(svg.outerHTML).toBe(fresh(draw, upTo(fixed, 9)));
  });

  test('rewrites only the title when its words change but not its number of lines', () => {
    const svg = render(draw, spec);
    const axis = node(svg, '.axis-y');
    const renamed = { ...spec, title: 'Another finding, just as short' };
    draw(svg, renamed, SIZE);
    expect(node(svg, '.axis-y')).toBe(axis);
    expect(node(svg, 'text.chart-title').textContent).toBe(renamed.title);
    expect(svg.getAttribute('aria-label')).toContain(renamed.title);
    expect(svg.outerHTML).toBe(fresh(draw, renamed));
  });

  test('draws the frame again when the layout changes: y domain, title lines, size, series, events', () => {
    const svg = render(draw, spec);
    const changes: Array<[string, ChartSpec, ChartSize]> = [
      ['a larger y domain', { ...spec, series: spec.series.map((s) => ({ ...s, band: { median: s.band.median.map((v) => v * 10), low: s.band.low.map((v) => v * 10), high: s.band.high.map((v) => v * 10) } })) }, SIZE],
      ['a title on more lines', { ...spec, title: `${spec.title}, ${'and a much longer explanation of it '.repeat(3)}` }, SIZE],
      ['a narrower size', spec, { width: 420, height: 300 }],
      ['one series fewer, dashed', { ...spec, series: spec.series.slice(1).map((s) => ({ ...s, dashed: true })) }, SIZE],
      ['no events', { ...spec, events: [] }, SIZE],
      ['the spec as it was', spec, SIZE],
    ];
    for (const [what, next, size] of changes) {
      const axis = node(svg, '.axis-y');
      draw(svg, next, size);
      expect(svg.outerHTML, what).toBe(fresh(draw, next, size));
      expect(node(svg, '.axis-y'), what).not.toBe(axis);
    }
  });

  test('draws afresh into an svg that something else emptied or changed', () => {
    const svg = render(draw, spec);
    svg.replaceChildren();
    draw(svg, spec, SIZE);
    expect(svg.outerHTML).toBe(fresh(draw, spec));
    svg.querySelector('.plot')!.remove();
    draw(svg, spec, SIZE);
    expect(svg.outerHTML).toBe(fresh(draw, spec));
  });
});

test('a line chart drawn over a stacked chart (and back) is the same as drawn afresh', () => {
  const svg = render(stackedAreaChart, reasonsStacked);
  lineChart(svg, reasonsStacked, SIZE);
  expect(svg.outerHTML).toBe(fresh(lineChart, reasonsStacked));
  stackedAreaChart(svg, reasonsStacked, SIZE);
  expect(svg.outerHTML).toBe(fresh(stackedAreaChart, reasonsStacked));
});

test('a band that appears and goes again is drawn, with its legend entry, as a fresh chart would', () => {
  const flat = { ...withGaps, series: withGaps.series.map((s) => ({ ...s, band: { ...s.band, low: s.band.median, high: s.band.median } })) };
  const svg = render(lineChart, flat);
  expect(svg.querySelectorAll('path.band')).toHaveLength(0);
  lineChart(svg, withGaps, SIZE);
  expect(svg.querySelectorAll('path.band')).toHaveLength(1);
  expect(svg.outerHTML).toBe(fresh(lineChart, withGaps));
  lineChart(svg, flat, SIZE);
  expect(svg.outerHTML).toBe(fresh(lineChart, flat));
});

describe('smallMultiples drawn again into the same container', () => {
  const panels = (scale: number): ChartSpec[] => [1, 2, 3].map((k) => ({
    ...reasonsStacked,
    title: `Panel ${k}`,
    legend: false,
    series: [series('a', 0, reasonsStacked.series[0]!.band.median.map((v) => v * k * scale)), series('b', 1, reasonsStacked.series[1]!.band.median.map((v) => v * scale))],
  }));
  const container = () => {
    const element = document.createElement('div');
    document.body.append(element);
    return element;
  };

  test('updates the same svgs in place, ending as a fresh draw', () => {
    const element = container();
    const first = smallMultiples(element, panels(1), { width: 300, height: 220 }, stackedAreaChart, 3);
    const again = smallMultiples(element, panels(1.5), { width: 300, height: 220 }, stackedAreaChart, 3);
    expect(again).toEqual(first);
    again.forEach((svg, i) => expect(svg).toBe(first[i]));
    const other = container();
    smallMultiples(other, panels(1.5), { width: 300, height: 220 }, stackedAreaChart, 3);
    expect(element.innerHTML).toBe(other.innerHTML);
  });

  test('replaces the svgs when the number of panels changes', () => {
    const element = container();
    const first = smallMultiples(element, panels(1), { width: 300, height: 220 }, stackedAreaChart, 3);
    const fewer = smallMultiples(element, panels(1).slice(0, 2), { width: 300, height: 220 }, stackedAreaChart, 3);
    expect(fewer).toHaveLength(2);
    expect(element.children).toHaveLength(2);
    expect(fewer[0]).not.toBe(first[0]);
  });
});

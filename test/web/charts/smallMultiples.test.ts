// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { lineChart } from '../../../web/charts/lineChart.ts';
import { smallMultiples } from '../../../web/charts/smallMultiples.ts';
import { stackedAreaChart } from '../../../web/charts/stackedAreaChart.ts';
import type { ChartSpec } from '../../../web/charts/types.ts';
import { allZero, reasonsStacked, series, threeSeries, withGaps } from './fixtures.ts';
import { texts } from './render.ts';

const SIZE = { width: 320, height: 220 };
const topTick = (svg: SVGSVGElement) => texts(svg, '.axis-y .tick text').at(-1);
const domainOf = (svg: SVGSVGElement) => svg.querySelector('.plot')!.getAttribute('data-y-domain');

function container(): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = '<p>old content</p>';
  document.body.append(element);
  return element;
}

const small: ChartSpec = { ...allZero, title: 'Small', format: threeSeries.format, series: [series('few', 0, [1, 2, 3, 4, 5, 6])] };

describe('smallMultiples', () => {
  test('replaces the content with one svg per spec, in order, laid out as a grid', () => {
    const element = container();
    const svgs = smallMultiples(element, [threeSeries, small], SIZE, lineChart);
    expect(svgs).toHaveLength(2);
    expect([...element.children]).toEqual(svgs);
    expect(element.querySelector('p')).toBeNull();
    expect(element.style.display).toBe('grid');
    expect(svgs.map((svg) => texts(svg, 'text.chart-title').join(''))).toEqual([threeSeries.title, 'Small']);
    expect(svgs[0]!.getAttribute('viewBox')).toBe('0 0 320 220');
  });

  test('gives every panel the same y axis, fitted to the largest', () => {
    const svgs = smallMultiples(container(), [small, threeSeries], SIZE, lineChart);
    expect(domainOf(svgs[0]!)).toBe(domainOf(svgs[1]!));
    expect(Number(domainOf(svgs[0]!)!.split(',')[1])).toBeGreaterThanOrEqual(1150);
    const tops = svgs.map(topTick);
    expect(tops[0]).toBe(tops[1]);
    expect(Number(tops[0]!.replace(/,/g, ''))).toBeGreaterThanOrEqual(1150);
  });

  test('keeps a spec’s own y domain', () => {
    const svgs = smallMultiples(container(), [withGaps, small], SIZE, lineChart);
    expect(domainOf(svgs[0]!)).toBe('0,1');
    expect(topTick(svgs[0]!)).toBe('100%');
    expect(domainOf(svgs[1]!)).not.toBe('0,1');
  });

  test('shares the stacked totals when drawing stacked areas', () => {
    const one = { ...reasonsStacked, title: 'One' };
    const half = { ...reasonsStacked, title: 'Half', series: reasonsStacked.series.slice(0, 1) };
    const svgs = smallMultiples(container(), [half, one], SIZE, stackedAreaChart);
    // The largest total is 47 (fixture), drawn with three ticks at this height: 0, 20, 40, 60.
    expect(svgs.map(domainOf)).toEqual(['0,60', '0,60']);
    expect(svgs.map(topTick)).toEqual(['60', '60']);
    expect(svgs[0]!.querySelectorAll('path.layer')).toHaveLength(1);
  });

  test('returns nothing and leaves an empty container for no specs', () => {
    const element = container();
    expect(smallMultiples(element, [], SIZE, lineChart)).toEqual([]);
    expect(element.children).toHaveLength(0);
  });
});

// @vitest-environment happy-dom
import { describe, expect, it, test } from 'vitest';
import { lineChart } from '../../../web/charts/lineChart.ts';
import type { ChartSpec } from '../../../web/charts/types.ts';
import { allZero, series, threeSeries, withGaps } from './fixtures.ts';
import { pathPoints, render, texts, valueAtY } from './render.ts';

const medians = (svg: SVGSVGElement) => [...svg.querySelectorAll('path.median')];
const yTickLabels = (svg: SVGSVGElement) => texts(svg, '.axis-y .tick text');
const xTickLabels = (svg: SVGSVGElement) => texts(svg, '.axis-x .tick text');

describe('lineChart', () => {
  test('draws the title, and names the svg for assistive technology', () => {
    const svg = render(lineChart, threeSeries);
    expect(texts(svg, 'text.chart-title')).toEqual([threeSeries.title]);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toContain(threeSeries.title);
    expect(svg.getAttribute('aria-label')).toContain('Unseen, Known, Baseline');
    expect(svg.getAttribute('viewBox')).toBe('0 0 640 320');
  });

  test('draws one median line per series, in series order, in its colour, with a tooltip', () => {
    const svg = render(lineChart, threeSeries);
    const paths = medians(svg);
    expect(paths.map((path) => path.getAttribute('data-series'))).toEqual(['unseen', 'known', 'baseline']);
    paths.forEach((path, i) => {
      const spec = threeSeries.series[i]!;
      expect(path.getAttribute('stroke')).toBe(spec.color);
      expect(path.getAttribute('stroke-width')).toBe('2');
      expect(path.getAttribute('fill')).toBe('none');
      expect(path.querySelector('title')?.textContent).toBe(spec.label);
      expect(pathPoints(path.getAttribute('d')!).points).toHaveLength(24);
    });
  });

  test('dashes only the series marked dashed', () => {
    const svg = render(lineChart, threeSeries);
    const dashes = medians(svg).map((path) => path.getAttribute('stroke-dasharray'));
    expect(dashes).toEqual([null, null, '6 4']);
  });

  test('places each median point at its value', () => {
    const svg = render(lineChart, threeSeries);
    const known = medians(svg)[1]!;
    const { points } = pathPoints(known.getAttribute('d')!);
    // Known is 400 + 25 × month.
    expect(valueAtY(svg, points[0]![1])).toBeCloseTo(425, 0);
    expect(valueAtY(svg, points[23]![1])).toBeCloseTo(1000, 0);
    expect(points[0]![0]).toBe(0);
    expect(points[23]![0]).toBeGreaterThan(points[0]![0]);
  });

  test('draws a translucent band only for series whose low and high differ', () => {
    const svg = render(lineChart, threeSeries);
    const bands = [...svg.querySelectorAll('path.band')];
    expect(bands.map((band) => band.getAttribute('data-series'))).toEqual(['unseen']);
    expect(bands[0]!.getAttribute('fill')).toBe(threeSeries.series[0]!.color);
    expect(bands[0]!.getAttribute('fill-opacity')).toBe('0.2');
    // Bands are drawn before (under) every median line.
    const order = [...svg.querySelectorAll('path.band, path.median')].map((path) => path.getAttribute('class'));
    expect(order).toEqual(['band', 'median', 'median', 'median']);
  });

  test('marks each event in the months shown, with its label', () => {
    const svg = render(lineChart, threeSeries);
    const markers = [...svg.querySelectorAll('.event-marker')];
    expect(markers).toHaveLength(1);
    expect(markers[0]!.querySelector('text')?.textContent).toBe('Grant cut');
    expect(markers[0]!.querySelector('line')?.getAttribute('stroke-dasharray')).toBeTruthy();

    const outside = render(lineChart, { ...threeSeries, events: [{ month: 3, label: 'a' }, { month: 30, label: 'after' }, { month: 0, label: 'before' }] });
    expect(outside.querySelectorAll('.event-marker')).toHaveLength(1);
  });

  test('staggers the labels of events close together so they do not overlap', () => {
    const events = [
      { month: 5, label: 'First long event label' },
      { month: 6, label: 'Second long event label' },
      { month: 20, label: 'Far away' },
    ];
    const svg = render(lineChart, { ...threeSeries, events });
    const ys = [...svg.querySelectorAll('.event-marker text')].map((text) => Number(text.getAttribute('y')));
    expect(ys[0]).not.toBe(ys[1]);
    expect(ys[2]).toBe(ys[0]);
    const shortened = texts(svg, '.event-marker text')[0]!;
    expect(shortened.length).toBeLessThanOrEqual(22);
    expect(svg.querySelector('.event-marker title')?.textContent).toContain('First long event label');
  });

  test('labels the axes and formats y ticks with spec.format', () => {
    const svg = render(lineChart, threeSeries);
    expect(texts(svg, '.x-label')).toEqual(['month']);
    expect(texts(svg, '.y-label')).toEqual(['needs (household-domains)']);
    const y = yTickLabels(svg);
    expect(y[0]).toBe('0');
    expect(y.at(-1)).toBe('1,400');
    expect(y.some((label) => label.includes(','))).toBe(true);
    const x = xTickLabels(svg).map(Number);
    expect(x.every((month) => Number.isInteger(month) && month >= 1 && month <= 24)).toBe(true);
    expect(x).toEqual([...x].sort((a, b) => a - b));
    expect(x.at(-1)).toBe(24);
  });

  test('cuts a y label longer than a short plot, keeping the whole label as a tooltip', () => {
    const yLabel = 'households in need that no one knows of (household-domains)';
    const svg = render(lineChart, { ...threeSeries, yLabel }, { width: 320, height: 180 });
    const label = svg.querySelector('.y-label')!;
    expect(label.firstChild?.textContent?.endsWith('…')).toBe(true);
    expect(label.querySelector('title')?.textContent).toBe(yLabel);
  });

  test('uses d3 SI notation for large numbers when there is no spec.format', () => {
    const big: ChartSpec = { ...threeSeries, format: undefined, series: [series('many', 0, [1000, 25_000, 12_000])], months: 3 };
    const svg = render(lineChart, big);
    expect(yTickLabels(svg).at(-1)).toBe('25k');
  });

  test('writes colours and fonts as attributes, and no currentColor', () => {
    const svg = render(lineChart, threeSeries);
    expect(svg.getAttribute('font-family')).toBe('system-ui, sans-serif');
    expect(svg.outerHTML).not.toContain('currentColor');
    for (const text of svg.querySelectorAll('.axis text, .legend text, .chart-title')) expect(text.getAttribute('fill')).toBe('#333');
    for (const line of svg.querySelectorAll('.axis line, .axis path')) expect(line.getAttribute('stroke')).toBe('#333');
  });

  test('shows a legend entry per series with a swatch in its colour', () => {
    const svg = render(lineChart, threeSeries);
    // The series, then the shaded band (the fixture's bands show).
    expect(texts(svg, '.legend text')).toEqual(['Unseen', 'Known', 'Baseline', '90% of runs']);
    expect(svg.querySelector('.legend [data-series="band"] rect')?.getAttribute('fill-opacity')).toBe('0.2');
    const swatches = [...svg.querySelectorAll('.legend line')];
    expect(swatches.map((line) => line.getAttribute('stroke'))).toEqual(threeSeries.series.map((s) => s.color));
    expect(swatches[2]!.getAttribute('stroke-dasharray')).toBe('6 4');
  });

  test('puts the band in the legend only when a band shows, and draws reference lines inside the domain', () => {
    const oneSeed = { ...threeSeries, series: threeSeries.series.map((s) => ({ ...s, band: { median: s.band.median, low: s.band.median, high: s.band.median } })) };
    expect(texts(render(lineChart, oneSeed), '.legend text')).not.toContain('90% of runs');
    const svg = render(lineChart, { ...threeSeries, yDomain: [0, 100], references: [{ value: 30, label: 'Threshold' }, { value: 500, label: 'Outside' }] });
    const lines = [...svg.querySelectorAll('.references .reference')];
    expect(lines.map((g) => g.getAttribute('data-value'))).toEqual(['30']);
    const y = Number(lines[0]!.querySelector('line')!.getAttribute('y1'));
    const plotHeight = Number(svg.querySelector('.plot')!.getAttribute('data-plot-height'));
    expect(y).toBeCloseTo(plotHeight * 0.7, 1);
    expect(lines[0]!.textContent).toBe('Threshold');
  });

  test('marks a month with no neighbour (the first step of a run) with a dot, since a line cannot show it', () => {
    const first = (values: readonly number[]) => values.map((v, i) => (i === 0 ? v : NaN));
    const spec = { ...threeSeries, series: threeSeries.series.map((s) => ({ ...s, band: { median: first(s.band.median), low: first(s.band.low), high: first(s.band.high) } })) };
    const dots = [...render(lineChart, spec).querySelectorAll('circle.point')];
    expect(dots.map((d) => d.getAttribute('data-series'))).toEqual(threeSeries.series.map((s) => s.key));
    expect(render(lineChart, threeSeries).querySelectorAll('circle.point')).toHaveLength(0);
  });

  test('starts the y axis at zero and fits the bands', () => {
    const svg = render(lineChart, threeSeries);
    const [low, high] = svg.querySelector('.plot')!.getAttribute('data-y-domain')!.split(',').map(Number);
    const highest = Math.max(...threeSeries.series.flatMap((s) => s.band.high));
    expect(low).toBe(0);
    expect(high).toBeGreaterThanOrEqual(highest);
  });

  test('leaves gaps where values are NaN', () => {
    const svg = render(lineChart, withGaps);
    const [helped, waiting] = medians(svg).map((path) => pathPoints(path.getAttribute('d')!));
    // Months 4 and 5 missing: two pieces, 10 points.
    expect(helped!.moves).toBe(2);
    expect(helped!.points).toHaveLength(10);
    // First and last months missing: one piece of 10 points.
    expect(waiting!.moves).toBe(1);
    expect(waiting!.points).toHaveLength(10);
    const band = svg.querySelector('path.band')!;
    expect(pathPoints(band.getAttribute('d')!).moves).toBe(2);
    expect(svg.getAttribute('aria-label')).toContain(withGaps.title);
  });

  test('keeps a fixed y domain from the spec', () => {
    const svg = render(lineChart, withGaps);
    expect(svg.querySelector('.plot')!.getAttribute('data-y-domain')).toBe('0,1');
    expect(yTickLabels(svg).at(-1)).toBe('100%');
  });

  test('draws all-zero data on a [0, 1] axis', () => {
    const svg = render(lineChart, allZero);
    expect(svg.querySelector('.plot')!.getAttribute('data-y-domain')).toBe('0,1');
    expect(yTickLabels(svg)[0]).toBe('0');
    expect(yTickLabels(svg).at(-1)).toBe('1');
    expect(yTickLabels(svg)).toContain('0.2');
    expect(medians(svg)).toHaveLength(1);
    expect(svg.querySelectorAll('path.band')).toHaveLength(0);
  });

  test('draws no series at all without failing', () => {
    const svg = render(lineChart, { ...allZero, series: [] });
    expect(medians(svg)).toHaveLength(0);
    expect(svg.querySelector('.plot')!.getAttribute('data-y-domain')).toBe('0,1');
  });

  test('clears the svg before drawing again', () => {
    const svg = render(lineChart, threeSeries);
    lineChart(svg, allZero, { width: 640, height: 320 });
    expect(texts(svg, 'text.chart-title')).toEqual([allZero.title]);
    expect(medians(svg)).toHaveLength(1);
    expect(svg.querySelectorAll('.event-marker')).toHaveLength(0);
  });

  test('wraps a long title onto lines without losing words', () => {
    const title = 'A very long title that states a finding in many words and would run past the right edge of a small chart';
    const svg = render(lineChart, { ...threeSeries, title }, { width: 320, height: 240 });
    const element = svg.querySelector('text.chart-title')!;
    expect(element.querySelectorAll('tspan').length).toBeGreaterThan(1);
    expect(element.textContent).toBe(title);
  });
});

describe('legend: false', () => {
  it('draws no legend and gives the plot the room', async () => {
    const { threeSeries } = await import('./fixtures.ts');
    const { lineChart } = await import('../../../web/charts/lineChart.ts');
    const draw = (legend: boolean) => {
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      document.body.appendChild(svg);
      lineChart(svg, { ...threeSeries, legend }, { width: 320, height: 220 });
      return svg;
    };
    const withLegend = draw(true);
    const without = draw(false);
    expect(without.innerHTML).not.toContain(threeSeries.series[0]!.label + '</text>');
    expect(Number(without.querySelector('[data-plot-height]')!.getAttribute('data-plot-height'))).toBeGreaterThan(Number(withLegend.querySelector('[data-plot-height]')!.getAttribute('data-plot-height')));
  });
});

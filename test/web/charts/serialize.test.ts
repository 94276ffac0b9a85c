// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { lineChart } from '../../../web/charts/lineChart.ts';
import { svgToString } from '../../../web/charts/serialize.ts';
import { stackedAreaChart } from '../../../web/charts/stackedAreaChart.ts';
import { allZero, reasonsStacked, threeSeries, withGaps } from './fixtures.ts';
import { render } from './render.ts';

describe('svgToString', () => {
  test('gives a standalone SVG document with namespace, size and font', () => {
    const svg = render(lineChart, threeSeries);
    svg.style.width = '100%';
    const text = svgToString(svg);
    expect(text.startsWith('<svg')).toBe(true);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(text).toContain('width="640"');
    expect(text).toContain('height="320"');
    expect(text).toContain('font-family="system-ui, sans-serif"');
    expect(text).not.toContain('style=');
    expect(text).not.toContain('currentColor');
    // The page's svg itself is left alone.
    expect(svg.hasAttribute('width')).toBe(false);
  });

  test('parses back as XML with the same drawing', () => {
    const svg = render(lineChart, threeSeries);
    const parsed = new DOMParser().parseFromString(svgToString(svg), 'image/svg+xml');
    expect(parsed.querySelectorAll('path.median')).toHaveLength(3);
    expect(parsed.querySelector('text.chart-title')?.textContent).toBe(threeSeries.title);
  });

  const cases = [
    ['threeSeries', lineChart, threeSeries],
    ['reasonsStacked', stackedAreaChart, reasonsStacked],
    ['reasonsLines', lineChart, reasonsStacked],
    ['withGaps', lineChart, withGaps],
    ['allZero', lineChart, allZero],
  ] as const;
  test.each(cases)('%s matches its committed SVG', async (name, draw, spec) => {
    const text = svgToString(render(draw, spec));
    // Rounded to two decimals, so no long floating-point tails.
    expect(text).not.toMatch(/\d\.\d{3,}/);
    await expect(text).toMatchFileSnapshot(`./__snapshots__/${name}.svg`);
  });
});

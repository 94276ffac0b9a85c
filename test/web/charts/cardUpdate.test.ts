// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { chartCard, sharedScale, single } from '../../../web/chartCards.ts';
import { niceDomain } from '../../../web/charts/domain.ts';
import { yTickCount } from '../../../web/charts/layout.ts';
import { lineChart } from '../../../web/charts/lineChart.ts';
import type { ChartSpec } from '../../../web/charts/types.ts';
import { reasonsStacked, series, threeSeries } from './fixtures.ts';

const SIZE = { width: 640, height: 320 };
const longer = (spec: ChartSpec, by: number): ChartSpec => ({
  ...spec,
  title: `${spec.title} (${by})`,
  series: spec.series.map((s) => ({ ...s, band: { median: s.band.median.map((v) => v + by), low: s.band.low.map((v) => v + by), high: s.band.high.map((v) => v + by) } })),
});

describe('chartCard drawn again in place', () => {
  test('keeps the card and its svg, and shows what a fresh card would', () => {
    const card = chartCard('test', [threeSeries], single(threeSeries, lineChart, SIZE));
    document.body.append(card);
    const svg = card.querySelector('svg')!;
    const next = longer(threeSeries, 50);
    expect(chartCard('test', [next], single(next, lineChart, SIZE), card)).toBe(card);
    expect(card.querySelector('svg')).toBe(svg);
    expect(card.querySelectorAll('svg')).toHaveLength(1);
    const other = chartCard('test', [next], single(next, lineChart, SIZE));
    expect(card.outerHTML).toBe(other.outerHTML);
  });

  test('its open data table and text summary follow the new data; a closed table is written when opened', () => {
    const card = chartCard('table', [threeSeries], single(threeSeries, lineChart, SIZE));
    document.body.append(card);
    const [toggle] = [...card.querySelectorAll('button')];
    toggle!.click();
    expect(card.querySelector('table caption')!.textContent).toBe(threeSeries.title);
    const details = card.querySelector('details')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    const summaryBefore = card.querySelector('p.summary')!.textContent;

    const next = longer(threeSeries, 50);
    chartCard('table', [next], single(next, lineChart, SIZE), card);
    expect(card.querySelector('table caption')!.textContent).toBe(next.title);
    expect(card.querySelectorAll('table')).toHaveLength(1);
    expect(card.querySelectorAll('p.summary')).toHaveLength(1);
    expect(card.querySelector('p.summary')!.textContent).not.toBe(summaryBefore);

    toggle!.click(); // hide
    const third = longer(threeSeries, 80);
    chartCard('table', [third], single(third, lineChart, SIZE), card);
    toggle!.click(); // show again
    expect(card.querySelector('table caption')!.textContent).toBe(third.title);
  });

  test('a card it did not make is not drawn into: a new card is made', () => {
    const stranger = document.createElement('figure');
    const card = chartCard('x', [threeSeries], single(threeSeries, lineChart, SIZE), stranger);
    expect(card).not.toBe(stranger);
    expect(card.querySelector('svg')).not.toBeNull();
  });
});

describe('sharedScale', () => {
  const panels: ChartSpec[] = [
    { ...reasonsStacked, series: [series('a', 0, [10, 20, 30]), series('b', 1, [5, 5, Number.NaN])], months: 3 },
    { ...reasonsStacked, series: [series('a', 0, [40, 41, 42]), series('b', 1, [1, 1, 1])], months: 3 },
  ];

  test('gives every panel the same y domain from 0 to the highest stacked total', () => {
    const shared = sharedScale(panels);
    expect(shared.map((s) => s.yDomain)).toEqual([[0, 43], [0, 43]]);
  });

  test('for a panel size, makes it nice for that size, so it changes only at round steps', () => {
    const size = { width: 300, height: 220 };
    const shared = sharedScale(panels, size);
    expect(shared[0]!.yDomain).toEqual(niceDomain([0, 43], yTickCount(size)));
    expect(shared[0]!.yDomain).toEqual(shared[1]!.yDomain);
    expect(shared[0]!.yDomain![1]).toBeGreaterThanOrEqual(43);
    const grown = sharedScale([panels[0]!, { ...panels[1]!, series: [series('a', 0, [40, 41, 44]), series('b', 1, [1, 1, 1])] }], size);
    expect(grown[0]!.yDomain).toEqual(shared[0]!.yDomain);
  });
});

// @vitest-environment happy-dom
import { format } from 'd3';
import { describe, expect, test } from 'vitest';
import { dataTable, summarise } from '../../../web/charts/summary.ts';
import type { ChartSpec } from '../../../web/charts/types.ts';
import { allZero, series, threeSeries, withGaps } from './fixtures.ts';

/** 120 months starting at 1,270 and ending at 1,240, lowest 1,200 in month 7, highest 1,310 in month 40. */
const unseen = Array.from({ length: 120 }, (_, i) => {
  const month = i + 1;
  if (month === 1) return 1270;
  if (month === 7) return 1200;
  if (month === 40) return 1310;
  return month === 120 ? 1240 : 1250;
});
const decade: ChartSpec = {
  title: 'Unseen needs over ten years',
  xLabel: 'month',
  yLabel: 'needs',
  months: 120,
  series: [{ ...series('unseen', 0, unseen), label: 'Unseen' }],
  format: format(','),
};

describe('summarise', () => {
  test('states first, last, highest and lowest values with their months', () => {
    expect(summarise(decade)).toBe('Unseen: 1,270 in month 1, 1,240 in month 120; highest 1,310 (month 40), lowest 1,200 (month 7).');
  });

  test('describes every series, one sentence each', () => {
    const text = summarise(threeSeries);
    expect(text).toContain('Unseen: 1,010 in month 1, 1,060 in month 24; highest 1,120 (month 12), lowest 1,010 (month 1).');
    expect(text).toContain('Known: 425 in month 1, 1,000 in month 24; highest 1,000 (month 24), lowest 425 (month 1).');
    expect(text).toContain('Baseline: 800 in month 1, 800 in month 24; unchanged throughout.');
  });

  test('starts and ends at the first and last months that have a value', () => {
    const text = summarise(withGaps);
    expect(text).toContain('Waiting: 46% in month 2, 28% in month 11; highest 46% (month 2), lowest 28% (month 11).');
  });

  test('uses the locale when the spec has no format', () => {
    const plain = { ...decade, format: undefined };
    expect(summarise(plain, 'en')).toContain('1,270 in month 1');
    expect(summarise(plain, 'de')).toContain('1.270 in month 1');
  });

  test('says so when a series has no values', () => {
    const empty = { ...allZero, series: [series('missing', 0, [Number.NaN, Number.NaN])] };
    expect(summarise(empty)).toBe('Missing: no values.');
  });
});

describe('dataTable', () => {
  const headers = (table: HTMLTableElement) => [...table.querySelectorAll('thead th')].map((th) => th.textContent);
  const rows = (table: HTMLTableElement) => [...table.querySelectorAll('tr')];

  test('has the title as caption, a header row and one row per month', () => {
    const table = dataTable(allZero, document);
    expect(table.querySelector('caption')?.textContent).toBe(allZero.title);
    expect(rows(table)).toHaveLength(allZero.months + 1);
    expect(headers(table)).toEqual(['month', 'Refused']);
    expect([...rows(table)[1]!.children].map((cell) => cell.textContent)).toEqual(['1', '0']);
  });

  test('adds low and high columns for every series when any band differs from its median', () => {
    const table = dataTable(threeSeries, document);
    expect(rows(table)).toHaveLength(25);
    expect(headers(table)).toEqual([
      'month',
      'Unseen', 'Unseen (low)', 'Unseen (high)',
      'Known', 'Known (low)', 'Known (high)',
      'Baseline', 'Baseline (low)', 'Baseline (high)',
    ]);
    const first = [...rows(table)[1]!.children].map((cell) => cell.textContent);
    expect(first.slice(0, 4)).toEqual(['1', '1,010', '860', '1,160']);
    expect(table.querySelector('tbody th')?.getAttribute('scope')).toBe('row');
  });

  test('shows months without a value as a dash', () => {
    const table = dataTable(withGaps, document);
    const month4 = [...rows(table)[4]!.children].map((cell) => cell.textContent);
    expect(month4[0]).toBe('4');
    expect(month4[1]).toBe('–');
  });
});

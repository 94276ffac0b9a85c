// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { niceDomain, valueExtent } from '../../../web/charts/domain.ts';
import { defaultFormat } from '../../../web/charts/frame.ts';

describe('valueExtent', () => {
  test('runs from zero (or below) to the largest value, ignoring NaN', () => {
    expect(valueExtent([3, Number.NaN, 7, 5])).toEqual([0, 7]);
    expect(valueExtent([-2, 4])).toEqual([-2, 4]);
  });

  test('is [0, 1] with nothing to show', () => {
    expect(valueExtent([])).toEqual([0, 1]);
    expect(valueExtent([0, 0, Number.NaN])).toEqual([0, 1]);
    expect(valueExtent([Number.NaN])).toEqual([0, 1]);
  });

  test('reaches up to zero when every value is the same negative number', () => {
    expect(valueExtent([-3, -3])).toEqual([-3, 0]);
  });
});

describe('niceDomain', () => {
  test('rounds the ends out to the tick step', () => {
    expect(niceDomain([0, 47], 5)).toEqual([0, 50]);
    expect(niceDomain([0, 1], 5)).toEqual([0, 1]);
    expect(niceDomain([-40, 1800], 5)).toEqual([-500, 2000]);
  });
});

describe('defaultFormat', () => {
  test('is SI from a thousand up and plain below, so 0.2 is not "200m"', () => {
    expect([0, 0.2, 12, 999, 1500, 25_000, 2_000_000].map(defaultFormat)).toEqual(['0', '0.2', '12', '999', '1.5k', '25k', '2M']);
  });
});

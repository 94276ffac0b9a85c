import { describe, expect, it } from 'vitest';
import { GROUPS } from '../../../sim/engine/groups.ts';
import { METRICS, METRIC_NAMES } from '../../../sim/engine/metrics.ts';
import { metricIndex, metricSeries, metricValue, parseMetricName } from '../../../sim/engine/metricValue.ts';

/** A hand-made run whose every value says where it sits: group g, metric m → g * 1000 + m. */
const run = {
  summary: GROUPS.map((_, g) => METRIC_NAMES.map((_, m) => g * 1000 + m)),
  series: GROUPS.map((_, g) => METRIC_NAMES.map((_, m) => Float64Array.of(g, m))),
};

describe('reading metrics by name', () => {
  it('finds every metric and group at its place in the run', () => {
    METRIC_NAMES.forEach((name, m) => {
      expect(metricIndex(name)).toBe(m);
      GROUPS.forEach((group, g) => {
        expect(metricValue(run, name, group)).toBe(g * 1000 + m);
        expect(Array.from(metricSeries(run, name, group))).toEqual([g, m]);
      });
    });
    expect(metricValue(run, 'fell_through')).toBe(METRIC_NAMES.indexOf('fell_through'));
  });

  it('gives null for an undefined value and an empty series where none was kept', () => {
    const undefinedRate = { summary: [METRIC_NAMES.map(() => null)], series: [METRIC_NAMES.map(() => new Float64Array(0))] };
    expect(metricValue(undefinedRate, 'fell_through_rate')).toBeNull();
    expect(metricValue({ summary: [METRIC_NAMES.map(() => Number.NaN)] }, 'in_need')).toBeNull();
    expect(metricSeries({}, 'in_need')).toHaveLength(0);
  });

  it('checks a name read from a file, and says where it was written and what was meant', () => {
    expect(parseMetricName('fell_through', 'metrics[0]')).toBe('fell_through');
    expect(() => parseMetricName('fell_thruogh', 'metrics[2]')).toThrow(/^metrics\[2\]: "fell_thruogh" is not a metric \(did you mean "fell_through"\?\); expected a name from/);
    expect(() => parseMetricName(3, 'metric')).toThrow(/^metric: 3 is not a metric; expected/);
    expect(() => parseMetricName('constructor', 'metric')).toThrow(/is not a metric/);
  });
});

describe('the metric registry', () => {
  it('names each metric once, in snake case, and ranks only metrics with a better direction', () => {
    expect(new Set(METRIC_NAMES).size).toBe(METRICS.length);
    for (const m of METRICS) expect(m.name).toMatch(/^[a-z][a-z0-9_]*$/);
    // Households fallen through, the first number a policymaker reads, is better lower.
    expect(METRICS.find((m) => m.name === 'fell_through')!.better).toBe('lower');
    expect(METRICS.find((m) => m.name === 'need_satisfaction_rate')!.better).toBe('higher');
    expect(METRICS.find((m) => m.name === 'gov_spending')!.better).toBeUndefined();
  });
});

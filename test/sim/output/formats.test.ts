import { describe, expect, it } from 'vitest';
import { GROUPS } from '../../../sim/engine/groups.ts';
import { METRIC_NAMES } from '../../../sim/engine/metrics.ts';
import { CSV_HEADER, toCsv, toJson } from '../../../sim/output/formats.ts';
import { summaryTable } from '../../../sim/output/table.ts';
import { VERSION } from '../../../sim/version.ts';
import { run } from '../helpers.ts';

const result = run({ months: 6, seed: 3, population: { migrantShareUrban: 0, migrantShareRural: 0 } });

describe('toJson', () => {
  const doc = JSON.parse(toJson(result));
  it('has meta, summary, series and summary_by_group with every metric and group', () => {
    expect(doc.meta).toEqual({ scenario: 'test', seed: 3, months: 6, households: 3000, version: VERSION, resolved: JSON.parse(JSON.stringify(result.scenario)) });
    expect(Object.keys(doc.summary)).toEqual(METRIC_NAMES);
    expect(Object.keys(doc.series)).toEqual(METRIC_NAMES);
    for (const values of Object.values(doc.series)) expect(values).toHaveLength(6);
    expect(Object.keys(doc.summary_by_group)).toEqual([...GROUPS]);
    expect(doc.summary_by_group.all).toEqual(doc.summary);
  });
  it('writes undefined values as null', () => {
    expect(doc.summary_by_group.migrant.service_coverage_rate).toBeNull();
  });
});

describe('toCsv', () => {
  const lines = toCsv(result).trimEnd().split('\n');
  it('is tidy long format: one row per month, group and metric', () => {
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines).toHaveLength(1 + 6 * GROUPS.length * METRIC_NAMES.length);
    expect(lines[1]).toBe(`3,1,all,${METRIC_NAMES[0]},${result.series[0]![0]![0]}`);
    for (const line of lines.slice(1)) expect(line.split(',')).toHaveLength(5);
  });
  it('leaves undefined values empty', () => {
    expect(lines).toContain('3,1,migrant,service_coverage_rate,');
  });
});

describe('summaryTable', () => {
  it('names the run and shows every metric for every group', () => {
    const table = summaryTable(result);
    expect(table).toContain('test — seed 3, 6 months, 3,000 households');
    for (const name of METRIC_NAMES) expect(table).toMatch(new RegExp(`^${name} `, 'm'));
    for (const group of GROUPS) expect(table).toContain(group);
  });
});

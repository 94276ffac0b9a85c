/** The readable run summary the CLI prints when no --out is given. */
import { GROUPS } from '../engine/groups.ts';
import { METRICS } from '../engine/metrics.ts';
import type { RunResult } from '../engine/simulation.ts';

export function summaryTable(result: RunResult): string {
  const { scenario } = result;
  const header = ['metric', ...GROUPS];
  const rows = METRICS.map((metric, m) => [metric.name, ...GROUPS.map((_, g) => formatValue(result.summary[g]![m] ?? null, metric.unit))]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [
    `${scenario.name} — seed ${scenario.seed}, ${result.months} months, ${scenario.households.toLocaleString('en-US')} households`,
    'Counts are monthly means, money is the run total, shares are over the whole run.',
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
  ].join('\n');
}

function formatValue(v: number | null, unit: string): string {
  if (v === null || Number.isNaN(v)) return '–';
  if (unit.startsWith('share')) return `${(v * 100).toFixed(1)}%`;
  if (Number.isInteger(v)) return v.toLocaleString('en-US');
  if (Math.abs(v) >= 1000) return Math.round(v).toLocaleString('en-US');
  return v.toFixed(Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2);
}

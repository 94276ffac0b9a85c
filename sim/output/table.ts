/** The readable run summary the CLI prints when no --out is given. */
import { GROUPS } from '../engine/groups.ts';
import { METRICS } from '../engine/metrics.ts';
import type { RunResult } from '../engine/simulation.ts';

/** Column titles that keep the table within 100 columns; the CSV and JSON keep the group names. */
const SHORT: Partial<Record<(typeof GROUPS)[number], string>> = { digitally_excluded: 'offline' };

export function summaryTable(result: RunResult): string {
  const { scenario } = result;
  const header = ['metric', ...GROUPS.map((group) => SHORT[group] ?? group)];
  // A county-wide quantity is the same in every group: shown once, under "all".
  const rows = METRICS.map((metric, m) => [metric.name, ...GROUPS.map((_, g) => (g > 0 && metric.countyWide ? '' : formatValue(result.summary[g]![m] ?? null, metric.unit)))]);
  return [
    `${scenario.name} — seed ${scenario.seed}, ${result.months} months, ${scenario.households.toLocaleString('en-US')} households`,
    'Counts are monthly means, money is the run total, shares are over the whole run.',
    'County-wide quantities are shown once, under "all"; "offline" is the digitally excluded group.',
    '',
    ...alignColumns(header, rows),
    '',
  ].join('\n');
}

/**
 * A header, a rule and the rows of a terminal table, each column as wide as its widest
 * cell: the first `left` columns aligned left (names), the others right (numbers).
 */
export function alignColumns(header: readonly string[], rows: ReadonlyArray<readonly string[]>, left = 1): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, c) => (c < left ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

function formatValue(v: number | null, unit: string): string {
  if (v === null || Number.isNaN(v)) return '–';
  if (unit.startsWith('share')) return `${(v * 100).toFixed(1)}%`;
  if (Number.isInteger(v)) return v.toLocaleString('en-US');
  if (Math.abs(v) >= 1000) return Math.round(v).toLocaleString('en-US');
  return v.toFixed(Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2);
}

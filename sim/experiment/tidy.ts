/**
 * A batch's outputs for one run, as text: tidy CSV rows
 * `run_id,seed,<factor…>,month,group,metric,value` (the run summary with an empty month, then
 * each month when the experiment keeps series), and one JSON line with the run's status,
 * resolved scenario and summary. Pure, so the same run gives the same bytes wherever it ran.
 */
import { GROUPS } from '../engine/groups.ts';
import { metricIndex, metricValue } from '../engine/metricValue.ts';
import type { Scenario } from '../scenario/parameters.ts';
import type { Experiment } from './experimentFile.ts';
import type { RunRecord } from './runOne.ts';

export interface RunFailureData {
  readonly name: string;
  readonly message: string;
}

/** RFC 4180: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: unknown): string {
  const text = typeof value === 'string' ? value : value === null || value === undefined ? '' : typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : JSON.stringify(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvHeader(experiment: Experiment): string {
  const factors = [...experiment.factors.map((f) => f.path), ...(experiment.latinHypercube?.ranges.map((r) => r.path) ?? []), ...(experiment.sensitivity?.factors.map((f) => f.path) ?? [])];
  return `${['run_id', 'seed', ...factors, 'month', 'group', 'metric', 'value'].map(csvField).join(',')}\n`;
}

/** The CSV rows of one finished run. */
export function csvRows(experiment: Experiment, runId: string, seed: number, factors: Readonly<Record<string, unknown>>, record: RunRecord): string {
  const prefix = [runId, seed, ...Object.values(factors)].map(csvField).join(',');
  const groups = experiment.groups ? GROUPS.length : 1;
  const metrics = experiment.metrics.map(metricIndex);
  const lines: string[] = [];
  for (let g = 0; g < groups; g++) {
    metrics.forEach((m, k) => lines.push(`${prefix},,${GROUPS[g]},${experiment.metrics[k]},${csvField(record.summary[g]![m])}`));
  }
  if (experiment.series) {
    for (let month = 0; month < record.months; month++) {
      for (let g = 0; g < groups; g++) {
        metrics.forEach((m, k) => lines.push(`${prefix},${month + 1},${GROUPS[g]},${experiment.metrics[k]},${csvField(record.series[g]![m]![month])}`));
      }
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** The JSON line of one run, finished or failed. */
export function runLine(experiment: Experiment, runId: string, scenario: Scenario, factors: Readonly<Record<string, unknown>>, outcome: { record: RunRecord } | { error: RunFailureData }): string {
  const base = { run_id: runId, seed: scenario.seed, factors };
  if ('error' in outcome) return `${JSON.stringify({ ...base, status: 'failed', error: { name: outcome.error.name, message: outcome.error.message }, scenario })}\n`;
  const summary = Object.fromEntries(experiment.metrics.map((name) => [name, metricValue(outcome.record, name)]));
  return `${JSON.stringify({ ...base, status: 'ok', scenario, summary })}\n`;
}

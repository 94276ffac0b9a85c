/**
 * The output contract of a run, shared by the CLI and the web app's export:
 * JSON `{meta, summary, series, summary_by_group}` (meta.resolved: the scenario as run) and tidy long CSV
 * `seed,month,group,metric,value`. Undefined values (a rate with nothing to divide)
 * are null in JSON and empty in CSV; no output holds NaN or Infinity.
 */
import { GROUPS } from '../engine/groups.ts';
import { METRICS } from '../engine/metrics.ts';
import type { RunResult } from '../engine/simulation.ts';
import { VERSION } from '../version.ts';

const valueOrNull = (v: number | null | undefined): number | null => (v === null || v === undefined || !Number.isFinite(v) ? null : v);

export function toJson(result: RunResult): string {
  const { scenario } = result;
  const groupSummary = (g: number) => Object.fromEntries(METRICS.map((m, i) => [m.name, valueOrNull(result.summary[g]![i])]));
  const document = {
    // `resolved`: the whole scenario as run (after `extends`, every `--set` and the pattern's
    // switches), itself a scenario file: saved on its own, it reruns this run exactly.
    meta: { scenario: scenario.name, seed: scenario.seed, months: result.months, households: scenario.households, version: VERSION, resolved: scenario },
    summary: groupSummary(0),
    series: Object.fromEntries(METRICS.map((m, i) => [m.name, Array.from(result.series[0]![i]!, valueOrNull)])),
    summary_by_group: Object.fromEntries(GROUPS.map((group, g) => [group, groupSummary(g)])),
  };
  return `${JSON.stringify(document, null, 1)}\n`;
}

export const CSV_HEADER = 'seed,month,group,metric,value';

export function toCsv(result: RunResult): string {
  const seed = result.scenario.seed;
  const lines = [CSV_HEADER];
  for (let month = 0; month < result.months; month++) {
    GROUPS.forEach((group, g) => {
      METRICS.forEach((metric, m) => {
        const v = result.series[g]![m]![month]!;
        lines.push(`${seed},${month + 1},${group},${metric.name},${Number.isFinite(v) ? v : ''}`);
      });
    });
  }
  return `${lines.join('\n')}\n`;
}

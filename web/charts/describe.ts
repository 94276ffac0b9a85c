import type { ChartSpec } from './types.ts';

/**
 * The svg's accessible name: the title (which states the finding) and one sentence on what is
 * drawn. The longer per-series account is summarise() in summary.ts.
 */
export function describeChart(spec: ChartSpec, kind: string): string {
  const title = /[.!?…]$/.test(spec.title.trim()) ? spec.title.trim() : `${spec.title.trim()}.`;
  const labels = spec.series.map((series) => series.label);
  const what = `${kind} of ${spec.yLabel} over ${spec.months} months`;
  return labels.length > 0 ? `${title} ${what}: ${labels.join(', ')}.` : `${title} ${what}, with no series.`;
}

import type { ChartSpec } from './types.ts';
import { ENGLISH_WORDS, fill } from './words.ts';

/**
 * The svg's accessible name: the title (which states the finding) and one sentence on what is
 * drawn. The longer per-series account is summarise() in summary.ts.
 */
export function describeChart(spec: ChartSpec, kind: 'lineChart' | 'stackedChart'): string {
  const words = spec.words ?? ENGLISH_WORDS;
  const title = /[.!?…。]$/.test(spec.title.trim()) ? spec.title.trim() : `${spec.title.trim()}.`;
  const labels = spec.series.map((series) => series.label);
  const what = fill(words.drawn, { kind: words[kind], y: spec.yLabel, months: spec.months });
  return labels.length > 0 ? `${title} ${what}: ${labels.join(', ')}.` : `${title} ${what}, with no series.`;
}

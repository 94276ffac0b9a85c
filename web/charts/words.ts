/**
 * The few words the charts write themselves (accessible names, text summaries, table headers),
 * as templates with {placeholders}, so the app can pass them in its language (ChartSpec.words).
 */
export interface ChartWords {
  readonly lineChart: string;
  readonly stackedChart: string;
  /** {kind} of {y} over {months} months */
  readonly drawn: string;
  readonly noValues: string;
  readonly only: string;
  readonly ends: string;
  readonly unchanged: string;
  readonly range: string;
  readonly low: string;
  readonly high: string;
  /** The legend entry of the shaded 90% band. */
  readonly band: string;
}

export const ENGLISH_WORDS: ChartWords = {
  lineChart: 'Line chart',
  stackedChart: 'Stacked area chart',
  drawn: '{kind} of {y} over {months} months',
  noValues: '{label}: no values.',
  only: '{label}: {value} in month {month} only.',
  ends: '{first} in month {firstMonth}, {last} in month {lastMonth}',
  unchanged: '{label}: {ends}; unchanged throughout.',
  range: '{label}: {ends}; highest {high} (month {highMonth}), lowest {low} (month {lowMonth}).',
  low: '{label} (low)',
  high: '{label} (high)',
  band: '90% of runs',
};

/** Fill a template's {name} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

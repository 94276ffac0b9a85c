/**
 * The contract between the app and its charts: plain data in, SVG out. A chart never
 * reads app state; every label arrives already translated.
 */

/** One line over the months: the median over seeds and a 90% band (5th–95th percentile). */
export interface Band {
  readonly median: readonly number[];
  /** Equal to median when there is one seed. NaN marks a month with no value. */
  readonly low: readonly number[];
  readonly high: readonly number[];
}

export interface ChartSeries {
  /** Stable key (a metric, reason, group or scenario name), used for colours and test ids. */
  readonly key: string;
  readonly label: string;
  readonly color: string;
  readonly band: Band;
  /** Draw dashed (e.g. a baseline in a comparison). */
  readonly dashed?: boolean;
  /** A dash pattern of its own (SVG stroke-dasharray), for series told apart by line style. */
  readonly dash?: string;
}

/** A scheduled event marked on the time axis (month is 1-based, as in scenarios). */
export interface ChartEvent {
  readonly month: number;
  readonly label: string;
}

export interface ChartSpec {
  /** States the finding the chart shows, e.g. "Most unmet needs are unseen: no one knows of them". */
  readonly title: string;
  readonly xLabel: string;
  /** Includes the unit, e.g. "needs (household-domains)". */
  readonly yLabel: string;
  /** Number of months on the x axis (months 1..months). */
  readonly months: number;
  readonly series: readonly ChartSeries[];
  readonly events?: readonly ChartEvent[];
  /** Formats y values for ticks, tooltips and tables (defaults to d3.format('~s')). */
  readonly format?: (value: number) => string;
  /** Fix the y domain (e.g. [0, 1] for rates); otherwise from the data (and 0). */
  readonly yDomain?: readonly [number, number];
  /** Draw the legend (default true); small multiples share one legend instead. */
  readonly legend?: boolean;
  /** Horizontal reference lines (e.g. a threshold), dashed across the plot with a label. */
  readonly references?: ReadonlyArray<{ readonly value: number; readonly label: string }>;
  /** The words the chart writes itself, in the page's language (default English; words.ts). */
  readonly words?: import('./words.ts').ChartWords;
}

/**
 * The drawing size in SVG user units. The app draws at the width the chart is given on the page,
 * so one unit is one CSS pixel and text shows at its real size.
 */
export interface ChartSize {
  readonly width: number;
  readonly height: number;
  /**
   * If set, the chart grows taller than `height` rather than squeeze the plot below this
   * (a narrow chart's title, legend and event labels wrap onto more rows).
   */
  readonly minPlotHeight?: number;
  /**
   * Room for at least this many title lines, so that panels side by side, whose titles wrap
   * differently, still have plots of the same height at the same place.
   */
  readonly titleLines?: number;
}

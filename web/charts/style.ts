/**
 * The look every chart shares. Charts write these as SVG attributes, not CSS, so that an
 * exported SVG or PNG looks the same as the chart on the page.
 */
export const CHART_STYLE = {
  fontFamily: 'system-ui, sans-serif',
  fontSize: 12,
  tickFontSize: 11,
  titleFontSize: 14,
  /** Axis lines, ticks and all text: dark grey rather than black, softer but still high contrast. */
  ink: '#333',
  /** Horizontal grid lines: light enough to sit behind the data. */
  grid: '#e6e6e6',
  lineWidth: 2,
  bandOpacity: 0.2,
  /** Stacked layers are nearly opaque so colours stay true; a thin white edge separates them. */
  layerOpacity: 0.85,
  dash: '6 4',
  eventDash: '3 3',
} as const;

/** A series' dash pattern: its own, the standard dash if it is dashed, else none (solid). */
export const dashOf = (series: { readonly dashed?: boolean; readonly dash?: string }): string | null => series.dash ?? (series.dashed ? CHART_STYLE.dash : null);

/** The SVG namespace, needed to create SVG elements outside d3. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * CSS for a chart's svg on the page: its layout and painting are its own (an svg already
 * clips to its box, so nothing looks different), so that a chart updated in place while a run
 * streams in is laid out and repainted alone, not with the whole page.
 */
export const CHART_CONTAIN = 'layout paint';

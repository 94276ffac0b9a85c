import { CHART_STYLE } from './style.ts';
import { estimateTextWidth, shorten } from './textWidth.ts';
import type { ChartSeries } from './types.ts';

export const LEGEND_ROW_HEIGHT = 18;
/** The legend key of the shaded band's entry: drawn as a shaded swatch, not a series. */
export const BAND_KEY = 'band';
/** The swatch is a short line for line charts and a square for areas; both fit in this width. */
export const LEGEND_SWATCH_WIDTH = 18;
const SWATCH_GAP = 5;
const ITEM_GAP = 16;

export interface LegendItem {
  readonly series: ChartSeries;
  /** The label as shown: the series' label, cut (the whole of it in a tooltip) if wider than a row. */
  readonly text: string;
  /** Position of the item's left edge and row centre, relative to the legend's origin. */
  readonly x: number;
  readonly y: number;
}

export interface LegendLayout {
  readonly items: readonly LegendItem[];
  readonly rows: number;
}

/** Lays the entries out left to right, starting a new row when the next would not fit. */
export function layoutLegend(series: readonly ChartSeries[], maxWidth: number): LegendLayout {
  const items: LegendItem[] = [];
  let x = 0;
  let row = 0;
  for (const entry of series) {
    let text = entry.label;
    const widthOf = (label: string) => LEGEND_SWATCH_WIDTH + SWATCH_GAP + estimateTextWidth(label, CHART_STYLE.fontSize);
    for (let chars = text.length - 1; widthOf(text) > maxWidth && chars >= 2; chars--) text = shorten(entry.label, chars);
    const width = widthOf(text);
    if (x > 0 && x + width > maxWidth) {
      row += 1;
      x = 0;
    }
    items.push({ series: entry, text, x, y: row * LEGEND_ROW_HEIGHT + LEGEND_ROW_HEIGHT / 2 });
    x += width + ITEM_GAP;
  }
  return { items, rows: series.length > 0 ? row + 1 : 0 };
}

/** Where the label starts, relative to its item. */
export const LEGEND_LABEL_OFFSET = LEGEND_SWATCH_WIDTH + SWATCH_GAP;

import { CHART_STYLE } from './style.ts';
import { estimateTextWidth } from './textWidth.ts';
import type { ChartSeries } from './types.ts';

export const LEGEND_ROW_HEIGHT = 18;
/** The swatch is a short line for line charts and a square for areas; both fit in this width. */
export const LEGEND_SWATCH_WIDTH = 18;
const SWATCH_GAP = 5;
const ITEM_GAP = 16;

export interface LegendItem {
  readonly series: ChartSeries;
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
    const width = LEGEND_SWATCH_WIDTH + SWATCH_GAP + estimateTextWidth(entry.label, CHART_STYLE.fontSize);
    if (x > 0 && x + width > maxWidth) {
      row += 1;
      x = 0;
    }
    items.push({ series: entry, x, y: row * LEGEND_ROW_HEIGHT + LEGEND_ROW_HEIGHT / 2 });
    x += width + ITEM_GAP;
  }
  return { items, rows: series.length > 0 ? row + 1 : 0 };
}

/** Where the label starts, relative to its item. */
export const LEGEND_LABEL_OFFSET = LEGEND_SWATCH_WIDTH + SWATCH_GAP;

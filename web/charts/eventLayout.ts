import type { ScaleLinear } from 'd3';
import { CHART_STYLE } from './style.ts';
import { estimateTextWidth, shorten } from './textWidth.ts';
import type { ChartEvent } from './types.ts';

export const EVENT_ROW_HEIGHT = 13;
/** Labels are short so they fit between markers; the full label is the marker's tooltip. */
const EVENT_LABEL_CHARS = 22;
/** More rows would eat the plot; beyond this, labels share the least crowded row. */
const MAX_EVENT_ROWS = 3;
const LABEL_GAP = 3;

export interface EventLabel {
  readonly event: ChartEvent;
  /** The marker's x position in the plot. */
  readonly x: number;
  readonly text: string;
  /** Labels near the right edge run leftwards from the marker so they stay inside the chart. */
  readonly anchor: 'start' | 'end';
  /** 0 is the row nearest the plot. */
  readonly row: number;
}

export interface EventLayout {
  readonly labels: readonly EventLabel[];
  readonly rows: number;
}

/**
 * Places the labels of the events inside the time axis above the plot, staggering a label
 * into a further row when it would run into the previous label in the row. A label runs
 * rightwards from its marker if it fits before the plot's right edge, else leftwards (as far
 * as `leftRoom` left of the plot); on a narrow plot where it fits neither way it is cut to fit
 * the wider side.
 */
export function layoutEvents(
  events: readonly ChartEvent[],
  months: number,
  x: ScaleLinear<number, number>,
  plotWidth: number,
  leftRoom = 0,
): EventLayout {
  const visible = events.filter((event) => event.month >= 1 && event.month <= months).sort((a, b) => a.month - b.month);
  const rowEnds: number[] = [];
  const labels: EventLabel[] = visible.map((event) => {
    const position = x(event.month);
    const right = plotWidth - position - LABEL_GAP;
    const left = position - LABEL_GAP + leftRoom;
    let text = shorten(event.label, EVENT_LABEL_CHARS);
    let width = estimateTextWidth(text, CHART_STYLE.tickFontSize);
    const anchor = width <= right || right >= left ? 'start' : 'end';
    const room = anchor === 'start' ? right : left;
    for (let chars = text.length - 1; width > room && chars >= 2; chars--) {
      text = shorten(event.label, chars);
      width = estimateTextWidth(text, CHART_STYLE.tickFontSize);
    }
    const start = anchor === 'start' ? position + LABEL_GAP : position - LABEL_GAP - width;
    let row = rowEnds.findIndex((end) => end + LABEL_GAP <= start);
    if (row < 0 && rowEnds.length < MAX_EVENT_ROWS) row = rowEnds.length;
    if (row < 0) row = rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = start + width;
    return { event, x: position, text, anchor, row };
  });
  return { labels, rows: rowEnds.length };
}

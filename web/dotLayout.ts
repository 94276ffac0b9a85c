/**
 * Where each household's dot goes: urban households in one labelled block, rural in
 * another, each sorted by group cell so elderly, disabled and migrant households sit
 * together. Pure geometry in CSS pixels, so it is tested without a browser.
 */
import { CELL_RURAL } from '../sim/engine/groups.ts';

export const DOT_BLOCKS = ['urban', 'rural'] as const;

/** Room above each block for its label, in CSS px (text of 12 px and a little air). */
export const LABEL_HEIGHT = 20;
/** Dots are never drawn smaller than this (CSS px), so a finger or a pointer can pick one. */
export const MIN_DOT = 2;

export interface DotBlock {
  readonly key: (typeof DOT_BLOCKS)[number];
  /** order[k] = the household drawn at position k of the block (reading order). */
  readonly order: Int32Array;
  readonly rows: number;
  /** Top of the block's label, and of its first row of dots, in CSS px. */
  readonly labelTop: number;
  readonly top: number;
}

export interface DotLayout {
  readonly blocks: readonly DotBlock[];
  /** block[h] and index[h]: where household h is drawn. */
  readonly block: Uint8Array;
  readonly index: Int32Array;
  readonly columns: number;
  /** Side of one dot, in CSS px. */
  readonly dot: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Lay `cells` (one group cell per household) out in `width` CSS px, aiming at a view about
 * half as tall as wide on a wide screen and square on a narrow one.
 */
export function layoutDots(cells: Uint8Array, width: number): DotLayout {
  const n = cells.length;
  const aspect = width < 520 ? 1 : 2;
  const columns = Math.max(1, Math.min(Math.ceil(Math.sqrt(n * aspect)), Math.floor(width / MIN_DOT)));
  const dot = width / columns;
  const block = new Uint8Array(n);
  const index = new Int32Array(n);
  let top = 0;
  const blocks = DOT_BLOCKS.map((key, b) => {
    const members: number[] = [];
    for (let h = 0; h < n; h++) if (((cells[h]! & CELL_RURAL) !== 0) === (key === 'rural')) members.push(h);
    const order = Int32Array.from(members).sort((x, y) => cells[x]! - cells[y]! || x - y);
    order.forEach((h, k) => {
      block[h] = b;
      index[h] = k;
    });
    const rows = Math.ceil(order.length / columns);
    const labelTop = top;
    top += LABEL_HEIGHT;
    const blockTop = top;
    top += rows * dot;
    return { key, order, rows, labelTop, top: blockTop };
  }).filter((b) => b.order.length > 0);
  return { blocks, block, index, columns, dot, width, height: Math.ceil(top) };
}

/** The centre of household h's dot, in CSS px. */
export function dotCentre(layout: DotLayout, h: number): { x: number; y: number } {
  const blockIndex = layout.block[h]!;
  const b = layout.blocks.find((x) => x.key === DOT_BLOCKS[blockIndex])!;
  const k = layout.index[h]!;
  return { x: ((k % layout.columns) + 0.5) * layout.dot, y: b.top + (Math.floor(k / layout.columns) + 0.5) * layout.dot };
}

/** The household whose dot is at (x, y) CSS px, or the nearest one in that block's row; -1 if none. */
export function householdAt(layout: DotLayout, x: number, y: number): number {
  const b = layout.blocks.find((block) => y >= block.top && y < block.top + block.rows * layout.dot);
  if (!b || x < 0 || x >= layout.width) return -1;
  const row = Math.floor((y - b.top) / layout.dot);
  const column = Math.min(layout.columns - 1, Math.floor(x / layout.dot));
  const k = Math.min(b.order.length - 1, row * layout.columns + column);
  return b.order[k]!;
}

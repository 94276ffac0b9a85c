/**
 * The classroom household view: one dot per household on a canvas, coloured by its status
 * this month (no need, helped, unmet, fallen through), grouped so that urban and rural,
 * elderly and young sit together. Clicking a dot (or choosing a household by number, for
 * the keyboard) opens its story.
 */
import { STATUSES } from '../sim/engine/story.ts';
import { el } from './dom.ts';
import { t } from './i18n/index.ts';

/** Status colours: grey, Okabe–Ito blue, orange and vermillion (colour-blind safe). */
export const STATUS_COLORS = ['#d9d9d9', '#0072B2', '#E69F00', '#D55E00'] as const;

export interface DotLayout {
  /** order[k] = household drawn at position k. */
  readonly order: Int32Array;
  /** position[h] = where household h is drawn. */
  readonly position: Int32Array;
  readonly columns: number;
  readonly rows: number;
}

/** Lay households out in reading order, sorted by group cell so groups form blocks. */
export function layoutDots(cells: Uint8Array, aspect: number): DotLayout {
  const n = cells.length;
  const order = Int32Array.from({ length: n }, (_, h) => h).sort((a, b) => cells[a]! - cells[b]! || a - b);
  const position = new Int32Array(n);
  order.forEach((h, k) => { position[h] = k; });
  const columns = Math.max(1, Math.ceil(Math.sqrt(n * aspect)));
  return { order, position, columns, rows: Math.ceil(n / columns) };
}

export class HouseholdView {
  readonly element: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly legend: HTMLElement;
  private layout: DotLayout | undefined;
  private image: ImageData | undefined;
  private readonly colors = STATUS_COLORS.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
  selected = -1;

  constructor(private readonly onPick: (household: number) => void) {
    this.canvas = el('canvas', { width: 640, height: 320, class: 'dots', tabindex: 0, role: 'img', 'aria-label': t('chart.households.title') });
    this.legend = el('ul', { class: 'legend' });
    const picker = el('input', { type: 'number', min: 0, step: 1, id: 'household-picker', 'aria-label': t('ui.householdNumber') });
    picker.addEventListener('change', () => {
      const h = Number(picker.value);
      if (this.layout && Number.isInteger(h) && h >= 0 && h < this.layout.order.length) this.pick(h);
    });
    this.canvas.addEventListener('click', (event) => this.clickAt(event));
    this.element = el('div', { class: 'household-view' }, this.canvas, this.legend,
      el('label', { for: 'household-picker' }, t('ui.householdNumber'), ' '), picker);
    this.drawLegend();
  }

  /** Set up for a run's households. */
  reset(cells: Uint8Array): void {
    this.layout = layoutDots(cells, this.canvas.width / this.canvas.height);
    const { columns, rows } = this.layout;
    this.image = new ImageData(columns, rows);
    this.selected = -1;
    this.clear();
  }

  clear(): void {
    const context = this.canvas.getContext('2d');
    if (context) context.clearRect(0, 0, this.canvas.width, this.canvas.height);
  }

  /** Draw one month's statuses: one pixel per household, scaled up without smoothing. */
  draw(statuses: Uint8Array | undefined): void {
    const { layout, image } = this;
    const context = this.canvas.getContext('2d');
    if (!layout || !image || !context || !statuses) return;
    const data = image.data;
    for (let k = 0; k < layout.order.length; k++) {
      const rgb = this.colors[statuses[layout.order[k]!]!]!;
      data[k * 4] = rgb[0]!;
      data[k * 4 + 1] = rgb[1]!;
      data[k * 4 + 2] = rgb[2]!;
      data[k * 4 + 3] = 255;
    }
    if (this.selected >= 0) {
      const k = layout.position[this.selected]!;
      data.set([0, 0, 0, 255], k * 4);
    }
    createImageBitmap(image).then((bitmap) => {
      context.imageSmoothingEnabled = false;
      context.clearRect(0, 0, this.canvas.width, this.canvas.height);
      context.drawImage(bitmap, 0, 0, this.canvas.width, (this.canvas.width / layout.columns) * layout.rows);
      bitmap.close();
    }, () => undefined);
  }

  private clickAt(event: MouseEvent): void {
    const { layout } = this;
    if (!layout) return;
    const box = this.canvas.getBoundingClientRect();
    const cell = box.width / layout.columns;
    const column = Math.floor((event.clientX - box.left) / cell);
    const row = Math.floor((event.clientY - box.top) / cell);
    const k = row * layout.columns + column;
    if (column < 0 || column >= layout.columns || k < 0 || k >= layout.order.length) return;
    this.pick(layout.order[k]!);
  }

  private pick(household: number): void {
    this.selected = household;
    this.onPick(household);
  }

  drawLegend(): void {
    this.legend.replaceChildren(...STATUSES.map((s, i) =>
      el('li', {}, el('span', { class: 'swatch', style: `background:${STATUS_COLORS[i]}` }), t(`status.household.${s}`))));
    this.canvas.setAttribute('aria-label', t('chart.households.title'));
  }
}

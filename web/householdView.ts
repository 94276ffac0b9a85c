/**
 * The classroom household view: one dot per household on a canvas, coloured by its status
 * this month (no need, helped, unmet, fallen through), urban and rural households in
 * labelled blocks (dotLayout.ts). Clicking or tapping a dot (or choosing a household by
 * number, for the keyboard) opens its story; the chosen dot is ringed. The canvas is drawn
 * at the size it is shown, so labels stay readable on a phone and a projector alike.
 */
import { STATUSES } from '../sim/engine/story.ts';
import { dotCentre, householdAt, layoutDots, type DotLayout } from './dotLayout.ts';
import { el } from './dom.ts';
import { t } from './i18n/index.ts';

/**
 * Status shades, light to dark in order of concern: on this page colour means a reason a
 * need goes unmet (the charts), so the dots are greys, with fallen through in black. The
 * chosen dot's ring is white-edged black, visible on all four.
 */
export const STATUS_COLORS = ['#e6e6e6', '#a6a6a6', '#595959', '#000000'] as const;

const LABEL_FONT = '600 12px system-ui, sans-serif';

export class HouseholdView {
  readonly element: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly legend: HTMLElement;
  private readonly picker: HTMLInputElement;
  private cells: Uint8Array | undefined;
  private layout: DotLayout | undefined;
  private statuses: Uint8Array | undefined;
  private drawn = 0;
  private readonly colors = STATUS_COLORS.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
  selected = -1;

  constructor(private readonly onPick: (household: number) => void) {
    this.canvas = el('canvas', { class: 'dots', tabindex: 0, role: 'img', 'aria-label': t('chart.households.title') });
    this.legend = el('ul', { class: 'legend' });
    this.picker = el('input', { type: 'number', min: 0, step: 1, id: 'household-picker', 'aria-label': t('ui.householdNumber') });
    this.picker.addEventListener('change', () => {
      const h = Number(this.picker.value);
      if (this.cells && Number.isInteger(h) && h >= 0 && h < this.cells.length) this.pick(h);
    });
    this.canvas.addEventListener('click', (event) => this.clickAt(event));
    this.element = el('div', { class: 'household-view' }, this.canvas, this.legend,
      el('label', { for: 'household-picker' }, t('ui.householdNumber'), ' '), this.picker);
    this.drawLegend();
    // Lay out again when the width changes (a phone turned, a window resized).
    new ResizeObserver(() => {
      if (this.cells && this.canvas.clientWidth && Math.abs(this.canvas.clientWidth - (this.layout?.width ?? 0)) >= 1) {
        this.relayout();
        this.draw(this.statuses);
      }
    }).observe(this.element);
  }

  /** Set up for a run's households. */
  reset(cells: Uint8Array): void {
    this.cells = cells;
    this.selected = -1;
    this.statuses = undefined;
    this.relayout();
    this.clear();
  }

  private relayout(): void {
    if (!this.cells) return;
    const width = Math.max(120, this.canvas.clientWidth || this.element.clientWidth || 640);
    this.layout = layoutDots(this.cells, width);
    const ratio = window.devicePixelRatio || 1;
    this.canvas.width = Math.round(width * ratio);
    this.canvas.height = Math.round(this.layout.height * ratio);
    this.canvas.style.height = `${this.layout.height}px`;
    this.picker.max = String(this.cells.length - 1);
  }

  clear(): void {
    const context = this.canvas.getContext('2d');
    if (context) context.clearRect(0, 0, this.canvas.width, this.canvas.height);
  }

  /** Draw one month's statuses: one pixel per household per block, scaled up without smoothing. */
  draw(statuses: Uint8Array | undefined): void {
    const { layout } = this;
    const context = this.canvas.getContext('2d');
    if (!layout || !context || !statuses) return;
    this.statuses = statuses;
    const drawing = ++this.drawn;
    const images = layout.blocks.map((block) => {
      const image = new ImageData(layout.columns, Math.max(1, block.rows));
      const data = image.data;
      for (let k = 0; k < block.order.length; k++) {
        const rgb = this.colors[statuses[block.order[k]!]!]!;
        data[k * 4] = rgb[0]!;
        data[k * 4 + 1] = rgb[1]!;
        data[k * 4 + 2] = rgb[2]!;
        data[k * 4 + 3] = 255;
      }
      return createImageBitmap(image);
    });
    Promise.all(images).then((bitmaps) => {
      if (drawing !== this.drawn) return bitmaps.forEach((b) => b.close());
      const ratio = this.canvas.width / layout.width;
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.imageSmoothingEnabled = false;
      context.clearRect(0, 0, layout.width, layout.height);
      context.font = LABEL_FONT;
      context.fillStyle = '#333';
      context.textBaseline = 'alphabetic';
      layout.blocks.forEach((block, i) => {
        context.fillText(t('ui.dotBlock', { group: t(`group.${block.key}`), households: block.order.length.toLocaleString() }), 0, block.labelTop + 15);
        context.drawImage(bitmaps[i]!, 0, block.top, layout.columns * layout.dot, block.rows * layout.dot);
        bitmaps[i]!.close();
      });
      if (this.selected >= 0) this.ring(context, layout);
    }, () => undefined);
  }

  /** A dark ring with a white halo around the chosen household, visible on every colour. */
  private ring(context: CanvasRenderingContext2D, layout: DotLayout): void {
    const { x, y } = dotCentre(layout, this.selected);
    const radius = Math.max(7, layout.dot * 2);
    context.beginPath();
    context.arc(x, y, radius, 0, 2 * Math.PI);
    context.lineWidth = 4;
    context.strokeStyle = '#fff';
    context.stroke();
    context.lineWidth = 2;
    context.strokeStyle = '#000';
    context.stroke();
  }

  private clickAt(event: MouseEvent): void {
    const { layout } = this;
    if (!layout) return;
    const box = this.canvas.getBoundingClientRect();
    const scale = layout.width / box.width;
    const h = householdAt(layout, (event.clientX - box.left) * scale, (event.clientY - box.top) * scale);
    if (h >= 0) this.pick(h);
  }

  private pick(household: number): void {
    this.selected = household;
    this.canvas.dataset.selected = String(household);
    this.picker.value = String(household);
    this.draw(this.statuses);
    this.onPick(household);
  }

  drawLegend(): void {
    this.legend.replaceChildren(...STATUSES.map((s, i) =>
      el('li', {}, el('span', { class: 'swatch', style: `background:${STATUS_COLORS[i]}` }), t(`status.household.${s}`))));
    this.canvas.setAttribute('aria-label', t('chart.households.title'));
  }
}

/**
 * The results as charts (resultCharts.ts), drawn one card per task: all at once would block
 * the page. The first drawing makes the cards; while a run streams in, at most every
 * CHART_INTERVAL_MS, they are drawn again in place, a few milliseconds each, and a newer
 * drawing supersedes one still in progress. The chart a revealed lesson points at is
 * highlighted, with the finding beside it, and brought into view once drawn in full.
 */
import { WidthWatch, chartBodyWidth, chartSizes, type ChartSizes } from '../chartCards.ts';
import { el } from '../dom.ts';
import { monthsDone } from '../engineClient.ts';
import { t } from '../i18n/index.ts';
import { scenarioEvents, type AppState, type PageStore } from '../state.ts';
import { resultCharts } from './resultCharts.ts';
import { fill, sectionElement, type Section } from './section.ts';

/** Charts redraw at most this often while a run streams in. */
const CHART_INTERVAL_MS = 500;

export class ChartsSection implements Section {
  readonly element = sectionElement('charts');
  private readonly cards = el('div', { id: 'chart-cards' });
  /** The slots' cards as last drawn in full, and the sizes they were drawn at: drawn again in place while they are there. */
  private drawn: { sizes: ChartSizes; cards: Element[] } | undefined;
  /** The chart area's width changed (or was never measured): measure it, and draw afresh. */
  private resized = true;
  /** Counts drawings, so a newer one stops an older one still in progress. */
  private drawings = 0;
  private readonly widthWatch = new WidthWatch(() => {
    this.resized = true;
    void this.draw();
  });
  private scheduled = false;
  private lastDrawn = 0;

  constructor(private readonly store: PageStore) {
    store.subscribe((state, changed) => {
      if (changed.has('runs') || changed.has('running')) this.schedule();
      if (changed.has('lesson')) void this.pointAt(state.lesson);
    });
  }

  render(): void {
    fill(this.element, 'ui.section.charts', this.cards);
    this.drawn = undefined;
    this.schedule();
  }

  /** Draw at the next frame; while months are being simulated, no sooner than CHART_INTERVAL_MS after the last drawing. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const { running, playing } = this.store.state;
    const wait = running || playing ? Math.max(0, CHART_INTERVAL_MS - (performance.now() - this.lastDrawn)) : 0;
    setTimeout(() => requestAnimationFrame(() => {
      this.scheduled = false;
      this.lastDrawn = performance.now();
      void this.draw();
    }), wait);
  }

  /** Draw every card (afresh, or again in place), one per task; the placeholder while no month is done. */
  private async draw(): Promise<void> {
    const drawing = ++this.drawings;
    const { cards } = this;
    const { runs, raw } = this.store.state;
    cards.dataset.complete = 'false';
    if (monthsDone(runs) === 0) {
      this.drawn = undefined;
      cards.replaceChildren(el('p', { class: 'placeholder' }, t('ui.noResults')));
      return;
    }
    const complete = runs.every((r) => r.done);
    const inPlace = this.drawnInPlace();
    const sizes = inPlace ? this.drawn!.sizes : this.measure();
    const later: Array<() => void> = [];
    const pieces = resultCharts(runs, scenarioEvents(raw), sizes, later);
    if (cards.children.length !== pieces.length) cards.replaceChildren(...pieces.map(() => el('div', { class: 'slot' })));
    // Between pieces the browser gets its turn, so no task blocks the page for long; a newer drawing may begin meanwhile.
    const superseded = async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      return drawing !== this.drawings;
    };
    for (const [i, piece] of pieces.entries()) {
      if (await superseded()) return;
      for (const finish of later.splice(0)) {
        timed('chart panel', finish);
        if (await superseded()) return;
      }
      const slot = cards.children[i]!;
      const old = inPlace ? (slot.firstElementChild as HTMLElement) : undefined;
      const card = timed(`chart ${i}`, () => piece(old));
      if (card !== old) replaceCard(slot, card);
    }
    for (const finish of later.splice(0)) finish();
    if (!inPlace) this.drawn = { sizes, cards: [...cards.children].map((slot) => slot.firstElementChild!) };
    this.highlight();
    // For tests and scripts: the charts now show every month of finished runs.
    cards.dataset.complete = String(complete);
  }

  /** Whether the cards last drawn in full are still there, at the width they were drawn for. */
  private drawnInPlace(): boolean {
    const { drawn, cards } = this;
    return drawn !== undefined && !this.resized && cards.children.length === drawn.cards.length
      && drawn.cards.every((card, i) => cards.children[i]!.firstElementChild === card);
  }

  /**
   * The sizes to draw afresh at: the width the charts get, so text shows at its real size.
   * (Measuring makes the page lay out at once, so it is done only when drawing afresh.)
   */
  private measure(): ChartSizes {
    this.drawn = undefined;
    this.resized = false;
    const sizes = chartSizes(chartBodyWidth(this.cards));
    this.widthWatch.watch(this.cards);
    return sizes;
  }

  /** A revealed lesson's chart: highlighted at once, and again, brought into view, once drawn in full. */
  private async pointAt(lesson: AppState['lesson']): Promise<void> {
    this.highlight();
    if (!lesson) return;
    await this.complete();
    if (this.store.state.lesson !== lesson) return;
    this.highlight();
    const card = this.cards.querySelector<HTMLElement>(`#chart-${lesson.chart}`);
    card?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    card?.setAttribute('tabindex', '-1');
    card?.focus({ preventScroll: true });
  }

  /** The lesson's chart card highlighted, its finding beside it, so the class sees both at once; no other. */
  private highlight(): void {
    const { lesson } = this.store.state;
    this.cards.querySelectorAll('.chart-card.highlight').forEach((card) => card.classList.remove('highlight'));
    this.cards.querySelectorAll('.lesson-callout').forEach((callout) => callout.remove());
    const card = lesson && this.cards.querySelector(`#chart-${lesson.chart}`);
    if (!card) return;
    card.classList.add('highlight');
    card.prepend(el('p', { class: 'lesson-callout', role: 'note' }, lesson.finding));
  }

  /** Resolves once the charts show every month of the finished runs. */
  private complete(): Promise<void> {
    const { cards } = this;
    if (cards.dataset.complete === 'true') return Promise.resolve();
    return new Promise((resolve) => {
      const watch = new MutationObserver(() => {
        if (cards.dataset.complete !== 'true') return;
        watch.disconnect();
        resolve();
      });
      watch.observe(cards, { attributes: true, attributeFilter: ['data-complete'] });
    });
  }
}

/** A step of drawing, measured (performance.measure: the web benchmark reads the slowest). */
function timed<T>(name: string, work: () => T): T {
  performance.mark('chart-piece');
  const result = work();
  performance.measure(name, 'chart-piece');
  return result;
}

/** Put a new card in its slot, keeping an open data table or summary open. */
function replaceCard(slot: Element, card: HTMLElement): void {
  const open = slot.querySelector('details[open], .chart-table:not([hidden])') !== null;
  slot.replaceChildren(card);
  if (open) card.querySelectorAll<HTMLDetailsElement>('details').forEach((d) => { d.open = true; });
}

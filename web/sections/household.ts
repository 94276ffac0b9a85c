/**
 * The household view: the first seed's households as dots (householdView.ts), for the
 * latest month or the month chosen on the slider, under a title saying the share of those
 * in need who have fallen through; a household clicked or chosen by number tells its story.
 */
import { STATUS } from '../../sim/engine/story.ts';
import { el } from '../dom.ts';
import type { RunHandle } from '../engineClient.ts';
import { explain } from '../glossary.ts';
import { getLanguage, t, type Language } from '../i18n/index.ts';
import { HouseholdView } from '../householdView.ts';
import type { PageStore } from '../state.ts';
import { storyLines } from '../story.ts';
import { fill, sectionElement, type Section } from './section.ts';

export class HouseholdSection implements Section {
  readonly element = sectionElement('household');
  private readonly view = new HouseholdView((h) => void this.tell(h));
  private readonly story = el('div', { id: 'story', 'aria-live': 'polite' });
  private readonly title = el('p', { id: 'households-title', class: 'chart-title' });
  private readonly slider = el('input', { type: 'range', id: 'household-month', min: 1 });
  private readonly month = el('output', { id: 'household-month-value' });
  /** The month shown: the latest done, unless the slider chose one. */
  private shownMonth = 0;
  /** The runs shown (new runs lay the dots out again). */
  private shownRuns: readonly RunHandle[] = [];
  /** The statuses last drawn, in which language, and the title they gave: a repeated call draws nothing again. */
  private drawn: { statuses: Uint8Array; language: Language; title: string } | undefined;
  private scheduled = false;
  /** Counts stories asked for, so only the latest is told. */
  private stories = 0;

  constructor(private readonly store: PageStore) {
    this.slider.addEventListener('input', () => {
      this.shownMonth = Number(this.slider.value);
      this.draw(true);
    });
    store.subscribe((state, changed) => {
      if (!changed.has('runs')) return;
      if (state.runs !== this.shownRuns) this.follow(state.runs);
      this.schedule();
    });
  }

  render(): void {
    this.title.title = explain('fell_through');
    this.title.textContent = t('chart.households.title', { share: '–', month: '–' });
    this.slider.max = String(Number(this.store.state.raw.months ?? 120));
    this.slider.value = String(Math.max(1, this.shownMonth));
    this.slider.setAttribute('aria-label', t('ui.month'));
    this.month.textContent = String(this.shownMonth);
    this.view.drawLegend();
    this.drawn = undefined;
    // A story told in the language before is closed.
    this.closeStory();
    fill(this.element, 'ui.section.household', el('div', {},
      this.title, this.view.element,
      el('label', { for: 'household-month' }, t('chart.axis.month'), ' ', this.slider, ' ', this.month),
      this.story));
    this.schedule();
  }

  /** New runs: their households laid out; or none: the view, and any story, cleared. */
  private follow(runs: readonly RunHandle[]): void {
    this.shownRuns = runs;
    if (runs[0]) {
      this.view.reset(runs[0].info.cells);
      return;
    }
    this.shownMonth = 0;
    this.view.clear();
    this.closeStory();
  }

  /** Draw at the next frame (once, however many batches arrive before it). */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => {
      this.scheduled = false;
      this.draw();
    });
  }

  /** The month shown, and its title; the slider follows the latest month unless it was the slider that moved. */
  private draw(fromSlider = false): void {
    const first = this.store.state.runs[0];
    if (!first || first.monthsDone === 0) return;
    if (!fromSlider) this.shownMonth = first.monthsDone;
    this.shownMonth = Math.min(Math.max(1, this.shownMonth), first.monthsDone);
    const statuses = first.statuses[this.shownMonth - 1];
    const unchanged = statuses !== undefined && this.drawn?.statuses === statuses && this.drawn.language === getLanguage();
    if (!unchanged) this.view.draw(statuses);
    if (!fromSlider) {
      if (this.slider.max !== String(first.info.months)) this.slider.max = String(first.info.months);
      if (this.slider.value !== String(this.shownMonth)) this.slider.value = String(this.shownMonth);
    }
    if (this.month.textContent !== String(this.shownMonth)) this.month.textContent = String(this.shownMonth);
    if (!statuses) return;
    if (!unchanged) this.drawn = { statuses, language: getLanguage(), title: this.titleOf(statuses) };
    if (this.title.textContent !== this.drawn!.title) this.title.textContent = this.drawn!.title;
  }

  /** "N% of households in need have fallen through the gaps in month M". */
  private titleOf(statuses: Uint8Array): string {
    let inNeed = 0;
    let fell = 0;
    for (const s of statuses) {
      if (s !== STATUS.no_need) inNeed++;
      if (s === STATUS.fell_through) fell++;
    }
    return t('chart.households.title', { share: inNeed ? `${Math.round((100 * fell) / inNeed)}%` : '0%', month: this.shownMonth });
  }

  /** Household h's story: a pending line at once, the text when the worker answers. */
  private async tell(h: number): Promise<void> {
    const first = this.store.state.runs[0];
    if (!first) return;
    const mine = ++this.stories;
    performance.mark('story-click');
    this.story.setAttribute('aria-busy', 'true');
    this.story.replaceChildren(el('h3', {}, t('ui.storyOf', { household: h })), el('p', { class: 'pending' }, t('ui.storyPending')));
    const months = await first.worker.story(first.id, h);
    if (mine !== this.stories || this.store.state.runs[0] !== first) return;
    const close = el('button', { type: 'button', id: 'close-story' }, t('button.close'));
    close.addEventListener('click', () => this.closeStory());
    this.story.replaceChildren(el('h3', {}, t('ui.storyOf', { household: h })),
      el('ul', { class: 'story' }, ...storyLines(months).map((line) => el('li', {}, line))), close);
    this.story.setAttribute('aria-busy', 'false');
    performance.measure('story', 'story-click');
    close.focus();
  }

  private closeStory(): void {
    this.stories++;
    this.story.replaceChildren();
    this.view.selected = -1;
    this.view.draw(this.store.state.runs[0]?.statuses[this.shownMonth - 1]);
  }
}

/**
 * The lessons: a step's set-up and question; the class's votes and how sure it is, counted
 * on screen (a show of hands, so the teacher sees the choices throughout); then "Run and
 * reveal" runs the step's scenario, points at its chart (the charts section highlights and
 * scrolls to it), and compares the class's prediction with what this run shows (lessons.ts
 * computes it from the run).
 */
import { REASONS, type Reason } from '../../sim/engine/reasons.ts';
import { el } from '../dom.ts';
import type { ScenarioEditor } from '../editor.ts';
import { capitalise, number, percent } from '../format.ts';
import { explain } from '../glossary.ts';
import { hasMessage, t } from '../i18n/index.ts';
import { CONFIDENCE, LESSONS, type Lesson, type Reveal } from '../lessons.ts';
import type { RunController } from '../runController.ts';
import { scenarioEvents, type PageStore } from '../state.ts';
import { fill, sectionElement, type Section } from './section.ts';

type Phase = 'predict' | 'running' | 'revealed';

/** An option's words: a reason or a group by its name, else the lesson's own option text. */
export function optionLabel(option: string): string {
  for (const prefix of ['reason', 'group']) if (hasMessage(`${prefix}.${option}`, 'en')) return t(`${prefix}.${option}`);
  return t(`lesson.option.${option}`);
}

/** The finding's numbers in words: shares as percentages, reasons and groups by name. */
export function findingText(lesson: Lesson, reveal: Reveal): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(reveal.values)) {
    if (typeof value === 'string') values[name] = capitalise(optionLabel(value));
    else if (name === 'donations') values[name] = t(value < 0 ? 'lesson.less' : 'lesson.more', { amount: percent(Math.abs(value)) });
    else if (name === 'month') values[name] = value;
    else values[name] = lesson.key === 'digitalDivide' ? number(value) : percent(value);
  }
  return t(`lesson.${lesson.key}.finding`, values);
}

export class LessonsSection implements Section {
  readonly element = sectionElement('lessons');
  private readonly panel = el('div', { id: 'lesson-panel' });
  private index = -1;
  private phase: Phase = 'predict';
  private votes = new Map<string, number>();
  private sureness = new Map<string, number>();
  private reveal: Reveal | undefined;

  constructor(private readonly store: PageStore, private readonly editor: ScenarioEditor, private readonly controller: RunController) {}

  render(): void {
    fill(this.element, 'ui.section.lessons', this.panel);
    this.draw();
  }

  private get current(): Lesson | undefined {
    return LESSONS[this.index];
  }

  private async goTo(index: number): Promise<void> {
    if (index < 0 || index >= LESSONS.length) return;
    this.index = index;
    this.phase = 'predict';
    this.votes = new Map();
    this.sureness = new Map();
    this.reveal = undefined;
    const lesson = LESSONS[index]!;
    await this.editor.load(lesson.scenario);
    this.store.update({ lesson: undefined });
    this.draw();
    this.panel.scrollIntoView({ block: 'nearest' });
  }

  private async runAndReveal(): Promise<void> {
    const lesson = this.current;
    if (!lesson || this.phase === 'running') return;
    this.phase = 'running';
    this.draw();
    await this.controller.run();
    const { runs, raw } = this.store.state;
    if (!runs.length || !runs.every((r) => r.done) || this.current !== lesson) {
      this.phase = 'predict';
      this.draw();
      return;
    }
    const reveal = lesson.reveal(runs.map((r) => r.finished()), raw);
    this.reveal = reveal;
    this.phase = 'revealed';
    this.draw();
    this.store.update({ lesson: { chart: lesson.chart, finding: findingText(lesson, reveal) } });
  }

  /** The lesson's step (again, after a vote or a change of language). */
  private draw(): void {
    const lesson = this.current;
    const previous = this.button('previous-lesson', 'button.previousLesson', this.index <= 0, () => void this.goTo(this.index - 1));
    const next = this.button('next-lesson', this.index < 0 ? 'button.startLesson' : 'button.nextLesson', this.index >= LESSONS.length - 1, () => void this.goTo(this.index + 1));
    const box = el('div', { class: 'lesson', id: 'lesson-box', 'data-phase': lesson ? this.phase : 'intro' });
    if (!lesson) {
      box.append(el('p', {}, t('ui.lessonsIntro')));
    } else {
      // The scandal step's set-up names the month of its trust shock.
      const params = { month: scenarioEvents(this.store.state.raw).find((e) => e.type === 'trust_shock')?.month ?? '–' };
      box.append(
        el('p', { class: 'lesson-step' }, t('ui.lessonOf', { n: this.index + 1, total: LESSONS.length })),
        el('h3', {}, t(`lesson.${lesson.key}.title`)),
        el('p', {}, t(`lesson.${lesson.key}.text`, params)),
        el('p', { class: 'question' }, el('strong', {}, t(`lesson.${lesson.key}.question`, params))),
        ...this.prediction(lesson));
    }
    this.panel.replaceChildren(box, el('div', { class: 'run-controls' }, previous, next));
  }

  private prediction(lesson: Lesson): Array<HTMLElement> {
    const locked = this.phase !== 'predict';
    const answer = this.reveal?.answer;
    const options = el('div', { class: 'vote-options', role: 'group', 'aria-label': t(`lesson.${lesson.key}.question`) },
      ...lesson.options.map((option) => {
        const b = el('button', {
          type: 'button', class: 'vote', 'data-option': option, disabled: locked,
          ...((REASONS as readonly string[]).includes(option) ? { title: explain(`reason-${option as Reason}`) } : {}),
          ...(answer ? { 'data-result': option === answer ? 'right' : 'other' } : {}),
        }, `${optionLabel(option)} `, el('span', { class: 'count' }, String(this.votes.get(option) ?? 0)));
        b.addEventListener('click', () => this.count(this.votes, option));
        return b;
      }));
    const sure = el('div', { class: 'vote-options', role: 'group', 'aria-label': t('ui.howSure') },
      el('span', {}, `${t('ui.howSure')} `),
      ...CONFIDENCE.map((level) => {
        const b = el('button', { type: 'button', class: 'vote', 'data-confidence': level, disabled: locked },
          `${t(`confidence.${level}`)} `, el('span', { class: 'count' }, String(this.sureness.get(level) ?? 0)));
        b.addEventListener('click', () => this.count(this.sureness, level));
        return b;
      }));
    const parts: HTMLElement[] = [el('p', { class: 'help' }, t('ui.predictFirst')), options, sure];
    if (this.phase === 'predict') {
      const clearVotes = this.button('clear-votes', 'button.clearVotes', this.votes.size + this.sureness.size === 0, () => {
        this.votes = new Map();
        this.sureness = new Map();
        this.draw();
      });
      parts.push(el('div', { class: 'run-controls' }, this.button('reveal', 'button.reveal', false, () => void this.runAndReveal()), clearVotes));
    } else if (this.phase === 'running') {
      parts.push(el('p', { class: 'pending', role: 'status' }, t('ui.revealing')));
    } else if (this.reveal) {
      parts.push(this.outcome(lesson, this.reveal));
    }
    return parts;
  }

  private outcome(lesson: Lesson, reveal: Reveal): HTMLElement {
    const total = [...this.votes.values()].reduce((a, b) => a + b, 0);
    const favourite = mostVoted(this.votes);
    const confidence = mostVoted(this.sureness);
    const lines = [
      el('p', { class: 'finding', id: 'lesson-finding' }, findingText(lesson, reveal)),
      el('p', {}, t('ui.runShows', { option: optionLabel(reveal.answer) })),
      el('p', { id: 'lesson-verdict' }, favourite
        ? `${t(confidence ? 'ui.classPredicted' : 'ui.classPredictedUnsure', { option: optionLabel(favourite), votes: this.votes.get(favourite)!, total, confidence: confidence ? t(`confidence.${confidence}`) : '' })} ${t(favourite === reveal.answer ? 'ui.predictionRight' : 'ui.predictionWrong')}`
        : t('ui.noPrediction')),
    ];
    return el('div', { class: 'reveal', role: 'status' }, ...lines);
  }

  private count(tally: Map<string, number>, key: string): void {
    if (this.phase !== 'predict') return;
    tally.set(key, (tally.get(key) ?? 0) + 1);
    const focused = (document.activeElement as HTMLElement | null)?.dataset;
    this.draw();
    const selector = focused?.option ? `[data-option="${focused.option}"]` : focused?.confidence ? `[data-confidence="${focused.confidence}"]` : '';
    if (selector) this.panel.querySelector<HTMLElement>(selector)?.focus();
  }

  private button(id: string, key: string, disabled: boolean, action: () => void): HTMLButtonElement {
    const b = el('button', { type: 'button', id, disabled }, t(key));
    b.addEventListener('click', action);
    return b;
  }
}

/** The key with the most votes (the first of equals), or undefined with none. */
function mostVoted(tally: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  for (const [key, votes] of tally) if (votes > 0 && (best === undefined || votes > tally.get(best)!)) best = key;
  return best;
}

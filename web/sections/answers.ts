/**
 * Answers first: at the top of the page, the scenario's name, a "modified" mark, undo,
 * redo and "restore this scenario's defaults"; what was changed, in one line; then the
 * headline numbers of the finished run (answerFigures.ts), each with its change from the
 * defaults on the same seeds once anything is modified (referenceRuns.ts).
 */
import { answersOf, changeOf, type Answers } from '../answers.ts';
import { scenarioChanges } from '../changes.ts';
import { el } from '../dom.ts';
import type { ScenarioEditor } from '../editor.ts';
import { monthsDone, type Remote, type RunHandle } from '../engineClient.ts';
import { list } from '../format.ts';
import { t } from '../i18n/index.ts';
import { scenarioText } from '../i18n/scenarioTexts.ts';
import { defaultsOf, originOf } from '../readyScenarios.ts';
import { ReferenceRuns } from '../referenceRuns.ts';
import type { PageStore } from '../state.ts';
import { answerFigures, describeChange, type Reference } from './answerFigures.ts';
import { fill, keepingFocus, sectionElement, type Section } from './section.ts';

/** Finished runs, what they answer, and the same for the defaults on the same seeds. */
interface Answered {
  readonly runs: readonly RunHandle[];
  readonly answers: Answers;
  reference?: Reference;
}

export class AnswersSection implements Section {
  readonly element = sectionElement('answers');
  private readonly body = el('div', { id: 'answers-body' });
  private readonly references: ReferenceRuns;
  private answered: Answered | undefined;

  constructor(private readonly store: PageStore, private readonly editor: ScenarioEditor, workers: readonly Remote[]) {
    this.references = new ReferenceRuns(workers);
    store.subscribe((state, changed) => {
      if (changed.has('raw')) this.show();
      if (changed.has('runs')) this.follow(state.runs);
    });
    // Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo scenario edits, except inside a text box, which has its own.
    document.addEventListener('keydown', (event) => {
      if (!(event.ctrlKey || event.metaKey) || (event.target instanceof HTMLInputElement && event.target.type !== 'range')) return;
      const key = event.key.toLowerCase();
      if (key !== 'z' && key !== 'y') return;
      event.preventDefault();
      this.travel(key === 'y' || event.shiftKey ? 'redo' : 'undo');
    });
  }

  render(): void {
    fill(this.element, 'ui.section.answers', this.body);
    this.show();
  }

  /** The runs changed: reset (no answers), more months (how many), or done (answer them). */
  private follow(runs: readonly RunHandle[]): void {
    if (!runs.length) {
      this.answered = undefined;
      this.show();
    } else if (runs.every((r) => r.done)) {
      if (this.answered?.runs !== runs) void this.answer(runs);
    } else {
      const waiting = this.body.querySelector('#answers-figures');
      if (waiting && !this.answered) waiting.textContent = t('ui.answersWhenDone', { done: monthsDone(runs), total: runs[0]!.info.months });
    }
  }

  /** Answer finished runs, then (for a modified scenario) say how far they are from the defaults. */
  private async answer(runs: readonly RunHandle[]): Promise<void> {
    const { raw, seeds } = this.store.state;
    const modified = scenarioChanges(originOf(raw).raw, raw).length > 0;
    const finished = runs.map((r) => r.finished());
    const answered: Answered = { runs, answers: answersOf(finished), ...(modified ? { reference: 'pending' as const } : {}) };
    this.answered = answered;
    this.show();
    if (!modified) return;
    const stale = () => this.store.state.runs !== runs;
    const reference = await this.references.of(raw, seeds, stale);
    if (!reference || stale()) return;
    answered.reference = { answers: answersOf(reference), change: changeOf(finished, reference) };
    this.show();
  }

  private show(): void {
    const { raw, runs } = this.store.state;
    const ready = originOf(raw);
    const changes = scenarioChanges(ready.raw, raw);
    const modified = changes.length > 0;
    const button = (id: string, key: string, enabled: boolean, action: () => void) => {
      const b = el('button', { type: 'button', id, disabled: !enabled }, t(key));
      b.addEventListener('click', action);
      return b;
    };
    const head = el('div', { class: 'answers-head' },
      el('strong', {}, scenarioText(ready.file, ready).name),
      modified ? el('span', { class: 'modified', id: 'modified-mark' }, t('ui.modified')) : null,
      el('span', { class: 'run-controls' },
        button('undo', 'button.undo', this.editor.canUndo, () => this.travel('undo')),
        button('redo', 'button.redo', this.editor.canRedo, () => this.travel('redo')),
        button('restore-defaults', 'button.restoreDefaults', modified, () => this.restore())));
    const changed = el('p', { id: 'changes', class: 'changes' },
      modified ? t('ui.whatYouChanged', { changes: list(changes.map(describeChange)) }) : t('ui.nothingChanged'));
    const done = runs.length > 0 && runs.every((r) => r.done);
    const answered = done ? this.answered : undefined;
    const progress = runs.length && !done ? { done: monthsDone(runs), total: runs[0]!.info.months } : undefined;
    keepingFocus(this.body, () => this.body.replaceChildren(head, changed, answerFigures(answered?.answers, answered?.reference, progress)));
  }

  /** Undo or redo a scenario edit; the button keeps the focus (it has it after Ctrl+Z too). */
  private travel(direction: 'undo' | 'redo'): void {
    if (!(direction === 'undo' ? this.editor.undo() : this.editor.redo())) return;
    this.body.querySelector<HTMLElement>(`#${direction}`)?.focus();
  }

  private restore(): void {
    void this.editor.change(defaultsOf(this.store.state.raw));
    this.body.querySelector<HTMLElement>('#restore-defaults')?.focus();
  }
}

/**
 * The run controls: Run, Play/Pause, Step, Reset and the speed of play (runController.ts
 * does the running), the progress bar, the status line (the runs' progress, or the latest
 * notice) and, under them, what the run will cost (cost.ts).
 */
import { el } from '../dom.ts';
import { monthsDone } from '../engineClient.ts';
import { t } from '../i18n/index.ts';
import type { RunController } from '../runController.ts';
import type { AppState, Notice, PageStore } from '../state.ts';
import type { CostEstimate } from './cost.ts';
import { fill, sectionElement, type Section } from './section.ts';

/** The parts of the state the controls show. */
const PROGRESS: ReadonlyArray<keyof AppState> = ['runs', 'running', 'playing', 'busy'];

export class RunSection implements Section {
  readonly element = sectionElement('run');
  private readonly status = el('p', { id: 'status', role: 'status', 'aria-live': 'polite' });
  private readonly progress = el('progress', { id: 'progress' });
  /** Run, Play and Step, as last drawn: they need a scenario the engine accepts. */
  private runButtons: HTMLButtonElement[] = [];
  private playButton: HTMLButtonElement | undefined;

  constructor(private readonly store: PageStore, private readonly controller: RunController, private readonly cost: CostEstimate) {
    store.subscribe((state, changed) => {
      if (changed.has('invalid')) this.enable();
      if (PROGRESS.some((key) => changed.has(key))) this.showProgress();
      if (changed.has('notice') && state.notice) this.say(state.notice);
    });
  }

  render(): void {
    const { controller } = this;
    const button = (id: string, key: string, action: () => void) => {
      const b = el('button', { type: 'button', id }, t(key));
      b.addEventListener('click', action);
      return b;
    };
    const speed = el('input', { type: 'range', id: 'speed', min: 1, max: 24, step: 1, value: controller.speed, 'aria-label': t('button.speed') });
    speed.addEventListener('input', () => { controller.speed = Number(speed.value); });
    this.playButton = button('play-button', 'button.play', () => (this.store.state.playing ? controller.pause() : void controller.play()));
    this.runButtons = [button('run-button', 'button.run', () => void controller.run()), this.playButton, button('step-button', 'button.step', () => void controller.step())];
    this.progress.setAttribute('aria-label', t('ui.progress'));
    fill(this.element, 'ui.section.run', el('div', { class: 'run-controls' },
      ...this.runButtons,
      button('reset-button', 'button.reset', () => controller.reset()),
      el('label', { for: 'speed' }, t('button.speed'), ' ', speed),
      this.progress, this.status, this.cost.element));
    this.cost.render();
    this.enable();
    this.showProgress();
  }

  private enable(): void {
    for (const b of this.runButtons) b.disabled = this.store.state.invalid !== '';
  }

  private showProgress(): void {
    const { runs, raw, running, playing, busy } = this.store.state;
    this.progress.max = runs[0]?.info.months ?? Number(raw.months ?? 120);
    this.progress.value = monthsDone(runs);
    // For tests and scripts: whether months are being simulated or scheduled.
    this.progress.dataset.busy = String(busy);
    if (this.playButton) this.playButton.textContent = t(playing ? 'button.pause' : 'button.play');
    let text = '';
    if (runs.length) text = runs.every((r) => r.done) ? t('status.done') : playing || running ? t('status.running', { done: monthsDone(runs), total: runs[0]!.info.months }) : t('status.paused');
    this.say({ text, kind: 'info' });
  }

  private say({ text, kind }: Notice): void {
    this.status.textContent = text;
    this.status.className = kind;
  }
}

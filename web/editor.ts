/**
 * Changes to the scenario, from whichever section makes them: each kept for undo and redo
 * (history.ts), so a meeting can try a change and take it back; each checked by the engine,
 * and written to the link once it is valid. The run controller resets the runs on any change.
 */
import type { Remote } from './engineClient.ts';
import { EditHistory } from './history.ts';
import { READY_SCENARIOS } from './readyScenarios.ts';
import { writeLocation } from './share.ts';
import type { PageStore } from './state.ts';

export class ScenarioEditor {
  private readonly history = new EditHistory<Record<string, unknown>>();
  /** Counts checks, so only the latest one's answer is taken. */
  private checks = 0;

  constructor(private readonly store: PageStore, private readonly engine: Remote) {}

  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  /** Use `raw` as the scenario (the one it replaces is kept for undo); resolves once the engine has checked it. */
  change(raw: Record<string, unknown>): Promise<void> {
    this.history.record(this.store.state.raw);
    return this.show(raw);
  }

  /** A ready scenario (a copy: edits never reach the bundled one). */
  async load(file: string): Promise<void> {
    const ready = READY_SCENARIOS.find((s) => s.file === file);
    if (ready) await this.change(structuredClone(ready.raw));
  }

  /** Take the last change back; false when there is none. */
  undo(): boolean {
    const raw = this.history.undo(this.store.state.raw);
    if (raw) void this.show(raw);
    return raw !== undefined;
  }

  redo(): boolean {
    const raw = this.history.redo(this.store.state.raw);
    if (raw) void this.show(raw);
    return raw !== undefined;
  }

  /** The seeds are not a change to undo, but the link holds them. */
  setSeeds(seeds: number): void {
    this.store.update({ seeds });
    writeLocation(this.store.state);
  }

  /** Ask the engine whether it accepts the scenario; a valid one goes into the link. */
  async check(): Promise<void> {
    const mine = ++this.checks;
    const result = await this.engine.validate(this.store.state.raw);
    if (mine !== this.checks) return;
    const invalid = 'error' in result ? result.error : '';
    this.store.update({ invalid });
    if (!invalid) writeLocation(this.store.state);
  }

  private show(raw: Record<string, unknown>): Promise<void> {
    this.store.update({ raw });
    return this.check();
  }
}

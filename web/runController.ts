/**
 * The run controller: Run (every month to the end), Play (a month at a time), Step, Pause
 * and Reset of the scenario's runs in the engine workers. It is the one place the runs'
 * batches of months arrive: each is announced in the store (state.ts `runs`), and every
 * section that shows results reacts from there. A new scenario or number of seeds resets
 * the runs; so does Reset, and a new Run.
 */
import { BATCH_MONTHS, openRuns, runToEnd, seedRequests, type Remote, type RunHandle } from './engineClient.ts';
import type { RunPlan } from './scale.ts';
import type { AppState, PageStore } from './state.ts';

/** What a run will cost: asked before it starts, learned from it once it has run to the end (sections/cost.ts). */
export interface RunCost {
  plan(): RunPlan;
  /** Resolves true to go ahead (a large run asks first). */
  confirm(): Promise<boolean>;
  learn(plan: RunPlan, seconds: number): void;
}

export class RunController {
  /** Months a second while playing. */
  speed = 4;
  /** Counts resets: work begun before the latest one stops, and its results are dropped. */
  private generation = 0;
  private playTimer: ReturnType<typeof setTimeout> | undefined;
  /** Calls to advance() not yet back. */
  private inFlight = 0;

  constructor(private readonly store: PageStore, private readonly workers: readonly Remote[], private readonly cost: RunCost) {
    store.subscribe((_, changed) => {
      if (changed.has('raw') || changed.has('seeds')) this.reset();
    });
  }

  private get runs(): readonly RunHandle[] {
    return this.store.state.runs;
  }

  /** Run every month to the end, from the start. */
  async run(): Promise<void> {
    this.reset();
    const mine = this.generation;
    if (!(await this.open())) return;
    const started = performance.now();
    const plan = this.cost.plan();
    this.publish({ running: true });
    await runToEnd(this.runs, BATCH_MONTHS, () => this.received(mine), () => mine !== this.generation);
    if (mine !== this.generation) return;
    this.cost.learn(plan, (performance.now() - started) / 1000);
    this.publish({ running: false });
  }

  async play(): Promise<void> {
    if (!(await this.open())) return;
    this.publish({ playing: true });
    const mine = this.generation;
    const tick = async () => {
      if (!this.store.state.playing || mine !== this.generation) return;
      const started = performance.now();
      await this.advance(1);
      if (this.runs.every((r) => r.done)) {
        this.publish({ playing: false });
        return;
      }
      this.playTimer = setTimeout(() => void tick(), Math.max(0, 1000 / this.speed - (performance.now() - started)));
    };
    void tick();
  }

  pause(): void {
    this.stopPlaying();
    this.publish({ playing: false });
  }

  /** One month more (pausing play). */
  async step(): Promise<void> {
    this.pause();
    if (!(await this.open())) return;
    await this.advance(1);
  }

  /** Drop the runs: no results until the next Run, Play or Step. */
  reset(): void {
    this.generation++;
    this.stopPlaying();
    for (const r of this.runs) r.close();
    this.publish({ runs: [], running: false, playing: false });
  }

  /** The runs, opened if there are none yet (a large run asks first); false if none could be. */
  private async open(): Promise<boolean> {
    const { state } = this.store;
    if (state.runs.length) return true;
    if (state.invalid) return false;
    const asked = this.generation;
    if (!(await this.cost.confirm()) || asked !== this.generation) return false;
    const opened = await openRuns(this.workers, seedRequests(state.raw, state.seeds, true));
    if (asked !== this.generation) {
      if (Array.isArray(opened)) for (const r of opened) r.close();
      return false;
    }
    if (!Array.isArray(opened)) {
      this.store.update({ invalid: opened.error, notice: { text: opened.error, kind: 'error' } });
      return false;
    }
    this.publish({ runs: opened });
    return true;
  }

  private async advance(months: number): Promise<void> {
    const mine = this.generation;
    const pending = this.runs.filter((r) => !r.done);
    this.inFlight++;
    try {
      await Promise.all(pending.map((r) => r.advance(months)));
    } finally {
      this.inFlight--;
    }
    this.received(mine);
  }

  /** Months have arrived in the runs: announced unless the runs were reset meanwhile. */
  private received(generation: number): void {
    this.publish(generation === this.generation ? { runs: this.runs } : {});
  }

  private stopPlaying(): void {
    if (this.playTimer !== undefined) clearTimeout(this.playTimer);
    this.playTimer = undefined;
  }

  /** Announce what changed (new runs, or new months in them: `runs`) and whether months are being simulated. */
  private publish(change: Partial<Pick<AppState, 'runs' | 'running' | 'playing'>>): void {
    const next = { ...this.store.state, ...change };
    this.store.update({ ...change, busy: next.running || next.playing || this.inFlight > 0 });
  }
}

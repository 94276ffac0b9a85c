/**
 * A small store: one state object, replaced part by part with update(), and listeners told
 * which parts changed. Sections of the page read the state and react to the parts they
 * show; none reaches into another's elements.
 */
export type Listener<S> = (state: Readonly<S>, changed: ReadonlySet<keyof S>) => void;

export class Store<S extends object> {
  private current: S;
  private readonly listeners = new Set<Listener<S>>();
  /** Changes not yet told to every listener, oldest first. */
  private readonly queue: Array<ReadonlySet<keyof S>> = [];

  constructor(initial: S) {
    this.current = initial;
  }

  get state(): Readonly<S> {
    return this.current;
  }

  /**
   * Replace the given parts and tell every listener. A part given again with the same value
   * is still announced (the runs' months arrive in place, in the same array). A change made
   * by a listener is told once every listener has heard the one before it, so all hear the
   * changes in the order they were made (each with the state as it is by then). Every
   * listener is told even if one throws; the first error is then rethrown.
   */
  update(change: Partial<S>): void {
    this.current = { ...this.current, ...change };
    this.queue.push(new Set(Object.keys(change) as Array<keyof S>));
    if (this.queue.length > 1) return;
    let failure: { error: unknown } | undefined;
    while (this.queue.length) {
      for (const listener of [...this.listeners]) {
        try {
          listener(this.current, this.queue[0]!);
        } catch (error) {
          failure ??= { error };
        }
      }
      this.queue.shift();
    }
    if (failure) throw failure.error;
  }

  /** Call `listener` after each update; returns a function that stops it. */
  subscribe(listener: Listener<S>): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}

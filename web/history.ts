/**
 * Undo and redo of scenario edits: every edit keeps the scenario as it was, so a meeting
 * can try a change and take it back. A new edit after an undo drops what could be redone.
 */
export class EditHistory<T> {
  private readonly past: T[] = [];
  private future: T[] = [];

  constructor(private readonly limit = 200) {}

  /** Record `before`, the state an edit is about to replace. */
  record(before: T): void {
    this.past.push(before);
    if (this.past.length > this.limit) this.past.shift();
    this.future = [];
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** The state before the last edit (`current` is kept for redo), or undefined. */
  undo(current: T): T | undefined {
    const previous = this.past.pop();
    if (previous !== undefined) this.future.push(current);
    return previous;
  }

  redo(current: T): T | undefined {
    const next = this.future.pop();
    if (next !== undefined) this.past.push(current);
    return next;
  }
}

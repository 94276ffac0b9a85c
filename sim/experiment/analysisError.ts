/**
 * Bad input to an analysis of runs (a paired comparison, a sensitivity analysis, a SALib
 * file): the message names what was wrong — the factor, the row or line, the value — and
 * what was expected. Pure (no Node, no DOM).
 */
export class AnalysisError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnalysisError';
  }
}

/**
 * 0-based positions as a reader counts them (1-based): "row 3", "rows 3, 7 and 12", and
 * past `shown` of them "rows 3, 7, …, 40 and 12 more", so a message stays one line.
 */
export function positions(indices: readonly number[], noun: string, shown = 10): string {
  const numbers = indices.map((i) => String(i + 1));
  if (numbers.length === 1) return `${noun} ${numbers[0]}`;
  const plural = `${noun}s`;
  if (numbers.length > shown) return `${plural} ${numbers.slice(0, shown).join(', ')} and ${numbers.length - shown} more`;
  return `${plural} ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

/** A whole number of at least `min`, or an AnalysisError naming it, its value and its meaning. */
export function checkCount(value: number, name: string, min: number, meaning: string): void {
  if (!Number.isInteger(value) || value < min) {
    throw new AnalysisError(`${name}: ${String(value)}; expected a whole number ≥ ${min} (${meaning})`);
  }
}

/** A confidence level strictly between 0 and 1. */
export function checkLevel(level: number): void {
  if (!(level > 0 && level < 1)) throw new AnalysisError(`level: ${String(level)}; expected a confidence level between 0 and 1, e.g. 0.95`);
}

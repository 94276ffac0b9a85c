/**
 * Paired samples: `a[i]` and `b[i]` are measured on the same unit (the same seed: the same
 * households meeting the same shocks), so b[i] − a[i] holds the effect with the noise between
 * units cancelled. Pure (no Node, no DOM).
 */

/** b[i] − a[i] for each pair. */
export function pairedDifferences(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new Error(`paired samples differ in length: ${a.length} and ${b.length}`);
  return a.map((x, i) => b[i]! - x);
}

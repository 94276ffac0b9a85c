/**
 * Quantiles by root-finding: the point where a distribution's upper tail falls to a given
 * probability. Pure (no Node, no DOM).
 */

/**
 * The t > 0 with upper(t) = tail, for a decreasing tail function with its density (minus its
 * derivative): bracket by doubling, then Newton steps, bisecting whenever a step would leave
 * the bracket, until the step is a few units in the last place.
 */
export function solveUpperTail(tail: number, upper: (t: number) => number, density: (t: number) => number): number {
  let low = 0;
  let high = 1;
  while (upper(high) > tail && high < 1e300) {
    low = high;
    high *= 2;
  }
  let t = (low + high) / 2;
  for (let i = 0; i < 300; i++) {
    const excess = upper(t) - tail;
    if (excess === 0) return t;
    if (excess > 0) low = t;
    else high = t;
    let next = t + excess / density(t);
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - t) <= 4 * Number.EPSILON * next || high - low <= 4 * Number.EPSILON * high) return next;
    t = next;
  }
  return t;
}

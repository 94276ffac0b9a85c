/**
 * Ordering a month's cases (consortium.ts: the order they reached the door; needList.ts:
 * the tiered order). One definition of a stable order by key, so every list is ordered the
 * same way.
 */

/**
 * Put `households` in order of `keyOf(h)`, a whole number ≥ 0, lowest first, in place;
 * households with equal keys keep the order they came in. One numeric sort of
 * key × n + position, exact while that stays below 2^53 (keys here are below 2^21 and
 * counties below 2^32 households).
 */
export function orderByKey(households: Int32Array, keyOf: (h: number) => number): Int32Array {
  const n = households.length;
  if (n < 2) return households;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = keyOf(households[i]!) * n + i;
  keys.sort();
  const before = households.slice();
  for (let i = 0; i < n; i++) households[i] = before[keys[i]! % n]!;
  return households;
}

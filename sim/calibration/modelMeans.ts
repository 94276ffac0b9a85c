/**
 * A target's model value for one candidate: its quantity computed on each seed from that
 * seed's runs of the target's scenarios, then averaged over the seeds. Split in two so a
 * caller can reduce each seed as soon as its runs are in and let the runs go.
 */
import { quantityByName, type RunView } from './quantities.ts';
import type { Target } from './targets.ts';

/** Each target's quantity on one seed, from that seed's run of each scenario. */
export function valuesOnSeed(targets: readonly Target[], runOf: (scenario: string) => RunView): Map<string, number | null> {
  const values = new Map<string, number | null>();
  for (const target of targets) {
    const quantity = quantityByName(target.quantity);
    if (!quantity) throw new Error(`target "${target.id}": quantity "${target.quantity}" is not defined; expected a name from sim/calibration/quantities.ts`);
    const value = quantity.compute(target.scenarios.map(runOf));
    values.set(target.id, value !== null && Number.isFinite(value) ? value : null);
  }
  return values;
}

/**
 * Mean over the seeds, per target id. A seed on which the quantity is undefined (no
 * crowdfunding campaign in a small county, say) is left out of the mean; a target
 * undefined on every seed has null.
 */
export function meanOverSeeds(targets: readonly Target[], perSeed: ReadonlyArray<ReadonlyMap<string, number | null>>): Map<string, number | null> {
  const means = new Map<string, number | null>();
  for (const target of targets) {
    const values = perSeed.map((seed) => seed.get(target.id) ?? null).filter((v): v is number => v !== null);
    means.set(target.id, values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null);
  }
  return means;
}

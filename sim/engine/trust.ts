/**
 * Public trust in charities (sources.md §9, paper §4.1): it recovers toward its baseline,
 * but below the Tacitus threshold recovery is much slower and good work counts for little
 * (hysteresis). Visible successful help raises it slowly. Each kind of charity also has
 * its own reputation (1 at rest), which a scandal aimed at that kind hits hardest.
 * Scandals themselves are events (events.ts: trustShock).
 */
import { ACC } from './accumulators.ts';
import type { World } from './world.ts';
import type { CharityKind } from '../scenario/events.ts';

export function updateTrust(world: World): void {
  const { charities, scenario } = world;
  const t = scenario.trust;
  const above = charities.trust >= t.tacitusThreshold;
  const rate = above ? t.recovery : t.slowRecovery;
  const helped = scenario.households > 0 ? world.charityHelped / scenario.households : 0;
  const gain = t.goodWorkGain * helped * (above ? 1 : t.goodWorkBelowThreshold);
  charities.trust = clamp(charities.trust + rate * (t.baseline - charities.trust) + gain);
  for (const kind of Object.keys(charities.reputation) as CharityKind[]) {
    const r = charities.reputation[kind];
    const kindRate = r * t.baseline >= t.tacitusThreshold ? t.recovery : t.slowRecovery;
    charities.reputation[kind] = clamp(r + kindRate * (1 - r));
  }
  world.county[ACC.public_trust]! += charities.trust;
  world.county[ACC.charity_funds]! += [...charities.community, ...charities.foundations].reduce((sum, o) => sum + o.funds, 0);
}

/** A scandal: trust falls by `magnitude`; aimed at one kind, that kind's reputation takes the full hit. */
export function trustShock(world: World, magnitude: number, kind?: CharityKind): void {
  const { charities } = world;
  if (kind) {
    charities.reputation[kind] = clamp(charities.reputation[kind] - magnitude);
    charities.trust = clamp(charities.trust - magnitude * world.scenario.trust.spillover);
  } else {
    charities.trust = clamp(charities.trust - magnitude);
  }
}

const clamp = (x: number): number => Math.min(1, Math.max(0, x));

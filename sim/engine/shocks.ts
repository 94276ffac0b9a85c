/**
 * Shocks (sources.md §9): illness, a new care need, a family crisis, job loss and
 * schooling costs arrive from the `shocks` stream. Hazards depend only on who the
 * household is and the calendar, never on policy, and every household draws exactly
 * one uniform a month (plus one more when a shock strikes), so the shock sequence is
 * identical under every policy on the same seed (common random numbers).
 */
import { ACC, ACC_COUNT } from './accumulators.ts';
import { CARE, DOMAIN_COUNT, EDUCATION, EMPLOYMENT, MEDICAL, PSYCHOSOCIAL } from './domains.ts';
import type { Random } from './random.ts';
import { CHILDREN, CHRONIC, DISABLED, ELDERLY, MIGRANT, type Households } from './state.ts';
import { calendarMonth, type World } from './world.ts';

/** Hazard profiles: the five flags that change hazards, as (flags >> 1) & 31. */
const PROFILE_COUNT = 32;
const profileOf = (flags: number): number => (flags >> 1) & 31;
/** Term starts, when schooling costs fall due: February and September. */
const TERM_STARTS = new Set([1, 8]);

/**
 * Cumulative hazards per profile and domain for this month:
 * table[p * DOMAIN_COUNT + d] = P(a shock in a domain ≤ d).
 */
export function hazardTable(world: World, table: Float64Array): void {
  const s = world.scenario.shocks;
  const termStart = TERM_STARTS.has(calendarMonth(world.month));
  const rates = new Float64Array(DOMAIN_COUNT);
  for (let p = 0; p < PROFILE_COUNT; p++) {
    const flags = p << 1;
    const elderly = (flags & ELDERLY) !== 0;
    rates[MEDICAL] = s.medicalRate * ((flags & CHRONIC) ? s.medicalChronicFactor : 1) * (elderly ? s.medicalElderlyFactor : 1);
    rates[CARE] = (flags & DISABLED) ? s.careRateDisabled : elderly ? s.careRateElderly : s.careRate;
    rates[PSYCHOSOCIAL] = s.psychosocialRate * ((flags & MIGRANT) ? s.psychosocialMigrantFactor : 1);
    rates[EMPLOYMENT] = elderly ? 0 : s.jobLossRate;
    rates[EDUCATION] = termStart && (flags & CHILDREN) ? s.educationRate : 0;
    let cumulative = 0;
    for (let d = 0; d < DOMAIN_COUNT; d++) {
      cumulative += rates[d]!;
      table[p * DOMAIN_COUNT + d] = Math.min(1, cumulative);
    }
  }
}

export const allocateHazardTable = (): Float64Array => new Float64Array(PROFILE_COUNT * DOMAIN_COUNT);

/** Every household draws its shock for the month (see strikeShock). */
export function applyShocks(world: World, table: Float64Array): void {
  const { hh, tallies } = world;
  const random = world.random.shocks;
  const minSeverity = world.scenario.shocks.severityMin;
  for (let h = 0; h < hh.n; h++) strikeShock(hh, h, table, random, minSeverity, tallies);
}

/**
 * Draw household h's shock for the month, if any, and add its severity: one uniform
 * picks whether and in which domain (by the cumulative hazards), a second its size.
 */
export function strikeShock(hh: Households, h: number, table: Float64Array, random: Random, minSeverity: number, tallies: Float64Array): void {
  const base = profileOf(hh.flags[h]!) * DOMAIN_COUNT;
  const u = random();
  if (u >= table[base + DOMAIN_COUNT - 1]!) return;
  let d = 0;
  while (u >= table[base + d]!) d++;
  const i = h * DOMAIN_COUNT + d;
  const before = hh.severity[i]!;
  hh.severity[i] = Math.min(1, before + minSeverity + (1 - minSeverity) * random());
  if (d === MEDICAL) hh.medicalShockYear[h] = hh.medicalShockYear[h]! + hh.severity[i]! - before;
  tallies[hh.cell[h]! * ACC_COUNT + ACC.shocks]! += 1;
}

/**
 * Gap accounting (sources.md §9): every month, every need of every household in need is
 * counted once — served by government, by a charity, or by both, or unmet with exactly one
 * reason, the furthest stage of the help pathway any actor reached for it (reasons.ts) —
 * and by its domain. A need unmet for `fellThroughMonths` months in a row has fallen
 * through the gaps. Help a charity gave for a need government had already met is
 * duplication. Poverty after transfers, against the fixed minimum living cost, and receipt
 * of dibao and of support for the extremely poor are tallied in the same pass.
 */
import { ACC, ACC_COUNT } from './accumulators.ts';
import { DOMAIN_COUNT, DOMAINS, MEDICAL, SUBSISTENCE, bit } from './domains.ts';
import { NO_CAPACITY, REASONS, UNSEEN } from './reasons.ts';
import { CELL_COUNT, CELL_DIGITALLY_EXCLUDED } from './groups.ts';
import { ENROLLED, RURAL, type Households } from './state.ts';
import type { World } from './world.ts';

/**
 * Has a need unmet for `unmetMonths` months in a row fallen through the gaps? The one
 * definition: the metrics, the dots and the stories all ask here.
 */
export function hasFallenThrough(unmetMonths: number, fellThroughMonths: number): boolean {
  return unmetMonths >= fellThroughMonths;
}

/** Record that the pathway of household h's needs in `mask` reached `stage` (if further). */
export function raiseStage(hh: Households, h: number, mask: number, stage: number): void {
  for (let d = 0; mask !== 0; d++, mask >>= 1) {
    if ((mask & 1) === 0) continue;
    const i = h * DOMAIN_COUNT + d;
    if (hh.stage[i]! < stage) hh.stage[i] = stage;
  }
}

/** A government budget could not pay for these needs this month: no_capacity, on government's side. */
export function governmentShort(hh: Households, h: number, mask: number): void {
  raiseStage(hh, h, mask, NO_CAPACITY);
  hh.governmentShort[h] = hh.governmentShort[h]! | mask;
}

const UNMET = REASONS.map((r) => ACC[`unmet_${r}`]);
const FELL = REASONS.map((r) => ACC[`fell_through_${r}`]);
const UNSEEN_BY_DOMAIN = DOMAINS.map((d) => ACC[`unseen_${d}`]);
const NEEDS_BY_DOMAIN = DOMAINS.map((d) => ACC[`${d}_needs`]);
const UNMET_BY_DOMAIN = DOMAINS.map((d) => ACC[`${d}_unmet`]);
const FELL_BY_DOMAIN = DOMAINS.map((d) => ACC[`${d}_fell_through`]);
/** Subsistence and medical needs: the basic needs, told apart from the others in the headline. */
const BASIC_NEEDS = bit(SUBSISTENCE) | bit(MEDICAL);

export function accountGaps(world: World): void {
  const { hh, month, tallies: t } = world;
  const fellAfter = world.scenario.gaps.fellThroughMonths;
  const { minimumLivingCostUrban, minimumLivingCostRural } = world.scenario.needs;
  const census = world.cellCensus;
  for (let cell = 0; cell < CELL_COUNT; cell++) {
    t[cell * ACC_COUNT + ACC.households] = census[cell * 2]!;
    t[cell * ACC_COUNT + ACC.persons] = census[cell * 2 + 1]!;
    t[cell * ACC_COUNT + ACC.online_persons] = (cell & CELL_DIGITALLY_EXCLUDED) ? 0 : census[cell * 2 + 1]!;
  }
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    const need = hh.inNeed[h]!;
    const onDibao = hh.dibao[h] === ENROLLED;
    const supported = hh.supported[h] === ENROLLED;
    // Only a household in need can be below the minimum living cost (it is then in subsistence need).
    if (need === 0 && !onDibao && !supported) continue;
    const base = hh.cell[h]! * ACC_COUNT;
    const size = hh.size[h]!;
    if (onDibao) {
      t[base + ACC.dibao_households]! += 1;
      t[base + ACC.dibao_persons]! += hh.dibaoPersons[h]!;
    }
    if (supported) t[base + ACC.extreme_poverty_persons]! += size;
    const cost = (hh.flags[h]! & RURAL) ? minimumLivingCostRural : minimumLivingCostUrban;
    if (hh.income[h]! < cost) t[base + ACC.poor_before_transfers]! += 1;
    const after = hh.income[h]! + hh.transfer[h]! / size;
    if (after < cost) {
      t[base + ACC.poor]! += 1;
      t[base + ACC.poverty_gap]! += (cost - after) / cost;
    }

    if (need === 0) continue;
    const byGov = hh.servedGov[h]!;
    const byCharity = hh.servedCharity[h]!;
    const served = byGov | byCharity;
    t[base + ACC.in_need]! += 1;
    if (served & need) t[base + ACC.helped]! += 1;
    if (byCharity & need) t[base + ACC.charity_helped]! += 1;
    let fell = 0;
    for (let d = 0; d < DOMAIN_COUNT; d++) {
      if ((need & (1 << d)) === 0) continue;
      const i = h * DOMAIN_COUNT + d;
      t[base + ACC.needs]! += 1;
      t[base + NEEDS_BY_DOMAIN[d]!]! += 1;
      t[base + ACC.severity_present]! += hh.severityBefore[i]!;
      if (served & (1 << d)) {
        if (byGov & (1 << d)) t[base + ACC.served_gov]! += 1;
        if (byCharity & (1 << d)) t[base + ACC.served_charity]! += 1;
        if (byGov & byCharity & (1 << d)) t[base + ACC.served_both]! += 1;
        if (byGov & byCharity & hh.redundant[h]! & (1 << d)) t[base + ACC.served_redundant]! += 1;
        hh.unmetStreak[i] = 0;
        if ((hh.helpedEpisode[h]! & (1 << d)) === 0) {
          hh.helpedEpisode[h] = hh.helpedEpisode[h]! | (1 << d);
          t[base + ACC.first_helps]! += 1;
          t[base + ACC.first_help_months]! += month - hh.onset[i]!;
        }
        continue;
      }
      const stage = hh.stage[i]!;
      const streak = Math.min(255, hh.unmetStreak[i]! + 1);
      hh.unmetStreak[i] = streak;
      t[base + UNMET[stage]!]! += 1;
      t[base + UNMET_BY_DOMAIN[d]!]! += 1;
      if (stage === UNSEEN) t[base + UNSEEN_BY_DOMAIN[d]!]! += 1;
      if (stage === NO_CAPACITY && (hh.governmentShort[h]! & (1 << d))) t[base + ACC.unmet_no_capacity_government]! += 1;
      t[base + ACC.unmet_months]! += streak;
      if (hasFallenThrough(streak, fellAfter)) {
        t[base + FELL[stage]!]! += 1;
        t[base + FELL_BY_DOMAIN[d]!]! += 1;
        fell |= 1 << d;
      }
    }
    if (fell) t[base + ACC.fell_through]! += 1;
    if (fell & BASIC_NEEDS) t[base + ACC.fell_through_basic_needs]! += 1;
  }
}

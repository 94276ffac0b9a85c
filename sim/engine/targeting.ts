/**
 * How well dibao reaches whom it should, measured as household surveys measure it
 * (docs/MODEL.md, "Targeting"; sources.md §6): a household is eligible by income when it is
 * locally registered, not supported as extremely poor, and its true income per person over
 * about the last year (a survey asks for last year's income) is below its dibao line — the
 * yardstick of the studies, which see income, not what a review sees. The exclusion error is eligible-by-income households not on dibao ÷
 * eligible; the inclusion error, dibao households not eligible by income ÷ dibao
 * households (metrics.ts). The same pass counts the low-income population as civil affairs
 * registers it — households it knows (a case, dibao or 特困) with income below 1.5 × the
 * line: dibao and dibao-edge (docs/sources.md §1).
 *
 * Every household that can count is active this month (needs.ts trackEpisodes lists those
 * with a year's income below the line, and those known to civil affairs have a case or a
 * benefit). So the pass visits only the active households.
 */
import { ACC, ACC_COUNT } from './accumulators.ts';
import { CASE_NONE, ENROLLED, MIGRANT, NOT_ENROLLED, RURAL } from './state.ts';
import type { World } from './world.ts';

/** Income below this multiple of the dibao line is low income (dibao-edge, docs/sources.md §1). */
export const LOW_INCOME_MULTIPLE = 1.5;

export function countTargeting(world: World): void {
  const { hh, tallies: t } = world;
  const { lineUrban, lineRural } = world.scenario.government.dibao;
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    const flags = hh.flags[h]!;
    const line = (flags & RURAL) ? lineRural : lineUrban;
    const base = hh.cell[h]! * ACC_COUNT;
    const income = hh.income[h]!;
    const supported = hh.supported[h] !== NOT_ENROLLED;
    const registered = hh.caseState[h] !== CASE_NONE || hh.dibao[h] !== NOT_ENROLLED || supported;
    if (registered && income < LOW_INCOME_MULTIPLE * line) t[base + ACC.low_income_persons]! += hh.size[h]!;
    if (hh.yearIncome[h]! < line && (flags & MIGRANT) === 0 && !supported) {
      t[base + ACC.dibao_eligible]! += 1;
      if (hh.dibao[h] === ENROLLED) t[base + ACC.dibao_eligible_enrolled]! += 1;
    }
  }
}

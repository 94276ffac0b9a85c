/**
 * How well dibao reaches whom it should (docs/MODEL.md, "Take-up and targeting"): each
 * month every household is tested against the dibao rule on its true income — what the
 * means test would decide with perfect information — and compared with who is enrolled.
 * Take-up is enrolled-and-eligible ÷ eligible; the inclusion error is enrolled-but-not-
 * eligible ÷ enrolled. The same pass counts the low-income population as civil affairs
 * registers it — households it knows (an open or decided case, or on dibao) with income
 * below 1.5 × the line: dibao and dibao-edge (docs/sources.md §1). The register, not the
 * income distribution, is what the published 4.7% counts: by income alone a fifth of
 * rural people are below 1.5 × the line. The pass also counts poverty against a fixed
 * reference line, which a change of the dibao line does not move.
 *
 * A household that is not active this month has income at or above the dibao line (below
 * it is a subsistence need), no case and no transfer. So when the dibao rule requires
 * income below the line and the reference lines are not above the dibao lines — the
 * defaults — only active households can count, and the pass visits only them; otherwise
 * (a generous rule, a lowered dibao line) it visits every household. The counts are the
 * same either way; the full pass cost a fifth of a month's time.
 */
import { ACC, ACC_COUNT } from './accumulators.ts';
import { CASE_NONE, DIBAO_ENROLLED, DIBAO_NONE, RURAL } from './state.ts';
import type { World } from './world.ts';

/** Income below this multiple of the dibao line is low income (dibao-edge, docs/sources.md §1). */
export const LOW_INCOME_MULTIPLE = 1.5;

export function countTargeting(world: World): void {
  const { hh, tallies: t, rules } = world;
  const { lineUrban, lineRural } = world.scenario.government.dibao;
  const { referenceLineUrban, referenceLineRural } = world.scenario.gaps;
  const everyone = !rules.dibaoBelowLine || referenceLineUrban > lineUrban || referenceLineRural > lineRural;
  const count = everyone ? hh.n : world.activeCount;
  for (let k = 0; k < count; k++) {
    const h = everyone ? k : world.active[k]!;
    const rural = (hh.flags[h]! & RURAL) !== 0;
    const base = hh.cell[h]! * ACC_COUNT;
    const income = hh.income[h]!;
    const registered = hh.caseState[h] !== CASE_NONE || hh.dibao[h] !== DIBAO_NONE;
    if (registered && income < LOW_INCOME_MULTIPLE * (rural ? lineRural : lineUrban)) t[base + ACC.low_income_persons]! += hh.size[h]!;
    if (income + hh.transfer[h]! / hh.size[h]! < (rural ? referenceLineRural : referenceLineUrban)) t[base + ACC.poor_reference]! += 1;
    if (rules.dibaoTrue(h)) {
      t[base + ACC.dibao_eligible]! += 1;
      if (hh.dibao[h] === DIBAO_ENROLLED) t[base + ACC.dibao_eligible_enrolled]! += 1;
    }
  }
}

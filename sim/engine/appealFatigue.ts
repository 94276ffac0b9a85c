/**
 * Fatigue in appeal-driven giving (paper §4.3: "从长期来看，'情感动员—资源募集—物质输送'的
 * 方式有感觉疲劳的风险"), and the paper's remedy of steady, planned giving in place of
 * emotional mobilisation (§5.3: "提升救助服务的稳定性和持续性").
 *
 * A disaster brings an appeal (revenue.ts): `disasterAppeal` extra months of donations a
 * month for `appealMonths`, scaled by its strength s (the share of the county hit, in full
 * from appealFullShare). Each appeal tires donors: fatigue F rises by
 * `fatiguePerAppeal` × s × (emotional share) × (1 − F), and wears off by `fatigueRecovery`
 * a month. An appeal raises (1 − F) of what an untired one would, F as it stood when the
 * appeal began.
 *
 * Regular giving: `regularShare` r of what an appeal would raise comes instead as monthly
 * giving spread over `regularMonths`, neither tired by fatigue nor tiring donors (it is
 * planned, not a response to a picture of a flood). So r moves money from the appeal months
 * to the year after, and the next appeal tires less. At the defaults (no fatigue, r = 0)
 * appeals are as before.
 */
import type { World } from './world.ts';

/** This month's extra giving, in months of donations: the emotional appeal and regular pledges. */
export function appealGiving(world: World): { appeal: number; regular: number } {
  const { charities, scenario, month } = world;
  const c = scenario.charities;
  const a = c.appeals;
  const state = charities.appeals;
  const strength = Math.min(1, world.lastDisasterShare / c.appealFullShare);
  if (month === world.lastDisasterMonth && state.startMonth !== month) {
    // A new appeal: its strength against donors' fatigue as it stands, then the fatigue it leaves.
    state.startMonth = month;
    state.factor = 1 - state.fatigue;
    if (a.regularShare > 0 && c.disasterAppeal > 0) {
      state.pledges.push({ rate: (a.regularShare * c.disasterAppeal * strength * c.appealMonths) / a.regularMonths, until: month + a.regularMonths });
    }
    state.fatigue += a.fatiguePerAppeal * strength * (1 - a.regularShare) * (1 - state.fatigue);
  }
  const appeal = month - world.lastDisasterMonth < c.appealMonths ? c.disasterAppeal * strength * state.factor * (1 - a.regularShare) : 0;
  let regular = 0;
  // Ended pledges are dropped in place (a policy event may change regularMonths, so they need not end in order).
  let kept = 0;
  for (const p of state.pledges) {
    if (p.until <= month) continue;
    state.pledges[kept++] = p;
    regular += p.rate;
  }
  state.pledges.length = kept;
  state.fatigue *= 1 - a.fatigueRecovery;
  return { appeal, regular };
}

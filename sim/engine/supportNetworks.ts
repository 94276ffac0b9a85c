/**
 * Support networks that grow through charity work (paper §5.3: "帮助救助对象构建家庭和社会支持
 * 网络"; §2.1.2: community charity works through neighbourhood ties). A household its
 * community charity helps this month gains community ties — the volunteers and neighbours it
 * now knows — `charities.supportNetworks.tiesPerHelpedMonth` a month (a fraction is a chance
 * of one more, a keyed draw, so that no other draw moves). Ties are what community outreach
 * finds a household through (communityOutreach.ts) and what its crowdfunding raises
 * (crowdfunding.ts), so a household once helped is found sooner when its next need comes
 * and raises more if it falls ill. Ties never fade here: an assumption, as is the rate.
 * At the default 0 ties stay as drawn at the start (population.ts).
 */
import { DOMAIN_COUNT } from './domains.ts';
import { SALT, keyedUniform } from './random.ts';
import { HELPER } from './relief.ts';
import type { World } from './world.ts';

const COMMUNITY = 1 << HELPER.community_charity;
/** ties is a Uint8Array. */
const MAX_TIES = 255;

/** After charity help: grow the ties of the households their community charity helped this month. */
export function growSupportNetworks(world: World): void {
  const rate = world.scenario.charities.supportNetworks.tiesPerHelpedMonth;
  if (rate <= 0) return;
  const { hh, month } = world;
  const seed = world.scenario.seed;
  const whole = Math.floor(rate);
  const part = rate - whole;
  for (let k = 0; k < world.activeCount; k++) {
    const h = world.active[k]!;
    if (!helpedByCommunity(world, h)) continue;
    world.workload.networkHouseholds++;
    const gain = whole + (part > 0 && keyedUniform(seed, h, month, SALT.supportTie) < part ? 1 : 0);
    hh.ties[h] = Math.min(MAX_TIES, hh.ties[h]! + gain);
  }
}

function helpedByCommunity(world: World, h: number): boolean {
  for (let d = 0; d < DOMAIN_COUNT; d++) if ((world.hh.helpers[h * DOMAIN_COUNT + d]! & COMMUNITY) !== 0) return true;
  return false;
}

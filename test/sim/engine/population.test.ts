import { describe, expect, it } from 'vitest';
import { generatePopulation } from '../../../sim/engine/population.ts';
import { CHILDREN, DIGITAL, DISABLED, ELDERLY, MIGRANT, NO_FAMILY_SUPPORT, RURAL, type Households } from '../../../sim/engine/state.ts';
import { createWorld } from '../../../sim/engine/world.ts';
import { small } from '../helpers.ts';

function population(overrides: Record<string, unknown> = {}): Households {
  const world = createWorld(small({ households: 50_000, ...overrides }));
  generatePopulation(world);
  return world.hh;
}

const share = (hh: Households, test: (h: number) => boolean): number => {
  let count = 0;
  for (let h = 0; h < hh.n; h++) if (test(h)) count++;
  return count / hh.n;
};

describe('generatePopulation', () => {
  const hh = population();
  const p = small().population;
  const rural = (h: number) => (hh.flags[h]! & RURAL) !== 0;

  it('draws region, age and registration at the declared shares', () => {
    expect(share(hh, rural)).toBeCloseTo(p.ruralShare, 1);
    const ruralElderly = share(hh, (h) => rural(h) && (hh.flags[h]! & ELDERLY) !== 0) / share(hh, rural);
    expect(Math.abs(ruralElderly - p.elderlyShareRural)).toBeLessThan(0.02);
    const urbanMigrant = share(hh, (h) => !rural(h) && (hh.flags[h]! & MIGRANT) !== 0) / share(hh, (h) => !rural(h));
    expect(Math.abs(urbanMigrant - p.migrantShareUrban)).toBeLessThan(0.015);
  });

  it('gives some elderly heads school-age children (grandparents raising left-behind children), at their own share', () => {
    const elderly = (h: number) => (hh.flags[h]! & ELDERLY) !== 0;
    const withChildren = (h: number) => (hh.flags[h]! & CHILDREN) !== 0;
    expect(Math.abs(share(hh, (h) => elderly(h) && withChildren(h)) / share(hh, elderly) - p.childrenShareElderly)).toBeLessThan(0.01);
    expect(Math.abs(share(hh, (h) => !elderly(h) && withChildren(h)) / share(hh, (h) => !elderly(h)) - p.childrenShare)).toBeLessThan(0.015);
  });

  it('draws sizes between 1 and 8, older households smaller, near 2.6 persons a household', () => {
    let total = 0, elderlyPersons = 0, elderlyHouseholds = 0;
    for (let h = 0; h < hh.n; h++) {
      expect(hh.size[h]).toBeGreaterThanOrEqual(1);
      expect(hh.size[h]).toBeLessThanOrEqual(8);
      total += hh.size[h]!;
      if (hh.flags[h]! & ELDERLY) {
        elderlyPersons += hh.size[h]!;
        elderlyHouseholds++;
      }
    }
    expect(total / hh.n).toBeGreaterThan(2.4);
    expect(total / hh.n).toBeLessThan(3.0);
    expect(elderlyPersons / elderlyHouseholds).toBeLessThan(total / hh.n - 0.5);
  });

  it('marks no family support only on older or disabled households, who then live alone on less', () => {
    const alone = (h: number) => (hh.flags[h]! & NO_FAMILY_SUPPORT) !== 0;
    expect(share(hh, alone)).toBeGreaterThan(0);
    for (let h = 0; h < hh.n; h++) {
      if (!alone(h)) continue;
      expect(hh.flags[h]! & (ELDERLY | DISABLED)).not.toBe(0);
      expect(hh.size[h]).toBe(1);
    }
    const ruralOld = (h: number) => rural(h) && (hh.flags[h]! & (ELDERLY | DISABLED)) !== 0;
    expect(Math.abs(share(hh, (h) => ruralOld(h) && alone(h)) / share(hh, ruralOld) - p.noFamilySupportShareRural)).toBeLessThan(0.015);
  });

  it('draws incomes around the regional medians (log-normal)', () => {
    const incomes = (test: (h: number) => boolean) => {
      const values: number[] = [];
      for (let h = 0; h < hh.n; h++) if (test(h) && !(hh.flags[h]! & ELDERLY)) values.push(hh.baseIncome[h]!);
      return values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    };
    expect(incomes(rural) / p.medianIncomeRural).toBeGreaterThan(0.95);
    expect(incomes(rural) / p.medianIncomeRural).toBeLessThan(1.05);
    expect(incomes((h) => !rural(h)) / p.medianIncomeUrban).toBeGreaterThan(0.95);
    expect(incomes((h) => !rural(h)) / p.medianIncomeUrban).toBeLessThan(1.05);
  });

  it('puts each region\'s residents online at its published rate, the elderly less often (the digital divide)', () => {
    const persons = (test: (h: number) => boolean) => {
      let total = 0;
      for (let h = 0; h < hh.n; h++) if (test(h)) total += hh.size[h]!;
      return total;
    };
    const online = (h: number) => (hh.flags[h]! & DIGITAL) !== 0;
    const elderly = (h: number) => (hh.flags[h]! & ELDERLY) !== 0;
    expect(persons((h) => rural(h) && online(h)) / persons(rural)).toBeCloseTo(p.digitalRural, 1);
    expect(persons((h) => !rural(h) && online(h)) / persons((h) => !rural(h))).toBeCloseTo(p.digitalUrban, 1);
    const householdRate = (test: (h: number) => boolean) => share(hh, (h) => test(h) && online(h)) / share(hh, test);
    const ratio = householdRate((h) => rural(h) && elderly(h)) / householdRate((h) => rural(h) && !elderly(h));
    expect(ratio).toBeCloseTo(p.digitalElderlyFactor, 1);
  });

  it('is unchanged by any government or application parameter (common random numbers)', () => {
    const other = population({
      government: { dibao: { lineUrban: 1500, funding: 'budget', budgetPerHousehold: 10 }, caseworkersPer10k: 1, dataSharing: { health: 1 } },
      application: { awareness: 0.1, onlineOnlyShare: 0.9 },
    });
    for (const key of ['flags', 'size', 'baseIncome', 'assets', 'ties', 'stigma', 'trustInCharity', 'awarenessDraw', 'digitalDraw', 'cell'] as const) {
      expect(Buffer.from(other[key].buffer).equals(Buffer.from(hh[key].buffer)), key).toBe(true);
    }
  });

  it('moves only digital access when the digital divide changes', () => {
    const wide = population({ population: { digitalRural: 0.2 } });
    expect(Buffer.from(wide.baseIncome.buffer).equals(Buffer.from(hh.baseIncome.buffer))).toBe(true);
    let changed = 0;
    for (let h = 0; h < hh.n; h++) {
      expect(wide.flags[h]! & ~DIGITAL).toBe(hh.flags[h]! & ~DIGITAL);
      if (wide.flags[h] !== hh.flags[h]) {
        changed++;
        expect(rural(h)).toBe(true);
      }
    }
    expect(changed).toBeGreaterThan(1000);
  });
});

import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../sim/engine/simulation.ts';
import { AnalysisError } from '../../../sim/experiment/analysisError.ts';
import { LEVERS, costEffects, leverEffects, parseLever, raised, rankByCost } from '../../../sim/experiment/levers.ts';
import type { RunSummary } from '../../../sim/experiment/compareRuns.ts';
import { GROUPS } from '../../../sim/engine/groups.ts';
import { METRICS } from '../../../sim/engine/metrics.ts';
import { PARAMETER_BY_PATH } from '../../../sim/scenario/parameters.ts';
import { runningCosts } from '../../../sim/engine/administration.ts';
import { createWorld } from '../../../sim/engine/world.ts';
import { validateScenario } from '../../../sim/scenario/validate.ts';
import { withPattern } from '../../../sim/scenario/load.ts';
import { small, withCharities } from '../helpers.ts';

const SEEDS = [1, 2, 3, 4];
const summaries = (overrides: Record<string, unknown>) => SEEDS.map((seed) => {
  const result = runScenario(small({ households: 2000, months: 12, ...withCharities, ...overrides, seed }));
  return { seed, summary: result.summary };
});

/** Levers that buy aid or help: their cost is the money they pay out (gov_spending, charity_spending). */
const AID = ['government.dibao.lineRural', 'government.dibao.lineUrban', 'government.services.budgetPerHousehold', 'government.employment.budgetPerHousehold', 'government.temporary.budgetPerHousehold', 'charities.grantsPerHousehold', 'charities.community.perTenThousand', 'charities.foundation.perTenThousand'];

describe('levers', () => {
  it('each cost something: the others than aid raise government\'s running costs before a month is run', () => {
    const base = { name: 'x', households: 2000 };
    const resolved = validateScenario(withPattern(base)) as unknown as Record<string, unknown>;
    const total = (raw: Record<string, unknown>) => Object.values(runningCosts(createWorld(validateScenario(withPattern(raw))))).reduce((a, b) => a + b, 0);
    for (const lever of LEVERS) {
      // Joint assessment is paid per case assessed, which only a month run counts (test/sim/engine/administration.test.ts).
      if (AID.includes(lever.path) || lever.path === 'collaboration.jointAssessment') continue;
      // The system, staff, links and hubs are paid whether busy or not.
      expect(total(raised(base, resolved, lever)), lever.path).toBeGreaterThan(total(base));
    }
  });

  it('are declared on number parameters, and raised from the resolved value within bounds', () => {
    for (const lever of LEVERS) expect(PARAMETER_BY_PATH.get(lever.path)?.kind, lever.path).toMatch(/number|integer|probability/);
    const raw = { name: 'x' };
    expect(raised(raw, { government: { dibao: { lineRural: 590 } } }, { path: 'government.dibao.lineRural', step: 50 })).toEqual({ name: 'x', government: { dibao: { lineRural: 640 } } });
    expect(() => raised(raw, { government: { dataSharing: { health: 0.9 } } }, { path: 'government.dataSharing.health', step: 0.2 })).toThrow(/government\.dataSharing\.health: 0\.9 \+ 0\.2 = 1\.1\d* is outside the parameter's bounds/);
  });

  it('read path=step and refuse what is not one', () => {
    expect(parseLever('charities.hub.count=1')).toEqual({ path: 'charities.hub.count', step: 1 });
    expect(() => parseLever('charities.hub.cout=1')).toThrow(/did you mean "charities\.hub\.count"/);
    expect(() => parseLever('charities.hub.count=0.5')).toThrow(/step 0\.5 is not whole/);
    expect(() => parseLever('charities.hub.count=')).toThrow(AnalysisError);
  });

  it('rank a lever that spends and closes gaps, and say so when a lever does not change spending', () => {
    const base = summaries({});
    // A higher rural dibao line pays more households more, on every seed.
    const more = leverEffects({ path: 'government.dibao.lineRural', step: 150 }, base, summaries({ government: { dibao: { lineRural: 740 } } }));
    const none = leverEffects({ path: 'government.caseworkersPer10k', step: 0 }, base, base);
    const all = more.find((e) => e.group === 'all')!;
    expect(all.spending.low).toBeGreaterThan(0);
    expect(all.perYuan).not.toBeNull();
    expect(none.find((e) => e.group === 'all')).toMatchObject({ perYuan: null, note: 'spending_unchanged' });
    expect(rankByCost([...none, ...more]).map((e) => e.path)).toEqual(['government.dibao.lineRural', 'government.caseworkersPer10k']);
    expect(() => leverEffects({ path: 'x', step: 1 }, base, base.slice(1))).toThrow(/3 changed runs against 4 base runs/);
  });

  it('put what closes the gap without costing more before any ratio, a cut that only saves money after, and spending for nothing last', () => {
    // Synthetic runs: each seed's households fallen through and total cost, the same in every group.
    const runs = (fell: number[], cost: number[]): RunSummary[] => fell.map((f, i) => {
      const row = METRICS.map((m) => (m.name === 'fell_through' ? f : m.name === 'total_spending' ? cost[i]! : 0));
      return { seed: i + 1, summary: GROUPS.map(() => row) };
    });
    const base = runs([100, 110, 90, 105], [1e6, 1.1e6, 0.9e6, 1e6]);
    const effect = (fell: number[], cost: number[]) => costEffects('x', base, runs(fell, cost)).find((e) => e.group === 'all')!;
    const free = { ...effect([90, 99, 81, 95], [1e6, 1.12e6, 0.88e6, 1e6]), name: 'free' }; // closes the gap, cost unclear
    const saving = { ...effect([95, 104, 86, 100], [0.9e6, 1e6, 0.8e6, 0.91e6]), name: 'saving' }; // closes it and saves
    const dear = { ...effect([80, 90, 70, 85], [2e6, 2.1e6, 1.9e6, 2.05e6]), name: 'dear' }; // closes it, costs more
    const cut = { ...effect([101, 112, 91, 106], [0.5e6, 0.6e6, 0.4e6, 0.52e6]), name: 'cut' }; // saves, opens it a little
    const waste = { ...effect([101, 111, 90, 106], [2e6, 2.1e6, 1.9e6, 2.05e6]), name: 'waste' }; // costs more, closes nothing
    expect(free).toMatchObject({ perYuan: null, note: 'closes_gap_no_clear_cost' });
    expect(saving).toMatchObject({ perYuan: null, note: 'closes_gap_saves_money' });
    expect(dear.perYuan).toBeCloseTo((-20 / 1.0125e6) * 10_000, 9); // mean change in the gap ÷ mean change in cost
    expect(cut).toMatchObject({ perYuan: null, note: 'saves_money' });
    expect(waste.perYuan).toBeGreaterThan(0);
    expect(rankByCost([waste, cut, dear, saving, free]).map((e) => e.name)).toEqual(['free', 'saving', 'dear', 'cut', 'waste']);
  });
});

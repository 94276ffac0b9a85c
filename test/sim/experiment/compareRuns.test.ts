import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../sim/engine/simulation.ts';
import { AnalysisError } from '../../../sim/experiment/analysisError.ts';
import { checkPairable, compareRuns, comparisonCsv, isSignificant, COMPARISON_COLUMNS } from '../../../sim/experiment/compareRuns.ts';
import { small, withCharities } from '../helpers.ts';

const SEEDS = [1, 2, 3, 4, 5];
const runs = (overrides: Record<string, unknown>) => SEEDS.map((seed) => {
  const result = runScenario(small({ households: 800, months: 12, ...withCharities, ...overrides, seed }));
  return { seed: result.scenario.seed, summary: result.summary };
});

describe('paired comparisons of two scenarios', () => {
  const base = runs({});

  it('find a scenario compared with itself unchanged, with zero-width intervals', () => {
    const rows = compareRuns(base, base);
    const defined = rows.filter((r) => r.difference !== null);
    expect(defined.length).toBeGreaterThan(100);
    for (const row of defined) {
      expect(row.difference, `${row.metric} ${row.group}`).toBe(0);
      expect([row.low, row.high]).toEqual([0, 0]);
      expect(isSignificant(row)).toBe(false);
    }
  });

  it('find a lever with a known effect significant in the right direction', () => {
    // No dibao budget at all: on every seed government pays less.
    const rows = compareRuns(base, runs({ government: { dibao: { funding: 'budget', budgetPerHousehold: 0 } } }));
    const spending = rows.find((r) => r.metric === 'gov_spending' && r.group === 'all')!;
    expect(spending.n).toBe(5);
    expect(spending.high!).toBeLessThan(0);
    expect(isSignificant(spending)).toBe(true);
    expect(spending.meanB! - spending.meanA!).toBeCloseTo(spending.difference!, 6);
    const dibao = rows.find((r) => r.metric === 'dibao_coverage' && r.group === 'rural')!;
    expect(dibao.high!).toBeLessThan(0);
  });

  it('refuses runs that do not pair, and scenarios of different counties', () => {
    expect(() => compareRuns(base, base.slice(1))).toThrow(/runs: 5 of A and 4 of B/);
    expect(() => compareRuns(base, [...base].reverse())).toThrow(/runs\[0\]: seed 1 in A but 5 in B/);
    expect(() => checkPairable(small({ households: 800 }), small({ households: 900 }), ['a.json', 'b.json'])).toThrow(AnalysisError);
    expect(() => checkPairable(small({ households: 800 }), small({ households: 900 }), ['a.json', 'b.json'])).toThrow(/households: a\.json has 800, b\.json has 900; paired runs need the same households/);
    expect(() => checkPairable(small({ months: 12 }), small({ months: 24 }), ['a', 'b'])).toThrow(/^months: a has 12, b has 24/);
  });

  it('writes tidy CSV: one line per metric and group', () => {
    const rows = compareRuns(base, base);
    const lines = comparisonCsv(rows).trimEnd().split('\n');
    expect(lines[0]).toBe(COMPARISON_COLUMNS.join(','));
    expect(lines).toHaveLength(rows.length + 1);
    expect(lines.find((l) => l.startsWith('fell_through,all,'))).toMatch(/^fell_through,all,5,[\d.]+,[\d.]+,0,0,0,0,$/);
  });
});

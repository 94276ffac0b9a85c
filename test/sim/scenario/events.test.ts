import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../../sim/scenario/errors.ts';
import { validateScenario } from '../../../sim/scenario/validate.ts';

const problems = (events: unknown, months = 24): string[] => {
  try {
    validateScenario({ months, events });
    return [];
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    return error.issues.map((i) => `${i.path}: ${i.message}`);
  }
};

describe('validateEvents', () => {
  it('accepts each type, sorted by month, with a disaster region of "all" by default', () => {
    const scenario = validateScenario({
      months: 24,
      events: [
        { month: 20, type: 'policy', set: { 'government.dibao.lineRural': 700, 'population.digitalRural': 0.3 } },
        { month: 3, type: 'trust_shock', magnitude: 0.3, kind: 'foundation' },
        { month: 5, type: 'grant_cut', share: 0.5 },
        { month: 7, type: 'disaster', share: 0.1, severity: 0.5 },
        { month: 9, type: 'open_charities', kind: 'hub', count: 1 },
      ],
    });
    expect(scenario.events.map((e) => e.month)).toEqual([3, 5, 7, 9, 20]);
    expect(scenario.events[2]).toMatchObject({ type: 'disaster', region: 'all' });
  });

  it('refuses events outside the run, impossible magnitudes and unknown types, naming each field', () => {
    expect(problems([{ month: 0, type: 'grant_cut', share: 0.5 }])).toEqual(['events[0].month: is 0; expected a whole number from 1 to 24 (a month of the run)']);
    expect(problems([{ month: 25, type: 'grant_cut', share: 0.5 }])[0]).toContain('events[0].month: is 25');
    for (const magnitude of [0, 1.5, -0.2, '0.3']) {
      expect(problems([{ month: 2, type: 'trust_shock', magnitude }])[0]).toMatch(/^events\[0\]\.magnitude: is .*; expected a number above 0 and at most 1$/);
    }
    expect(problems([{ month: 2, type: 'trust_shok', magnitude: 0.2 }])[0]).toContain('(did you mean "trust_shock"?)');
    expect(problems([{ month: 2, type: 'disaster', share: 0.2 }])).toEqual(['events[0].severity: is missing; a disaster event needs it']);
    expect(problems([{ month: 2, type: 'grant_cut', share: 0.2, extra: 1 }])[0]).toContain('events[0].extra: is not a field of a grant_cut event');
    expect(problems([{ month: 2, type: 'open_charities', kind: 'bank', count: 0 }])).toHaveLength(2);
    expect(problems({ month: 2 })[0]).toContain('events: is {"month":2}; expected a list of events');
  });

  it('checks what a policy event changes like any parameter', () => {
    expect(problems([{ month: 2, type: 'policy', set: { 'government.dibao.lineRural': -5 } }])).toEqual([
      'events[0].set.government.dibao.lineRural: is -5; expected a number from 0 to 100000 (yuan/person/month)',
    ]);
    expect(problems([{ month: 2, type: 'policy', set: { 'government.dibao.lineRurl': 700 } }])[0]).toContain('(did you mean "government.dibao.lineRural"?)');
    expect(problems([{ month: 2, type: 'policy', set: { households: 10 } }])[0]).toContain('is not a policy parameter an event can change');
    expect(problems([{ month: 2, type: 'policy', set: { 'government.dibao.eligibility': 'import("x")' } }])[0]).toContain('not allowed');
    expect(problems([{ month: 2, type: 'policy', set: {} }])[0]).toContain('expected an object of parameter paths and values');
  });
});

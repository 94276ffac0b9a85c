import { describe, expect, it } from 'vitest';
import { ALL_DOMAINS, CARE, EDUCATION, MEDICAL, PSYCHOSOCIAL, SUBSISTENCE, bit } from '../../../sim/engine/domains.ts';
import { matchableDomains, sharedShare } from '../../../sim/engine/dataMatching.ts';
import { generatePopulation } from '../../../sim/engine/population.ts';
import { DISABLED, FRICTION, MIGRANT } from '../../../sim/engine/state.ts';
import { createWorld } from '../../../sim/engine/world.ts';
import { meanOverSeeds, run, summary, small } from '../helpers.ts';

const noApplications = { application: { awareness: 0 } };

describe('sharedShare', () => {
  const world = createWorld(small({ government: { dataSharing: { income: 0.35, health: 0.7, education: 0.2, disability: 0.9 } } }));
  it('follows each department\'s data sharing; psychosocial needs are never in the data', () => {
    expect(sharedShare(world, 0, SUBSISTENCE)).toBe(0.35);
    expect(sharedShare(world, 0, MEDICAL)).toBe(0.7);
    expect(sharedShare(world, 0, EDUCATION)).toBe(0.2);
    expect(sharedShare(world, 0, PSYCHOSOCIAL)).toBe(0);
    expect(sharedShare(world, DISABLED, PSYCHOSOCIAL)).toBe(0);
  });
  it('sees care needs only through disability certificates', () => {
    expect(sharedShare(world, 0, CARE)).toBe(0);
    expect(sharedShare(world, DISABLED, CARE)).toBe(0.9);
  });
});

describe('matchableDomains', () => {
  function county(dataSharing: Record<string, number>, overrides: Record<string, unknown> = {}) {
    const world = createWorld(small({ households: 20_000, ...overrides, government: { dataSharing } }));
    generatePopulation(world);
    return world;
  }
  const registered = (world: ReturnType<typeof county>) =>
    Array.from({ length: world.hh.n }, (_, h) => h).filter((h) => (world.hh.flags[h]! & (MIGRANT | FRICTION)) === 0);

  it('is a fact about the household: the share of registered households whose records match is the data shared, and the same households every time', () => {
    const world = county({ health: 0.4 });
    const households = registered(world);
    const matched = households.filter((h) => matchableDomains(world, h) & bit(MEDICAL));
    expect(matched.length / households.length).toBeGreaterThan(0.38);
    expect(matched.length / households.length).toBeLessThan(0.42);
    expect(households.filter((h) => matchableDomains(world, h) & bit(MEDICAL))).toEqual(matched);
  });

  it('grows with data sharing, keeping every household already matched', () => {
    const low = county({ health: 0.3 });
    const high = county({ health: 0.8 });
    const lowSet = registered(low).filter((h) => matchableDomains(low, h) & bit(MEDICAL));
    const highSet = new Set(registered(high).filter((h) => matchableDomains(high, h) & bit(MEDICAL)));
    expect(highSet.size).toBeGreaterThan(lowSet.length * 2);
    expect(lowSet.every((h) => highSet.has(h))).toBe(true);
  });

  it('never matches migrants or psychosocial needs, and loses households with data friction', () => {
    const world = county({ income: 1, health: 1, education: 1, disability: 1, employment: 1 }, { population: { dataFrictionShare: 0.3 }, government: {} });
    for (let h = 0; h < world.hh.n; h++) {
      const mask = matchableDomains(world, h);
      expect(mask & bit(PSYCHOSOCIAL)).toBe(0);
      if (world.hh.flags[h]! & MIGRANT) expect(mask).toBe(0);
    }
    const blocked = createWorld(small({ households: 2000, population: { dataFrictionShare: 1 }, government: { dataFrictionPenalty: 1 } }));
    generatePopulation(blocked);
    for (let h = 0; h < blocked.hh.n; h++) expect(matchableDomains(blocked, h)).toBe(0);
    expect(ALL_DOMAINS).toBe(63);
  });
});

describe('matchAdministrativeData', () => {
  it('finds registered households\' needs without any application, but never migrants\'', () => {
    const result = run({ ...noApplications, government: { matchingRate: 1 } });
    expect(summary(result, 'served_gov')).toBeGreaterThan(0);
    expect(summary(result, 'served_gov', 'migrant')).toBe(0);
    expect(summary(result, 'unmet_unseen', 'migrant')).toBe(summary(result, 'needs', 'migrant') - summary(result, 'served_gov', 'migrant'));
  });

  it('leaves fewer needs unseen when departments share more data, and a need whose records are not shared stays unseen for good', () => {
    const closed = { health: 0, education: 0, disability: 0, employment: 0 };
    const half = { health: 0.5, education: 0.5, disability: 0.5, employment: 0.5 };
    const open = { health: 1, education: 1, disability: 1, employment: 1 };
    const low = meanOverSeeds(3, 'unmet_unseen', { ...noApplications, government: { dataSharing: closed, matchingRate: 1 } });
    const mid = meanOverSeeds(3, 'unmet_unseen', { ...noApplications, government: { dataSharing: half, matchingRate: 1 } });
    const high = meanOverSeeds(3, 'unmet_unseen', { ...noApplications, government: { dataSharing: open, matchingRate: 1 } });
    expect(high).toBeLessThan(low * 0.9);
    // With matching every month, what sharing leaves out is never found: half the sharing
    // finds about half of what full sharing finds, not all of it in the end.
    expect(mid).toBeGreaterThan(high + 0.3 * (low - high));
    expect(mid).toBeLessThan(low - 0.3 * (low - high));
  });

  it('fails for households with data friction', () => {
    const all = { ...noApplications, population: { dataFrictionShare: 1 } };
    const blocked = run({ ...all, government: { dataFrictionPenalty: 1 } });
    const working = run({ ...all, government: { dataFrictionPenalty: 0 } });
    expect(summary(blocked, 'served_gov')).toBe(0);
    expect(summary(working, 'served_gov')).toBeGreaterThan(0);
  });
});

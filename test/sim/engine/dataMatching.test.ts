import { describe, expect, it } from 'vitest';
import { CARE, EDUCATION, MEDICAL, PSYCHOSOCIAL, SUBSISTENCE } from '../../../sim/engine/domains.ts';
import { visibility } from '../../../sim/engine/dataMatching.ts';
import { DISABLED } from '../../../sim/engine/state.ts';
import { createWorld } from '../../../sim/engine/world.ts';
import { meanOverSeeds, run, summary, small } from '../helpers.ts';

const noApplications = { application: { awareness: 0 } };

describe('visibility', () => {
  const world = createWorld(small({ government: { dataSharing: { income: 0.35, health: 0.7, education: 0.2, disability: 0.9 } } }));
  it('follows each department\'s data sharing; psychosocial needs are never in the data', () => {
    expect(visibility(world, 0, SUBSISTENCE)).toBe(0.35);
    expect(visibility(world, 0, MEDICAL)).toBe(0.7);
    expect(visibility(world, 0, EDUCATION)).toBe(0.2);
    expect(visibility(world, 0, PSYCHOSOCIAL)).toBe(0);
    expect(visibility(world, DISABLED, PSYCHOSOCIAL)).toBe(0);
  });
  it('sees care needs only through disability certificates', () => {
    expect(visibility(world, 0, CARE)).toBe(0);
    expect(visibility(world, DISABLED, CARE)).toBe(0.9);
  });
});

describe('matchAdministrativeData', () => {
  it('finds registered households\' needs without any application, but never migrants\'', () => {
    const result = run({ ...noApplications, government: { matchingRate: 1 } });
    expect(summary(result, 'served_gov')).toBeGreaterThan(0);
    expect(summary(result, 'served_gov', 'migrant')).toBe(0);
    expect(summary(result, 'unmet_unseen', 'migrant')).toBe(summary(result, 'needs', 'migrant') - summary(result, 'served_gov', 'migrant'));
  });

  it('leaves fewer needs unseen when departments share more data', () => {
    const closed = { health: 0, education: 0, disability: 0, employment: 0 };
    const open = { health: 1, education: 1, disability: 1, employment: 1 };
    const low = meanOverSeeds(3, 'unmet_unseen', { ...noApplications, government: { dataSharing: closed } });
    const high = meanOverSeeds(3, 'unmet_unseen', { ...noApplications, government: { dataSharing: open } });
    expect(high).toBeLessThan(low * 0.9);
  });

  it('fails for households with data friction', () => {
    const all = { ...noApplications, population: { dataFrictionShare: 1 } };
    const blocked = run({ ...all, government: { dataFrictionPenalty: 1 } });
    const working = run({ ...all, government: { dataFrictionPenalty: 0 } });
    expect(summary(blocked, 'served_gov')).toBe(0);
    expect(summary(working, 'served_gov')).toBeGreaterThan(0);
  });
});

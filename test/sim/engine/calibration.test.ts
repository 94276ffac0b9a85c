/**
 * The baseline against published figures (sources.md §1), over several seeds with
 * margins: urban dibao recipients ≈0.63% of urban people, rural ≈7.2% of rural people.
 */
import { describe, expect, it } from 'vitest';
import { meanOverSeeds } from '../helpers.ts';

describe('baseline calibration', () => {
  const settings = { households: 10_000, months: 12, warmupMonths: 36 };
  it('covers about 0.6% of urban people with dibao', () => {
    const urban = meanOverSeeds(4, 'dibao_coverage', settings, 'urban');
    expect(urban).toBeGreaterThan(0.003);
    expect(urban).toBeLessThan(0.012);
  });
  it('covers about 7% of rural people with dibao', () => {
    const rural = meanOverSeeds(4, 'dibao_coverage', settings, 'rural');
    expect(rural).toBeGreaterThan(0.055);
    expect(rural).toBeLessThan(0.09);
  });
});

/**
 * With a fitted value in calibration/fitted.json (here a stand-in), the parameter takes it
 * as its default and docs/parameters.md says where it comes from.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../calibration/fitted.json', () => ({
  default: { parameters: { 'population.medianIncomeRural': { value: 1234, range: [1100, 2200], targets: ['dibao_coverage_rural', 'dibao_coverage_all'] } } },
}));

describe('a calibrated parameter', () => {
  it('takes its default from fitted.json and names its targets in the parameters table', async () => {
    const { PARAMETERS } = await import('../../../sim/scenario/parameters.ts');
    const { parametersTable } = await import('../../../sim/docs/tables.ts');
    expect(PARAMETERS.population.medianIncomeRural.default).toBe(1234);
    expect(PARAMETERS.population.medianIncomeRural.calibrated).toEqual(['dibao_coverage_rural', 'dibao_coverage_all']);
    const row = parametersTable().split('\n').find((r) => r.startsWith('| `population.medianIncomeRural` |'))!;
    expect(row).toMatch(/^\| `population\.medianIncomeRural` \| 1234 \|/);
    expect(row).toContain('| calibrated to dibao_coverage_rural, dibao_coverage_all (calibration/fitted.json); before calibration: ');
    // A parameter the stand-in does not set keeps its declared default and source.
    expect(PARAMETERS.population.incomeSpreadUrban.calibrated).toEqual([]);
    expect(parametersTable()).not.toMatch(/`population\.incomeSpreadUrban`.*calibrated to/);
  });
});

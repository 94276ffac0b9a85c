/** Each of the paper's paths has one claim in the validation, tested on the path's own changes. */
import { describe, expect, it } from 'vitest';
import { PATHS } from '../../../sim/experiment/paths.ts';
import { PATH_CHECKS, PATH_CLAIMS } from '../../../sim/validation/paths.ts';

describe('the paper\'s paths in the validation', () => {
  it('have one claim each, no claim without a path, and each check\'s high setting is the path\'s changes', () => {
    expect(PATH_CLAIMS.map((c) => c.path).sort()).toEqual(PATHS.map((p) => p.id).sort());
    for (const path of PATHS) {
      const check = PATH_CHECKS.find((c) => c.id === path.id)!;
      expect(check.high).toEqual(path.changes);
      expect(check.low).toEqual({});
      expect(check.claim).toMatch(/§\d/);
      expect(check.metrics.length).toBeGreaterThan(0);
    }
  });
});

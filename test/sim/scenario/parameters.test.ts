import { describe, expect, it } from 'vitest';
import { PARAMETER_BY_PATH, RUN_SETTINGS } from '../../../sim/scenario/parameters.ts';
import { PATTERNS, presetValues } from '../../../sim/scenario/patterns.ts';

const NUMERIC = [...PARAMETER_BY_PATH].filter(([, p]) => p.kind !== 'rule' && p.kind !== 'choice' && p.kind !== 'choices');

describe('plausible ranges', () => {
  it('run settings are numeric parameters and have none', () => {
    for (const path of RUN_SETTINGS) {
      const p = PARAMETER_BY_PATH.get(path);
      expect(p, path).toBeDefined();
      expect(p!.plausible, path).toBeUndefined();
    }
  });

  it('every other numeric parameter has one, with lo < hi, the default inside it and it inside the validation bounds', () => {
    const checked = NUMERIC.filter(([path]) => !RUN_SETTINGS.includes(path));
    expect(checked.length).toBeGreaterThan(100);
    for (const [path, p] of checked) {
      expect(p.plausible, path).toBeDefined();
      const [lo, hi] = p.plausible!;
      expect(lo, path).toBeLessThan(hi);
      expect(p.default as number, path).toBeGreaterThanOrEqual(lo);
      expect(p.default as number, path).toBeLessThanOrEqual(hi);
      expect(lo, path).toBeGreaterThanOrEqual(p.min ?? -Infinity);
      expect(hi, path).toBeLessThanOrEqual(p.max ?? Infinity);
      if (p.kind === 'integer') expect(Number.isInteger(lo) && Number.isInteger(hi), path).toBe(true);
    }
  });

  it('rules and choices have none', () => {
    for (const [path, p] of PARAMETER_BY_PATH) if (p.kind === 'rule' || p.kind === 'choice' || p.kind === 'choices') expect(p.plausible, path).toBeUndefined();
  });

  it('every pattern preset lies inside the plausible range of its switch', () => {
    for (const pattern of PATTERNS) {
      for (const [path, value] of presetValues(pattern)) {
        const [lo, hi] = PARAMETER_BY_PATH.get(path)!.plausible!;
        expect(value, `${pattern}: ${path}`).toBeGreaterThanOrEqual(lo);
        expect(value, `${pattern}: ${path}`).toBeLessThanOrEqual(hi);
      }
    }
  });
});

/**
 * The baseline uses the calibration: every parameter calibration/fitted.json sets has
 * that value as its default and names its targets, and every parameter marked as
 * calibrated is in fitted.json with that value.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARAMETER_BY_PATH } from '../../../sim/scenario/parameters.ts';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));
const fitted = read('calibration/fitted.json') as { parameters: Record<string, { value: number; targets: string[] }> };
const declaration = read('calibration/calibration.json') as { parameters: Record<string, unknown> };

describe('calibrated defaults', () => {
  it('every fitted value is the default of its parameter, which names the targets', () => {
    for (const [path, { value, targets }] of Object.entries(fitted.parameters)) {
      const param = PARAMETER_BY_PATH.get(path);
      expect(param, `${path} in calibration/fitted.json`).toBeDefined();
      expect(param!.default, path).toBe(value);
      expect(param!.calibrated, `${path} is declared with calibrated() in parameters.ts`).toEqual(targets);
    }
  });

  it('every parameter marked as calibrated has its default from fitted.json', () => {
    for (const [path, param] of PARAMETER_BY_PATH) {
      if (!param.calibrated?.length) continue;
      expect(fitted.parameters[path]?.value, `${path} in calibration/fitted.json`).toBe(param.default);
    }
  });

  it('every parameter calibration/calibration.json frees is declared with calibrated(), so its fitted value will be used', () => {
    for (const path of Object.keys(declaration.parameters)) {
      expect(PARAMETER_BY_PATH.get(path)?.calibrated, `${path}: wrap its declaration in calibrated('${path}', …)`).toBeDefined();
    }
  });
});

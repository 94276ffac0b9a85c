/**
 * Parameters whose defaults come from the calibration. `gapsim calibrate` writes the
 * fitted values to calibration/fitted.json; a parameter declared with calibrated() takes
 * its default from there and names the targets it was fitted to, which docs/parameters.md
 * shows. Until the file holds a value for it, the declared default stands. A JSON import,
 * so it works the same under tsx, vitest and the web build.
 */
import fitted from '../../calibration/fitted.json' with { type: 'json' };
import type { Param } from './param.ts';

export const FITTED_FILE = 'calibration/fitted.json';

interface FittedValues {
  readonly parameters: Readonly<Record<string, { readonly value: number; readonly targets: readonly string[] }>>;
}

const FITTED = fitted as unknown as FittedValues;

/** The fitted value and targets of a parameter path, if the calibration has set it. */
export function fittedValue(path: string): { readonly value: number; readonly targets: readonly string[] } | undefined {
  return Object.hasOwn(FITTED.parameters, path) ? FITTED.parameters[path] : undefined;
}

/** Every parameter path calibration/fitted.json sets. */
export const FITTED_PATHS: readonly string[] = Object.keys(FITTED.parameters);

/**
 * Declare `param`, at `path` in parameters.ts, as set by the calibration: `calibrated`
 * lists the targets once fitted (empty before).
 */
export function calibrated(path: string, param: Param<number>): Param<number> {
  const entry = fittedValue(path);
  return entry ? { ...param, default: entry.value, calibrated: entry.targets } : { ...param, calibrated: [] };
}

/**
 * A scenario parameter: its kind, unit, default, allowed and plausible range and where the default
 * comes from. Parameters are declared once (parameters.ts); defaults, validation,
 * `--set` paths and the documentation table are all derived from that declaration.
 */
export type ParamKind = 'number' | 'integer' | 'probability' | 'rule' | 'choice' | 'choices';

export interface Param<V extends number | string | readonly string[] = number | string | readonly string[]> {
  readonly kind: ParamKind;
  readonly default: V;
  readonly unit: string;
  readonly min?: number;
  readonly max?: number;
  /**
   * The range a modeller would defend for this setting in a Chinese county today, from
   * the sources or from judgement. Sweeps and calibration should stay inside it; the
   * validation bounds (min, max) stay wider. Absent for rules, choices and run settings.
   */
  readonly plausible?: readonly [number, number];
  /** The allowed values of a choice, or of each item of a list of choices. */
  readonly options?: readonly string[];
  /** Where the default comes from: a figure with its source, or "assumption: …". */
  readonly source: string;
  readonly description: string;
  /**
   * Set by calibrated() (calibrated.ts): the target ids the default was fitted to
   * (calibration/fitted.json); empty while the calibration has not set it yet.
   */
  readonly calibrated?: readonly string[];
}

interface NumberSpec {
  default: number;
  unit: string;
  min?: number;
  max?: number;
  /** See Param.plausible. */
  plausible?: readonly [number, number];
  source: string;
  description: string;
}

export const num = (spec: NumberSpec): Param<number> => ({ kind: 'number', ...spec });
export const int = (spec: NumberSpec): Param<number> => ({ kind: 'integer', ...spec });
export const prob = (spec: Omit<NumberSpec, 'unit' | 'min' | 'max'> & { unit?: string }): Param<number> => ({
  kind: 'probability',
  unit: 'share (0–1)',
  min: 0,
  max: 1,
  ...spec,
});
export const rule = (spec: { default: string; source: string; description: string }): Param<string> => ({
  kind: 'rule',
  unit: 'expression',
  ...spec,
});

export const choice = <const O extends readonly string[]>(spec: { default: O[number]; options: O; source: string; description: string }): Param<O[number]> => ({
  kind: 'choice',
  unit: 'one of the options',
  ...spec,
});

/**
 * A list of choices: any of the options, each at most once, in any order (an earmark of
 * grants to some domains, say). The default lists them all, so an unset list restricts nothing.
 */
export const choices = <const O extends readonly string[]>(spec: { default: readonly O[number][]; options: O; source: string; description: string }): Param<readonly O[number][]> => ({
  kind: 'choices',
  unit: 'a list of the options',
  ...spec,
});

export function isParam(x: unknown): x is Param {
  return typeof x === 'object' && x !== null && 'kind' in x && 'default' in x;
}

/** A tree of parameters: sections nest, leaves are Params. */
export interface ParamTree {
  readonly [key: string]: Param | ParamTree;
}

/** The plain values of a parameter tree, as a resolved scenario holds them. */
export type ValuesOf<T> = {
  -readonly [K in keyof T]: T[K] extends Param<infer V> ? V : ValuesOf<T[K]>;
};

/** Every leaf of a tree with its dotted path, in declaration order. */
export function leaves(tree: ParamTree, prefix = ''): Array<[string, Param]> {
  const out: Array<[string, Param]> = [];
  for (const [key, node] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isParam(node)) out.push([path, node]);
    else out.push(...leaves(node, path));
  }
  return out;
}

export function defaultsOf<T extends ParamTree>(tree: T): ValuesOf<T> {
  const out: Record<string, unknown> = {};
  for (const [key, node] of Object.entries(tree)) out[key] = isParam(node) ? node.default : defaultsOf(node);
  return out as ValuesOf<T>;
}

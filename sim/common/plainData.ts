/**
 * Plain data as parsed from JSON (a scenario, an experiment, a calibration file): whether a
 * value is an object, and the value at a dotted path such as `government.dibao.lineRural`.
 * The scenario loader, the engine (policy events set paths) and the layers above all use
 * these, so they live below all of them.
 */
export function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Read a value at a dotted path of plain data (undefined if absent). */
export function getPath(raw: Record<string, unknown>, path: string): unknown {
  let node: unknown = raw;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A copy of `raw` with the value at a dotted path replaced (sections copied, not shared). */
export function setPath(raw: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const keys = path.split('.');
  const out = { ...raw };
  let node = out;
  for (const key of keys.slice(0, -1)) {
    const child = isObject(node[key]) ? { ...(node[key] as Record<string, unknown>) } : {};
    node[key] = child;
    node = child;
  }
  node[keys.at(-1)!] = value;
  return out;
}

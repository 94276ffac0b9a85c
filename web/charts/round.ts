/**
 * Two decimals are finer than a pixel needs and keep the SVG short and the snapshot tests
 * stable across floating-point noise.
 */
export const round2 = (value: number): number => Math.round(value * 100) / 100 + 0;

/** Rounds every decimal number inside an attribute such as a transform. */
export const roundNumbersIn = (text: string): string =>
  text.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (number) => String(round2(Number(number))));

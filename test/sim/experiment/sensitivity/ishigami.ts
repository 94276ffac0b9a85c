/**
 * The Ishigami function (Ishigami & Homma 1990), the usual test of a sensitivity analysis:
 * f = sin x₁ + a sin² x₂ + b x₃⁴ sin x₁, each xᵢ uniform on [−π, π]; with a = 7, b = 0.1.
 * Its Sobol indices are known in closed form (partial variances below, e.g. Saltelli et al.
 * 2000, Sensitivity Analysis, §2.9): x₃ acts only through its interaction with x₁.
 */
import type { Factor } from '../../../../sim/experiment/sensitivity/factors.ts';

export const A = 7;
export const B = 0.1;

export const ishigami = (x: readonly number[]): number => Math.sin(x[0]!) + A * Math.sin(x[1]!) ** 2 + B * x[2]! ** 4 * Math.sin(x[0]!);

export const ISHIGAMI_FACTORS: Factor[] = ['x1', 'x2', 'x3'].map((name) => ({ name, low: -Math.PI, high: Math.PI }));

const pi4 = Math.PI ** 4;
const v1 = 0.5 * (1 + (B * pi4) / 5) ** 2;
const v2 = A ** 2 / 8;
const v13 = B ** 2 * pi4 ** 2 * (1 / 18 - 1 / 50);
const variance = v1 + v2 + v13;

/** (0.3139, 0.4424, 0) and (0.5576, 0.4424, 0.2437). */
export const ISHIGAMI_S1 = [v1 / variance, v2 / variance, 0];
export const ISHIGAMI_ST = [(v1 + v13) / variance, v2 / variance, v13 / variance];

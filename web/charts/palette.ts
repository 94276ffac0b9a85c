/**
 * Colour-blind-safe colours: the Okabe–Ito palette (Okabe & Ito, "Color Universal Design",
 * 2008), distinguishable under the common forms of colour blindness.
 */
export const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'] as const;

/** A colour for the i-th series, cycling through the palette. */
export const colorAt = (i: number): string => OKABE_ITO[i % OKABE_ITO.length]!;

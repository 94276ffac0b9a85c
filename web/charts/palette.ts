/**
 * Colour-blind-safe colours: the Okabe–Ito palette (Okabe & Ito, "Color Universal Design",
 * 2008), distinguishable under the common forms of colour blindness.
 */
export const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'] as const;

/** A colour for the i-th series, cycling through the palette. */
export const colorAt = (i: number): string => OKABE_ITO[i % OKABE_ITO.length]!;

/**
 * Series that are not reasons (the indicators, trust, money, scenarios compared) are told
 * apart by ink and line style, not by colour: on the app's page the Okabe–Ito colours mean
 * the reasons a need goes unmet, and a colour should mean one thing on a page.
 */
export const INK_STYLES: ReadonlyArray<{ readonly color: string; readonly dash?: string }> = [
  { color: '#1a1a1a' },
  { color: '#1a1a1a', dash: '7 4' },
  { color: '#767676' },
  { color: '#767676', dash: '2 3' },
];

export const inkAt = (i: number): { readonly color: string; readonly dash?: string } => INK_STYLES[i % INK_STYLES.length]!;

import type { Selection } from 'd3';

/** The d3 selections charts draw into: one element, no bound data that matters. */
export type SvgSelection = Selection<SVGSVGElement, unknown, null, undefined>;
export type GroupSelection = Selection<SVGGElement, unknown, null, undefined>;

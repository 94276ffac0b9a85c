/** The charts' public face: draw functions, text alternatives and export. */
export { lineChart } from './lineChart.ts';
export { stackedAreaChart } from './stackedAreaChart.ts';
export { smallMultiples, panelSize } from './smallMultiples.ts';
export { summarise, dataTable } from './summary.ts';
export { svgToString, svgToPngBlob } from './serialize.ts';
export { OKABE_ITO, colorAt } from './palette.ts';
export type { Band, ChartEvent, ChartSeries, ChartSize, ChartSpec } from './types.ts';

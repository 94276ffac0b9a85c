#!/usr/bin/env node
// A plot from a batch's results.csv, with no Python: the mean of one metric over seeds, with
// its 95% interval (t distribution), against one factor, one line per value of another.
//   node docs/batch/plot.mjs out/dibao/results.csv fell_through_rate government.dibao.lineRural pattern > out/dibao/plot.svg
// Reads the run summaries (the rows with an empty month) of the county (group "all").
import { readFileSync } from 'node:fs';
import { deviation, extent, group, line, mean, scaleLinear, scaleOrdinal } from 'd3';

const [file, metric, xFactor, lineFactor] = process.argv.slice(2);
if (!file || !metric || !xFactor) {
  console.error('usage: plot.mjs results.csv METRIC X_FACTOR [LINE_FACTOR]');
  process.exit(2);
}
const [header, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\n').map((l) => l.split(','));
const col = (name) => {
  const i = header.indexOf(name);
  if (i < 0) { console.error(`plot.mjs: ${file} has no column ${name}; it has ${header.join(', ')}`); process.exit(1); }
  return i;
};
const [m, mo, g, x, v] = [col('metric'), col('month'), col('group'), col(xFactor), col('value')];
const by = lineFactor ? col(lineFactor) : -1;
const summary = rows.filter((r) => r[m] === metric && r[mo] === '' && r[g] === 'all' && r[v] !== '');
// Two-sided 95% t quantiles for 1–30 degrees of freedom, then the normal's.
const T = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];
const lines = [...group(summary, (r) => (by >= 0 ? r[by] : metric), (r) => Number(r[x]))].map(([name, points]) => ({
  name,
  points: [...points].sort(([a], [b]) => a - b).map(([xv, rs]) => {
    const values = rs.map((r) => Number(r[v]));
    const half = values.length > 1 ? (T[values.length - 2] ?? 1.96) * deviation(values) / Math.sqrt(values.length) : 0;
    return { x: xv, mean: mean(values), low: mean(values) - half, high: mean(values) + half, n: values.length };
  }),
}));
const all = lines.flatMap((l) => l.points);
const [W, H, L, R, TOP, B] = [640, 360, 70, 190, 40, 50];
const xs = scaleLinear(extent(all, (p) => p.x), [L, W - R]);
const ys = scaleLinear([Math.min(...all.map((p) => p.low)), Math.max(...all.map((p) => p.high))], [H - B, TOP]).nice();
const colour = scaleOrdinal(['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9']);
const path = (f) => line().x((p) => xs(p.x)).y((p) => ys(f(p)));
const text = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
const out = [
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif" font-size="12">`,
  `<text x="${L}" y="22" font-size="14" font-weight="600">${text(metric)}: mean over seeds, 95% interval</text>`,
  ...xs.ticks(6).map((t) => `<text x="${xs(t)}" y="${H - B + 18}" text-anchor="middle">${t}</text>`),
  ...ys.ticks(6).map((t) => `<text x="${L - 8}" y="${ys(t) + 4}" text-anchor="end">${t}</text><line x1="${L}" x2="${W - R}" y1="${ys(t)}" y2="${ys(t)}" stroke="#eee"/>`),
  `<text x="${(L + W - R) / 2}" y="${H - 10}" text-anchor="middle">${text(xFactor)}</text>`,
  ...lines.flatMap((l, i) => [
    `<path class="band" data-line="${text(l.name)}" d="${path((p) => p.high)(l.points)}L${[...l.points].reverse().map((p) => `${xs(p.x)},${ys(p.low)}`).join('L')}Z" fill="${colour(l.name)}" fill-opacity="0.2"/>`,
    `<path class="mean" data-line="${text(l.name)}" d="${path((p) => p.mean)(l.points)}" fill="none" stroke="${colour(l.name)}" stroke-width="2"/>`,
    `<text x="${W - R + 10}" y="${TOP + 16 * i + 10}" fill="${colour(l.name)}">${text(l.name)}</text>`,
  ]),
  '</svg>',
];
process.stdout.write(`${out.join('\n')}\n`);

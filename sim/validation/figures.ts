/**
 * The report's figures as SVG text: dot-and-interval plots with labelled axes, drawn without
 * a DOM (d3 scales and formats only). Pure (no Node, no DOM).
 */
import { format, scaleLinear } from 'd3';
import { PATTERNS } from '../scenario/patterns.ts';
import type { Measure } from './experiment.ts';
import type { Summary } from './summary.ts';
import type { Verdict } from './verdict.ts';
import type { FactResult, LeverResult, MeasureResult, SizeResult, ValidationResults } from './validation.ts';
import { SIZE_SE } from './sizeInvariance.ts';
import type { TargetFit } from './targetFit.ts';

export interface Figure {
  /** File name under docs/validation/. */
  readonly name: string;
  readonly title: string;
  readonly svg: string;
}

export type Status = 'pass' | 'fail' | 'weak' | 'none';

export interface Row {
  readonly label: string;
  readonly mean?: number;
  readonly low?: number;
  readonly high?: number;
  readonly status?: Status;
  /** A heading row: label only, in bold. */
  readonly heading?: boolean;
}

export interface Panel {
  readonly title: string;
  readonly xLabel: string;
  readonly rows: readonly Row[];
  /** A shaded band, e.g. ±1 tolerance. */
  readonly band?: readonly [number, number];
  /** Values outside are drawn at the edge with an arrow and their value. */
  readonly clip?: readonly [number, number];
}

const COLOURS: Record<Status, string> = { pass: '#1b7837', fail: '#b2182b', weak: '#b35806', none: '#333333' };
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, sans-serif"';
const ROW = 18;
const WIDTH = 760;
const CHAR = 7; // generous width of a 12px character

export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const short = format('.3~g');

/** The drawable extent of a panel's values (finite ends only), with zero and the band. */
function extent(panel: Panel): [number, number] {
  const xs: number[] = [0, ...(panel.band ?? [])];
  for (const row of panel.rows) for (const v of [row.mean, row.low, row.high]) if (v !== undefined && Number.isFinite(v)) xs.push(v);
  let lo = Math.min(...xs), hi = Math.max(...xs);
  if (panel.clip) { lo = Math.max(lo, panel.clip[0]); hi = Math.min(hi, panel.clip[1]); }
  if (lo === hi) { lo -= 1; hi += 1; }
  return [lo, hi];
}

/** One panel at vertical offset `top`; returns its SVG and height. */
function drawPanel(panel: Panel, top: number, labelWidth: number): { svg: string; height: number } {
  const left = labelWidth + 16, right = WIDTH - 24;
  const titleHeight = 22, axisHeight = 44;
  const height = titleHeight + panel.rows.length * ROW + axisHeight;
  const x = scaleLinear().domain(extent(panel)).nice().range([left, right]);
  const [d0, d1] = x.domain() as [number, number];
  const clamp = (v: number) => Math.min(d1, Math.max(d0, v));
  const plotTop = top + titleHeight, plotBottom = plotTop + panel.rows.length * ROW;
  const out: string[] = [];
  out.push(`<text x="${left}" y="${top + 15}" font-size="13" font-weight="bold">${escapeXml(panel.title)}</text>`);
  if (panel.band) {
    const [b0, b1] = panel.band.map((v) => x(clamp(v))) as [number, number];
    out.push(`<rect x="${b0.toFixed(1)}" y="${plotTop}" width="${(b1 - b0).toFixed(1)}" height="${plotBottom - plotTop}" fill="#e0ecf4"/>`);
  }
  const ticks = x.ticks(6);
  const tickFormat = x.tickFormat(6);
  for (const t of ticks) {
    const tx = x(t).toFixed(1);
    out.push(`<line x1="${tx}" x2="${tx}" y1="${plotTop}" y2="${plotBottom}" stroke="${t === 0 ? '#888' : '#e5e5e5'}"/>`);
    out.push(`<line x1="${tx}" x2="${tx}" y1="${plotBottom}" y2="${plotBottom + 5}" stroke="#333"/>`);
    out.push(`<text x="${tx}" y="${plotBottom + 17}" font-size="11" text-anchor="middle">${escapeXml(tickFormat(t))}</text>`);
  }
  out.push(`<line x1="${left}" x2="${right}" y1="${plotBottom}" y2="${plotBottom}" stroke="#333"/>`);
  out.push(`<text x="${((left + right) / 2).toFixed(1)}" y="${plotBottom + 36}" font-size="12" text-anchor="middle">${escapeXml(panel.xLabel)}</text>`);
  panel.rows.forEach((row, i) => {
    const y = plotTop + i * ROW + ROW / 2;
    out.push(`<text x="${labelWidth + 8}" y="${(y + 4).toFixed(1)}" font-size="12" text-anchor="end"${row.heading ? ' font-weight="bold"' : ''}>${escapeXml(row.label)}</text>`);
    if (row.heading || row.mean === undefined || !Number.isFinite(row.mean)) {
      if (!row.heading) out.push(`<text x="${left + 4}" y="${(y + 4).toFixed(1)}" font-size="11" fill="#777">no value</text>`);
      return;
    }
    const colour = COLOURS[row.status ?? 'none'];
    const lo = row.low !== undefined && Number.isFinite(row.low) ? row.low : row.mean;
    const hi = row.high !== undefined && Number.isFinite(row.high) ? row.high : row.mean;
    out.push(`<line x1="${x(clamp(lo)).toFixed(1)}" x2="${x(clamp(hi)).toFixed(1)}" y1="${y}" y2="${y}" stroke="${colour}" stroke-width="2"/>`);
    const m = row.mean;
    if (m < d0 || m > d1) {
      const edge = m < d0 ? x(d0) : x(d1);
      const dir = m < d0 ? 1 : -1;
      out.push(`<path d="M${(edge + dir * 9).toFixed(1)},${y - 5} L${edge.toFixed(1)},${y} L${(edge + dir * 9).toFixed(1)},${y + 5} Z" fill="${colour}"/>`);
      out.push(`<text x="${(edge + dir * 12).toFixed(1)}" y="${(y + 4).toFixed(1)}" font-size="11" text-anchor="${dir > 0 ? 'start' : 'end'}" fill="${colour}">${escapeXml(short(m))}</text>`);
    } else {
      out.push(`<circle cx="${x(m).toFixed(1)}" cy="${y}" r="4" fill="${colour}"/>`);
    }
  });
  return { svg: out.join('\n'), height };
}

/** Panels stacked in one SVG document. */
export function svgDocument(title: string, panels: readonly Panel[], legend = true): string {
  const longest = Math.max(10, ...panels.flatMap((p) => p.rows.map((r) => r.label.length)));
  const labelWidth = Math.min(400, 16 + Math.ceil(longest * CHAR));
  const parts: string[] = [];
  let top = 34;
  for (const panel of panels) {
    const { svg, height } = drawPanel(panel, top, labelWidth);
    parts.push(svg);
    top += height + 10;
  }
  const legendHeight = legend ? 26 : 0;
  if (legend) {
    const items: Array<[Status, string]> = [['pass', 'passes / holds'], ['weak', 'mean as expected, 95% interval not'], ['fail', 'fails'], ['none', 'shown only']];
    let lx = 16;
    for (const [status, text] of items) {
      parts.push(`<circle cx="${lx + 4}" cy="${top + 8}" r="4" fill="${COLOURS[status]}"/><text x="${lx + 12}" y="${top + 12}" font-size="11">${escapeXml(text)}</text>`);
      lx += 24 + text.length * 6;
    }
  }
  const height = top + legendHeight;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeXml(title)}" ${FONT}>`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="16" y="22" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}

/** The label of a per-pattern family: a member's label without its ", pattern name" ending. */
export function familyLabel(measure: Measure): string {
  const ending = measure.pattern ? `, ${measure.pattern.replace(/_/g, ' ')}` : '';
  return ending && measure.label.endsWith(ending) ? measure.label.slice(0, -ending.length) : measure.label;
}

const statusOf = (v: Verdict | null): Status => (v === 'holds' ? 'pass' : v === 'fails' || v === 'missing' ? 'fail' : v === 'weak' ? 'weak' : 'none');

const summaryRow = (label: string, s: Summary, status: Status): Row => ({ label, mean: s.mean, low: s.low, high: s.high, status });

export function targetsFigure(fits: readonly TargetFit[]): Figure {
  const rows = (role: string, heading: string): Row[] => {
    const chosen = fits.filter((f) => f.target.role === role);
    return chosen.length === 0 ? [] : [
      { label: heading, heading: true },
      ...chosen.map((f): Row => {
        const s = f.summary, v = f.target.value, t = f.target.tolerance;
        return { label: f.target.id, mean: f.normalised, low: (s.low - v) / t, high: (s.high - v) / t, status: f.pass === null ? 'fail' : f.pass ? 'pass' : 'fail' };
      }),
    ];
  };
  const title = 'Published figures: model mean and 95% interval against the published value';
  return {
    name: 'targets.svg', title,
    svg: svgDocument(title, [{
      title: 'Shaded: within the tolerance (the target passes when the mean is inside)',
      xLabel: '(model − published) ÷ tolerance',
      rows: [...rows('calibrate', 'Calibration (fitted)'), ...rows('corroborate', 'Corroboration (held out)')],
      band: [-1, 1], clip: [-6, 6],
    }]),
  };
}

/** Per-pattern families of a fact's measures (ids "family:pattern"), one panel each. */
export function factFigure(result: FactResult): Figure {
  const families = new Map<string, MeasureResult[]>();
  for (const m of result.measures) {
    if (!m.measure.pattern) continue;
    const family = m.measure.id.split(':')[0]!;
    families.set(family, [...(families.get(family) ?? []), m]);
  }
  const panels: Panel[] = [...families.values()].map((ms) => {
    const first = ms[0]!.measure;
    const title = familyLabel(first);
    const ordered = PATTERNS.flatMap((p) => ms.filter((m) => m.measure.pattern === p));
    return {
      title, xLabel: first.unit,
      rows: ordered.map((m) => summaryRow(m.measure.pattern!.replace(/_/g, ' '), m.summary, m.verdict ? statusOf(m.verdict) : 'none')),
    };
  });
  const title = `Stylised fact ${result.fact.number} under each pattern: mean and 95% interval over seeds`;
  return { name: `fact-${result.fact.number}.svg`, title, svg: svgDocument(title, panels) };
}

/** The relative effect of each lever: (high − low) ÷ |mean at low|, in percent. */
export function leversFigure(levers: readonly LeverResult[]): Figure {
  const rows: Row[] = [];
  for (const lever of levers) {
    for (const m of lever.measures) {
      if (!m.measure.id || m.measure.id.startsWith('low:') || m.measure.id.startsWith('unchanged:')) continue;
      const low = lever.measures.find((x) => x.measure.id === `low:${m.measure.id}`)?.summary.mean;
      const scale = low !== undefined && Number.isFinite(low) && low !== 0 ? 100 / Math.abs(low) : NaN;
      const arrow = m.measure.expect === 1 ? '↑' : '↓';
      rows.push({
        label: `${lever.check.id}: ${m.measure.id} ${arrow}`,
        mean: m.summary.mean * scale, low: m.summary.low * scale, high: m.summary.high * scale, status: statusOf(m.verdict),
      });
    }
  }
  const title = 'Face validity: effect of each lever (paired seeds), mean and 95% interval';
  return {
    name: 'levers.svg', title,
    svg: svgDocument(title, [{ title: '↑ / ↓: the expected direction', xLabel: '(high − low) ÷ mean at the low setting (%)', rows, clip: [-200, 200] }]),
  };
}

export function sizeFigure(size: SizeResult): Figure {
  const rows: Row[] = [];
  for (const row of size.rows) {
    row.comparisons.forEach((c) => {
      const half = SIZE_SE * c.se;
      rows.push({
        label: `${row.measure.id} @ ${format(',')(c.households)}`,
        mean: c.difference / c.tolerance, low: (c.difference - half) / c.tolerance, high: (c.difference + half) / c.tolerance,
        status: c.agrees ? 'pass' : 'fail',
      });
    });
  }
  const reference = size.sizes.at(-1)!.households;
  const title = `Size invariance: each size against ${format(',')(reference)} households`;
  return {
    name: 'size.svg', title,
    svg: svgDocument(title, [{ title: 'Shaded: within the stated tolerance', xLabel: `(mean − mean at ${format(',')(reference)}) ÷ tolerance`, rows, band: [-1, 1], clip: [-6, 6] }]),
  };
}

export function buildFigures(results: ValidationResults): Figure[] {
  return [
    targetsFigure(results.targets),
    ...results.facts.map(factFigure),
    leversFigure(results.levers),
    sizeFigure(results.sizes),
  ];
}

export const figureName = {
  targets: 'targets.svg',
  fact: (n: number) => `fact-${n}.svg`,
  levers: 'levers.svg',
  size: 'size.svg',
} as const;

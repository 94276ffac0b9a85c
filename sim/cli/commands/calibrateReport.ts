/**
 * What `gapsim calibrate` prints: the plan before it starts (parameters, targets, seeds,
 * run size and the number of runs) and the result at the end (fitted values, each
 * target's model value against the published one, the loss).
 */
import type { Calibration } from '../../calibration/calibrationFile.ts';
import { STAGE_NAMES, type Fit, type Stage } from '../../calibration/fit.ts';
import { formatDuration } from '../../batch/progress.ts';

export function planText(calibration: Calibration, scenarios: readonly string[], workers: number, planned: number): string {
  const { points } = calibration.latinHypercube;
  const { maxEvaluations } = calibration.nelderMead;
  const per = calibration.seeds.length * scenarios.length;
  const width = Math.max(...calibration.parameters.map((p) => p.path.length));
  return [
    `Calibrating ${calibration.parameters.length} parameters to ${calibration.targets.length} targets`,
    'Parameters:',
    ...calibration.parameters.map((p) => `  ${p.path.padEnd(width)}  ${formatNumber(p.low)} – ${formatNumber(p.high)} ${p.param.unit}`),
    `Targets: ${calibration.targets.map((t) => `${t.id} ${formatNumber(t.value)} ± ${formatNumber(t.tolerance)}${t.weight !== 1 ? ` (weight ${t.weight})` : ''}`).join(', ')}`,
    `Seeds: ${calibration.seeds.join(', ')} (common to every candidate)`,
    `Runs of ${calibration.households} households × ${calibration.months} months${calibration.warmupMonths === undefined ? '' : ` after ${calibration.warmupMonths} warm-up months`}, scenario${scenarios.length > 1 ? 's' : ''} ${scenarios.join(', ')}`,
    `Runs: the current defaults and ${points} Latin hypercube points × ${per} = ${(points + 1) * per}, Nelder–Mead at most ${maxEvaluations} × ${per} = ${maxEvaluations * per}, check of the rounded values ${per}: at most ${planned} runs on ${workers === 0 ? 'this thread' : `${workers} worker thread${workers > 1 ? 's' : ''}`}`,
    '',
  ].join('\n');
}

export function resultText(calibration: Calibration, fit: Fit, runs: number, wallSeconds: number, out: string): string {
  const rows: string[][] = [['parameter', 'fitted', 'range', 'fitted to']];
  calibration.parameters.forEach((p, i) => rows.push([p.path, formatNumber(fit.best.values[i]!), `${formatNumber(p.low)} – ${formatNumber(p.high)}`, p.targets.join(', ')]));
  const targets: string[][] = [['target', 'model', 'published', 'tolerance', 'weight', 'loss term']];
  for (const f of fit.best.fits) targets.push([f.id, formatNumber(f.model), formatNumber(f.value), formatNumber(f.tolerance), String(f.weight), formatNumber(f.term)]);
  const stages = (Object.entries(fit.evaluations) as Array<[Stage, number]>).map(([stage, n]) => `${n} ${STAGE_NAMES[stage]}`).join(', ');
  return [
    table(rows), '', table(targets), '',
    `Loss ${formatNumber(fit.best.loss)} (Σ weight × ((model − published) ÷ tolerance)²; ${formatNumber(fit.searchLoss)} before rounding the values).`,
    `Candidates: ${stages}; ${runs} runs in ${formatDuration(wallSeconds)}.`,
    `Written to ${out}. Run \`npm run docs\` to update docs/parameters.md.`,
    '',
  ].join('\n');
}

function table(rows: readonly string[][]): string {
  const widths = rows[0]!.map((_, j) => Math.max(...rows.map((r) => r[j]!.length)));
  return rows.map((r) => r.map((cell, j) => (j === 0 || j === r.length - 1 ? cell.padEnd(widths[j]!) : cell.padStart(widths[j]!))).join('  ').trimEnd()).join('\n');
}

/** 4 significant figures, whole numbers from 1,000; "—" for no value. */
export function formatNumber(value: number | null): string {
  if (value === null || Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return '∞';
  return Math.abs(value) >= 1000 ? String(Math.round(value)) : String(Number(value.toPrecision(4)));
}

/**
 * SALib's plain-text formats (Herman & Usher 2017, JOSS 2(9):97), so a researcher can check
 * our analysis with SALib, or analyse our runs there:
 *
 *   problem file   one factor a line, `name low high` (read by SALib's read_param_file,
 *                  which sniffs the separator: a single space)
 *   sample matrix  one run a line, its factor values separated by a single space
 *   model outputs  one value a line, in the sample's order
 *   results        CSV with SALib's column names: Morris names,mu,mu_star,sigma,mu_star_conf;
 *                  Sobol names,S1,S1_conf,ST,ST_conf
 *
 * e.g. `salib analyze sobol -p problem.txt -Y outputs.txt --max-order 1` or
 * `salib analyze morris -p problem.txt -X sample.txt -Y outputs.txt`.
 *
 * Numbers are written in full (String(x): the shortest text that reads back as the same
 * double), so writing and reading gives the same bits. The readers name the line, the value
 * and what was expected; like numpy's loadtxt they skip lines starting with #, and a blank
 * line at the end. Pure (no Node, no DOM).
 */
import { AnalysisError } from '../analysisError.ts';
import { csvField } from '../tidy.ts';
import { checkFactors, type Factor } from './factors.ts';
import type { MorrisIndex } from './morris.ts';
import type { SobolIndex } from './sobol.ts';

/** A double as text that reads back as the same double (−0 included, which String gives as "0"). */
export function numberText(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}

export function problemText(factors: readonly Factor[]): string {
  checkFactors(factors);
  return factors.map((f) => `${f.name} ${numberText(f.low)} ${numberText(f.high)}\n`).join('');
}

/** A SALib problem file: `name low high` a line (SALib's optional group and distribution columns are refused). */
export function parseProblemText(text: string): Factor[] {
  const factors = dataLines(text, 'problem file', 'a line `name low high` for each factor').map(({ line, fields }) => {
    if (fields.length !== 3) throw new AnalysisError(`problem file line ${line}: ${fields.length} fields; expected 3, \`name low high\` (groups and distributions are not supported)`);
    const [name, low, high] = fields as [string, string, string];
    return { name, low: parseNumber(low, `problem file line ${line}`, `the low end of "${name}"`), high: parseNumber(high, `problem file line ${line}`, `the high end of "${name}"`) };
  });
  checkFactors(factors);
  return factors;
}

export function sampleText(rows: ReadonlyArray<readonly number[]>): string {
  return rows.map((row, r) => `${row.map((x, c) => finiteText(x, `sample row ${r + 1}, column ${c + 1}`)).join(' ')}\n`).join('');
}

/** A sample matrix; `columns`, when given, is the number of factors every row must have. */
export function parseSampleText(text: string, columns?: number): number[][] {
  const lines = dataLines(text, 'sample file', 'one row of factor values a line');
  const width = columns ?? lines[0]!.fields.length;
  return lines.map(({ line, fields }) => {
    const where = `sample file line ${line}`;
    if (fields.length !== width) {
      throw new AnalysisError(`${where}: ${fields.length} value${fields.length === 1 ? '' : 's'}; expected ${width}, one per factor${columns === undefined ? ' (as on the first line)' : ''}`);
    }
    return fields.map((field, c) => parseNumber(field, where, `a factor value in column ${c + 1}`));
  });
}

export function outputText(values: readonly number[]): string {
  return values.map((x, r) => `${finiteText(x, `output ${r + 1}`)}\n`).join('');
}

/** A model output file; `rows`, when given, is the number of sample rows it must match. */
export function parseOutputText(text: string, rows?: number): number[] {
  const lines = dataLines(text, 'output file', 'one model output a line');
  const values = lines.map(({ line, fields }) => {
    const where = `output file line ${line}`;
    if (fields.length !== 1) throw new AnalysisError(`${where}: ${fields.length} values; expected one model output a line`);
    return parseNumber(fields[0]!, where, 'a model output (a failed run is rerun, not left out)');
  });
  if (rows !== undefined && values.length !== rows) {
    throw new AnalysisError(`output file: ${values.length} values; expected ${rows}, one for each row of the sample, in its order`);
  }
  return values;
}

export function morrisTable(indices: readonly MorrisIndex[]): string {
  const lines = indices.map((x) => [x.name, x.mu, x.muStar, x.sigma, x.muStarConf].map(cell).join(','));
  return `names,mu,mu_star,sigma,mu_star_conf\n${lines.map((l) => `${l}\n`).join('')}`;
}

export function sobolTable(indices: readonly SobolIndex[]): string {
  const lines = indices.map((x) => [x.name, x.S1, x.S1Conf, x.ST, x.STConf].map(cell).join(','));
  return `names,S1,S1_conf,ST,ST_conf\n${lines.map((l) => `${l}\n`).join('')}`;
}

/** A CSV cell: names quoted where needed, numbers in full, a missing number empty. */
const cell = (x: string | number): string => (typeof x === 'number' ? (Number.isFinite(x) ? numberText(x) : '') : csvField(x));

function finiteText(x: number, what: string): string {
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new AnalysisError(`${what}: ${String(x)}; expected a finite number (a missing run cannot be written)`);
  return numberText(x);
}

/** The lines holding data, 1-based line numbers kept, split on spaces or tabs. */
function dataLines(text: string, file: string, expected: string): Array<{ line: number; fields: string[] }> {
  const raw = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  while (raw.length > 0 && raw[raw.length - 1]!.trim() === '') raw.pop();
  const out: Array<{ line: number; fields: string[] }> = [];
  raw.forEach((l, i) => {
    const trimmed = l.trim();
    if (trimmed.startsWith('#')) return;
    if (trimmed === '') throw new AnalysisError(`${file} line ${i + 1}: is empty; expected ${expected} (a blank line would shift every later row)`);
    out.push({ line: i + 1, fields: trimmed.split(/[ \t]+/) });
  });
  if (out.length === 0) throw new AnalysisError(`${file}: has no data; expected ${expected}`);
  return out;
}

/** Decimal notation only (1, -0.5, 2.5e-7): no hex, no "Infinity", no "nan". */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function parseNumber(field: string, where: string, expected: string): number {
  const x = DECIMAL.test(field) ? Number(field) : NaN;
  if (!Number.isFinite(x)) throw new AnalysisError(`${where}: ${JSON.stringify(field)} is not a finite number; expected ${expected}`);
  return x;
}

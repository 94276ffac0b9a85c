import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { morrisAnalyse, morrisSample } from '../../../../sim/experiment/sensitivity/morris.ts';
import { morrisTable, numberText, outputText, parseOutputText, parseProblemText, parseSampleText, problemText, sampleText, sobolTable } from '../../../../sim/experiment/sensitivity/salib.ts';
import { saltelliSample } from '../../../../sim/experiment/sensitivity/saltelli.ts';
import { sobolAnalyse } from '../../../../sim/experiment/sensitivity/sobol.ts';
import { ISHIGAMI_FACTORS, ishigami } from './ishigami.ts';
import { failure } from '../analysisFailure.ts';


/** Equal bit for bit: Object.is tells −0 from 0 (and toEqual would not catch a last-bit change in a printout). */
const sameBits = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

const AWKWARD = [0.1 + 0.2, -Math.PI, 1e-300, 5e-324, -0, 0, 123456789.12345679, 1 / 3, -2.5e-7, Number.MAX_VALUE, 2 ** 53 + 2];

describe('SALib files', () => {
  it('write the problem file as `name low high` lines and read it back', () => {
    const factors = [{ name: 'trust.baseline', low: 0.3, high: 0.8 }, { name: 'government.dibao.lineRural', low: -0, high: 1e-7 }];
    const text = problemText(factors);
    expect(text).toBe('trust.baseline 0.3 0.8\ngovernment.dibao.lineRural -0 1e-7\n');
    const back = parseProblemText(text);
    expect(back.map((f) => f.name)).toEqual(factors.map((f) => f.name));
    expect(sameBits(back.flatMap((f) => [f.low, f.high]), factors.flatMap((f) => [f.low, f.high]))).toBe(true);
  });

  it('round-trip a sample matrix bit for bit, awkward doubles included', () => {
    const rows = [AWKWARD.slice(0, 4), AWKWARD.slice(4, 8), AWKWARD.slice(7, 11)];
    const text = sampleText(rows);
    expect(text.split('\n')[0]).toBe(`${numberText(0.1 + 0.2)} ${numberText(-Math.PI)} 1e-300 5e-324`);
    const back = parseSampleText(text, 4);
    back.forEach((row, r) => expect(sameBits(row, rows[r]!), `row ${r + 1}`).toBe(true));
    const design = saltelliSample(ISHIGAMI_FACTORS, 64, seedrandom.alea('gapsim:test:salib'));
    expect(sameBits(parseSampleText(sampleText(design.rows)).flat(), design.rows.flat())).toBe(true);
  });

  it('round-trip model outputs bit for bit, one a line, and give the same analysis read back', () => {
    expect(sameBits(parseOutputText(outputText(AWKWARD)), AWKWARD)).toBe(true);
    expect(outputText([1.5, -0])).toBe('1.5\n-0\n');
    const design = saltelliSample(ISHIGAMI_FACTORS, 256, seedrandom.alea('gapsim:test:salib'));
    const outputs = design.rows.map(ishigami);
    const direct = sobolAnalyse(ISHIGAMI_FACTORS, outputs, { random: seedrandom.alea('b'), resamples: 100 });
    const viaFiles = sobolAnalyse(parseProblemText(problemText(ISHIGAMI_FACTORS)), parseOutputText(outputText(outputs), design.rows.length), { random: seedrandom.alea('b'), resamples: 100 });
    expect(viaFiles).toEqual(direct);
  });

  it('read what numpy writes: exponent notation, spaces or tabs, CRLF, # comments, a trailing blank line', () => {
    expect(parseSampleText('# from SALib\r\n-3.132388770000000e+00\t1.5e-01  2\r\n1 2 3\r\n\r\n')).toEqual([[-3.13238877, 0.15, 2], [1, 2, 3]]);
  });

  it('refuse bad sample and output files, naming the line, the value and what was expected', () => {
    expect(failure(() => parseSampleText('1 2 3\n4 five 6\n'))).toBe('sample file line 2: "five" is not a finite number; expected a factor value in column 2');
    expect(failure(() => parseSampleText('1 2 3\n4 5\n'))).toBe('sample file line 2: 2 values; expected 3, one per factor (as on the first line)');
    expect(failure(() => parseSampleText('1 2\n', 3))).toBe('sample file line 1: 2 values; expected 3, one per factor');
    expect(failure(() => parseSampleText('1 2\n\n3 4\n'))).toContain('sample file line 2: is empty');
    expect(failure(() => parseSampleText('0x10 1\n'))).toContain('"0x10" is not a finite number');
    expect(failure(() => parseSampleText('\n\n'))).toContain('sample file: has no data');
    expect(failure(() => parseOutputText('1\n2\nnan\n4\n'))).toBe('output file line 3: "nan" is not a finite number; expected a model output (a failed run is rerun, not left out)');
    expect(failure(() => parseOutputText('1\n2 3\n'))).toBe('output file line 2: 2 values; expected one model output a line');
    expect(failure(() => parseOutputText('1\n2\n', 3))).toContain('output file: 2 values; expected 3, one for each row of the sample');
    expect(failure(() => parseOutputText('1e999\n'))).toContain('"1e999" is not a finite number');
    expect(failure(() => parseProblemText('x1 0 1\nx2 1 0\n'))).toBe('factors[1] "x2": low 1 is not below high 0; expected low < high');
    expect(failure(() => parseProblemText('x1 0 1 group1\n'))).toContain('problem file line 1: 4 fields; expected 3');
    expect(failure(() => sampleText([[1, NaN]]))).toContain('sample row 1, column 2: NaN; expected a finite number');
    expect(failure(() => outputText([1, 2, Infinity]))).toContain('output 3: Infinity');
  });

  it('write result tables with SALib\'s column names, numbers in full', () => {
    const morris = morrisSample(ISHIGAMI_FACTORS, { trajectories: 10 }, seedrandom.alea('gapsim:test:salib'));
    const indices = morrisAnalyse(morris, morris.rows.map(ishigami), { random: seedrandom.alea('b'), resamples: 50 });
    const table = morrisTable(indices).split('\n');
    expect(table[0]).toBe('names,mu,mu_star,sigma,mu_star_conf');
    expect(table[1]).toBe(['x1', indices[0]!.mu, indices[0]!.muStar, indices[0]!.sigma, indices[0]!.muStarConf].map(String).join(','));
    expect(table).toHaveLength(5); // header, three factors, and the final newline
    const saltelli = saltelliSample(ISHIGAMI_FACTORS, 64, seedrandom.alea('gapsim:test:salib'));
    const sobol = sobolAnalyse(ISHIGAMI_FACTORS, saltelli.rows.map(ishigami), { random: seedrandom.alea('b'), resamples: 50 });
    const lines = sobolTable(sobol.indices).split('\n');
    expect(lines[0]).toBe('names,S1,S1_conf,ST,ST_conf');
    const cells = lines[3]!.split(',');
    expect(cells[0]).toBe('x3');
    expect(Number(cells[3])).toBe(sobol.indices[2]!.ST);
    expect(sobolTable([{ name: 'a,b', S1: NaN, S1Conf: 0.1, S1Low: 0, S1High: 0, ST: -0, STConf: 0, STLow: 0, STHigh: 0 }])).toBe('names,S1,S1_conf,ST,ST_conf\n"a,b",,0.1,-0,0\n');
  });
});

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { evaluate } from 'mathjs';
import { describe, it, expect } from 'vitest';
import { compileRule, RuleError, RULE_FUNCTIONS, type VariableReader } from '../../../sim/rules/compiler.ts';

/** Two households: h = 0 and h = 1 read different values, so a rule can give different results. */
const VARS: Record<string, VariableReader> = {
  x: (h) => [3, 7][h]!,
  y: (h) => [10, 2][h]!,
  income_pc: (h) => [500, 900][h]!,
  line: () => 795,
};

/** Compile `source`, expect a RuleError, and return it for its message. */
function refusal(source: string, variables: Record<string, VariableReader> = VARS): RuleError {
  let caught: unknown;
  try {
    compileRule(source, variables);
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected ${JSON.stringify(source.slice(0, 80))} to be refused`).toBeInstanceOf(RuleError);
  const error = caught as RuleError;
  expect(error.message.length).toBeGreaterThan(0);
  return error;
}

describe('compileRule: evaluation', () => {
  // [source, result for h = 0 (x=3, y=10), result for h = 1 (x=7, y=2)]
  const cases: Array<[string, number, number]> = [
    // arithmetic and precedence
    ['x + y', 13, 9],
    ['x - y', -7, 5],
    ['x * y', 30, 14],
    ['y / x', 10 / 3, 2 / 7],
    ['x ^ 2', 9, 49],
    ['y mod x', 1, 2],
    ['-x', -3, -7],
    ['+x', 3, 7],
    ['2 * x + 1', 7, 15],
    ['(x + 1) * 2', 8, 16],
    ['2 + x * y', 32, 16],
    ['1.5 * x', 4.5, 10.5],
    // comparisons give 1 and 0
    ['x < y', 1, 0],
    ['x <= 3', 1, 0],
    ['x > y', 0, 1],
    ['x >= 7', 0, 1],
    ['x == 3', 1, 0],
    ['x != 3', 0, 1],
    // logic, with booleans as 1 and 0
    ['x < 5 and y > 5', 1, 0],
    ['x > 5 and y < 5', 0, 1],
    ['x > 5 or y > 50', 0, 1],
    ['x < 5 or y > 50', 1, 0],
    ['x or 0', 1, 1],
    ['x and y', 1, 1],
    ['not (x < 5)', 0, 1],
    ['not x', 0, 0],
    ['x < 5 xor y < 50', 0, 1],
    ['x > 5 xor y > 50', 0, 1],
    ['true and x < 5', 1, 0],
    ['false or x > 5', 0, 1],
    // conditional
    ['x < 5 ? 100 : 200', 100, 200],
    ['x > 5 ? x : y', 10, 7],
    ['x < 5 ? (y > 5 ? 1 : 2) : 3', 1, 3],
    // functions
    ['min(x, y)', 3, 2],
    ['max(x, y)', 10, 7],
    ['abs(x - y)', 7, 5],
    ['floor(y / x)', 3, 0],
    ['ceil(y / x)', 4, 1],
    ['round(y / x)', 3, 0],
    ['round(x / 2)', 2, 4],
    ['floor(-x / 2)', -2, -4],
    ['ceil(-x / 2)', -1, -3],
    // a realistic rule
    ['income_pc < line and x < 5', 1, 0],
    ['income_pc < 1.5 * line', 1, 1],
    ['income_pc < line', 1, 0],
  ];

  it.each(cases)('%s gives %d for h=0 and %d for h=1', (source, h0, h1) => {
    const rule = compileRule(source, VARS);
    expect(rule(0)).toBeCloseTo(h0, 12);
    expect(rule(1)).toBeCloseTo(h1, 12);
  });

  it('returns the reader itself for a bare variable, so it reads each household', () => {
    const rule = compileRule('x', VARS);
    expect([rule(0), rule(1)]).toEqual([3, 7]);
  });

  it('offers exactly min, max, abs, floor, ceil and round', () => {
    expect(Object.keys(RULE_FUNCTIONS).sort()).toEqual(['abs', 'ceil', 'floor', 'max', 'min', 'round']);
  });
});

describe('compileRule: against mathjs', () => {
  // Chains of and/or are one closure and operators on constants are folded: the results must
  // stay what mathjs's own evaluator gives for the same expression.
  const leaf = fc.oneof(fc.constantFrom('x', 'y'), fc.integer({ min: -9, max: 9 }).map(String));
  const expression = fc.letrec<{ e: string }>((tie) => ({
    e: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '<', '<=', '>', '>=', '==', '!='), tie('e')).map(([a, op, b]) => `(${a} ${op} ${b})`),
      fc.tuple(fc.array(tie('e'), { minLength: 2, maxLength: 6 }), fc.constantFrom('and', 'or')).map(([es, op]) => es.join(` ${op} `)),
      tie('e').map((e) => `not (${e})`),
      tie('e').map((e) => `-(${e})`),
    ),
  })).e;

  it('gives what mathjs evaluate gives, for every household', () => {
    fc.assert(fc.property(expression, (source) => {
      const rule = compileRule(source, VARS);
      for (const h of [0, 1]) {
        const expected = Number(evaluate(source, { x: VARS.x!(h), y: VARS.y!(h) }));
        expect(rule(h) + 0).toBe(expected + 0); // + 0: −0 and 0 are the same answer
      }
    }), { numRuns: 300 });
  });
});

describe('compileRule: and/or short-circuit', () => {
  function counting(): { vars: Record<string, VariableReader>; calls: () => number } {
    let calls = 0;
    const vars: Record<string, VariableReader> = {
      ...VARS,
      boom: () => {
        calls++;
        throw new Error('boom was read');
      },
    };
    return { vars, calls: () => calls };
  }

  it('and does not read its right side when the left side is false', () => {
    const { vars, calls } = counting();
    const rule = compileRule('x > 5 and boom', vars);
    expect(rule(0)).toBe(0);
    expect(calls()).toBe(0);
    // when the left side is true the right side is read (and here it throws)
    expect(() => rule(1)).toThrow('boom was read');
    expect(calls()).toBe(1);
  });

  it('or does not read its right side when the left side is true', () => {
    const { vars, calls } = counting();
    const rule = compileRule('x < 5 or boom', vars);
    expect(rule(0)).toBe(1);
    expect(calls()).toBe(0);
    expect(() => rule(1)).toThrow('boom was read');
    expect(calls()).toBe(1);
  });

  it('the conditional reads only the branch it takes', () => {
    const { vars, calls } = counting();
    const rule = compileRule('x < 5 ? y : boom', vars);
    expect(rule(0)).toBe(10);
    expect(calls()).toBe(0);
  });
});

describe('compileRule: refusals', () => {
  const functionCalls: Array<[string, string]> = [
    ['import({x:1})', 'import'],
    ['evaluate("1+1")', 'evaluate'],
    ['parse("1")', 'parse'],
    ['compile("1")', 'compile'],
    ['createUnit("foo")', 'createUnit'],
    ['simplify("x")', 'simplify'],
    ['derivative("x","x")', 'derivative'],
    ['range(1,1e9)', 'range'],
  ];

  it.each(functionCalls)('refuses %s, naming the function', (source, name) => {
    const error = refusal(source);
    expect(error.message).toContain(`"${name}"`);
    expect(error.message).toContain('not allowed');
    expect(error.message).toContain('min, max, abs, floor, ceil, round');
  });

  const constructs: Array<[string, RegExp]> = [
    ['x = 5', /an assignment, which is not allowed/],
    ['f(x) = x^2', /a function definition, which is not allowed/],
    ['"abc".constructor', /property or index access, which is not allowed/],
    ['[1,2]', /an array, which is not allowed/],
    ['{a:1}', /an object, which is not allowed/],
    ['a.b', /property or index access, which is not allowed/],
    ['x[1]', /property or index access, which is not allowed/],
    ['1 < x < 3', /a chained comparison, which is not allowed/],
    ['1:3', /a range, which is not allowed/],
    ['x; y', /several statements, which is not allowed/],
    ['x!', /operator "!", which is not allowed/],
    ['x & 1', /operator "&", which is not allowed/],
  ];

  it.each(constructs)('refuses %s and says what is wrong', (source, pattern) => {
    expect(refusal(source).message).toMatch(pattern);
  });

  it('refuses a string constant', () => {
    const message = refusal('"text"').message;
    expect(message).toContain('"text"');
    expect(message).toContain('only numbers, true and false are allowed');
  });

  it('refuses a string hidden inside an otherwise allowed expression', () => {
    expect(refusal('x < "5"').message).toContain('"5"');
    expect(refusal('abs("a")').message).toContain('"a"');
  });

  it('refuses a function with the wrong number of arguments', () => {
    expect(refusal('round(x, 1)').message).toMatch(/round with 2 arguments; expected 1/);
    expect(refusal('min(x)').message).toMatch(/min with 1 arguments; expected 2/);
  });

  it('refuses an unknown variable, naming it and suggesting a near name', () => {
    const message = refusal('income_p < line').message;
    expect(message).toContain('"income_p"');
    expect(message).toContain('did you mean "income_pc"');
    // and lists what is allowed
    expect(message).toContain('income_pc');
    expect(message).toContain('line');
  });

  it('refuses an unknown variable with no near name, without a suggestion', () => {
    const message = refusal('completely_unrelated_name > 1').message;
    expect(message).toContain('"completely_unrelated_name"');
    expect(message).not.toContain('did you mean');
  });

  it('does not take names from the prototype of the variable table', () => {
    expect(refusal('constructor').message).toContain('"constructor"');
    expect(refusal('toString(1)').message).toContain('"toString"');
  });

  it('refuses an empty or blank rule', () => {
    expect(refusal('').message).toContain('is empty');
    expect(refusal('   \n\t').message).toContain('is empty');
  });

  it('refuses a rule longer than 2000 characters, but accepts one of exactly 2000', () => {
    const long = 'x' + ' '.repeat(2000);
    expect(long.length).toBe(2001);
    const message = refusal(long).message;
    expect(message).toContain('2001 characters');
    expect(message).toContain('at most 2000');
    const limit = 'x' + ' '.repeat(1999);
    expect(compileRule(limit, VARS)(1)).toBe(7);
  });

  it('refuses a rule that does not parse', () => {
    expect(refusal('income_pc <').message).toMatch(/^does not parse: /);
    expect(refusal('(x + 1').message).toMatch(/^does not parse: /);
  });

  // Property access is refused ("a.b"), but a method call on anything is compiled as the
  // bare function: the object before the dot is never checked (known bug in compiler.ts).
  it('refuses property access written as a method call (x.abs(-1), "abc".round(1.5), ...)', () => {
    const sources = ['x.abs(-1)', '"abc".round(1.5)', '[1].max(1, 2)', 'no_such_variable.min(1, 2)'];
    const accepted: string[] = [];
    for (const source of sources) {
      try {
        compileRule(source, VARS);
        accepted.push(source);
      } catch (error) {
        expect(error).toBeInstanceOf(RuleError);
      }
    }
    expect(accepted, 'these rules use property access and should be refused').toEqual([]);
  });

  // A deeply nested rule under the length limit must compile or be refused with a
  // RuleError, never escape as a RangeError from the compiler's recursion. Whether the
  // recursion overflows depends on how far V8 has optimised build(): in a fresh process,
  // which is how the CLI (bin/gapsim.mjs, through tsx) loads a scenario, 1,995 unary
  // minuses overflow; after many compilations they may not. So check in a fresh process.
  it('refuses or compiles a deeply nested rule in a fresh process, with no other exception', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const rules = new URL('../../../sim/rules/compiler.ts', import.meta.url).href;
    const script = `
      import { compileRule, RuleError } from ${JSON.stringify(rules)};
      const vars = { x: () => 1 };
      const sources = {
        '1995 unary minuses': '-'.repeat(1995) + 'x',
        '1999 unary pluses': '+'.repeat(1999) + 'x',
        '990 parentheses': '('.repeat(990) + 'x' + ')'.repeat(990),
        '495 nots': 'not '.repeat(495) + 'x',
        '330 abs calls': 'abs('.repeat(330) + 'x' + ')'.repeat(330),
      };
      const out = {};
      for (const [label, source] of Object.entries(sources)) {
        if (source.length > 2000) throw new Error(label + ' is too long');
        try {
          const rule = compileRule(source, vars);
          out[label] = typeof rule(0) === 'number' ? 'compiled' : 'compiled to a non-number';
        } catch (error) {
          out[label] = error instanceof RuleError ? 'RuleError' : String(error);
        }
      }
      console.log(JSON.stringify(out));
    `;
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    const outcomes = JSON.parse(stdout) as Record<string, string>;
    expect(Object.keys(outcomes)).toHaveLength(5);
    const escaped = Object.entries(outcomes).filter(([, outcome]) => outcome !== 'RuleError' && outcome !== 'compiled');
    expect(escaped, 'exceptions other than RuleError').toEqual([]);
  });
});

describe('compiler.ts source', () => {
  const text = readFileSync(new URL('../../../sim/rules/compiler.ts', import.meta.url), 'utf8');
  // The header comment says "(no eval, no new Function)"; check the code, not the prose.
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

  it('was read and has code in it', () => {
    expect(code).toContain('export function compileRule');
  });

  it('contains neither eval( nor new Function', () => {
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/new\s+Function\b/);
    expect(code).not.toMatch(/\bFunction\s*\(/);
  });

  it('never calls a mathjs evaluator', () => {
    expect(code).not.toMatch(/\.(evaluate|compile)\s*\(/);
    expect(code).not.toMatch(/\bimport\s*\{[^}]*\b(evaluate|compile)\b[^}]*\}\s*from\s*'mathjs/);
  });
});

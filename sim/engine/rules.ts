/**
 * Eligibility rules are scenario data: short expressions such as
 * `income_pc < line and registered`. They are parsed with mathjs's expression parser
 * and then walked into plain closures over a whitelist of node types, operators and
 * functions. Nothing from mathjs is evaluated, so no mathjs function — `import`,
 * `evaluate`, `parse`, `compile`, `createUnit`, `range`, … — is reachable from a rule,
 * assignment and property access are refused, and the result runs under a strict CSP
 * (no eval, no new Function). Compiling once per run makes an evaluation cost a few
 * closure calls.
 */
import { create, parseDependencies } from 'mathjs/number';
import type { FactoryFunctionMap } from 'mathjs';
import { closest } from './closest.ts';
import { power } from './exactMath.ts';

const { parse } = create({ parseDependencies } as FactoryFunctionMap);

/** A compiled rule: household id → number (booleans as 1 and 0). */
export type Rule = (h: number) => number;

/** Reads one variable of household h. */
export type VariableReader = (h: number) => number;

export class RuleError extends Error {}

const MAX_RULE_LENGTH = 2000;
/** Deeper nesting than any readable rule; also keeps compilation off the end of the stack. */
const MAX_DEPTH = 64;

type Fn1 = (a: number) => number;
type Fn2 = (a: number, b: number) => number;

const BINARY: Record<string, Fn2> = {
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => a / b,
  mod: (a, b) => a - b * Math.floor(a / b),
  pow: (a, b) => power(a, b),
  smaller: (a, b) => +(a < b),
  smallerEq: (a, b) => +(a <= b),
  larger: (a, b) => +(a > b),
  largerEq: (a, b) => +(a >= b),
  equal: (a, b) => +(a === b),
  unequal: (a, b) => +(a !== b),
  xor: (a, b) => +(!a !== !b),
};

const UNARY: Record<string, Fn1> = {
  unaryMinus: (a) => -a,
  unaryPlus: (a) => a,
  not: (a) => +!a,
};

export const RULE_FUNCTIONS: Record<string, { arity: number; fn: (...args: number[]) => number }> = {
  min: { arity: 2, fn: Math.min },
  max: { arity: 2, fn: Math.max },
  abs: { arity: 1, fn: Math.abs },
  floor: { arity: 1, fn: Math.floor },
  ceil: { arity: 1, fn: Math.ceil },
  round: { arity: 1, fn: Math.round },
};

interface Node {
  type: string;
  // ConstantNode
  value?: unknown;
  // SymbolNode, FunctionNode
  name?: string;
  // OperatorNode
  fn?: string | { name?: string };
  op?: string;
  args?: Node[];
  // ParenthesisNode
  content?: Node;
  // ConditionalNode
  condition?: Node;
  trueExpr?: Node;
  falseExpr?: Node;
}

/**
 * Compile `source` into a closure over the given variables. Throws RuleError with a
 * message that says what is wrong (the caller adds which field it came from).
 */
export function compileRule(source: string, variables: Readonly<Record<string, VariableReader>>): Rule {
  if (typeof source !== 'string' || source.trim() === '') throw new RuleError('is empty; expected an expression such as "income_pc < line"');
  if (source.length > MAX_RULE_LENGTH) throw new RuleError(`is ${source.length} characters long; expected at most ${MAX_RULE_LENGTH}`);
  let root: Node;
  try {
    root = parse(source) as unknown as Node;
  } catch (error) {
    throw new RuleError(`does not parse: ${error instanceof Error ? error.message : String(error)}`);
  }
  return build(root, variables, 0);
}

function build(node: Node, variables: Readonly<Record<string, VariableReader>>, depth: number): Rule {
  if (depth > MAX_DEPTH) throw new RuleError(`nests deeper than ${MAX_DEPTH} levels; expected a simpler expression`);
  const sub = (child: Node): Rule => build(child, variables, depth + 1);
  switch (node.type) {
    case 'ConstantNode': {
      const v = node.value;
      if (typeof v === 'number' || typeof v === 'boolean') {
        const n = +v;
        return () => n;
      }
      throw new RuleError(`contains ${JSON.stringify(v)}; only numbers, true and false are allowed as constants`);
    }
    case 'SymbolNode': {
      const name = node.name ?? '';
      const read = Object.hasOwn(variables, name) ? variables[name] : undefined;
      if (!read) {
        const hint = closest(name, Object.keys(variables));
        throw new RuleError(`names an unknown variable "${name}"${hint ? ` (did you mean "${hint}"?)` : ''}; expected one of: ${Object.keys(variables).join(', ')}`);
      }
      return read;
    }
    case 'ParenthesisNode':
      return sub(node.content!);
    case 'ConditionalNode': {
      const c = sub(node.condition!);
      const t = sub(node.trueExpr!);
      const f = sub(node.falseExpr!);
      return (h) => (c(h) ? t(h) : f(h));
    }
    case 'OperatorNode':
      return operator(node, sub);
    case 'FunctionNode': {
      // Only plain names can be called: `x.abs(1)` would reach through property access.
      const callee = node.fn as Node | undefined;
      if (callee?.type !== 'SymbolNode') throw new RuleError(`uses ${describe(callee?.type ?? 'AccessorNode')} to call a function, which is not allowed in a rule`);
      const name = callee.name ?? '?';
      const spec = Object.hasOwn(RULE_FUNCTIONS, name) ? RULE_FUNCTIONS[name] : undefined;
      if (!spec) throw new RuleError(`calls "${name}", which is not allowed in a rule; allowed functions: ${Object.keys(RULE_FUNCTIONS).join(', ')}`);
      const args = (node.args ?? []).map(sub);
      if (args.length !== spec.arity) throw new RuleError(`calls ${name} with ${args.length} arguments; expected ${spec.arity}`);
      const fn = spec.fn;
      const [a, b] = args as [Rule, Rule];
      return spec.arity === 1 ? (h) => fn(a(h)) : (h) => fn(a(h), b(h));
    }
    default:
      throw new RuleError(`uses ${describe(node.type)}, which is not allowed in a rule; expected arithmetic, comparisons, and/or/not/xor, "? :" and ${Object.keys(RULE_FUNCTIONS).join(', ')}`);
  }
}

function operator(node: Node, sub: (child: Node) => Rule): Rule {
  const fn = typeof node.fn === 'string' ? node.fn : '';
  const args = (node.args ?? []).map(sub);
  if (args.length === 1 && Object.hasOwn(UNARY, fn)) {
    const f = UNARY[fn]!;
    const [a] = args as [Rule];
    return (h) => f(a(h));
  }
  if (args.length === 2) {
    const [a, b] = args as [Rule, Rule];
    // and/or short-circuit, as a reader of the rule expects.
    if (fn === 'and') return (h) => +(!!a(h) && !!b(h));
    if (fn === 'or') return (h) => +(!!a(h) || !!b(h));
    if (Object.hasOwn(BINARY, fn)) {
      const f = BINARY[fn]!;
      return (h) => f(a(h), b(h));
    }
  }
  throw new RuleError(`uses the operator "${node.op ?? fn}", which is not allowed in a rule`);
}

function describe(type: string): string {
  const names: Record<string, string> = {
    AssignmentNode: 'an assignment',
    FunctionAssignmentNode: 'a function definition',
    AccessorNode: 'property or index access',
    ArrayNode: 'an array',
    ObjectNode: 'an object',
    IndexNode: 'indexing',
    RangeNode: 'a range',
    BlockNode: 'several statements',
    RelationalNode: 'a chained comparison',
  };
  return names[type] ?? `a ${type}`;
}

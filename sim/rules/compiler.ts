/**
 * Eligibility rules are scenario data: short expressions such as
 * `income_pc < line and registered`. They are parsed with mathjs's expression parser
 * and then walked into plain closures over a whitelist of node types, operators and
 * functions. Nothing from mathjs is evaluated, so no mathjs function — `import`,
 * `evaluate`, `parse`, `compile`, `createUnit`, `range`, … — is reachable from a rule,
 * assignment and property access are refused, and the result runs under a strict CSP
 * (no eval, no new Function). Compiling once per run makes an evaluation cost a few
 * closure calls.
 *
 * The language knows no household: a rule reads whatever variables it is given. So it sits
 * below both the scenario, whose validator compiles each rule against placeholder variables,
 * and the engine, which compiles it against its households.
 */
import { create, parseDependencies } from 'mathjs/number';
import type { FactoryFunctionMap } from 'mathjs';
import { closest } from '../common/closest.ts';
import { power } from '../common/exactMath.ts';

const { parse } = create({ parseDependencies } as FactoryFunctionMap);

/** A compiled rule: household id → number (booleans as 1 and 0). */
export type Rule = (h: number) => number;

/** Reads one variable of household h. */
export type VariableReader = (h: number) => number;

export class RuleError extends Error {}

const MAX_RULE_LENGTH = 2000;
/** Deeper nesting than any readable rule; also keeps compilation off the end of the stack. */
const MAX_DEPTH = 64;

/**
 * The operators, each as a maker of the closure that applies it to its operands' closures:
 * one closure per node of the expression (an operator applied through a second call cost a
 * rule a third more calls). `and` and `or` (operator below) short-circuit, as a reader of the
 * rule expects, and a chain of them is one closure.
 */
const BINARY: Record<string, (a: Rule, b: Rule) => Rule> = {
  add: (a, b) => (h) => a(h) + b(h),
  subtract: (a, b) => (h) => a(h) - b(h),
  multiply: (a, b) => (h) => a(h) * b(h),
  divide: (a, b) => (h) => a(h) / b(h),
  mod: (a, b) => (h) => { const x = a(h), y = b(h); return x - y * Math.floor(x / y); },
  pow: (a, b) => (h) => power(a(h), b(h)),
  smaller: (a, b) => (h) => +(a(h) < b(h)),
  smallerEq: (a, b) => (h) => +(a(h) <= b(h)),
  larger: (a, b) => (h) => +(a(h) > b(h)),
  largerEq: (a, b) => (h) => +(a(h) >= b(h)),
  equal: (a, b) => (h) => +(a(h) === b(h)),
  unequal: (a, b) => (h) => +(a(h) !== b(h)),
  xor: (a, b) => (h) => +(!a(h) !== !b(h)),
};

const UNARY: Record<string, (a: Rule) => Rule> = {
  unaryMinus: (a) => (h) => -a(h),
  unaryPlus: (a) => a,
  not: (a) => (h) => +!a(h),
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
        return constant(+v);
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

/** The values of the closures that stand for constants, so that operators can fold them in. */
const CONSTANTS = new WeakMap<Rule, number>();

function constant(value: number): Rule {
  const rule: Rule = () => value;
  CONSTANTS.set(rule, value);
  return rule;
}

function operator(node: Node, sub: (child: Node) => Rule): Rule {
  const fn = typeof node.fn === 'string' ? node.fn : '';
  if ((fn === 'and' || fn === 'or') && node.args?.length === 2) return chain(fn, operands(node, fn).map(sub));
  const args = (node.args ?? []).map(sub);
  let rule: Rule | undefined;
  if (args.length === 1 && Object.hasOwn(UNARY, fn)) rule = UNARY[fn]!(args[0]!);
  else if (args.length === 2 && Object.hasOwn(BINARY, fn)) rule = scaled(fn, args[0]!, args[1]!) ?? BINARY[fn]!(args[0]!, args[1]!);
  if (!rule) throw new RuleError(`uses the operator "${node.op ?? fn}", which is not allowed in a rule`);
  // An operator on constants alone is a constant (`24 * 30` is worked out once).
  return args.every((a) => CONSTANTS.has(a)) ? constant(rule(0)) : rule;
}

/** A constant times a variable, as one closure (`24 * line`: the commonest arithmetic in a rule). */
function scaled(fn: string, a: Rule, b: Rule): Rule | undefined {
  if (fn !== 'multiply') return undefined;
  const k = CONSTANTS.get(a) ?? CONSTANTS.get(b);
  if (k === undefined || (CONSTANTS.has(a) && CONSTANTS.has(b))) return undefined;
  const x = CONSTANTS.has(a) ? b : a;
  return (h) => k * x(h);
}

/** The operands of a chain of one operator (`a and b and c`), left to right. */
function operands(node: Node, fn: string): Node[] {
  const [left, right] = node.args as [Node, Node];
  const sameOperator = (n: Node) => n.type === 'OperatorNode' && n.fn === fn && n.args?.length === 2;
  return [...(sameOperator(left) ? operands(left, fn) : [left]), ...(sameOperator(right) ? operands(right, fn) : [right])];
}

/** `and` or `or` over several operands in one closure, short-circuiting left to right. */
function chain(fn: 'and' | 'or', rules: Rule[]): Rule {
  const all = fn === 'and';
  const [a, b, c, d] = rules as [Rule, Rule, Rule, Rule];
  if (rules.length === 2) return all ? (h) => +(!!a(h) && !!b(h)) : (h) => +(!!a(h) || !!b(h));
  if (rules.length === 3) return all ? (h) => +(!!a(h) && !!b(h) && !!c(h)) : (h) => +(!!a(h) || !!b(h) || !!c(h));
  if (rules.length === 4) return all ? (h) => +(!!a(h) && !!b(h) && !!c(h) && !!d(h)) : (h) => +(!!a(h) || !!b(h) || !!c(h) || !!d(h));
  return all ? (h) => +rules.every((r) => !!r(h)) : (h) => +rules.some((r) => !!r(h));
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

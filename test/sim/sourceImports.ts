/**
 * The imports of a TypeScript source file, read without a compiler (tsgo has no API to ask):
 * static `import … from` and `export … from`, side-effect `import '…'` and dynamic
 * `import('…')`. Comments and the text of template literals are blanked first, so an import
 * quoted in a comment or generated as code in a template is not taken for one; newlines
 * are kept, so line numbers stay true.
 */

export interface SourceImport {
  readonly specifier: string;
  /** Erased when compiled: `import type`, `export type`, `import { type A, type B }`, `import('…').A` in a type. */
  readonly typeOnly: boolean;
  readonly line: number;
}

const STATIC = /(?<=^|[;{}])[ \t\n]*(?:import|export)\s+(type\s+(?!from\s*['"]))?([\w$\s,*{}]*?)\s*from\s*(['"])(.*?)\3/gm;
const SIDE_EFFECT = /(?<=^|[;{}])[ \t\n]*import\s*(['"])(.*?)\1/gm;
const DYNAMIC = /(\btypeof\s+)?\bimport\s*\(\s*(['"])(.*?)\2\s*\)(\s*\.\s*([\w$]+))?/g;

/** Every import of `code`, in order of appearance. */
export function importsOf(code: string): SourceImport[] {
  const text = blankCommentsAndTemplateText(code);
  const found: Array<SourceImport & { at: number }> = [];
  const add = (at: number, specifier: string, typeOnly: boolean) => found.push({ at, specifier, typeOnly, line: text.slice(0, at).split('\n').length });
  for (const m of text.matchAll(STATIC)) add(m.index + m[0].length, m[4]!, m[1] !== undefined || onlyTypeSpecifiers(m[2]!));
  for (const m of text.matchAll(SIDE_EFFECT)) add(m.index + m[0].length, m[2]!, false);
  for (const m of text.matchAll(DYNAMIC)) {
    // `import('x').Name` reads a type from x (a promise has no other members than then, catch and finally).
    const member = m[5];
    add(m.index + m[0].length, m[3]!, m[1] !== undefined || (member !== undefined && !['then', 'catch', 'finally'].includes(member)));
  }
  return found.sort((a, b) => a.at - b.at).map(({ specifier, typeOnly, line }) => ({ specifier, typeOnly, line }));
}

/** `{ type A, type B as C }`: braces naming types only (a bare `{}` still loads the module). */
function onlyTypeSpecifiers(clause: string): boolean {
  const braces = /^\{([^}]*)\}$/.exec(clause.trim());
  if (!braces) return false;
  const names = braces[1]!.split(',').map((s) => s.trim()).filter(Boolean);
  return names.length > 0 && names.every((name) => /^type\s/.test(name));
}

/**
 * `code` with every comment and the text of every template literal replaced by spaces
 * (newlines kept). Strings and regular expression literals are stepped over whole, since
 * either may hold a quote, a `//` or a backtick; `${…}` inside a template is code again.
 */
export function blankCommentsAndTemplateText(code: string): string {
  let out = '';
  /** For each template expression open around the current position, the braces opened in it. */
  const openBraces: number[] = [];
  let i = 0;
  const blankUntil = (end: number) => {
    out += code.slice(i, end).replace(/[^\n]/g, ' ');
    i = end;
  };
  const keepUntil = (end: number) => {
    out += code.slice(i, end);
    i = end;
  };
  const templateText = () => {
    while (i < code.length && code[i] !== '`' && !code.startsWith('${', i)) blankUntil(i + (code[i] === '\\' ? 2 : 1));
    if (code[i] === '`') keepUntil(i + 1);
    else if (i < code.length) {
      keepUntil(i + 2);
      openBraces.push(0);
    }
  };
  while (i < code.length) {
    const c = code[i]!;
    if (code.startsWith('//', i)) blankUntil(lineEnd(code, i));
    else if (code.startsWith('/*', i)) blankUntil(code.includes('*/', i + 2) ? code.indexOf('*/', i + 2) + 2 : code.length);
    else if (c === "'" || c === '"') keepUntil(stringEnd(code, i));
    else if (c === '/' && regexMayStart(out)) keepUntil(regexEnd(code, i));
    else if (c === '`') {
      keepUntil(i + 1);
      templateText();
    } else if (c === '}' && openBraces.at(-1) === 0) {
      openBraces.pop();
      keepUntil(i + 1);
      templateText();
    } else {
      if (openBraces.length > 0 && c === '{') openBraces[openBraces.length - 1]!++;
      if (openBraces.length > 0 && c === '}') openBraces[openBraces.length - 1]!--;
      keepUntil(i + 1);
    }
  }
  return out;
}

const lineEnd = (code: string, i: number): number => (code.includes('\n', i) ? code.indexOf('\n', i) : code.length);

/** Index just past the string literal opening at `start` (or the line's end, if it is not closed). */
function stringEnd(code: string, start: number): number {
  let i = start + 1;
  while (i < code.length && code[i] !== code[start] && code[i] !== '\n') i += code[i] === '\\' ? 2 : 1;
  return Math.min(i + 1, code.length);
}

/** Index just past the regular expression literal opening at `start`, flags included. */
function regexEnd(code: string, start: number): number {
  let i = start + 1;
  let inClass = false;
  while (i < code.length && code[i] !== '\n' && (inClass || code[i] !== '/')) {
    if (code[i] === '[') inClass = true;
    else if (code[i] === ']') inClass = false;
    i += code[i] === '\\' ? 2 : 1;
  }
  i++;
  while (i < code.length && /[a-z]/.test(code[i]!)) i++;
  return i;
}

/** Words after which a `/` starts a regular expression rather than dividing. */
const BEFORE_REGEX = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await', 'instanceof']);

/** Whether a `/` after the code so far starts a regular expression: after an operator or an opening, not after a value. */
function regexMayStart(before: string): boolean {
  let end = before.length;
  while (end > 0 && /\s/.test(before[end - 1]!)) end--;
  if (end === 0) return true;
  let start = end;
  while (start > 0 && /[\w$]/.test(before[start - 1]!)) start--;
  if (start < end) return BEFORE_REGEX.has(before.slice(start, end));
  return !/[)\]}'"`]/.test(before[end - 1]!);
}

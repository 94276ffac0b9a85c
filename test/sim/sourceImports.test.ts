import { describe, expect, it } from 'vitest';
import { blankCommentsAndTemplateText, importsOf } from './sourceImports.ts';

const kinds = (code: string) => importsOf(code).map(({ specifier, typeOnly }) => `${specifier} ${typeOnly ? 'type' : 'value'}`);

describe('importsOf', () => {
  it('tells value imports from type-only ones', () => {
    const code = [
      "import { a } from './a.ts';",
      "import type { B } from './b.ts';",
      "import { type C, type D as E } from './c.ts';",
      "import { type F, g } from './f.ts';",
      "import {} from './empty.ts';",
      "import h, { type H } from './h.ts';",
      "import * as i from './i.ts';",
      "export { j } from './j.ts';",
      "export type { K } from './k.ts';",
      "export * from './l.ts';",
      "import './side-effect.ts';",
      "import json from '../data.json' with { type: 'json' };",
    ].join('\n');
    expect(kinds(code)).toEqual([
      './a.ts value', './b.ts type', './c.ts type', './f.ts value', './empty.ts value', './h.ts value', './i.ts value',
      './j.ts value', './k.ts type', './l.ts value', './side-effect.ts value', '../data.json value',
    ]);
  });

  it('reads imports that span lines, with their line', () => {
    const code = "const x = 1;\nimport {\n  a,\n  type B,\n} from './a.ts';\n";
    expect(importsOf(code)).toEqual([{ specifier: './a.ts', typeOnly: false, line: 5 }]);
  });

  it('counts a dynamic import as a value, unless it only names a type', () => {
    const code = [
      "const { build } = await import('vite');",
      "import('./lazy.ts').then((m) => m.go());",
      "let words: import('./words.ts').ChartWords;",
      "type Module = typeof import('./module.ts');",
    ].join('\n');
    expect(kinds(code)).toEqual(['vite value', './lazy.ts value', './words.ts type', './module.ts type']);
  });

  it('ignores imports in comments and in generated code', () => {
    const code = [
      '// import { a } from "./commented.ts";',
      "/* import './block.ts'; */",
      'const source = `import { b } from "./generated.ts";\\nimport("./also.ts")`;',
      "const url = 'https://example.org/'; import { c } from './c.ts';",
    ].join('\n');
    expect(kinds(code)).toEqual(['./c.ts value']);
  });
});

describe('blankCommentsAndTemplateText', () => {
  it('keeps strings, regular expressions and template expressions, and every newline', () => {
    const code = "const a = '/* no comment */'; // gone\nconst r = /['\"`]\\//g; /* gone\ntoo */ const t = `text ${a + `in ${r}`} more`;";
    expect(blankCommentsAndTemplateText(code)).toBe(
      "const a = '/* no comment */';        \nconst r = /['\"`]\\//g;        \n       const t = `     ${a + `   ${r}`}     `;",
    );
  });

  it('reads a slash after a value as division', () => {
    const code = 'const half = (a + b) / 2; // gone\nconst q = x / y / z; // gone';
    expect(blankCommentsAndTemplateText(code)).toBe('const half = (a + b) / 2;        \nconst q = x / y / z;        ');
  });
});

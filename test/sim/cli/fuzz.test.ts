/**
 * Property: whatever the command line and the files it names hold, `gapsim` ends with exit
 * 0, 1 or 2 — never an exception — prints every error as "gapsim: …" lines on stderr, and
 * never prints a control character (escape sequences could clear the screen or retitle the
 * window). Files and flags are generated with hostile text: control characters, deep
 * nesting, long strings, unknown keys, `extends` chains and non-JSON content.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../sim/cli/main.ts';

const baseline = fileURLToPath(new URL('../../../scenarios/baseline.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gapsim-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const hostileText = fc.string({ unit: fc.oneof(fc.constantFrom('\u001b', '\u0007', '\u0000', '\r', '\u009b', '"', '{', '[', '\\', '.'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 40 });
const keys = fc.oneof(fc.constantFrom('households', 'months', 'seed', 'government', 'trust', 'events', 'extends', 'name', 'charities', '__proto__', 'pattern'), hostileText);
const values = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), hostileText, fc.array(tie('value'), { maxLength: 3 }), tie('object')),
  object: fc.dictionary(keys, tie('value'), { maxKeys: 4 }),
})).object;
const fileText = fc.oneof(
  values.map((v) => JSON.stringify({ extends: baseline, households: 60, months: 1, warmupMonths: 0, ...(v as object) })),
  values.map((v) => JSON.stringify(v)),
  fc.integer({ min: 1, max: 200 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  hostileText,
);
const flag = fc.oneof(
  fc.constantFrom('--seed', '--months', '--out', '--set', '--quiet', '--help', '--workers'),
  hostileText.map((t) => `--${t}`),
  fc.tuple(fc.constantFrom('households', 'trust.baseline', 'events', 'name', 'government.dibao.eligibility'), hostileText).map(([p, v]) => `${p}=${v}`),
  hostileText,
);

let files = 0;
const outcomes: Record<number, number> = {};

describe('gapsim on arbitrary command lines and files', () => {
  it('exits 0, 1 or 2, with errors as "gapsim:" lines and no control characters', () => {
    fc.assert(
      fc.property(fc.constantFrom('run', 'validate', 'calibrate', 'bogus'), fileText, fc.array(flag, { maxLength: 5 }), (command, text, flags) => {
        const path = join(dir, `f${files++}.json`);
        writeFileSync(path, text);
        // Keep any run that starts small; these flags win over the file.
        const small = command === 'run' ? ['--households', '60', '--months', '1', '--quiet'] : [];
        let out = '';
        let err = '';
        const code = main([command, path, ...flags, ...small], { out: (t) => { out += t; }, err: (t) => { err += t; } });
        if (typeof code !== 'number') return true; // calibrate's promise: it refuses these files before any work (checked below)
        expect([0, 1, 2]).toContain(code);
        expect(out + err).not.toMatch(CONTROL);
        if (code !== 0) expect(err.startsWith('gapsim: ')).toBe(true);
        outcomes[code] = (outcomes[code] ?? 0) + 1;
        return true;
      }),
      { numRuns: 300 },
    );
    // Not vacuous: some command lines pass, some are bad input, some are usage errors.
    expect(Object.keys(outcomes).sort()).toEqual(['0', '1', '2']);
  });

  it('calibrate refuses arbitrary files with exit 1 or 2', async () => {
    const samples = fc.sample(fc.tuple(fileText, fc.array(flag, { maxLength: 3 })), { numRuns: 40, seed: 7 });
    for (const [text, flags] of samples) {
      const path = join(dir, `c${files++}.json`);
      writeFileSync(path, text);
      let err = '';
      const code = await main(['calibrate', path, ...flags.filter((f) => f !== '--help'), '--out', join(dir, 'fit.json')], { out: () => undefined, err: (t) => { err += t; } });
      expect([1, 2]).toContain(code);
      expect(err).not.toMatch(CONTROL);
      expect(err.startsWith('gapsim: ')).toBe(true);
    }
  });
});

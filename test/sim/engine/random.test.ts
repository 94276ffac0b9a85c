import { describe, expect, it } from 'vitest';
import { normal, stream, streams, STREAMS } from '../../../sim/engine/random.ts';

describe('stream', () => {
  it('gives the same draws for the same seed and name', () => {
    const a = stream(7, 'shocks');
    const b = stream(7, 'shocks');
    for (let i = 0; i < 100; i++) expect(a()).toBe(b());
  });

  it('pins the fourth draw of a seeded stream (golden value)', () => {
    const r = stream(1, 'population');
    r(); r(); r();
    expect(r()).toBe(GOLDEN_FOURTH_DRAW);
  });

  it('gives different sequences to different names and seeds', () => {
    const first = (seed: number, name: (typeof STREAMS)[number]) => stream(seed, name)();
    const values = new Set(STREAMS.map((name) => first(1, name)));
    expect(values.size).toBe(STREAMS.length);
    expect(first(1, 'shocks')).not.toBe(first(2, 'shocks'));
  });

  it('keeps streams independent: drawing from one does not move another', () => {
    const s1 = streams(3);
    const s2 = streams(3);
    for (let i = 0; i < 1000; i++) s1.behaviour();
    for (let i = 0; i < 10; i++) expect(s1.shocks()).toBe(s2.shocks());
  });
});

describe('normal', () => {
  it('consumes exactly two uniforms and has mean 0, sd 1 over many draws', () => {
    const r = stream(5, 'population');
    const twin = stream(5, 'population');
    let sum = 0;
    let squares = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const z = normal(r);
      twin(); twin();
      sum += z;
      squares += z * z;
    }
    expect(r()).toBe(twin());
    expect(Math.abs(sum / n)).toBeLessThan(0.03);
    expect(Math.abs(Math.sqrt(squares / n) - 1)).toBeLessThan(0.03);
  });
});

// Alea seeded with "gapsim:1:population"; changing how streams are seeded changes this.
const GOLDEN_FOURTH_DRAW = 0.07471140753477812;

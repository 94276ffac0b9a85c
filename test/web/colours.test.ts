/** One colour means one thing on the page: the Okabe–Ito colours are the reasons, nothing else. */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../sim/engine/simulation.ts';
import { OKABE_ITO } from '../../web/charts/palette.ts';
import type { RunHandle } from '../../web/engineClient.ts';
import { STATUS_COLORS } from '../../web/householdView.ts';
import { setLanguage } from '../../web/i18n/index.ts';
import { compareSpecs, groupSpecs, indicatorsSpec, reasonsSpec, trustSpecs } from '../../web/specs.ts';
import { small, withCharities } from '../sim/helpers.ts';

/** A finished run as the page holds it. */
function handle(seed: number): RunHandle {
  const result = runScenario(small({ households: 500, months: 6, ...withCharities, seed }));
  return { series: result.series, monthsDone: 6, done: true, info: { months: 6 }, request: { raw: {}, seed, withStatuses: false } } as unknown as RunHandle;
}

describe('colours on the page', () => {
  setLanguage('en');
  const runs = [handle(1), handle(2)];
  const specs = [reasonsSpec(runs, []), ...groupSpecs(runs), indicatorsSpec(runs, []), ...trustSpecs(runs, []),
    ...compareSpecs([{ label: 'A', runs }, { label: 'B', runs }], 'fell_through', 0)];

  it('give each Okabe–Ito colour to one reason only, and none to anything else', () => {
    const meaning = new Map<string, Set<string>>();
    for (const spec of specs) {
      for (const series of spec.series) {
        if (!(OKABE_ITO as readonly string[]).includes(series.color)) continue;
        meaning.set(series.color, (meaning.get(series.color) ?? new Set()).add(series.key));
      }
    }
    expect(meaning.size).toBe(7);
    for (const [colour, keys] of meaning) expect([...keys], colour).toHaveLength(1);
  });

  it('tell other series apart by ink and line style, and the household dots by shade', () => {
    for (const spec of [indicatorsSpec(runs, []), ...trustSpecs(runs, [])]) {
      const styles = spec.series.map((s) => `${s.color} ${s.dash ?? ''}`);
      expect(new Set(styles).size, spec.title).toBe(styles.length);
    }
    // Black is Okabe–Ito's too, but no reason's: the colours that mean a reason are the other seven.
    const reasonColours = OKABE_ITO.filter((c) => c !== '#000000');
    for (const colour of STATUS_COLORS) expect(reasonColours).not.toContain(colour);
  });
});

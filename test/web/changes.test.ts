import { describe, expect, it } from 'vitest';
import { scenarioChanges } from '../../web/changes.ts';
import { EditHistory } from '../../web/history.ts';
import { DEFAULT_SCENARIO } from '../../web/readyScenarios.ts';
import { setPath, unsetPath } from '../../web/state.ts';

const origin = DEFAULT_SCENARIO.raw;

describe('what you changed', () => {
  it('is nothing for the ready scenario, and leaves run size and seed out', () => {
    expect(scenarioChanges(origin, structuredClone(origin))).toEqual([]);
    expect(scenarioChanges(origin, { ...origin, households: 2000, months: 24, seed: 9 })).toEqual([]);
  });

  it('lists each setting changed with the value it had and has, defaults resolved', () => {
    const edited = setPath(setPath(origin, 'government.dibao.lineRural', 700), 'pattern', 'deep_integration');
    const changes = scenarioChanges(origin, edited);
    const rural = changes.find((c) => c.path === 'government.dibao.lineRural');
    expect(rural?.to).toBe(700);
    expect(typeof rural?.from).toBe('number');
    expect(rural?.from).not.toBe(700);
    expect(changes.find((c) => c.path === 'pattern')).toEqual({ path: 'pattern', from: origin.pattern ?? 'administrative_incorporation', to: 'deep_integration' });
  });

  it('does not count a setting made equal to its default, and counts trust shocks as one change', () => {
    const explicit = setPath(origin, 'trust.baseline', 0.5);
    const back = unsetPath(explicit, 'trust.baseline');
    expect(scenarioChanges(origin, back)).toEqual([]);
    const shocked = { ...origin, events: [{ month: 10, type: 'trust_shock', magnitude: 0.3 }] };
    expect(scenarioChanges(origin, shocked).map((c) => c.path)).toEqual(['events']);
  });
});

describe('undo and redo', () => {
  it('walk back and forth through edits, and a new edit drops what could be redone', () => {
    const history = new EditHistory<number>();
    expect(history.canUndo).toBe(false);
    history.record(1); // 1 → 2
    history.record(2); // 2 → 3
    expect(history.undo(3)).toBe(2);
    expect(history.undo(2)).toBe(1);
    expect(history.undo(1)).toBeUndefined();
    expect(history.redo(1)).toBe(2);
    expect(history.canRedo).toBe(true);
    history.record(2); // 2 → 5
    expect(history.canRedo).toBe(false);
    expect(history.undo(5)).toBe(2);
  });

  it('keeps at most its limit of edits', () => {
    const history = new EditHistory<number>(3);
    for (let i = 0; i < 10; i++) history.record(i);
    const undone: number[] = [];
    for (let v = history.undo(10); v !== undefined; v = history.undo(v)) undone.push(v);
    expect(undone).toEqual([9, 8, 7]);
  });
});

import { describe, expect, it } from 'vitest';
import { Store } from '../../web/store.ts';

interface Counter {
  count: number;
  label: string;
}

describe('the page store', () => {
  it('replaces the parts given and tells each listener which parts changed', () => {
    const store = new Store<Counter>({ count: 0, label: 'a' });
    const heard: Array<[Counter, string[]]> = [];
    store.subscribe((state, changed) => heard.push([{ ...state }, [...changed]]));
    store.update({ count: 1 });
    store.update({ label: 'b', count: 2 });
    expect(store.state).toEqual({ count: 2, label: 'b' });
    expect(heard).toEqual([[{ count: 1, label: 'a' }, ['count']], [{ count: 2, label: 'b' }, ['label', 'count']]]);
  });

  it('announces a part given again with the same value (months arriving in the same array)', () => {
    const runs = [1, 2];
    const store = new Store({ runs });
    let told = 0;
    store.subscribe((_, changed) => { if (changed.has('runs')) told++; });
    store.update({ runs });
    store.update({ runs });
    expect(told).toBe(2);
  });

  it('tells a change made by a listener only after every listener heard the one before it', () => {
    const store = new Store<Counter>({ count: 0, label: '' });
    const order: string[] = [];
    store.subscribe((state, changed) => {
      order.push(`first: ${[...changed].join()}`);
      if (changed.has('count') && state.count === 1) store.update({ label: 'reset' });
    });
    store.subscribe((state, changed) => order.push(`second: ${[...changed].join()} (${state.label})`));
    store.update({ count: 1 });
    // The second listener hears the count first, though the label changed while the first one listened.
    expect(order).toEqual(['first: count', 'second: count (reset)', 'first: label', 'second: label (reset)']);
  });

  it('tells every listener even if one throws, then throws the first error; a listener can stop listening', () => {
    const store = new Store<Counter>({ count: 0, label: '' });
    const heard: number[] = [];
    store.subscribe(() => { throw new Error('broken section'); });
    const stop = store.subscribe((state) => heard.push(state.count));
    expect(() => store.update({ count: 1 })).toThrow('broken section');
    stop();
    expect(() => store.update({ count: 2 })).toThrow('broken section');
    expect(heard).toEqual([1]);
    expect(store.state.count).toBe(2);
  });
});

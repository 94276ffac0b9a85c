import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELL_COUNT, CELL_RURAL } from '../../sim/engine/groups.ts';
import { LABEL_HEIGHT, MIN_DOT, dotCentre, householdAt, layoutDots } from '../../web/dotLayout.ts';

const cellsOf = (values: number[]) => Uint8Array.from(values);

describe('the household dots layout', () => {
  it('puts every household in its urban or rural block once, and a click on its dot finds it again', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 0, max: CELL_COUNT - 1 }), { minLength: 1, maxLength: 3000 }),
      fc.integer({ min: 200, max: 1600 }),
      (values, width) => {
        const cells = cellsOf(values);
        const layout = layoutDots(cells, width);
        const seen = new Set<number>();
        for (const block of layout.blocks) {
          for (const h of block.order) {
            expect(seen.has(h)).toBe(false);
            seen.add(h);
            expect((cells[h]! & CELL_RURAL) !== 0).toBe(block.key === 'rural');
          }
        }
        expect(seen.size).toBe(cells.length);
        expect(layout.dot).toBeGreaterThanOrEqual(Math.min(MIN_DOT, width));
        expect(layout.columns * layout.dot).toBeCloseTo(width, 6);
        for (let h = 0; h < cells.length; h++) {
          const { x, y } = dotCentre(layout, h);
          expect(y).toBeLessThan(layout.height);
          expect(householdAt(layout, x, y)).toBe(h);
        }
      }), { numRuns: 60 });
  });

  it('leaves room for each block label above its dots, and none between label and dots of another block', () => {
    const cells = cellsOf(Array.from({ length: 20_000 }, (_, h) => (h % 3 === 0 ? CELL_RURAL : 0)));
    const layout = layoutDots(cells, 640);
    const [urban, rural] = layout.blocks;
    expect(urban!.key).toBe('urban');
    expect(urban!.top - urban!.labelTop).toBe(LABEL_HEIGHT);
    expect(rural!.labelTop).toBeCloseTo(urban!.top + urban!.rows * layout.dot, 6);
    // A wide view is about twice as wide as tall; a phone's about square.
    expect(640 / layout.height).toBeGreaterThan(1.6);
    const phone = layoutDots(cells, 340);
    expect(340 / phone.height).toBeLessThan(1.2);
    // Clicks on a label or outside the dots find no one.
    expect(householdAt(layout, 10, urban!.labelTop + 5)).toBe(-1);
    expect(householdAt(layout, -1, urban!.top + 1)).toBe(-1);
  });

  it('keeps dots big enough to pick on a phone even for a large county', () => {
    const layout = layoutDots(new Uint8Array(200_000), 340);
    expect(layout.dot).toBeGreaterThanOrEqual(MIN_DOT);
  });
});

import { describe, expect, it } from 'vitest';
import { estimateTextWidth, wrapWords } from '../../../web/charts/textWidth.ts';

describe('text width estimates', () => {
  it('count Chinese characters a full em wide', () => {
    expect(estimateTextWidth('中文', 10)).toBe(20);
    expect(estimateTextWidth('ab', 10)).toBeCloseTo(12.4, 9);
  });
  it('wrap Chinese, which has no spaces, between characters', () => {
    const lines = wrapWords('谁落入了缝隙原因何在无人知晓是最主要的原因', 100, 10);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('谁落入了缝隙原因何在无人知晓是最主要的原因');
    for (const line of lines) expect(estimateTextWidth(line, 10)).toBeLessThanOrEqual(100);
  });
});

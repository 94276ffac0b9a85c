import { describe, expect, it } from 'vitest';
import type { MonthStory } from '../../sim/engine/story.ts';
import { setLanguage } from '../../web/i18n/index.ts';
import { storyLines } from '../../web/story.ts';

const month = (m: number, needs: MonthStory['needs']): MonthStory => ({ month: m, status: needs.length ? 'unmet' : 'no_need', needs, dibao: false, incomePerPerson: 500 });

describe('storyLines', () => {
  it('tells who knew, what help came, why not, and when it fell through; repeated months once', () => {
    setLanguage('en');
    const unseen = { domain: 'care', severity: 0.5, knownBy: [], helpedBy: [], reason: 'unseen', unmetMonths: 1 } as const;
    const lines = storyLines([
      month(1, []),
      month(2, [unseen]),
      month(3, [{ ...unseen, unmetMonths: 2 }]),
      month(4, [{ ...unseen, knownBy: ['community'], reason: 'no_capacity', unmetMonths: 3 }]),
      month(5, [{ ...unseen, knownBy: ['community'], helpedBy: ['charity'], reason: undefined, unmetMonths: 0 }]),
    ]);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/In month 2 .*care.*No one knew of it/i);
    expect(lines[1]).toMatch(/community charity knew of it.*No help came: .*fell through the gaps after 3 months/i);
    expect(lines[2]).toMatch(/Help came from/);
    expect(lines.join(' ')).not.toMatch(/\.\./);
  });

  it('says so when the household was never in need, in Chinese too', () => {
    setLanguage('zh');
    expect(storyLines([month(1, [])])[0]).toMatch(/从未/);
    setLanguage('en');
  });
});

import { describe, expect, it } from 'vitest';
import { runScenario } from '../../sim/engine/simulation.ts';
import type { MonthStory, NeedStory } from '../../sim/engine/story.ts';
import { StoryLog } from '../../sim/engine/storyLog.ts';
import { setLanguage } from '../../web/i18n/index.ts';
import { storyLines } from '../../web/story.ts';
import { small, withCharities } from '../sim/helpers.ts';

const month = (m: number, needs: MonthStory['needs']): MonthStory => ({ month: m, status: needs.length ? 'unmet' : 'no_need', needs, dibao: false, supported: false, incomePerPerson: 500 });
const unseen: NeedStory = { domain: 'care', severity: 0.5, knownBy: [], helpedBy: [], reason: 'unseen', unmetMonths: 1, fellThrough: false };

describe('storyLines', () => {
  it('tells who knew, what help came and from whom, why not, and when it fell through; repeated months once', () => {
    setLanguage('en');
    const lines = storyLines([
      month(1, []),
      month(2, [unseen]),
      month(3, [{ ...unseen, unmetMonths: 2 }]),
      month(4, [{ ...unseen, knownBy: ['community'], reason: 'no_capacity', unmetMonths: 3, fellThrough: true }]),
      month(5, [{ ...unseen, knownBy: ['community'], helpedBy: ['community_charity'], reason: undefined, unmetMonths: 0 }]),
      month(6, [{ ...unseen, knownBy: ['foundation'], helpedBy: ['foundation'], reason: undefined, unmetMonths: 0 }]),
    ]);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/In month 2 .*care.*No one knew of it/i);
    expect(lines[1]).toMatch(/community charity knew of it.*No help came: .*Unmet 3 months in a row, it has fallen through the gaps/i);
    expect(lines[2]).toMatch(/Help came from a community charity/);
    expect(lines[3]).toMatch(/Help came from a foundation/);
    expect(lines.join(' ')).not.toMatch(/\.\./);
  });

  it('says fell through only when the engine says so, whatever the months unmet', () => {
    setLanguage('en');
    const [notYet] = storyLines([month(7, [{ ...unseen, unmetMonths: 5, fellThrough: false }])]);
    expect(notYet).not.toMatch(/fallen through/);
    const [already] = storyLines([month(7, [{ ...unseen, unmetMonths: 1, fellThrough: true }])]);
    expect(already).toMatch(/Unmet 1 months in a row, it has fallen through/);
  });

  it('gives the reason "ineligible" in words that agree with who knew', () => {
    setLanguage('en');
    const charityOnly = storyLines([month(2, [{ ...unseen, knownBy: ['community'], reason: 'ineligible' }])])[0]!;
    expect(charityOnly).toMatch(/charity that knew of it does not work on this kind of need/);
    expect(charityOnly).not.toMatch(/government's rules/i);
    const government = storyLines([month(2, [{ ...unseen, knownBy: ['government'], reason: 'ineligible' }])])[0]!;
    expect(government).toMatch(/government's rules or a cap leave it out/);
  });

  it('never contradicts itself over the stories of a whole simulated county', () => {
    setLanguage('en');
    const scenario = small({ households: 800, months: 18, ...withCharities });
    const log = new StoryLog(scenario.gaps.fellThroughMonths);
    runScenario(scenario, { onMonth: ({ world }) => log.record(world) });
    let fellThrough = 0;
    for (let h = 0; h < scenario.households; h++) {
      for (const m of log.story(h)) {
        if (m.needs.length === 0) continue;
        const [line] = storyLines([m]);
        const sentences = line!.split(' — ');
        m.needs.forEach((need, i) => {
          const said = sentences[i + 1]!;
          if (!need.knownBy.includes('government')) expect(said, said).not.toMatch(/^[^—]*Government knew|government's rules/);
          if (need.knownBy.length === 0) expect(said).toMatch(/No one knew of it/);
          if (need.helpedBy.length) expect(said).toMatch(/Help came from/);
          expect(said).not.toMatch(/No help came: help came/i);
          if (need.reason === 'mismatch') expect(said).toMatch(/Help came, but of a kind that does not meet this need/);
        });
        const fell = m.needs.some((n) => n.fellThrough);
        expect(/fallen through the gaps/.test(line!)).toBe(fell);
        if (fell) fellThrough++;
      }
    }
    expect(fellThrough).toBeGreaterThan(0);
  });

  it('says so when the household was never in need, in Chinese too', () => {
    setLanguage('zh');
    expect(storyLines([month(1, [])])[0]).toMatch(/从未/);
    setLanguage('en');
  });
});

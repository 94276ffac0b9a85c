/**
 * A household's story in words: for each month it was in need, what it needed, who knew,
 * what help came and from whom, and why not if none came. Whether a need has fallen
 * through the gaps comes from the engine (NeedStory.fellThrough), never decided here.
 * Consecutive months that tell the same story are told once.
 */
import type { MonthStory, NeedStory } from '../sim/engine/story.ts';
import { t } from './i18n/index.ts';
import { capitalise, decapitalise, list } from './format.ts';

export function storyLines(months: readonly MonthStory[]): string[] {
  const lines: string[] = [];
  let previous = '';
  for (const month of months) {
    if (month.needs.length === 0) continue;
    const parts = [t('story.needed', { month: month.month, domains: list(month.needs.map((n) => t(`domain.${n.domain}`))) })];
    if (month.dibao) parts.push(t('story.onDibao'));
    if (month.supported) parts.push(t('story.onExtremePovertySupport'));
    for (const need of month.needs) {
      const knew = need.knownBy.length ? list(need.knownBy.map((a) => t(`story.actor.${a}`))) : t('story.actor.nobody');
      const outcome = need.helpedBy.length
        ? t('story.helped', { actor: list(need.helpedBy.map((a) => t(`story.actor.${a}`))) })
        : need.reason === 'mismatch' ? t('story.wrongKind') : t('story.noHelp', { reason: whyNot(need) });
      parts.push(`${capitalise(t(`domain.${need.domain}`))} — ${capitalise(t('story.knew', { actor: knew }))} ${outcome}`);
    }
    const fell = month.needs.find((n) => n.fellThrough);
    if (fell) parts.push(t('story.fellThrough', { months: fell.unmetMonths }));
    const line = parts.join(' ');
    const signature = line.replace(/\d+/g, '#');
    if (signature !== previous) lines.push(line);
    previous = signature;
  }
  return lines.length ? lines : [t('story.neverInNeed')];
}

/**
 * Why an unmet need went unmet, in words that agree with who knew of it: "ineligible" is
 * government's rules when government knew, else the charity's kind of work.
 */
function whyNot(need: NeedStory): string {
  if (need.reason === 'ineligible') return t(`story.reason.ineligible.${need.knownBy.includes('government') ? 'government' : 'charity'}`);
  return decapitalise(withoutStop(t(`reason.${need.reason ?? 'unseen'}.help`)));
}

/** A sentence without its final full stop, to sit inside another sentence. */
const withoutStop = (text: string): string => text.replace(/[.。]\s*$/, '');

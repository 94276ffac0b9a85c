/**
 * The answers in words: the headline numbers of the finished run, each with its change from
 * the ready scenario's defaults once anything is modified, and what was changed. Every
 * number carries its unit; a change says more or fewer, and per what.
 */
import type { Answers, Figures } from '../answers.ts';
import type { Change } from '../changes.ts';
import { el } from '../dom.ts';
import { capitalise, compactNumber, number, percent, signed } from '../format.ts';
import { explain } from '../glossary.ts';
import { hasMessage, plural, t } from '../i18n/index.ts';

/** The ready scenario's defaults on the same seeds: pending while they run. */
export type Reference = { readonly answers: Answers; readonly change: Figures } | 'pending';

const yuan = (value: number): string => t('unit.yuanAmount', { amount: compactNumber(value) });

/** The figures, or what stands in for them: months done while a run goes, else a word on running. */
export function answerFigures(answers: Answers | undefined, reference: Reference | undefined, progress: { done: number; total: number } | undefined): HTMLElement {
  if (!answers) {
    return el('p', { id: 'answers-figures', class: 'placeholder' },
      progress ? t('ui.answersWhenDone', { done: progress.done, total: progress.total }) : t('ui.answersAfterRun'));
  }
  const known = reference === 'pending' ? undefined : reference;
  const pending = reference === 'pending';
  const delta = (text: () => string) => (pending ? t('ui.changePending') : known ? text() : '');
  const items: Array<[string, string, string, string]> = [
    ['fell-through', t('answer.fellThrough'),
      t('answer.fellThrough.value', { households: plural('unit.households', Math.round(answers.fellThrough)), per1000: number(answers.fellThroughPer1000, 1) }),
      delta(() => changeIn('answer.fellThrough.change', known!.change.fellThrough, known!.change.fellThroughPer1000))],
    ['top-reason', t('answer.topReason'),
      t('answer.topReason.value', { reason: capitalise(t(`reason.${answers.reasons[0]!.reason}`)), share: percent(answers.reasons[0]!.share) }),
      delta(() => t('answer.was', { value: t('answer.topReason.value', { reason: capitalise(t(`reason.${known!.answers.reasons[0]!.reason}`)), share: percent(known!.answers.reasons[0]!.share) }) }))],
    ['worst-group', t('answer.worstGroup'),
      t('answer.worstGroup.value', { group: t(`group.${answers.worstGroup.group}`), per1000: number(answers.worstGroup.per1000, 1) }),
      delta(() => t('answer.was', { value: t('answer.worstGroup.value', { group: t(`group.${known!.answers.worstGroup.group}`), per1000: number(known!.answers.worstGroup.per1000, 1) }) }))],
    ['government-spending', t('answer.governmentSpending'),
      t('answer.spending.value', { amount: yuan(answers.governmentSpending), months: answers.months }),
      delta(() => moneyChange(known!.change.governmentSpending, known!.answers.governmentSpending))],
    ['charity-spending', t('answer.charitySpending'),
      t('answer.spending.value', { amount: yuan(answers.charitySpending), months: answers.months }),
      delta(() => moneyChange(known!.change.charitySpending, known!.answers.charitySpending))],
  ];
  return el('div', { id: 'answers-figures' },
    el('dl', { class: 'answers' }, ...items.map(([id, label, value, change]) => el('div', { class: 'answer', id: `answer-${id}` },
      el('dt', {}, label), el('dd', { class: 'value', ...(id === 'top-reason' ? { title: explain(`reason-${answers.reasons[0]!.reason}`) } : {}) }, value),
      change ? el('dd', { class: 'change' }, change) : null))),
    el('p', { class: 'note' }, t(known || pending ? 'ui.answersNotePaired' : 'ui.answersNote', { seeds: plural('unit.seeds', answers.seeds) })));
}

/** "12 more households (+0.6 per 1,000) than the defaults", or "the same as the defaults". */
function changeIn(key: string, households: number, per1000: number): string {
  if (Math.abs(per1000) < 0.05) return t('answer.same');
  return t(`${key}.${households > 0 ? 'more' : 'fewer'}`, { households: plural('unit.households', Math.abs(Math.round(households))), per1000: signed(per1000, 1) });
}

function moneyChange(change: number, reference: number): string {
  if (Math.abs(change) < 0.5) return t('answer.same');
  const relative = reference > 0 ? percent(Math.abs(change) / reference) : '–';
  return t(change > 0 ? 'answer.money.more' : 'answer.money.less', { amount: yuan(Math.abs(change)), relative });
}

/** "Rural dibao line: 600 → 700 yuan per person per month"; a pattern by its name; trust shocks by their number. */
export function describeChange(change: Change): string {
  const label = hasMessage(`control.${change.path}`, 'en') ? t(`control.${change.path}`) : change.path;
  if (change.path === 'pattern') return t('ui.changeItem', { label: t('ui.section.pattern'), from: t(`pattern.${String(change.from)}`), to: t(`pattern.${String(change.to)}`), unit: '' });
  if (change.path === 'events') {
    const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);
    return t('ui.changedEvents', { from: count(change.from), to: count(change.to) });
  }
  const unit = hasMessage(`control.${change.path}.unit`, 'en') ? ` ${t(`control.${change.path}.unit`)}` : '';
  const show = (v: unknown) => (typeof v === 'number' ? number(v, 3) : v === undefined ? '–' : String(v));
  return t('ui.changeItem', { label, from: show(change.from), to: show(change.to), unit });
}

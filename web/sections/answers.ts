/**
 * Answers first: at the top of the page, the headline numbers of the finished run, each
 * with its change from the ready scenario's defaults once anything is modified; what was
 * changed, in one line; a "modified" mark, undo, redo and "restore this scenario's
 * defaults". Every number carries its unit; a change says more or fewer, and per what.
 */
import type { Answers, Figures } from './answers.ts';
import type { Change } from './changes.ts';
import { el } from './dom.ts';
import { explain } from './glossary.ts';
import { hasMessage, plural, t } from './i18n/index.ts';
import { capitalise, compactNumber, list, number, percent, signed } from './format.ts';

export interface AnswersView {
  readonly scenario: string;
  readonly changes: readonly Change[];
  readonly answers?: Answers;
  /** The ready scenario's defaults on the same seeds: pending while they run. */
  readonly reference?: { readonly answers: Answers; readonly change: Figures } | 'pending';
  /** Months done while a run is going. */
  readonly progress?: { readonly done: number; readonly total: number };
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onRestore: () => void;
}

const yuan = (value: number): string => t('unit.yuanAmount', { amount: compactNumber(value) });

export function answersPanel(view: AnswersView): HTMLElement[] {
  const modified = view.changes.length > 0;
  const button = (id: string, key: string, enabled: boolean, action: () => void) => {
    const b = el('button', { type: 'button', id, disabled: !enabled }, t(key));
    b.addEventListener('click', action);
    return b;
  };
  const head = el('div', { class: 'answers-head' },
    el('strong', {}, view.scenario),
    modified ? el('span', { class: 'modified', id: 'modified-mark' }, t('ui.modified')) : null,
    el('span', { class: 'run-controls' },
      button('undo', 'button.undo', view.canUndo, view.onUndo),
      button('redo', 'button.redo', view.canRedo, view.onRedo),
      button('restore-defaults', 'button.restoreDefaults', modified, view.onRestore)));
  const changed = el('p', { id: 'changes', class: 'changes' },
    modified ? t('ui.whatYouChanged', { changes: list(view.changes.map(describeChange)) }) : t('ui.nothingChanged'));
  return [head, changed, figures(view)];
}

function figures(view: AnswersView): HTMLElement {
  const { answers } = view;
  if (!answers) {
    return el('p', { id: 'answers-figures', class: 'placeholder' },
      view.progress ? t('ui.answersWhenDone', { done: view.progress.done, total: view.progress.total }) : t('ui.answersAfterRun'));
  }
  const reference = view.reference === 'pending' ? undefined : view.reference;
  const pending = view.reference === 'pending';
  const delta = (text: () => string) => (pending ? t('ui.changePending') : reference ? text() : '');
  const items: Array<[string, string, string, string]> = [
    ['fell-through', t('answer.fellThrough'),
      t('answer.fellThrough.value', { households: plural('unit.households', Math.round(answers.fellThrough)), per1000: number(answers.fellThroughPer1000, 1) }),
      delta(() => changeIn('answer.fellThrough.change', reference!.change.fellThrough, reference!.change.fellThroughPer1000))],
    ['top-reason', t('answer.topReason'),
      t('answer.topReason.value', { reason: capitalise(t(`reason.${answers.reasons[0]!.reason}`)), share: percent(answers.reasons[0]!.share) }),
      delta(() => t('answer.was', { value: t('answer.topReason.value', { reason: capitalise(t(`reason.${reference!.answers.reasons[0]!.reason}`)), share: percent(reference!.answers.reasons[0]!.share) }) }))],
    ['worst-group', t('answer.worstGroup'),
      t('answer.worstGroup.value', { group: t(`group.${answers.worstGroup.group}`), per1000: number(answers.worstGroup.per1000, 1) }),
      delta(() => t('answer.was', { value: t('answer.worstGroup.value', { group: t(`group.${reference!.answers.worstGroup.group}`), per1000: number(reference!.answers.worstGroup.per1000, 1) }) }))],
    ['government-spending', t('answer.governmentSpending'),
      t('answer.spending.value', { amount: yuan(answers.governmentSpending), months: answers.months }),
      delta(() => moneyChange(reference!.change.governmentSpending, reference!.answers.governmentSpending))],
    ['charity-spending', t('answer.charitySpending'),
      t('answer.spending.value', { amount: yuan(answers.charitySpending), months: answers.months }),
      delta(() => moneyChange(reference!.change.charitySpending, reference!.answers.charitySpending))],
  ];
  return el('div', { id: 'answers-figures' },
    el('dl', { class: 'answers' }, ...items.map(([id, label, value, change]) => el('div', { class: 'answer', id: `answer-${id}` },
      el('dt', {}, label), el('dd', { class: 'value', ...(id === 'top-reason' ? { title: explain(`reason-${answers.reasons[0]!.reason}`) } : {}) }, value),
      change ? el('dd', { class: 'change' }, change) : null))),
    el('p', { class: 'note' }, t(reference || pending ? 'ui.answersNotePaired' : 'ui.answersNote', { seeds: plural('unit.seeds', answers.seeds) })));
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

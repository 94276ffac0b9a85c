/**
 * The scenario panel's timeline of events: each trust shock with its month and size, to
 * edit or remove, and a button to add one; other events listed by their month.
 */
import type { ScenarioEvent } from '../../sim/scenario/events.ts';
import { numberControl } from '../controls.ts';
import { el } from '../dom.ts';
import { t } from '../i18n/index.ts';
import { scenarioEvents } from '../state.ts';

/**
 * The timeline of the current scenario, `raw()`: read again at each edit, so edits made one
 * after another all count. `change` takes the new list of events, and whether the panel may
 * stay as it is (an edit at a control that keeps the focus) or is drawn again (a shock added
 * or removed).
 */
export function trustShocks(raw: () => Readonly<Record<string, unknown>>, change: (events: ScenarioEvent[], keepPanel: boolean) => void): HTMLElement {
  const months = Number(raw().months ?? 120);
  const events = () => scenarioEvents(raw());
  const list = el('ol', { class: 'timeline' });
  events().forEach((event, index) => {
    if (event.type !== 'trust_shock') {
      list.appendChild(el('li', {}, `${t('chart.axis.month')} ${event.month}: ${t(`event.${event.type}`)}`));
      return;
    }
    const update = (field: 'month' | 'magnitude', value: number) => change(events().map((e, i) => (i === index ? { ...e, [field]: value } : e)), true);
    const month = numberControl({
      id: `control-shock-${index}-month`, label: t('control.trustShock.month'), unit: t('control.trustShock.month.unit'),
      help: t('control.trustShock.month.help'), value: event.month, min: 1, max: months, step: 1,
      validate: (v) => (Number.isInteger(v) && v >= 1 && v <= months ? undefined : t('status.outOfRange', { min: 1, max: months })),
      onChange: (v) => update('month', v),
    });
    const magnitude = numberControl({
      id: `control-shock-${index}-magnitude`, label: t('control.trustShock.magnitude'), unit: t('control.trustShock.magnitude.unit'),
      help: t('control.trustShock.magnitude.help'), value: event.magnitude, min: 0.01, max: 1, step: 0.01,
      validate: (v) => (v > 0 && v <= 1 ? undefined : t('status.outOfRange', { min: '0', max: 1 })),
      onChange: (v) => update('magnitude', v),
    });
    const remove = el('button', { type: 'button' }, t('button.remove'));
    remove.addEventListener('click', () => change(events().filter((_, i) => i !== index), false));
    list.appendChild(el('li', { class: 'shock' }, month, magnitude, remove));
  });
  const add = el('button', { type: 'button', id: 'add-shock' }, t('button.addTrustShock'));
  add.addEventListener('click', () => change([...events(), { month: Math.max(1, Math.round(months / 4)), type: 'trust_shock', magnitude: 0.3 }], false));
  return el('div', {}, list, add);
}

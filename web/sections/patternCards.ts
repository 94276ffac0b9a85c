/**
 * The scenario panel's choice of collaboration pattern: one card per pattern, a radio group
 * (one Tab stop; the arrow keys move the choice).
 */
import { PATTERNS, type Pattern } from '../../sim/scenario/patterns.ts';
import { param } from '../controls.ts';
import { el } from '../dom.ts';
import { t } from '../i18n/index.ts';

/** The scenario's pattern: its own, else the declared default. */
export const patternOf = (raw: Readonly<Record<string, unknown>>): string => String(raw.pattern ?? param('pattern').default);

export function patternCards(current: string, choose: (pattern: Pattern) => void): HTMLElement {
  const group = el('div', { class: 'pattern-cards', role: 'radiogroup', 'aria-label': t('ui.section.pattern') });
  for (const pattern of PATTERNS) {
    const card = el('button', {
      type: 'button', class: 'pattern-card', role: 'radio', 'aria-checked': pattern === current ? 'true' : 'false',
      'data-pattern': pattern, tabindex: pattern === current ? 0 : -1,
    }, el('strong', {}, t(`pattern.${pattern}`)), el('span', {}, t(`pattern.${pattern}.explain`)));
    card.addEventListener('click', () => choose(pattern));
    group.appendChild(card);
  }
  group.addEventListener('keydown', (event) => {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const index = PATTERNS.indexOf(current as Pattern);
    choose(PATTERNS[(index + step + PATTERNS.length) % PATTERNS.length]!);
  });
  return group;
}

/**
 * A section of the page: its element, made once and kept in the page, and render(), which
 * draws its content afresh in the page's language (at start-up, on a change of language,
 * and whenever the section itself needs to). Between renders a section updates its own
 * elements as the store changes; it never reaches into another section's.
 */
import { append, el, type Child } from '../dom.ts';
import { t } from '../i18n/index.ts';

export interface Section {
  readonly element: HTMLElement;
  render(): void;
}

/** An empty <section>, labelled by the heading fill() gives it. */
export const sectionElement = (id: string): HTMLElement => el('section', { id, 'aria-labelledby': `${id}-title` });

/** Draw a section's heading and content afresh; returns the section. */
export function fill(section: HTMLElement, titleKey: string, ...children: Child[]): HTMLElement {
  section.replaceChildren(el('h2', { id: `${section.id}-title` }, t(titleKey)));
  append(section, ...children);
  return section;
}

/**
 * Draw a section afresh without losing the keyboard's place: the element that had focus in
 * it, found again by its id (a control being edited, a button just pressed).
 */
export function keepingFocus(section: HTMLElement, draw: () => void): void {
  const focused = document.activeElement;
  const id = focused && section.contains(focused) ? focused.id : '';
  draw();
  if (id) section.querySelector<HTMLElement>(`[id="${id}"]`)?.focus();
}

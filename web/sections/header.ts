/**
 * The page's header: a link that skips to Run (the first Tab stop), the title, a link to
 * the glossary and the choice of language (remembered for the next visit).
 */
import { el } from '../dom.ts';
import { LANGUAGES, LANGUAGE_NAMES, getLanguage, rememberLanguage, setLanguage, t, type Language } from '../i18n/index.ts';
import type { Section } from './section.ts';

export class Header implements Section {
  readonly element = el('header');

  constructor(private readonly storage: Storage | undefined) {}

  render(): void {
    this.element.replaceChildren(
      jumpLink('skip-to-run', 'ui.skipToRun', 'run-button', 'skip-link'),
      el('div', {}, el('h1', {}, t('ui.title')), el('p', { class: 'subtitle' }, t('ui.subtitle'))),
      el('nav', { class: 'header-links' }, jumpLink('glossary-link', 'ui.glossaryLink', 'glossary-title'), this.languageSelect()));
  }

  /** Choosing a language draws the page again (main.ts), then gives the choice its focus back. */
  private languageSelect(): HTMLElement {
    const select = el('select', { id: 'language', 'aria-label': t('ui.language') },
      ...LANGUAGES.map((lang) => el('option', { value: lang, selected: lang === getLanguage() }, LANGUAGE_NAMES[lang])));
    select.addEventListener('change', () => {
      const lang = select.value as Language;
      setLanguage(lang);
      rememberLanguage(this.storage, lang);
      this.element.querySelector<HTMLElement>('#language')?.focus();
    });
    return el('label', { class: 'language' }, `${t('ui.language')} `, select);
  }
}

/**
 * A link that moves the focus to an element of the page (the Run button, the glossary)
 * without touching the address, whose fragment holds the scenario (share.ts).
 */
function jumpLink(id: string, key: string, target: string, className = ''): HTMLElement {
  const link = el('a', { id, href: `#${target}`, ...(className ? { class: className } : {}) }, t(key));
  link.addEventListener('click', (event) => {
    event.preventDefault();
    const element = document.getElementById(target);
    if (!element) return;
    if (element.tabIndex < 0 && !(element instanceof HTMLButtonElement)) element.setAttribute('tabindex', '-1');
    element.scrollIntoView({ block: 'start' });
    element.focus({ preventScroll: true });
  });
  return link;
}

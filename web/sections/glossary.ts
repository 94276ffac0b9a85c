/** The glossary section: the words a meeting or a class may not know (glossary.ts), last on the page. */
import { glossaryList } from '../glossary.ts';
import { fill, sectionElement, type Section } from './section.ts';

export class GlossarySection implements Section {
  readonly element = sectionElement('glossary');

  render(): void {
    fill(this.element, 'ui.section.glossary', glossaryList());
  }
}

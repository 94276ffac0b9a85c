/**
 * The words a meeting or a class may not know — dibao, support for the extremely poor,
 * special and temporary assistance, purchased services, the minimum living cost,
 * "fell through the gaps", each reason a need goes unmet, the Tacitus threshold — with a
 * short explanation each: shown as a glossary section of the page, and as tooltips where
 * the words appear. Reasons are explained by their own messages (reason.<r>.help).
 */
import { REASONS } from '../sim/engine/reasons.ts';
import { PARAMETER_BY_PATH } from '../sim/scenario/parameters.ts';
import { el } from './dom.ts';
import { t } from './i18n/index.ts';

/** The default number of months unmet after which a need has fallen through (gaps.fellThroughMonths). */
const FELL_THROUGH_DEFAULT = Number(PARAMETER_BY_PATH.get('gaps.fellThroughMonths')!.default);

const TERMS = ['dibao', 'extreme_poverty_support', 'special_assistance', 'temporary_assistance', 'purchased_services', 'minimum_living_cost', 'fell_through', 'tacitus_threshold'] as const;

export interface GlossaryEntry {
  readonly id: string;
  readonly term: string;
  readonly text: string;
}

export function glossaryEntries(): GlossaryEntry[] {
  return [
    ...TERMS.map((term) => ({ id: term, term: t(`glossary.${term}`), text: explain(term) })),
    ...REASONS.map((reason) => ({ id: `reason-${reason}`, term: `${t('glossary.reason')}: ${t(`reason.${reason}`)}`, text: t(`reason.${reason}.help`) })),
  ];
}

/** The explanation of a glossary term or a reason, for a tooltip. */
export function explain(id: (typeof TERMS)[number] | `reason-${(typeof REASONS)[number]}`): string {
  return id.startsWith('reason-') ? t(`reason.${id.slice('reason-'.length)}.help`) : t(`glossary.${id}.text`, { months: FELL_THROUGH_DEFAULT });
}

/** The glossary section: each term with its explanation, each linkable (#glossary-<id>). */
export function glossaryList(): HTMLElement {
  return el('dl', { class: 'glossary' }, ...glossaryEntries().flatMap((entry) => [
    el('dt', { id: `glossary-${entry.id}` }, entry.term),
    el('dd', {}, entry.text),
  ]));
}

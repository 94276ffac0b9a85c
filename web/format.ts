/**
 * Numbers and words written the page's language's way (Intl), shared by the answers, the
 * lessons and the stories so that a share or a count reads the same everywhere.
 */
import { LANGUAGE_TAGS, getLanguage } from './i18n/index.ts';

const tag = (): string => LANGUAGE_TAGS[getLanguage()];

export const number = (value: number, digits = 0): string => new Intl.NumberFormat(tag(), { maximumFractionDigits: digits }).format(value);
export const signed = (value: number, digits = 0): string => new Intl.NumberFormat(tag(), { maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(value);
export const percent = (share: number): string => new Intl.NumberFormat(tag(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
/** "3.12M" in English, "312万" in Chinese. */
export const compactNumber = (value: number): string => new Intl.NumberFormat(tag(), { notation: 'compact', maximumSignificantDigits: 3 }).format(value);
export const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);
export const decapitalise = (text: string): string => text.charAt(0).toLocaleLowerCase() + text.slice(1);
export const list = (items: readonly string[]): string => new Intl.ListFormat(tag(), { type: 'conjunction' }).format(items);

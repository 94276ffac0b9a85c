/**
 * The app's two languages: the current language, message lookup with `{name}`
 * placeholders, the remembered choice, and change notification. No DOM access here;
 * storage and the navigator language are passed in, so the module also runs in Node.
 */
import { en } from './en.ts';
import { zh } from './zh.ts';

export type Language = 'en' | 'zh';
export const LANGUAGES: readonly Language[] = ['en', 'zh'];

/** Each language named in itself, for the language selector. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', zh: '简体中文' };
/** BCP 47 tags for <html lang> and Intl formatting. */
export const LANGUAGE_TAGS: Readonly<Record<Language, string>> = { en: 'en', zh: 'zh-CN' };

/** Storage key of the remembered language. */
export const LANGUAGE_STORAGE_KEY = 'gapsim.language';

const MESSAGES: Readonly<Record<Language, Readonly<Record<string, string>>>> = { en, zh };

let current: Language = 'en';
const listeners = new Set<(lang: Language) => void>();

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'zh';
}

/**
 * The message for `key` in the current language, with each `{name}` replaced by
 * `params[name]`. Falls back to English, then to the key itself; a placeholder with no
 * parameter is left as it is. Never throws.
 */
export function t(key: string, params?: Record<string, string | number>): string {
  try {
    const text = lookup(MESSAGES[current], key) ?? lookup(en, key) ?? key;
    if (!params) return text;
    return text.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole);
  } catch {
    return key;
  }
}

/**
 * A count with its noun in the right form: `key.one`, `key.other` (… as Intl.PluralRules
 * names them for the language), with `{n}` the number written for the language.
 */
export function plural(key: string, n: number): string {
  const tag = LANGUAGE_TAGS[current];
  const form = new Intl.PluralRules(tag).select(n);
  return t(hasMessage(`${key}.${form}`) || hasMessage(`${key}.${form}`, 'en') ? `${key}.${form}` : `${key}.other`, { n: n.toLocaleString(tag) });
}

function lookup(messages: Readonly<Record<string, string>>, key: string): string | undefined {
  // Own keys only: "constructor" or "__proto__" must not reach Object.prototype.
  return Object.hasOwn(messages, key) ? messages[key] : undefined;
}

/** Does `key` have a message in `lang` (no fallback)? */
export function hasMessage(key: string, lang: Language = current): boolean {
  return Object.hasOwn(MESSAGES[lang], key);
}

export function getLanguage(): Language {
  return current;
}

/**
 * Switch the language and tell every listener (only when it changes). All listeners are
 * called even if one throws; the first error is then rethrown.
 */
export function setLanguage(lang: Language): void {
  if (!isLanguage(lang) || lang === current) return;
  current = lang;
  let failure: { error: unknown } | undefined;
  for (const listener of [...listeners]) {
    try {
      listener(lang);
    } catch (error) {
      failure ??= { error };
    }
  }
  if (failure) throw failure.error;
}

/** Call `listener` after each change of language; returns a function that stops it. */
export function onLanguageChange(listener: (lang: Language) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * The language to start in: the choice remembered in `storage`, else Chinese when the
 * browser's language is Chinese (zh, zh-CN, zh-TW, …), else English. Storage that
 * cannot be read (private browsing, blocked cookies) counts as empty.
 */
export function initialLanguage(storage: Pick<Storage, 'getItem'> | undefined, navigatorLanguage: string | undefined): Language {
  let remembered: unknown = null;
  try {
    remembered = storage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    // unreadable storage: fall through to the navigator language
  }
  if (isLanguage(remembered)) return remembered;
  return typeof navigatorLanguage === 'string' && navigatorLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Remember the choice for the next visit; storage that cannot be written is ignored. */
export function rememberLanguage(storage: Pick<Storage, 'setItem'> | undefined, lang: Language): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // quota exceeded or storage blocked: the choice holds for this visit only
  }
}

/**
 * The scenario controls that have `control.<id>`, `.unit` and `.help` messages: parameter
 * paths, plus `seeds` (runs per scenario) and the fields of a trust shock.
 */
export const CONTROL_IDS = [
  'government.dataSharing.health',
  'government.dataSharing.education',
  'government.dataSharing.disability',
  'government.dataSharing.employment',
  'collaboration.charityDataSharing',
  'population.digitalRural',
  'population.digitalUrban',
  'population.digitalElderlyFactor',
  'trust.baseline',
  'trust.tacitusThreshold',
  'government.dibao.lineUrban',
  'government.dibao.lineRural',
  'government.services.budgetPerHousehold',
  'government.employment.budgetPerHousehold',
  'government.temporary.budgetPerHousehold',
  'government.caseworkersPer10k',
  'charities.grantsPerHousehold',
  'charities.community.perTenThousand',
  'charities.foundation.perTenThousand',
  'charities.hub.count',
  'charities.crowdfunding.launchRate',
  'charities.visibilityBias',
  'charities.autonomy',
  'collaboration.jointAssessment',
  'collaboration.needPrediction',
  'households',
  'months',
  'seeds',
  'trustShock.month',
  'trustShock.magnitude',
] as const;
export type ControlId = (typeof CONTROL_IDS)[number];

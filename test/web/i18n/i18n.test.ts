import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROFILE_FIELDS } from '../../../sim/county/profile.ts';
import { DOMAINS } from '../../../sim/engine/domains.ts';
import { GROUPS } from '../../../sim/engine/groups.ts';
import { METRICS, UNITS } from '../../../sim/engine/metrics.ts';
import { REASONS } from '../../../sim/engine/reasons.ts';
import { HELPERS } from '../../../sim/engine/relief.ts';
import { KNOWERS } from '../../../sim/engine/story.ts';
import { EVENT_TYPES } from '../../../sim/scenario/events.ts';
import { leaves, type ParamTree } from '../../../sim/scenario/param.ts';
import { PARAMETERS } from '../../../sim/scenario/parameters.ts';
import { PATTERNS } from '../../../sim/scenario/patterns.ts';
import { en } from '../../../web/i18n/en.ts';
import {
  CONTROL_IDS, LANGUAGE_STORAGE_KEY, LANGUAGES, getLanguage, hasMessage, initialLanguage, onLanguageChange,
  rememberLanguage, setLanguage, t, type Language,
} from '../../../web/i18n/index.ts';
import { zh } from '../../../web/i18n/zh.ts';

const CATALOGUES: Record<Language, Record<string, string>> = { en, zh };
const placeholders = (text: string): string[] => [...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!).sort();

/** Every key the engine's own lists require, so a new metric or reason cannot be forgotten. */
function requiredKeys(): string[] {
  return [
    ...METRICS.flatMap((m) => [`metric.${m.name}`, `metric.${m.name}.help`]),
    ...UNITS.map((u) => `metricUnit.${u}`),
    ...REASONS.flatMap((r) => [`reason.${r}`, `reason.${r}.help`]),
    ...GROUPS.map((g) => `group.${g}`),
    ...DOMAINS.map((d) => `domain.${d}`),
    ...PATTERNS.flatMap((p) => [`pattern.${p}`, `pattern.${p}.explain`]),
    ...EVENT_TYPES.map((e) => `event.${e}`),
    ...[...HELPERS, ...KNOWERS].map((who) => `story.actor.${who}`),
    ...CONTROL_IDS.flatMap((c) => [`control.${c}`, `control.${c}.unit`, `control.${c}.help`]),
    // The county form: each profile field's label and unit, and what is assumed without an optional one.
    ...PROFILE_FIELDS.flatMap((f) => [`county.field.${f.key}`, `county.field.${f.key}.unit`, ...(f.required ? [] : [`county.field.${f.key}.absent`])]),
  ];
}

const UI_KEYS = [
  'ui.title', 'ui.section.scenario', 'ui.section.pattern', 'ui.section.run', 'ui.section.charts', 'ui.section.household',
  'ui.section.compare', 'ui.section.lessons', 'ui.section.share', 'ui.readyScenarios',
  'button.run', 'button.play', 'button.pause', 'button.step', 'button.reset', 'button.speed', 'button.addTrustShock',
  'button.remove', 'button.addToComparison', 'button.clearComparison', 'button.chooseBaseline', 'button.copyLink',
  'button.downloadScenario', 'button.uploadScenario', 'button.exportCsv', 'button.exportSvg', 'button.exportPng',
  'button.showTable', 'button.hideTable', 'button.nextLesson', 'button.previousLesson', 'button.close',
  'status.running', 'status.done', 'status.paused', 'status.invalidValue', 'status.badLink',
  'chart.reasons.title', 'chart.groups.title', 'chart.indicators.title', 'chart.trust.falls', 'chart.trust.holds', 'chart.households.title', 'chart.compare.best',
  'story.needed', 'story.knew', 'story.helped', 'story.noHelp', 'story.fellThrough',
];

afterEach(() => setLanguage('en'));

describe('message catalogues', () => {
  it('en and zh have exactly the same keys', () => {
    const enKeys = Object.keys(en).sort();
    const zhKeys = Object.keys(zh).sort();
    expect(zhKeys.filter((k) => !Object.hasOwn(en, k))).toEqual([]);
    expect(enKeys.filter((k) => !Object.hasOwn(zh, k))).toEqual([]);
    expect(zhKeys).toEqual(enKeys);
  });

  it('states each metric\'s unit once, from its definition: no metric text of its own restates it', () => {
    for (const lang of LANGUAGES) {
      const restated = Object.keys(CATALOGUES[lang]).filter((k) => /^metric\.[a-z_]+\.unit$/.test(k));
      expect(restated, lang).toEqual([]);
      const stray = Object.keys(CATALOGUES[lang]).filter((k) => k.startsWith('metricUnit.') && !(UNITS as readonly string[]).includes(k.slice('metricUnit.'.length)));
      expect(stray, lang).toEqual([]);
    }
  });

  it('has no empty or whitespace-only message, and no stray spaces at either end', () => {
    for (const lang of LANGUAGES) {
      for (const [key, value] of Object.entries(CATALOGUES[lang])) {
        expect(typeof value, `${lang} ${key}`).toBe('string');
        expect(value.trim(), `${lang} ${key}`).not.toBe('');
        expect(value, `${lang} ${key}`).toBe(value.trim());
      }
    }
  });

  it('covers every metric, reason, group, domain, pattern, event type and scenario control of the engine', () => {
    const required = requiredKeys();
    expect(required.length).toBeGreaterThan(METRICS.length * 3);
    for (const lang of LANGUAGES) {
      expect(required.filter((key) => !hasMessage(key, lang)), lang).toEqual([]);
    }
  });

  it('has the app interface, status, chart title and household story keys', () => {
    for (const lang of LANGUAGES) expect(UI_KEYS.filter((key) => !hasMessage(key, lang)), lang).toEqual([]);
  });

  it('names controls after real scenario parameters (except seeds and the trust shock fields)', () => {
    const paths = new Set(leaves(PARAMETERS as unknown as ParamTree).map(([path]) => path));
    const notParameters = CONTROL_IDS.filter((id) => !paths.has(id));
    expect(notParameters).toEqual(['seeds', 'trustShock.month', 'trustShock.magnitude']);
  });

  it('uses the same placeholders in both languages, key by key', () => {
    for (const key of Object.keys(en)) {
      expect(placeholders(zh[key] ?? ''), key).toEqual(placeholders(en[key]!));
    }
  });

  it('uses only well-formed placeholders (letters, digits, underscore)', () => {
    for (const lang of LANGUAGES) {
      for (const [key, value] of Object.entries(CATALOGUES[lang])) {
        for (const name of placeholders(value)) expect(name, `${lang} ${key}`).toMatch(/^[A-Za-z0-9_]+$/);
        expect(value.replace(/\{[A-Za-z0-9_]+\}/g, ''), `${lang} ${key}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('states findings in chart titles through placeholders', () => {
    expect(en['chart.reasons.title']).toBe('Needs unmet this month, and why: {top} is the largest reason');
    for (const key of Object.keys(en).filter((k) => /^chart\.\w+\.title$/.test(k))) {
      expect(placeholders(en[key]!).length, key).toBeGreaterThan(0);
    }
  });

  it('gives each metric help in one sentence', () => {
    for (const m of METRICS) {
      const english = en[`metric.${m.name}.help`]!;
      expect(english.match(/[.!?](\s|$)/g), m.name).toHaveLength(1);
      expect(english.endsWith('.'), m.name).toBe(true);
      expect(zh[`metric.${m.name}.help`]!.match(/。/g), m.name).toHaveLength(1);
    }
  });

  it('explains each pattern in exactly two sentences in both languages', () => {
    for (const p of PATTERNS) {
      const english = en[`pattern.${p}.explain`]!;
      const chinese = zh[`pattern.${p}.explain`]!;
      expect(english.match(/[.!?](\s|$)/g), p).toHaveLength(2);
      expect(english.endsWith('.'), p).toBe(true);
      expect(chinese.match(/[。！？]/g), p).toHaveLength(2);
      expect(chinese.endsWith('。'), p).toBe(true);
    }
  });

  it('calls the patterns by the paper\'s Chinese terms', () => {
    expect(zh['pattern.administrative_incorporation']).toBe('行政吸纳');
    expect(zh['pattern.social_innovation']).toBe('社会创新');
    expect(zh['pattern.policy_driven']).toBe('政策驱动');
    expect(zh['pattern.deep_integration']).toBe('深度融合');
    expect(en['pattern.administrative_incorporation']).toBe('Administrative incorporation');
  });

  it('uses one Chinese term for "fell through the gaps": 落入缝隙', () => {
    const uses = Object.entries(zh).filter(([, text]) => text.includes('缝隙'));
    expect(uses.length).toBeGreaterThan(10);
    for (const [key, text] of uses) expect(text, key).toMatch(/落入缝隙/);
    for (const [key, text] of Object.entries(zh)) expect(text, key).not.toMatch(/落入了|掉入|跌入|漏出缝隙/);
  });

  it('writes Chinese messages in Chinese', () => {
    // Labels that are allowed to be Latin in Chinese: file formats on buttons.
    for (const [key, value] of Object.entries(zh)) {
      if (key.startsWith('button.export')) continue;
      expect(value, key).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(zh['metric.unmet_unseen']).toBe('无人知晓的需求');
    expect(zh['metricUnit.household-domains']).toBe('需求（户·领域）');
    expect(en['metric.unmet_unseen']).toBe('Needs unseen');
    expect(en['metricUnit.household-domains']).toBe('needs (household-domains)');
  });
});

describe('t', () => {
  it('looks up the current language and substitutes parameters', () => {
    expect(t('status.running', { done: 3, total: 120 })).toBe('Running: month 3 of 120');
    setLanguage('zh');
    expect(t('status.running', { done: 3, total: 120 })).toBe('运行中：第3个月，共120个月');
    expect(t('status.invalidValue', { field: '城市低保标准', reason: '太小' })).toBe('城市低保标准的取值无效：太小');
  });

  it('replaces every occurrence and leaves a placeholder without a parameter as it is', () => {
    expect(t('status.running', { done: 0 })).toBe('Running: month 0 of {total}');
    expect(t('status.running')).toBe('Running: month {done} of {total}');
    expect(t('chart.change.higher', { amount: '{done}' })).toBe('{done} higher');
  });

  it('does not interpret $ patterns or prototype names in parameters', () => {
    expect(t('status.invalidValue', { field: '$&', reason: "$'" })).toBe("Invalid value for $&: $'");
    expect(t('status.running', Object.create({ done: 'inherited' }) as Record<string, string>)).toBe('Running: month {done} of {total}');
  });

  it('falls back to English, then to the key, and never throws', async () => {
    setLanguage('zh');
    const zhCatalogue = zh as Record<string, string>;
    const saved = zhCatalogue['button.run'];
    delete zhCatalogue['button.run'];
    try {
      expect(t('button.run')).toBe('Run');
    } finally {
      zhCatalogue['button.run'] = saved!;
    }
    expect(t('button.run')).toBe('运行');
    expect(t('no.such.key')).toBe('no.such.key');
    expect(t('no.such.key', { x: 1 })).toBe('no.such.key');
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty', '']) expect(t(key)).toBe(key);
    const hostile = { get done(): string { throw new Error('boom'); } } as unknown as Record<string, string>;
    expect(() => t('status.running', hostile)).not.toThrow();
  });
});

describe('language state', () => {
  it('starts in English and switches', () => {
    expect(getLanguage()).toBe('en');
    setLanguage('zh');
    expect(getLanguage()).toBe('zh');
    expect(t('ui.section.scenario')).toBe('情景');
  });

  it('tells listeners of a change once, not of a non-change, and stops after unsubscribing', () => {
    const seen: Language[] = [];
    const stop = onLanguageChange((lang) => seen.push(lang));
    setLanguage('zh');
    setLanguage('zh');
    setLanguage('en');
    stop();
    setLanguage('zh');
    expect(seen).toEqual(['zh', 'en']);
  });

  it('still calls every listener when one throws, then reports the error', () => {
    const later = vi.fn();
    const stopBad = onLanguageChange(() => { throw new Error('listener failed'); });
    const stopLater = onLanguageChange(later);
    try {
      expect(() => setLanguage('zh')).toThrow('listener failed');
      expect(later).toHaveBeenCalledWith('zh');
      expect(getLanguage()).toBe('zh');
    } finally {
      stopBad();
      stopLater();
    }
  });

  it('ignores a value that is not a language', () => {
    setLanguage('fr' as Language);
    expect(getLanguage()).toBe('en');
  });
});

describe('initialLanguage and rememberLanguage', () => {
  const fakeStorage = (initial: Record<string, string> = {}) => {
    const data = new Map(Object.entries(initial));
    return {
      data,
      getItem: (key: string): string | null => data.get(key) ?? null,
      setItem: (key: string, value: string): void => { data.set(key, value); },
    };
  };

  it('prefers the remembered choice over the navigator language', () => {
    expect(initialLanguage(fakeStorage({ [LANGUAGE_STORAGE_KEY]: 'en' }), 'zh-CN')).toBe('en');
    expect(initialLanguage(fakeStorage({ [LANGUAGE_STORAGE_KEY]: 'zh' }), 'en-GB')).toBe('zh');
  });

  it('follows the navigator language when nothing (valid) is remembered', () => {
    for (const nav of ['zh', 'zh-CN', 'zh-TW', 'zh-Hans-CN', 'ZH-cn']) expect(initialLanguage(fakeStorage(), nav), nav).toBe('zh');
    for (const nav of ['en-US', 'fr', 'ja-JP', '', undefined]) expect(initialLanguage(fakeStorage(), nav), String(nav)).toBe('en');
    expect(initialLanguage(fakeStorage({ [LANGUAGE_STORAGE_KEY]: 'klingon' }), 'zh-CN')).toBe('zh');
    expect(initialLanguage(undefined, 'zh-CN')).toBe('zh');
    expect(initialLanguage(undefined, undefined)).toBe('en');
  });

  it('treats storage that throws as empty', () => {
    const blocked = { getItem: (): string | null => { throw new Error('SecurityError'); } };
    expect(initialLanguage(blocked, 'zh-CN')).toBe('zh');
    expect(initialLanguage(blocked, 'en')).toBe('en');
  });

  it('remembers a choice under gapsim.language, which initialLanguage then reads', () => {
    const storage = fakeStorage();
    rememberLanguage(storage, 'zh');
    expect(storage.data.get('gapsim.language')).toBe('zh');
    expect(initialLanguage(storage, 'en-US')).toBe('zh');
    rememberLanguage(storage, 'en');
    expect(initialLanguage(storage, 'zh-CN')).toBe('en');
    expect(() => rememberLanguage(undefined, 'zh')).not.toThrow();
    expect(() => rememberLanguage({ setItem: () => { throw new Error('QuotaExceededError'); } }, 'zh')).not.toThrow();
  });
});

describe('ready scenarios in Chinese', () => {
  it('every scenario file has a Chinese name and question', async () => {
    const { readdirSync } = await import('node:fs');
    const { SCENARIO_TEXTS_ZH } = await import('../../../web/i18n/scenarioTexts.ts');
    const files = readdirSync(new URL('../../../scenarios/', import.meta.url)).filter((f) => f.endsWith('.json'));
    expect(Object.keys(SCENARIO_TEXTS_ZH).sort()).toEqual(files.sort());
    for (const text of Object.values(SCENARIO_TEXTS_ZH)) expect(text.description).toMatch(/？/);
  });
});

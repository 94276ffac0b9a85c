/**
 * A county profile: the figures a county publishes in its statistical bulletin (统计公报)
 * and its civil-affairs reports, as `gapsim county` and the page's county form take them.
 * Declared once in PROFILE_FIELDS (unit, whether required, what is assumed when absent),
 * from which the checks, the CLI's help and the page's form are made. Every problem is
 * reported at once, each naming the field, the value and what was expected, in the words
 * of sim/scenario/errors.ts, so that the page and the CLI say the same. Pure.
 */
import { closest } from '../common/closest.ts';
import { isObject } from '../common/plainData.ts';
import { ScenarioError, quote, type Issue } from '../scenario/errors.ts';
import { checkFiniteNumbers } from '../scenario/finiteNumbers.ts';

/** How a field's value is read: a whole count, a share (0–1), money, or text. */
export type FieldKind = 'count' | 'share' | 'yuan' | 'text';

export interface ProfileField {
  readonly key: keyof CountyProfile;
  readonly kind: FieldKind;
  readonly unit: string;
  /** Required, or what gapsim assumes without it. */
  readonly required: boolean;
  readonly description: string;
  readonly whenAbsent?: string;
}

export interface CountyProfile {
  readonly name: string;
  /** Where the figures come from: a bulletin, a year, a page (free text). */
  readonly source?: string;
  /** Resident population (常住人口), persons; population or households is required. */
  readonly population?: number;
  /** Households (家庭户), if published. */
  readonly households?: number;
  /** Urbanisation rate: share of residents living in towns (城镇化率). */
  readonly urbanShare: number;
  readonly dibaoLineUrban: number;
  readonly dibaoLineRural: number;
  /** Mean disposable income per person, yuan a year (城镇/农村常住居民人均可支配收入). */
  readonly incomeUrban: number;
  readonly incomeRural: number;
  /** Dibao recipients, persons (城市/农村低保对象). */
  readonly recipientsUrban: number;
  readonly recipientsRural: number;
  /** Share of residents aged 60 or over. */
  readonly elderlyShare?: number;
  /** Share of residents without local household registration (流动人口 ÷ 常住人口). */
  readonly migrantShare?: number;
  /** Registered charitable organisations (慈善组织 / social organisations working in assistance). */
  readonly charities?: number;
}

export const PROFILE_FIELDS: readonly ProfileField[] = [
  { key: 'name', kind: 'text', unit: 'text', required: true, description: 'Name of the county (and the year of the figures)' },
  { key: 'source', kind: 'text', unit: 'text', required: false, description: 'Where the figures come from', whenAbsent: 'no source is written into the scenario' },
  { key: 'population', kind: 'count', unit: 'persons', required: false, description: 'Resident population (常住人口)', whenAbsent: 'households × the model\'s mean household size; one of population and households is required' },
  { key: 'households', kind: 'count', unit: 'households', required: false, description: 'Households (家庭户)', whenAbsent: 'population ÷ the model\'s mean household size' },
  { key: 'urbanShare', kind: 'share', unit: 'share of residents (0–1)', required: true, description: 'Urbanisation rate (城镇化率)' },
  { key: 'dibaoLineUrban', kind: 'yuan', unit: 'yuan/person/month', required: true, description: 'Urban dibao line (城市低保标准)' },
  { key: 'dibaoLineRural', kind: 'yuan', unit: 'yuan/person/month', required: true, description: 'Rural dibao line (农村低保标准; a yearly line ÷ 12)' },
  { key: 'incomeUrban', kind: 'yuan', unit: 'yuan/person/year', required: true, description: 'Urban disposable income per person (城镇常住居民人均可支配收入)' },
  { key: 'incomeRural', kind: 'yuan', unit: 'yuan/person/year', required: true, description: 'Rural disposable income per person (农村常住居民人均可支配收入)' },
  { key: 'recipientsUrban', kind: 'count', unit: 'persons', required: true, description: 'Urban dibao recipients (城市低保对象)' },
  { key: 'recipientsRural', kind: 'count', unit: 'persons', required: true, description: 'Rural dibao recipients (农村低保对象)' },
  { key: 'elderlyShare', kind: 'share', unit: 'share of residents (0–1)', required: false, description: 'Share of residents aged 60 or over', whenAbsent: 'the model\'s national shares of older households (23.0% aged 60+)' },
  { key: 'migrantShare', kind: 'share', unit: 'share of residents (0–1)', required: false, description: 'Share of residents without local registration (流动人口)', whenAbsent: 'the model\'s defaults (12% of urban, 3% of rural households)' },
  { key: 'charities', kind: 'count', unit: 'organisations', required: false, description: 'Registered charitable organisations (慈善组织)', whenAbsent: 'the model\'s defaults (2 community charities and 1 foundation per 10,000 households)' },
];

export const PROFILE_KEYS: readonly string[] = PROFILE_FIELDS.map((f) => f.key);

/** A profile as checked: the profile (when there is no error), its errors and its warnings. */
export interface ProfileCheck {
  readonly profile?: CountyProfile;
  readonly errors: readonly Issue[];
  /** Allowed but worth saying: an urban line below the rural one, say. */
  readonly warnings: readonly Issue[];
}

/** Most residents a county profile may give: above any county (and far above any city). */
const MAX_POPULATION = 50_000_000;

const EXPECTED: Record<FieldKind, string> = {
  count: 'a whole number ≥ 0',
  share: 'a share from 0 to 1 (e.g. 0.47 for 47%)',
  yuan: 'a number of yuan > 0',
  text: 'a non-empty string',
};

/** Check a parsed profile (from a file or the page's form), every problem at once. */
export function checkProfile(raw: unknown): ProfileCheck {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  if (!isObject(raw)) return { errors: [{ path: '', message: `holds ${quote(raw)}; expected a JSON object of county figures (see counties/*.json)` }], warnings };
  for (const key of Object.keys(raw)) {
    if (PROFILE_KEYS.includes(key)) continue;
    const hint = closest(key, PROFILE_KEYS);
    errors.push({ path: key, message: `is not a known field${hint ? ` (did you mean "${hint}"?)` : ''}; expected one of: ${PROFILE_KEYS.join(', ')}` });
  }
  const values: Record<string, unknown> = {};
  for (const field of PROFILE_FIELDS) {
    const value = raw[field.key];
    if (value === undefined || value === null || value === '') {
      if (field.required) errors.push({ path: field.key, message: `is missing; expected ${EXPECTED[field.kind]} (${field.unit}): ${field.description}` });
      continue;
    }
    const problem = fieldProblem(field, value);
    if (problem) errors.push({ path: field.key, message: problem });
    else values[field.key] = value;
  }
  if (raw.population === undefined && raw.households === undefined) {
    errors.push({ path: 'population', message: 'is missing, and so is households; expected the resident population (persons) or the number of households' });
  }
  const v = values as Partial<CountyProfile>;
  if (v.population !== undefined && v.households !== undefined) {
    const size = v.population / v.households;
    if (size < 1 || size > 8) errors.push({ path: 'households', message: `is ${v.households}, ${size.toFixed(2)} persons per household of a population of ${v.population}; expected between 1 and 8 persons per household` });
  }
  // Recipients against the population they come from (when the population is given: from
  // households alone it is the model's estimate, checked again once the scenario is built).
  if (v.population !== undefined && v.urbanShare === undefined && v.recipientsUrban !== undefined && v.recipientsRural !== undefined && v.recipientsUrban + v.recipientsRural > v.population) {
    // Without a valid urban share the split is unknown, but the two together cannot pass the whole population.
    errors.push({ path: 'recipientsUrban', message: `is ${v.recipientsUrban}, which with recipientsRural ${v.recipientsRural} is above the population (${v.population}); expected the urban and rural recipients together at most the residents` });
  }
  if (v.population !== undefined && v.urbanShare !== undefined) {
    const urban = v.population * v.urbanShare, rural = v.population - urban;
    if (v.recipientsUrban !== undefined && v.recipientsUrban > urban) {
      errors.push({ path: 'recipientsUrban', message: `is ${v.recipientsUrban}, above the urban population (${Math.round(urban)} = population ${v.population} × urbanShare ${v.urbanShare}); expected at most the urban residents` });
    }
    if (v.recipientsRural !== undefined && v.recipientsRural > rural) {
      errors.push({ path: 'recipientsRural', message: `is ${v.recipientsRural}, above the rural population (${Math.round(rural)} = population ${v.population} × (1 − urbanShare ${v.urbanShare})); expected at most the rural residents` });
    }
  }
  if (v.dibaoLineUrban !== undefined && v.dibaoLineRural !== undefined && v.dibaoLineUrban < v.dibaoLineRural) {
    warnings.push({ path: 'dibaoLineUrban', message: `is ${v.dibaoLineUrban}, below the rural line (${v.dibaoLineRural}); allowed (some counties pay one line everywhere, rarely a lower urban one), but check the figures: urban lines are usually the higher` });
  }
  for (const [group, line, income] of [['Urban', v.dibaoLineUrban, v.incomeUrban], ['Rural', v.dibaoLineRural, v.incomeRural]] as const) {
    if (line !== undefined && income !== undefined && line * 12 >= income) {
      warnings.push({ path: `income${group}`, message: `is ${income} yuan a year, at or below 12 × the ${group.toLowerCase()} dibao line (${line * 12}); allowed, but most residents would then qualify for dibao: check the units (income a year, the line a month)` });
    }
  }
  if (errors.length > 0) return { errors, warnings };
  return { profile: values as unknown as CountyProfile, errors, warnings };
}

function fieldProblem(field: ProfileField, value: unknown): string | undefined {
  const expected = `expected ${EXPECTED[field.kind]} (${field.unit})`;
  if (field.kind === 'text') return typeof value === 'string' && value.trim() !== '' && value.length <= 500 ? undefined : `is ${quote(value)}; expected a non-empty string of at most 500 characters`;
  if (typeof value !== 'number' || !Number.isFinite(value)) return `is ${quote(value)}, not a number; ${expected}`;
  switch (field.kind) {
    case 'share':
      if (value > 1) return `is ${value}, a share above 1; ${expected}${value <= 100 ? ` — a percentage? ${value}% is ${Number((value / 100).toPrecision(12))}` : ''}`;
      if (value < 0) return `is ${value}, a negative share; ${expected}`;
      return undefined;
    case 'yuan':
      if (value < 0) return `is ${value}, a negative amount; ${expected}`;
      if (value === 0) return `is 0; ${expected}`;
      return value > 1e7 ? `is ${value}, more than 10,000,000 yuan; ${expected}` : undefined;
    case 'count':
      if (value < 0) return `is ${value}, a negative count; ${expected}`;
      if (!Number.isInteger(value)) return `is ${value}, not a whole number; ${expected}`;
      if ((field.key === 'population' || field.key === 'households') && value === 0) return `is 0; expected a whole number > 0 (${field.unit})`;
      return value > MAX_POPULATION ? `is ${value}, more than ${MAX_POPULATION.toLocaleString('en-US')}; ${expected}, at most a county's` : undefined;
  }
}

/** A profile file's text, parsed and checked; throws a ScenarioError naming every problem. */
export function loadProfile(text: string, file: string): { profile: CountyProfile; warnings: readonly Issue[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError([{ path: '', message: `is not valid JSON (${(error as Error).message.replace(/\s+/g, ' ')}); expected a JSON object of county figures (see counties/*.json)` }], file);
  }
  checkFiniteNumbers(raw, text, '', file);
  const { profile, errors, warnings } = checkProfile(raw);
  if (!profile) throw new ScenarioError(errors, file);
  return { profile, warnings };
}

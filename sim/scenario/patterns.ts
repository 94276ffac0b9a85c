/**
 * The four government–charity interaction patterns of the paper's §3 (sources.md §9), each a
 * preset: values for the same switches, so patterns are compared on identical
 * populations and can be edited switch by switch. A scenario's own values win over its
 * pattern's: the preset only fills in what the scenario leaves unset.
 */
export const PATTERNS = ['administrative_incorporation', 'social_innovation', 'policy_driven', 'deep_integration'] as const;
export type Pattern = (typeof PATTERNS)[number];

/** What each pattern means, in two plain sentences (for help texts and the app). */
export const PATTERN_MEANINGS: Record<Pattern, string> = {
  administrative_incorporation: '行政吸纳: government leads and directs charity money to the cases its rules leave out. Charities have little room to find needs themselves.',
  social_innovation: '社会创新: charities act on their own, finding the needs policy misses. They rely on their own fundraising, so public trust matters most.',
  policy_driven: '政策驱动: government funds charities in priority domains through grants and purchased services. Charities depend on those grants.',
  deep_integration: '深度融合: government and charities share data, assess jointly and refer both ways. A prediction model flags needs from the data.',
};

type Preset = Record<string, Record<string, number | Record<string, number>>>;

const sharing = (level: number) => ({ health: level, education: level, disability: level, employment: level });

/** Switch values per pattern (the table of sources.md §9, in numbers; the numbers are assumptions). */
export const PATTERN_PRESETS: Record<Pattern, Preset> = {
  administrative_incorporation: {
    collaboration: { govReferral: 0.5, charityReferral: 0, charityDataSharing: 0.1, jointAssessment: 0, needPrediction: 0, emergencyDispatch: 1, serviceLearning: 0 },
    charities: { autonomy: 0.2, grantsPerHousehold: 10, trustSensitivity: 0.3 },
    government: { dataSharing: sharing(0.4) },
  },
  social_innovation: {
    collaboration: { govReferral: 0, charityReferral: 0, charityDataSharing: 0, jointAssessment: 0, needPrediction: 0, emergencyDispatch: 0, serviceLearning: 1 },
    charities: { autonomy: 1, grantsPerHousehold: 0, trustSensitivity: 1 },
    government: { dataSharing: sharing(0.4) },
  },
  policy_driven: {
    collaboration: { govReferral: 0.25, charityReferral: 0.2, charityDataSharing: 0.1, jointAssessment: 0, needPrediction: 0, emergencyDispatch: 0, serviceLearning: 0 },
    charities: { autonomy: 0.5, grantsPerHousehold: 60, trustSensitivity: 0.3 },
    government: { dataSharing: sharing(0.4) },
  },
  deep_integration: {
    collaboration: { govReferral: 0.6, charityReferral: 0.6, charityDataSharing: 0.8, jointAssessment: 1, needPrediction: 0.7, emergencyDispatch: 0, serviceLearning: 1 },
    charities: { autonomy: 0.9, grantsPerHousehold: 30, trustSensitivity: 0.6 },
    government: { dataSharing: sharing(0.9) },
  },
};

/** A preset as [dotted path, value] pairs, in declaration order. */
export function presetValues(pattern: Pattern): Array<[string, number]> {
  const flatten = (node: object, prefix: string): Array<[string, number]> =>
    Object.entries(node).flatMap(([key, value]) =>
      typeof value === 'object' && value !== null ? flatten(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value as number]]);
  return flatten(PATTERN_PRESETS[pattern], '');
}

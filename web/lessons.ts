/**
 * A guided sequence for a class: each step loads a ready scenario, runs it and points at
 * the chart that shows the lesson (texts in i18n: lesson.<key>.title and .text).
 */
export interface Lesson {
  readonly key: string;
  /** Ready scenario file (scenarios/...). */
  readonly scenario: string;
  /** The chart card to point at (data-chart id). */
  readonly chart: string;
}

export const LESSONS: readonly Lesson[] = [
  { key: 'governmentAlone', scenario: 'scenarios/government_alone.json', chart: 'reasons' },
  { key: 'communityJoins', scenario: 'scenarios/social_innovation.json', chart: 'reasons' },
  { key: 'scandal', scenario: 'scenarios/scandal_below_tacitus.json', chart: 'trust' },
  { key: 'dataShared', scenario: 'scenarios/deep_integration.json', chart: 'indicators' },
  { key: 'digitalDivide', scenario: 'scenarios/rural_digital_divide.json', chart: 'groups' },
];

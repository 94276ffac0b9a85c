/**
 * A metric's words on the page: its label and help (web/i18n `metric.<name>`,
 * `metric.<name>.help`) and its unit, which comes from the metric's definition
 * (sim/engine/metrics.ts) through one table of unit words per language (`metricUnit.<unit>`),
 * so no text restates a unit.
 */
import type { MetricName } from '../../sim/engine/metrics.ts';
import { metricOf } from '../../sim/engine/metricValue.ts';
import { t } from './index.ts';

export const metricLabel = (name: MetricName): string => t(`metric.${name}`);
export const metricHelp = (name: MetricName): string => t(`metric.${name}.help`);
export const metricUnitLabel = (name: MetricName): string => t(`metricUnit.${metricOf(name).unit}`);

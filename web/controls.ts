/**
 * The scenario panel's knobs: each a labelled slider with a number box, its unit and a
 * tooltip saying what it changes in the model. Bounds come from the parameter
 * declarations (sim/scenario/parameters.ts); a value outside them is refused at the control
 * with a message, and the scenario keeps its last valid value.
 */
import type { Param } from '../sim/scenario/param.ts';
import { PARAMETER_BY_PATH } from '../sim/scenario/parameters.ts';
import { el } from './dom.ts';
import { t } from './i18n/index.ts';


export interface Knob {
  readonly path: string;
  readonly step: number;
  /** Slider range when narrower than the declared bounds (the number box takes any valid value). */
  readonly range?: readonly [number, number];
}

/** The knobs that matter to a policymaker, by group (sources.md §9: trust, data sharing, digital divide, money). */
export const KNOB_GROUPS: ReadonlyArray<{ key: string; knobs: readonly Knob[] }> = [
  { key: 'ui.group.dataSharing', knobs: [
    { path: 'government.dataSharing.health', step: 0.05 },
    { path: 'government.dataSharing.education', step: 0.05 },
    { path: 'government.dataSharing.disability', step: 0.05 },
    { path: 'government.dataSharing.employment', step: 0.05 },
    { path: 'collaboration.charityDataSharing', step: 0.05 },
    { path: 'collaboration.jointAssessment', step: 0.05 },
    { path: 'collaboration.needPrediction', step: 0.05 },
  ] },
  { key: 'ui.group.digitalDivide', knobs: [
    { path: 'population.digitalUrban', step: 0.05 },
    { path: 'population.digitalRural', step: 0.05 },
    { path: 'population.digitalElderlyFactor', step: 0.05 },
  ] },
  { key: 'ui.group.trust', knobs: [
    { path: 'trust.baseline', step: 0.05 },
    { path: 'trust.tacitusThreshold', step: 0.05 },
  ] },
  { key: 'ui.group.money', knobs: [
    { path: 'government.dibao.lineUrban', step: 5, range: [300, 2000] },
    { path: 'government.dibao.lineRural', step: 5, range: [200, 1500] },
    { path: 'government.services.budgetPerHousehold', step: 5, range: [0, 500] },
    { path: 'government.employment.budgetPerHousehold', step: 5, range: [0, 500] },
    { path: 'government.temporary.budgetPerHousehold', step: 5, range: [0, 500] },
    { path: 'government.caseworkersPer10k', step: 0.5, range: [0, 30] },
    { path: 'charities.grantsPerHousehold', step: 5, range: [0, 300] },
  ] },
  { key: 'ui.group.charities', knobs: [
    { path: 'charities.community.perTenThousand', step: 0.5, range: [0, 20] },
    { path: 'charities.foundation.perTenThousand', step: 0.5, range: [0, 10] },
    { path: 'charities.hub.count', step: 1, range: [0, 5] },
    { path: 'charities.crowdfunding.launchRate', step: 0.005, range: [0, 0.1] },
    { path: 'charities.visibilityBias', step: 0.05 },
    { path: 'charities.autonomy', step: 0.05 },
  ] },
  { key: 'ui.group.run', knobs: [
    { path: 'households', step: 1000, range: [1000, 100_000] },
    { path: 'months', step: 12, range: [12, 240] },
  ] },
];

export function param(path: string): Param {
  const p = PARAMETER_BY_PATH.get(path);
  if (!p) throw new Error(`no parameter ${path}`);
  return p;
}

/** Why a value is not valid for a parameter (translated), or undefined if it is. */
export function invalidReason(p: Param, value: number): string | undefined {
  if (!Number.isFinite(value)) return t('status.notANumber');
  if (p.kind === 'integer' && !Number.isInteger(value)) return t('status.notWhole');
  if ((p.min !== undefined && value < p.min) || (p.max !== undefined && value > p.max)) {
    return t('status.outOfRange', { min: p.min ?? '−∞', max: p.max ?? '∞' });
  }
  return undefined;
}

/**
 * A labelled numeric control. `onChange` is called only with valid values; an invalid entry
 * shows a message at the control (role="alert") until corrected.
 */
export function numberControl(options: {
  id: string;
  label: string;
  unit: string;
  help: string;
  value: number;
  min: number;
  max: number;
  step: number;
  validate: (value: number) => string | undefined;
  onChange: (value: number) => void;
}): HTMLElement {
  const { id, label, unit, help, value, min, max, step } = options;
  const slider = el('input', { type: 'range', id: `${id}-range`, min, max, step, value, 'aria-label': label, 'aria-describedby': `${id}-help`, title: help });
  const box = el('input', { type: 'number', id, step: 'any', value, 'aria-describedby': `${id}-help ${id}-error`, title: help });
  const error = el('span', { class: 'control-error', id: `${id}-error`, role: 'alert' });
  const apply = (raw: string, from: HTMLInputElement) => {
    const v = Number(raw);
    const reason = raw.trim() === '' ? options.validate(NaN) : options.validate(v);
    error.textContent = reason ? t('status.invalidValue', { field: label, reason }) : '';
    box.setAttribute('aria-invalid', reason ? 'true' : 'false');
    if (reason) return;
    if (from !== box) box.value = String(v);
    if (from !== slider) slider.value = String(v);
    options.onChange(v);
  };
  slider.addEventListener('input', () => apply(slider.value, slider));
  box.addEventListener('change', () => apply(box.value, box));
  return el('div', { class: 'control', 'data-path': id.replace(/^control-/, '') },
    el('label', { for: id, title: help }, label, el('span', { class: 'unit' }, ` (${unit})`)),
    el('div', { class: 'control-inputs' }, slider, box),
    el('small', { id: `${id}-help`, class: 'help' }, help),
    error);
}

/**
 * The scenario panel: a ready scenario to start from, the engine's word on the scenario,
 * the collaboration pattern, the knobs by group, the timeline of trust shocks, the number
 * of seeds, and sharing. A change made at a control leaves the panel as it is (the control
 * keeps the focus); any other change of scenario (a ready scenario, a pattern, undo, an
 * upload, a lesson) draws the panel again.
 */
import { PATTERN_PRESETS, presetValues, type Pattern } from '../../sim/scenario/patterns.ts';
import { KNOB_GROUPS, invalidReason, numberControl, param } from '../controls.ts';
import { el } from '../dom.ts';
import type { ScenarioEditor } from '../editor.ts';
import type { Remote } from '../engineClient.ts';
import { t } from '../i18n/index.ts';
import { scenarioText } from '../i18n/scenarioTexts.ts';
import { READY_SCENARIOS, readyText } from '../readyScenarios.ts';
import { MAX_SEEDS, getPath, setPath, unsetPath, type PageStore } from '../state.ts';
import { fill, keepingFocus, sectionElement, type Section } from './section.ts';
import { patternCards, patternOf } from './patternCards.ts';
import { ShareSection } from './share.ts';
import { trustShocks } from './trustShocks.ts';

export class ScenarioPanel implements Section {
  readonly element = el('aside', { id: 'panel' });
  private readonly share: ShareSection;
  private readonly validation = el('p', { id: 'validation', class: 'error', role: 'alert' });
  /** The scenario the panel shows: a change made at one of its controls is shown already. */
  private shown: Readonly<Record<string, unknown>> | undefined;

  constructor(private readonly store: PageStore, private readonly editor: ScenarioEditor, workers: readonly Remote[]) {
    this.share = new ShareSection(store, editor, workers);
    store.subscribe((state, changed) => {
      if (changed.has('raw') && state.raw !== this.shown) this.render();
      if (changed.has('invalid')) this.validation.textContent = state.invalid;
    });
  }

  render(): void {
    const { raw, invalid } = this.store.state;
    this.shown = raw;
    this.validation.textContent = invalid;
    keepingFocus(this.element, () => this.element.replaceChildren(
      fill(sectionElement('scenario'), 'ui.section.scenario', this.scenarioPicker(), this.validation),
      fill(sectionElement('pattern'), 'ui.section.pattern', patternCards(patternOf(raw), (pattern) => this.choosePattern(pattern))),
      ...KNOB_GROUPS.map((group, i) => el('details', { open: i === 0 }, el('summary', {}, t(group.key)),
        ...group.knobs.map((knob) => {
          const p = param(knob.path);
          return numberControl({
            id: `control-${knob.path}`,
            label: t(`control.${knob.path}`),
            unit: t(`control.${knob.path}.unit`),
            help: t(`control.${knob.path}.help`),
            value: Number(getPath(raw, knob.path) ?? resolvedDefault(raw, knob.path)),
            min: knob.range?.[0] ?? p.min ?? 0,
            max: knob.range?.[1] ?? p.max ?? 1,
            step: knob.step,
            validate: (v) => invalidReason(p, v),
            onChange: (v) => this.edit(setPath(this.store.state.raw, knob.path, v), true),
          });
        }))),
      fill(sectionElement('shocks'), 'ui.trustShocks',
        trustShocks(() => this.store.state.raw, (events, keepPanel) => this.edit(setPath(this.store.state.raw, 'events', events), keepPanel))),
      fill(sectionElement('seeds-section'), 'control.seeds', this.seedsControl()),
      this.share.element));
    this.share.render();
  }

  /** A change made in the panel: `keepPanel` leaves the panel as it is, so the control being edited keeps the focus. */
  private edit(raw: Record<string, unknown>, keepPanel: boolean): void {
    if (keepPanel) this.shown = raw;
    void this.editor.change(raw);
  }

  private scenarioPicker(): HTMLElement {
    const { raw } = this.store.state;
    const select = el('select', { id: 'ready-scenario' },
      el('option', { value: '' }, '—'),
      ...READY_SCENARIOS.map((s) => el('option', { value: s.file, selected: s.name === raw.name }, scenarioText(s.file, s).name)));
    select.addEventListener('change', () => void this.editor.load(select.value));
    return el('div', {},
      el('label', { for: 'ready-scenario' }, t('ui.readyScenarios')), select,
      el('p', { class: 'description' }, readyText(raw)?.description ?? String(raw.description ?? '')));
  }

  /** Choose a pattern: its preset applies in full, so switches set by hand are cleared. */
  private choosePattern(pattern: Pattern): void {
    let raw = setPath(this.store.state.raw, 'pattern', pattern);
    for (const [path] of presetValues(pattern)) raw = unsetPath(raw, path);
    void this.editor.change(raw);
    this.element.querySelector<HTMLElement>(`[data-pattern="${pattern}"]`)?.focus();
  }

  private seedsControl(): HTMLElement {
    return numberControl({
      id: 'control-seeds', label: t('control.seeds'), unit: t('control.seeds.unit'), help: t('control.seeds.help'),
      value: this.store.state.seeds, min: 1, max: MAX_SEEDS, step: 1,
      validate: (v) => (Number.isInteger(v) && v >= 1 && v <= MAX_SEEDS ? undefined : t('status.outOfRange', { min: 1, max: MAX_SEEDS })),
      onChange: (v) => this.editor.setSeeds(v),
    });
  }
}

/** The value a knob shows when the scenario leaves it unset: its pattern's preset, else its default. */
function resolvedDefault(raw: Readonly<Record<string, unknown>>, path: string): number {
  const preset = PATTERN_PRESETS[patternOf(raw) as keyof typeof PATTERN_PRESETS];
  const fromPreset = preset ? getPath(preset as Record<string, unknown>, path) : undefined;
  return Number(fromPreset ?? param(path).default);
}

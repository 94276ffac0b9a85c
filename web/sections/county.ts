/**
 * "Your own county": the figures a county publishes (sim/county/profile.ts PROFILE_FIELDS),
 * one labelled input each, filled by hand, from a shipped example (counties/*.json) or from
 * pasted JSON. On submit the profile is checked as `gapsim county` checks it, each problem
 * shown at its field in the CLI's words; a profile accepted is fitted to the county's dibao
 * caseload (sim/county/fit.ts) in a worker of its own, so the page and its runs go on, and
 * the fit report (sim/county/report.ts, the CLI's) is shown. "Use this county" makes the
 * fitted scenario the page's scenario through the editor, as a ready scenario does (undo,
 * the link and the engine's check included).
 */
import type { CountyFit } from '../../sim/county/fit.ts';
import { DEFAULT_FIT, WITHIN, readEvaluations } from '../../sim/county/fit.ts';
import { PROFILE_FIELDS, checkProfile, type ProfileCheck, type ProfileField } from '../../sim/county/profile.ts';
import { countyReportParts } from '../../sim/county/report.ts';
import { formatIssue, type Issue } from '../../sim/scenario/errors.ts';
import { EXAMPLE_COUNTIES } from '../counties.ts';
import { el } from '../dom.ts';
import type { ScenarioEditor } from '../editor.ts';
import { fitCountyInWorker } from '../engineClient.ts';
import { number } from '../format.ts';
import { plural, t } from '../i18n/index.ts';
import { fill, keepingFocus, sectionElement, type Section } from './section.ts';

const inputId = (field: ProfileField): string => `county-${field.key}`;

/** A form value as the profile takes it: text trimmed, numbers read (thousands separators allowed), anything else left for the check to name. */
export function profileValue(field: ProfileField, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (field.kind === 'text') return trimmed;
  const plain = trimmed.replace(/[,\s_，]/g, '');
  const value = Number(plain);
  return plain !== '' && Number.isFinite(value) ? value : trimmed;
}

type FitState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'fitting'; readonly stage: string; readonly done: number; readonly total: number; readonly started: number }
  | { readonly kind: 'fitted'; readonly fit: CountyFit; readonly seconds: number }
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'stopped' };

export class CountySection implements Section {
  readonly element = sectionElement('county');
  /** The form's text by field, kept across drawings (a change of language). */
  private values: Record<string, string> = {};
  private example = '';
  /** The search's evaluations as typed (`gapsim county --evaluations`), and what is wrong with them. */
  private evaluations = String(DEFAULT_FIT.maxEvaluations);
  private evaluationsProblem = '';
  private check: ProfileCheck | undefined;
  /** JSON pasted, and why it could not be read. */
  private pasted = '';
  private pasteError = '';
  private state: FitState = { kind: 'idle' };
  private job: { stop(): void } | undefined;
  private used = '';
  private readonly status = el('p', { id: 'county-status', role: 'status', 'aria-live': 'polite' });
  private readonly progress = el('progress', { id: 'county-progress', hidden: true });
  private readonly report = el('div', { id: 'county-report' });

  constructor(private readonly editor: ScenarioEditor) {}

  render(): void {
    keepingFocus(this.element, () => fill(this.element, 'ui.section.county',
      el('p', {}, t('ui.county.help')),
      this.examplePicker(),
      this.pasteBox(),
      this.form(),
      this.status, this.progress, this.report));
    this.showFit();
  }

  private examplePicker(): HTMLElement {
    const select = el('select', { id: 'county-example' },
      el('option', { value: '' }, '—'),
      ...EXAMPLE_COUNTIES.map((c) => el('option', { value: c.file, selected: c.file === this.example }, c.name)));
    select.addEventListener('change', () => {
      this.example = select.value;
      const example = EXAMPLE_COUNTIES.find((c) => c.file === select.value);
      if (example) this.fillFrom(example.profile);
    });
    return el('div', { class: 'county-example' }, el('label', { for: 'county-example' }, t('ui.county.example')), ' ', select);
  }

  private pasteBox(): HTMLElement {
    const area = el('textarea', { id: 'county-paste', rows: 6, spellcheck: false, 'aria-describedby': 'county-paste-error' });
    area.value = this.pasted;
    area.addEventListener('input', () => { this.pasted = area.value; });
    const error = el('p', { id: 'county-paste-error', class: 'error', role: 'alert' }, this.pasteError);
    const button = el('button', { type: 'button', id: 'county-paste-fill' }, t('button.countyPaste'));
    button.addEventListener('click', () => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(area.value);
      } catch (e) {
        this.pasteError = t('ui.county.pasteError', { reason: (e as Error).message });
        error.textContent = this.pasteError;
        return;
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        this.pasteError = t('ui.county.pasteNotObject');
        error.textContent = this.pasteError;
        return;
      }
      this.pasteError = '';
      this.example = '';
      this.fillFrom(parsed as Record<string, unknown>);
      // Fields the form does not have are named by the check, as the CLI names them.
      this.submitCheck(parsed as Record<string, unknown>);
    });
    return el('details', { open: this.pasted !== '' || undefined },
      el('summary', {}, t('ui.county.paste')),
      el('label', { for: 'county-paste' }, t('ui.county.pasteLabel')), area, button, error);
  }

  private form(): HTMLFormElement {
    const errors = new Map<string, Issue[]>();
    for (const issue of this.check?.errors ?? []) errors.set(issue.path, [...(errors.get(issue.path) ?? []), issue]);
    const known = new Set(PROFILE_FIELDS.map((f) => f.key as string));
    const elsewhere = (this.check?.errors ?? []).filter((e) => !known.has(e.path));
    const fitting = this.state.kind === 'fitting';
    const fields = PROFILE_FIELDS.map((field) => {
      const id = inputId(field);
      const own = errors.get(field.key) ?? [];
      const input = el('input', {
        type: 'text', id, name: field.key, inputmode: field.kind === 'text' ? undefined : 'decimal', autocomplete: 'off',
        'aria-required': field.required ? 'true' : undefined, 'aria-invalid': own.length > 0 ? 'true' : 'false',
        'aria-describedby': `${id}-note ${id}-error`,
      });
      input.value = this.values[field.key] ?? '';
      input.addEventListener('input', () => { this.values[field.key] = input.value; });
      return el('div', { class: 'county-field', 'data-field': field.key },
        el('label', { for: id }, t(`county.field.${field.key}`), el('span', { class: 'unit' }, ` (${t(`county.field.${field.key}.unit`)})`)),
        input,
        el('small', { id: `${id}-note`, class: 'help' }, field.required ? t('ui.county.required') : t('ui.county.optional', { absent: t(`county.field.${field.key}.absent`) })),
        el('span', { id: `${id}-error`, class: 'control-error' }, own.map((issue) => formatIssue(issue)).join(' ')));
    });
    const evaluations = el('input', {
      type: 'text', id: 'county-evaluations', inputmode: 'numeric', autocomplete: 'off',
      'aria-invalid': this.evaluationsProblem ? 'true' : 'false', 'aria-describedby': 'county-evaluations-note county-evaluations-error',
    });
    evaluations.value = this.evaluations;
    evaluations.addEventListener('input', () => { this.evaluations = evaluations.value; });
    const search = el('details', { class: 'county-search', open: this.evaluationsProblem !== '' || this.evaluations !== String(DEFAULT_FIT.maxEvaluations) || undefined },
      el('summary', {}, t('ui.county.search')),
      el('div', { class: 'county-field' },
        el('label', { for: 'county-evaluations' }, t('ui.county.evaluations'), el('span', { class: 'unit' }, ` (${t('ui.county.evaluations.unit')})`)),
        evaluations,
        el('small', { id: 'county-evaluations-note', class: 'help' }, t('ui.county.evaluations.help', { default: DEFAULT_FIT.maxEvaluations })),
        el('span', { id: 'county-evaluations-error', class: 'control-error' }, this.evaluationsProblem)));
    const problems = this.check?.errors.length ?? 0;
    const warnings = this.check?.warnings ?? [];
    const submit = el('button', { type: 'submit', id: 'county-fit', disabled: fitting || undefined }, t('button.countyFit'));
    const stop = el('button', { type: 'button', id: 'county-stop', hidden: !fitting || undefined }, t('button.countyStop'));
    stop.addEventListener('click', () => this.stop());
    const form = el('form', { id: 'county-form', novalidate: true },
      el('div', { id: 'county-problems', class: 'error', role: 'alert', tabindex: -1 },
        problems > 0 ? t('ui.county.problems', { problems: plural('unit.problems', problems) }) : '',
        elsewhere.length > 0 ? el('ul', {}, ...elsewhere.map((issue) => el('li', {}, formatIssue(issue)))) : null),
      el('div', { class: 'county-fields' }, ...fields),
      search,
      warnings.length > 0 ? el('div', { id: 'county-warnings', class: 'note' }, t('ui.county.warnings'), el('ul', {}, ...warnings.map((w) => el('li', {}, formatIssue(w))))) : null,
      el('div', { class: 'levers-actions' }, submit, stop));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submitCheck(this.readForm());
    });
    return form;
  }

  /** The form as a profile object (empty fields left out). */
  private readForm(): Record<string, unknown> {
    const raw: Record<string, unknown> = {};
    for (const field of PROFILE_FIELDS) {
      const value = profileValue(field, this.values[field.key] ?? '');
      if (value !== undefined) raw[field.key] = value;
    }
    return raw;
  }

  /** Put a profile's figures into the form (fields it lacks left empty), forgetting the last check and fit. */
  private fillFrom(profile: Record<string, unknown>): void {
    this.values = Object.fromEntries(PROFILE_FIELDS.flatMap((f) => (profile[f.key] === undefined || profile[f.key] === null ? [] : [[f.key, String(profile[f.key])]])));
    this.check = undefined;
    if (this.state.kind !== 'fitting') this.state = { kind: 'idle' };
    this.used = '';
    this.render();
  }

  /** Check a profile; the problems go to their fields, an accepted profile to the fit. */
  private submitCheck(raw: Record<string, unknown>): void {
    this.check = checkProfile(raw);
    this.used = '';
    const read = readEvaluations(this.evaluations);
    this.evaluationsProblem = 'problem' in read ? `evaluations: ${read.problem}` : '';
    const { profile, warnings } = this.check;
    if (profile && 'value' in read) void this.runFit(profile, warnings, read.value);
    else if (this.state.kind !== 'fitting') this.state = { kind: 'idle' };
    this.render();
    if (!profile || 'problem' in read) {
      const first = PROFILE_FIELDS.find((f) => this.check!.errors.some((e) => e.path === f.key));
      const id = first ? inputId(first) : this.evaluationsProblem ? 'county-evaluations' : 'county-problems';
      this.element.querySelector<HTMLElement>(`#${id}`)?.focus();
    }
  }

  private async runFit(profile: NonNullable<ProfileCheck['profile']>, warnings: readonly Issue[], maxEvaluations: number): Promise<void> {
    this.job?.stop();
    const started = performance.now();
    this.state = { kind: 'fitting', stage: '', done: 0, total: 0, started };
    const job = fitCountyInWorker(profile, warnings, maxEvaluations, (stage, done, total) => {
      if (this.job !== job) return;
      this.state = { kind: 'fitting', stage, done, total, started };
      this.showFit();
    });
    this.job = job;
    try {
      const fit = await job.result;
      if (this.job !== job) return;
      this.state = { kind: 'fitted', fit, seconds: (performance.now() - started) / 1000 };
    } catch (error) {
      if (this.job !== job) return;
      this.state = { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
    this.job = undefined;
    // Bring the report to the keyboard's attention only if the keyboard is in this section (or nowhere).
    const focused = document.activeElement;
    const here = !focused || focused === document.body || this.element.contains(focused);
    this.render();
    if (here) this.element.querySelector<HTMLElement>('#county-report h3')?.focus();
  }

  private stop(): void {
    this.job?.stop();
    this.job = undefined;
    this.state = { kind: 'stopped' };
    this.render();
  }

  /** The fit's progress, or its report. */
  private showFit(): void {
    const s = this.state;
    this.progress.hidden = s.kind !== 'fitting';
    const fitButton = this.element.querySelector<HTMLButtonElement>('#county-fit');
    const stopButton = this.element.querySelector<HTMLButtonElement>('#county-stop');
    if (fitButton) fitButton.disabled = s.kind === 'fitting';
    if (stopButton) stopButton.hidden = s.kind !== 'fitting';
    switch (s.kind) {
      case 'idle':
        this.status.textContent = '';
        this.report.replaceChildren();
        return;
      case 'fitting':
        this.progress.max = Math.max(1, s.total);
        this.progress.value = s.done;
        this.status.textContent = t('ui.county.fitting', { stage: s.stage || '…', done: s.done, total: s.total, seconds: Math.round((performance.now() - s.started) / 1000) });
        this.report.replaceChildren();
        return;
      case 'stopped':
        this.status.textContent = t('ui.county.stopped');
        this.report.replaceChildren();
        return;
      case 'failed':
        this.status.textContent = t('ui.county.failed', { reason: s.reason });
        this.report.replaceChildren();
        return;
      case 'fitted':
        this.status.textContent = t('ui.county.fitted', { seconds: Math.round(s.seconds), runs: s.fit.runs });
        this.report.replaceChildren(...this.fitReport(s.fit));
    }
  }

  private fitReport(fit: CountyFit): HTMLElement[] {
    const parts = countyReportParts(fit);
    const within = WITHIN * 100;
    const use = el('button', { type: 'button', id: 'county-use' }, t('button.countyUse'));
    const used = el('p', { id: 'county-used', role: 'status' }, this.used);
    use.addEventListener('click', () => {
      void this.editor.change(structuredClone(fit.scenario));
      this.used = t('ui.county.used', { name: String(fit.scenario.name) });
      used.textContent = this.used;
    });
    const { residents } = parts;
    return [
      el('h3', { tabindex: -1 }, t('ui.county.report', { county: parts.county })),
      el('p', {}, t('ui.county.residents', { total: number(residents.total), urban: number(residents.urban), rural: number(residents.rural), households: number(residents.households) })),
      el('table', { class: 'levers', id: 'county-targets' },
        el('caption', {}, t('ui.county.caption')),
        el('tr', {}, ...['group', 'county', 'model', 'difference', 'within'].map((c) => el('th', { scope: 'col' }, t(`ui.county.col.${c}`, { within })))),
        ...parts.targets.map((row) => el('tr', { 'data-group': row.group, 'data-difference': row.difference, 'data-within': String(row.within) },
          el('th', { scope: 'row' }, t(`group.${row.group}`)),
          el('td', {}, number(row.county)),
          el('td', {}, number(row.model)),
          el('td', {}, row.differenceText),
          el('td', {}, t(row.within ? 'ui.county.within.yes' : 'ui.county.within.no'))))),
      el('p', { id: 'county-verdict', class: parts.ok ? undefined : 'error' }, t(parts.ok ? 'ui.county.ok' : 'ui.county.notOk', { within })),
      ...(parts.reasons.length > 0 ? [el('h4', {}, t('ui.county.why')), el('ul', {}, ...parts.reasons.map((r) => el('li', {}, r)))] : []),
      el('h4', {}, t('ui.county.fittedTitle')),
      el('ul', { id: 'county-fitted' }, ...parts.fitted.map((v) => el('li', {}, t(v.atBound ? 'ui.county.fittedValueAtBound' : 'ui.county.fittedValue', { path: v.path, value: v.value, low: v.low, high: v.high })))),
      el('h4', {}, t('ui.county.given')),
      el('ul', {}, ...parts.given.map((g) => el('li', {}, g))),
      el('h4', {}, t('ui.county.assumptions')),
      el('ul', {}, ...parts.assumptions.map((a) => el('li', {}, a))),
      el('div', { class: 'levers-actions' }, use),
      used,
    ];
  }
}

/**
 * The gapsim web app: scenario panel, run controls, charts, household view, comparison,
 * lessons, sharing. The engine runs in workers (worker.ts); this file only arranges the
 * page and moves data between the panel, the workers and the charts.
 */
import './styles.css';
import { PATTERNS, PATTERN_PRESETS, presetValues, type Pattern } from '../sim/scenario/patterns.ts';
import type { ScenarioEvent } from '../sim/scenario/events.ts';
import { lineChart, stackedAreaChart, smallMultiples } from './charts/index.ts';
import { chartBodyWidth, chartCard, chartSizes, panelSize, redrawOnResize, sharedLegend, sharedScale, single } from './chartCards.ts';
import { KNOB_GROUPS, invalidReason, numberControl, param } from './controls.ts';
import { clear, el } from './dom.ts';
import { openRuns, runToEnd, startWorkers, type RunHandle } from './engineClient.ts';
import { HouseholdView } from './householdView.ts';
import { LANGUAGES, LANGUAGE_NAMES, LANGUAGE_TAGS, getLanguage, initialLanguage, plural, rememberLanguage, setLanguage, t, type Language } from './i18n/index.ts';
import { LESSONS } from './lessons.ts';
import { LessonPanel } from './lessonPanel.ts';
import { DEFAULT_SCENARIO, READY_SCENARIOS } from './readyScenarios.ts';
import { scenarioText } from './i18n/scenarioTexts.ts';
import { groupSpecs, indicatorsSpec, reasonsSpec, trustSpecs, worstGroup } from './specs.ts';
import { MAX_SEEDS, getPath, initialState, setPath, unsetPath, type AppState } from './state.ts';
import { storyLines } from './story.ts';
import { STATUS } from '../sim/engine/story.ts';
import { comparePanel } from './comparison.ts';
import { shareButtons } from './sharePanel.ts';
import { readLocation, writeLocation } from './share.ts';
import { answersOf, changeOf, type Answers, type Figures, type RunSeries } from './answers.ts';
import { answersPanel } from './answersPanel.ts';
import { scenarioChanges } from './changes.ts';
import { EditHistory } from './history.ts';
import { explain, glossaryList } from './glossary.ts';
import { leversPanel } from './leversPanel.ts';
import { RUN_SETTINGS } from '../sim/scenario/parameters.ts';
import { FIRST_GUESS_RATE, estimateRun, measuredRate, roughBytes, roughDuration, type RunPlan } from './scale.ts';

/** One worker per core but one, which is left for the page (so drawing never waits), at most four. */
const workers = startWorkers(Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2) - 1)));
const state: AppState = initialState();
const BATCH_MONTHS = 6;

let runs: RunHandle[] = [];
let generation = 0;
let playing = false;
let playTimer: ReturnType<typeof setTimeout> | undefined;
let monthsPerSecond = 4;
let shownMonth = 0;
let validationError = '';
let lesson = -1;
let renderPending = false;
let running = false;
/** Months asked of the workers and not yet back (for the page's "busy" state). */
let inFlight = 0;

/** Scenario edits, for undo and redo (history.ts). */
const history = new EditHistory<Record<string, unknown>>();

const root = el('div', { id: 'app' });
document.body.appendChild(root);
const householdView = new HouseholdView((h) => void showStory(h));

// ——— language and start-up ———

/** Start: language, then the scenario from the link (or the default, with a message if the link is bad). */
function startApp(): void {
  setLanguage(initialLanguage(safeStorage(), navigator.language));
  const start = readLocation(location.hash);
  if (start.raw) state.raw = start.raw;
  if (start.seeds) state.seeds = start.seeds;
  renderAll();
  if (start.error) setStatus(t('status.badLink', { reason: start.error }), 'error');
  void validateAndRefresh(false);
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

// ——— layout ———

function renderAll(): void {
  document.documentElement.lang = LANGUAGE_TAGS[getLanguage()];
  document.title = t('ui.title');
  clear(root);
  root.append(
    jumpLink('skip-to-run', 'ui.skipToRun', 'run-button', 'skip-link'),
    el('header', {},
      el('div', {}, el('h1', {}, t('ui.title')), el('p', { class: 'subtitle' }, t('ui.subtitle'))),
      el('nav', { class: 'header-links' }, jumpLink('glossary-link', 'ui.glossaryLink', 'glossary-title'), languageSelect())),
    el('main', { class: 'layout' }, panel(), content()));
  householdView.drawLegend();
  scheduleRender();
}

/**
 * A link that moves the focus to an element of the page (the Run button, the glossary)
 * without touching the address, whose fragment holds the scenario (share.ts).
 */
function jumpLink(id: string, key: string, target: string, className = ''): HTMLElement {
  const link = el('a', { id, href: `#${target}`, ...(className ? { class: className } : {}) }, t(key));
  link.addEventListener('click', (event) => {
    event.preventDefault();
    const element = document.getElementById(target);
    if (!element) return;
    if (element.tabIndex < 0 && !(element instanceof HTMLButtonElement)) element.setAttribute('tabindex', '-1');
    element.scrollIntoView({ block: 'start' });
    element.focus({ preventScroll: true });
  });
  return link;
}

function languageSelect(): HTMLElement {
  const select = el('select', { id: 'language', 'aria-label': t('ui.language') },
    ...LANGUAGES.map((lang) => el('option', { value: lang, selected: lang === getLanguage() }, LANGUAGE_NAMES[lang])));
  select.addEventListener('change', () => {
    const lang = select.value as Language;
    setLanguage(lang);
    rememberLanguage(safeStorage(), lang);
    renderAll();
    document.getElementById('language')?.focus();
  });
  return el('label', { class: 'language' }, `${t('ui.language')} `, select);
}

function section(id: string, titleKey: string, ...children: Array<Node | null | false>): HTMLElement {
  return el('section', { id, 'aria-labelledby': `${id}-title` }, el('h2', { id: `${id}-title` }, t(titleKey)), ...children);
}

// ——— the scenario panel ———

function panel(): HTMLElement {
  return el('aside', { id: 'panel' },
    section('scenario', 'ui.section.scenario', scenarioPicker(), el('p', { id: 'validation', class: 'error', role: 'alert' }, validationError)),
    section('pattern', 'ui.section.pattern', patternCards()),
    ...KNOB_GROUPS.map((group, i) => {
      const details = el('details', { open: i === 0 }, el('summary', {}, t(group.key)),
        ...group.knobs.map((knob) => {
          const p = param(knob.path);
          const value = Number(getPath(state.raw, knob.path) ?? resolvedDefault(knob.path));
          return numberControl({
            id: `control-${knob.path}`,
            label: t(`control.${knob.path}`),
            unit: t(`control.${knob.path}.unit`),
            help: t(`control.${knob.path}.help`),
            value,
            min: knob.range?.[0] ?? p.min ?? 0,
            max: knob.range?.[1] ?? p.max ?? 1,
            step: knob.step,
            validate: (v) => invalidReason(p, v),
            onChange: (v) => changeScenario(setPath(state.raw, knob.path, v), true),
          });
        }));
      return details;
    }),
    section('shocks', 'ui.trustShocks', trustShockTimeline()),
    section('seeds-section', 'control.seeds', seedsControl()),
    section('share', 'ui.section.share', shareButtons({
      state, workers, firstRun: () => runs[0], status: setStatus,
      apply: (raw) => {
        history.record(state.raw);
        state.raw = raw;
        renderAll();
        void validateAndRefresh(true);
      },
    })));
}

/** The value a knob shows when the scenario leaves it unset: its pattern's preset, else its default. */
function resolvedDefault(path: string): number {
  const pattern = (state.raw.pattern as string | undefined) ?? 'administrative_incorporation';
  const preset = PATTERN_PRESETS[pattern as keyof typeof PATTERN_PRESETS];
  const fromPreset = preset ? getPath(preset as Record<string, unknown>, path) : undefined;
  return Number(fromPreset ?? param(path).default);
}

function scenarioPicker(): HTMLElement {
  const select = el('select', { id: 'ready-scenario' },
    el('option', { value: '' }, '—'),
    ...READY_SCENARIOS.map((s) => el('option', { value: s.file, selected: s.name === state.raw.name }, scenarioText(s.file, s).name)));
  select.addEventListener('change', () => {
    const ready = READY_SCENARIOS.find((s) => s.file === select.value);
    if (ready) void loadReady(ready.file);
  });
  return el('div', {},
    el('label', { for: 'ready-scenario' }, t('ui.readyScenarios')), select,
    el('p', { class: 'description' }, readyText()?.description ?? String(state.raw.description ?? '')));
}

/** The current scenario's text in the current language, when it is an unchanged ready scenario's. */
function readyText(): { name: string; description: string } | undefined {
  const ready = READY_SCENARIOS.find((s) => s.name === state.raw.name && s.description === state.raw.description);
  return ready ? scenarioText(ready.file, ready) : undefined;
}

async function loadReady(file: string): Promise<void> {
  const ready = READY_SCENARIOS.find((s) => s.file === file);
  if (!ready) return;
  history.record(state.raw);
  state.raw = structuredClone(ready.raw);
  renderAll();
  await validateAndRefresh(true);
}

function patternCards(): HTMLElement {
  const current = (state.raw.pattern as string | undefined) ?? 'administrative_incorporation';
  const group = el('div', { class: 'pattern-cards', role: 'radiogroup', 'aria-label': t('ui.section.pattern') });
  for (const pattern of PATTERNS) {
    const card = el('button', {
      type: 'button', class: 'pattern-card', role: 'radio', 'aria-checked': pattern === current ? 'true' : 'false',
      'data-pattern': pattern, tabindex: pattern === current ? 0 : -1,
    }, el('strong', {}, t(`pattern.${pattern}`)), el('span', {}, t(`pattern.${pattern}.explain`)));
    card.addEventListener('click', () => choosePattern(pattern));
    group.appendChild(card);
  }
  // A radio group: arrow keys move the choice (the group is one tab stop).
  group.addEventListener('keydown', (event) => {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const index = PATTERNS.indexOf(current as (typeof PATTERNS)[number]);
    choosePattern(PATTERNS[(index + step + PATTERNS.length) % PATTERNS.length]!);
  });
  return group;
}

/** Choose a pattern: its preset applies in full, so switches set by hand are cleared. */
function choosePattern(pattern: string): void {
  let raw = setPath(state.raw, 'pattern', pattern);
  for (const [path] of presetValues(pattern as Pattern)) raw = unsetPath(raw, path);
  history.record(state.raw);
  state.raw = raw;
  renderAll();
  document.querySelector<HTMLElement>(`[data-pattern="${pattern}"]`)?.focus();
  void validateAndRefresh(true);
}

function events(): ScenarioEvent[] {
  return Array.isArray(state.raw.events) ? (state.raw.events as ScenarioEvent[]) : [];
}

function trustShockTimeline(): HTMLElement {
  const months = Number(state.raw.months ?? 120);
  const list = el('ol', { class: 'timeline' });
  events().forEach((event, index) => {
    if (event.type !== 'trust_shock') {
      list.appendChild(el('li', {}, `${t('chart.axis.month')} ${event.month}: ${t(`event.${event.type}`)}`));
      return;
    }
    const update = (field: 'month' | 'magnitude', value: number) => {
      const next = events().map((e, i) => (i === index ? { ...e, [field]: value } : e));
      changeScenario(setPath(state.raw, 'events', next), true);
    };
    const month = numberControl({
      id: `control-shock-${index}-month`, label: t('control.trustShock.month'), unit: t('control.trustShock.month.unit'),
      help: t('control.trustShock.month.help'), value: event.month, min: 1, max: months, step: 1,
      validate: (v) => (Number.isInteger(v) && v >= 1 && v <= months ? undefined : t('status.outOfRange', { min: 1, max: months })),
      onChange: (v) => update('month', v),
    });
    const magnitude = numberControl({
      id: `control-shock-${index}-magnitude`, label: t('control.trustShock.magnitude'), unit: t('control.trustShock.magnitude.unit'),
      help: t('control.trustShock.magnitude.help'), value: event.magnitude, min: 0.01, max: 1, step: 0.01,
      validate: (v) => (v > 0 && v <= 1 ? undefined : t('status.outOfRange', { min: '0', max: 1 })),
      onChange: (v) => update('magnitude', v),
    });
    const remove = el('button', { type: 'button' }, t('button.remove'));
    remove.addEventListener('click', () => {
      changeScenario(setPath(state.raw, 'events', events().filter((_, i) => i !== index)));
    });
    list.appendChild(el('li', { class: 'shock' }, month, magnitude, remove));
  });
  const add = el('button', { type: 'button', id: 'add-shock' }, t('button.addTrustShock'));
  add.addEventListener('click', () => {
    const month = Math.max(1, Math.round(months / 4));
    changeScenario(setPath(state.raw, 'events', [...events(), { month, type: 'trust_shock', magnitude: 0.3 }]));
  });
  return el('div', {}, list, add);
}

function seedsControl(): HTMLElement {
  return numberControl({
    id: 'control-seeds', label: t('control.seeds'), unit: t('control.seeds.unit'), help: t('control.seeds.help'),
    value: state.seeds, min: 1, max: MAX_SEEDS, step: 1,
    validate: (v) => (Number.isInteger(v) && v >= 1 && v <= MAX_SEEDS ? undefined : t('status.outOfRange', { min: 1, max: MAX_SEEDS })),
    onChange: (v) => {
      state.seeds = v;
      writeLocation(state);
      resetRuns();
    },
  });
}

/**
 * A new scenario from the panel: results of the old one no longer apply. `keepPanel` leaves
 * the panel as it is (the control being edited keeps focus); otherwise it is redrawn.
 */
function changeScenario(raw: Record<string, unknown>, keepPanel = false): void {
  history.record(state.raw);
  state.raw = raw;
  if (!keepPanel) {
    const focused = document.activeElement?.id;
    renderAll();
    if (focused) document.getElementById(focused)?.focus();
  }
  void validateAndRefresh(true);
}

async function validateAndRefresh(resetResults: boolean): Promise<void> {
  const result = await workers[0]!.validate(state.raw);
  validationError = 'error' in result ? result.error : '';
  const box = document.getElementById('validation');
  if (box) box.textContent = validationError;
  setRunEnabled(!validationError);
  if (!validationError) writeLocation(state);
  if (resetResults) resetRuns();
}

// ——— answers first (answers.ts, answersPanel.ts) ———

/** The ready scenario the current one started from (by name), else the default. */
function origin(): (typeof READY_SCENARIOS)[number] {
  return READY_SCENARIOS.find((s) => s.name === state.raw.name) ?? DEFAULT_SCENARIO;
}

/** What the finished runs answer, and the same for the ready scenario's defaults on the same seeds. */
let results: { answers?: Answers; reference?: { answers: Answers; change: Figures } | 'pending' } = {};

function answersView(): HTMLElement[] {
  const done = runs.length > 0 && runs.every((r) => r.done);
  const ready = origin();
  return answersPanel({
    scenario: scenarioText(ready.file, ready).name,
    changes: scenarioChanges(ready.raw, state.raw),
    ...(done && results.answers ? { answers: results.answers } : {}),
    ...(done && results.reference ? { reference: results.reference } : {}),
    ...(runs.length && !done ? { progress: { done: monthsDone(), total: runs[0]!.info.months } } : {}),
    canUndo: history.canUndo, canRedo: history.canRedo,
    onUndo: () => travel('undo'), onRedo: () => travel('redo'),
    onRestore: () => {
      history.record(state.raw);
      state.raw = { ...structuredClone(origin().raw), ...runSettings(state.raw) };
      afterTravel('restore-defaults');
    },
  });
}

function renderAnswers(): void {
  document.getElementById('answers-body')?.replaceChildren(...answersView());
}

/** Undo or redo a scenario edit. */
function travel(direction: 'undo' | 'redo'): void {
  const raw = direction === 'undo' ? history.undo(state.raw) : history.redo(state.raw);
  if (!raw) return;
  state.raw = raw;
  afterTravel(direction);
}

function afterTravel(focus: string): void {
  renderAll();
  document.getElementById(focus)?.focus();
  void validateAndRefresh(true);
}

/** Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo scenario edits, except inside a text box, which has its own. */
document.addEventListener('keydown', (event) => {
  if (!(event.ctrlKey || event.metaKey) || (event.target instanceof HTMLInputElement && event.target.type !== 'range')) return;
  const key = event.key.toLowerCase();
  if (key !== 'z' && key !== 'y') return;
  event.preventDefault();
  travel(key === 'y' || event.shiftKey ? 'redo' : 'undo');
});

/** The run settings (size, months, seed) of a scenario: kept when comparing with the defaults. */
function runSettings(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(RUN_SETTINGS.filter((key) => raw[key] !== undefined).map((key) => [key, raw[key]]));
}

/** Runs of the defaults already done, by scenario and seeds, so rerunning an edit does not redo them. */
const referenceCache = new Map<string, RunSeries[]>();

/** Once every run is done: the answers, then (for a modified scenario) the defaults on the same seeds. */
async function answerRuns(): Promise<void> {
  const mine = generation;
  results = { answers: answersOf(runs) };
  const modified = scenarioChanges(origin().raw, state.raw).length > 0;
  if (modified) results.reference = 'pending';
  renderAnswers();
  if (!modified) return;
  const reference = await referenceRuns(mine);
  if (!reference || mine !== generation) return;
  results.reference = { answers: answersOf(reference), change: changeOf(runs, reference) };
  renderAnswers();
}

async function referenceRuns(mine: number): Promise<RunSeries[] | undefined> {
  const raw = { ...structuredClone(origin().raw), ...runSettings(state.raw) };
  const key = JSON.stringify([raw, state.seeds]);
  const cached = referenceCache.get(key);
  if (cached) return cached;
  const opened = await openRuns(workers, seedRequests(raw, false));
  if (!Array.isArray(opened)) return undefined;
  await runToEnd(opened, BATCH_MONTHS, () => undefined, () => mine !== generation);
  for (const r of opened) r.close();
  if (mine !== generation) return undefined;
  const series = opened.map((r) => ({ series: r.series, monthsDone: r.monthsDone }));
  referenceCache.set(key, series);
  return series;
}

/** One run request per seed, from the scenario's seed up. */
function seedRequests(raw: Record<string, unknown>, withStatuses: boolean) {
  const seed = Number(raw.seed ?? 1);
  return Array.from({ length: state.seeds }, (_, i) => ({ raw, seed: seed + i, withStatuses: withStatuses && i === 0 }));
}

// ——— running ———

function content(): HTMLElement {
  return el('div', { id: 'content' },
    section('answers', 'ui.section.answers', el('div', { id: 'answers-body' }, ...answersView())),
    section('run', 'ui.section.run', runControls()),
    section('lessons', 'ui.section.lessons', lessonsPanel()),
    section('charts', 'ui.section.charts', el('div', { id: 'chart-cards' })),
    section('household', 'ui.section.household', householdSection()),
    section('compare', 'ui.section.compare', comparePanel({
      state, workers, valid: () => !validationError, name: () => readyText()?.name ?? String(state.raw.name ?? ''), rerender: renderAll,
    })),
    section('levers', 'ui.section.levers', leversPanel(() => state.raw, workers)),
    section('glossary', 'ui.section.glossary', glossaryList()));
}

function runControls(): HTMLElement {
  const button = (id: string, key: string, action: () => void) => {
    const b = el('button', { type: 'button', id }, t(key));
    b.addEventListener('click', action);
    return b;
  };
  const speed = el('input', { type: 'range', id: 'speed', min: 1, max: 24, step: 1, value: monthsPerSecond, 'aria-label': t('button.speed') });
  speed.addEventListener('input', () => { monthsPerSecond = Number(speed.value); });
  const total = Number(state.raw.months ?? 120);
  return el('div', { class: 'run-controls' },
    button('run-button', 'button.run', () => void runAll()),
    button('play-button', playing ? 'button.pause' : 'button.play', () => (playing ? pause() : void play())),
    button('step-button', 'button.step', () => void step()),
    button('reset-button', 'button.reset', () => resetRuns()),
    el('label', { for: 'speed' }, t('button.speed'), ' ', speed),
    el('progress', { id: 'progress', max: total, value: monthsDone(), 'aria-label': t('ui.progress') }),
    el('p', { id: 'status', role: 'status', 'aria-live': 'polite' }, statusText()),
    el('div', { id: 'estimate', class: 'estimate' }, estimateText()));
}

// ——— what a run will cost (scale.ts) ———

const RATE_KEY = 'gapsim.rate';
/** Household-months a second per worker: measured by the last full run here, else a first guess. */
let rate = Number(safeStorage()?.getItem(RATE_KEY)) || FIRST_GUESS_RATE;

function runPlan(): RunPlan {
  const setting = (path: string) => Number(getPath(state.raw, path) ?? param(path).default);
  return { households: setting('households'), months: setting('months'), warmupMonths: setting('warmupMonths'), seeds: state.seeds, workers: workers.length };
}

function estimateText(): string {
  const plan = runPlan();
  const { seconds, bytes, large } = estimateRun(plan, rate);
  return t(large ? 'ui.estimateLarge' : 'ui.estimate', {
    time: roughDuration(seconds, { s: t('unit.s'), min: t('unit.min'), h: t('unit.h') }),
    memory: roughBytes(bytes),
    households: plan.households.toLocaleString(), months: plan.months, seeds: plural('unit.seeds', plan.seeds),
  });
}

function updateEstimate(): void {
  const box = document.getElementById('estimate');
  if (box) {
    box.replaceChildren(estimateText());
    box.classList.toggle('warning', estimateRun(runPlan(), rate).large);
  }
}

/** A large run asks first, in the page (never a blocking dialog): resolves true to go ahead. */
function confirmLargeRun(): Promise<boolean> {
  const box = document.getElementById('estimate');
  if (!box || !estimateRun(runPlan(), rate).large) return Promise.resolve(true);
  return new Promise((resolve) => {
    const go = el('button', { type: 'button', id: 'run-anyway' }, t('button.runAnyway'));
    const cancel = el('button', { type: 'button', id: 'cancel-run' }, t('button.cancel'));
    const answer = (yes: boolean) => {
      updateEstimate();
      resolve(yes);
    };
    go.addEventListener('click', () => answer(true));
    cancel.addEventListener('click', () => answer(false));
    box.replaceChildren(estimateText(), ' ', go, ' ', cancel);
    go.focus();
  });
}

/** Learn this machine's rate from a run that went to the end without pauses. */
function rememberRate(plan: RunPlan, seconds: number): void {
  rate = measuredRate(plan, seconds);
  safeStorage()?.setItem(RATE_KEY, String(Math.round(rate)));
  const box = document.getElementById('estimate');
  if (box) box.dataset.rate = String(Math.round(rate));
}

function monthsDone(): number {
  return runs.length ? Math.min(...runs.map((r) => r.monthsDone)) : 0;
}

function statusText(): string {
  if (!runs.length) return '';
  const total = runs[0]!.info.months;
  if (runs.every((r) => r.done)) return t('status.done');
  return playing || running ? t('status.running', { done: monthsDone(), total }) : t('status.paused');
}

function setStatus(text: string, kind: 'info' | 'error' = 'info'): void {
  const box = document.getElementById('status');
  if (box) {
    box.textContent = text;
    box.className = kind;
  }
}

function setRunEnabled(enabled: boolean): void {
  for (const id of ['run-button', 'play-button', 'step-button']) {
    const b = document.getElementById(id) as HTMLButtonElement | null;
    if (b) b.disabled = !enabled;
  }
}

function updateProgress(): void {
  const progress = document.getElementById('progress') as HTMLProgressElement | null;
  if (progress) {
    progress.max = runs[0]?.info.months ?? Number(state.raw.months ?? 120);
    progress.value = monthsDone();
    // For tests and scripts: whether months are being simulated or scheduled.
    progress.dataset.busy = String(running || playing || inFlight > 0);
  }
  setStatus(statusText());
  const play = document.getElementById('play-button');
  if (play) play.textContent = t(playing ? 'button.pause' : 'button.play');
  const waiting = document.getElementById('answers-figures');
  if (waiting && runs.length && !results.answers) waiting.textContent = t('ui.answersWhenDone', { done: monthsDone(), total: runs[0]!.info.months });
}

function resetRuns(): void {
  generation++;
  pause();
  running = false;
  for (const r of runs) r.close();
  runs = [];
  shownMonth = 0;
  results = {};
  householdView.clear();
  clearStory();
  updateProgress();
  updateEstimate();
  renderAnswers();
  scheduleRender();
}

async function ensureRuns(): Promise<boolean> {
  if (runs.length) return true;
  if (validationError) return false;
  const asked = generation;
  if (!(await confirmLargeRun()) || asked !== generation) return false;
  const mine = generation;
  const opened = await openRuns(workers, seedRequests(state.raw, true));
  if (mine !== generation) {
    if (Array.isArray(opened)) for (const r of opened) r.close();
    return false;
  }
  if (!Array.isArray(opened)) {
    validationError = opened.error;
    setStatus(opened.error, 'error');
    return false;
  }
  runs = opened;
  householdView.reset(runs[0]!.info.cells);
  return true;
}

async function runAll(): Promise<void> {
  resetRuns();
  const mine = generation;
  if (!(await ensureRuns())) return;
  const started = performance.now();
  const plan = runPlan();
  running = true;
  updateProgress();
  await runToEnd(runs, BATCH_MONTHS, () => { updateProgress(); scheduleRender(); }, () => mine !== generation);
  if (mine !== generation) return;
  rememberRate(plan, (performance.now() - started) / 1000);
  running = false;
  updateProgress();
  scheduleRender();
  void answerRuns();
}

async function play(): Promise<void> {
  if (!(await ensureRuns())) return;
  playing = true;
  updateProgress();
  const mine = generation;
  const tick = async () => {
    if (!playing || mine !== generation) return;
    const started = performance.now();
    await advanceAll(1);
    if (runs.every((r) => r.done)) {
      playing = false;
      updateProgress();
      return;
    }
    playTimer = setTimeout(() => void tick(), Math.max(0, 1000 / monthsPerSecond - (performance.now() - started)));
  };
  void tick();
}

function pause(): void {
  playing = false;
  if (playTimer !== undefined) clearTimeout(playTimer);
  playTimer = undefined;
  updateProgress();
}

async function step(): Promise<void> {
  pause();
  if (!(await ensureRuns())) return;
  await advanceAll(1);
}

async function advanceAll(months: number): Promise<void> {
  const pending = runs.filter((r) => !r.done);
  inFlight++;
  try {
    await Promise.all(pending.map((r) => r.advance(months)));
  } finally {
    inFlight--;
  }
  updateProgress();
  scheduleRender();
  if (pending.length && runs.every((r) => r.done)) void answerRuns();
}

// ——— charts ———

/** Charts redraw at most this often while a run streams in (the household view every month). */
const CHART_INTERVAL_MS = 500;
let lastChartRender = 0;

let householdsPending = false;

function scheduleRender(): void {
  if (!householdsPending) {
    householdsPending = true;
    requestAnimationFrame(() => {
      householdsPending = false;
      renderHouseholds();
    });
  }
  if (renderPending) return;
  renderPending = true;
  const busy = running || playing;
  const wait = busy ? Math.max(0, CHART_INTERVAL_MS - (performance.now() - lastChartRender)) : 0;
  setTimeout(() => requestAnimationFrame(() => {
    renderPending = false;
    lastChartRender = performance.now();
    void renderCharts();
  }), wait);
}

/** Yield to the browser between pieces of work, so no task blocks the page for long. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

let renderToken = 0;

/**
 * The chart slots' contents as last drawn in full, and the sizes they were drawn at: the next
 * render draws them again in place (the charts update their marks, not their frames) while
 * they are still there and the width has not changed.
 */
let chartsDrawn: { container: HTMLElement; sizes: ReturnType<typeof chartSizes>; elements: Element[] } | undefined;
/** The chart area's width changed (or was never measured): measure it, and draw afresh. */
let chartsResized = true;

/**
 * Draw the charts one card per task (all of them at once would block the page). The first
 * render draws the cards; the next ones, while a run streams in, update them in place, each
 * a few milliseconds. A newer render supersedes one still in progress.
 */
async function renderCharts(): Promise<void> {
  const token = ++renderToken;
  const cards = document.getElementById('chart-cards');
  if (!cards) return;
  cards.dataset.complete = 'false';
  if (!runs.length || monthsDone() === 0) {
    chartsDrawn = undefined;
    cards.replaceChildren(el('p', { class: 'placeholder' }, t('ui.noResults')));
    return;
  }
  const complete = runs.every((r) => r.done);
  const evs = events();
  const drawn = chartsDrawn;
  const inPlace = drawn !== undefined && !chartsResized && drawn.container === cards && cards.children.length === drawn.elements.length
    && drawn.elements.every((element, i) => cards.children[i]!.firstElementChild === element);
  // Drawn at the width they get, so text shows at its real size; drawn again when that changes.
  // (Measuring makes the page lay out at once, so it is done only when drawing afresh.)
  let sizes: ReturnType<typeof chartSizes>;
  if (inPlace) {
    sizes = drawn.sizes;
  } else {
    chartsDrawn = undefined;
    chartsResized = false;
    sizes = chartSizes(chartBodyWidth(cards));
    redrawOnResize('charts', cards, () => {
      chartsResized = true;
      void renderCharts();
    });
  }
  /** Each piece draws its card afresh, or draws `old` (its slot's content) again in place. */
  const pieces: Array<(old: HTMLElement | undefined) => HTMLElement> = [
    (old) => {
      const spec = reasonsSpec(runs, evs);
      return chartCard('reasons', [spec], single(spec, stackedAreaChart, sizes.chart), old);
    },
    (old) => {
      // Six panels are six tasks' work: the first panel now, each other in a task of its own, on one shared scale.
      const groups = sharedScale(groupSpecs(runs), sizes.panel);
      // One panel size for all, so all six plots have the same height.
      const panel = panelSize(groups, sizes.panel);
      const title = t('chart.groups.title', { group: worstGroup(groups) });
      // Each panel in a part of its own; the parts join one grid (display: contents), so the panels line up as one set.
      const draw = (part: HTMLElement, i: number) => smallMultiples(part, groups.slice(i, i + 1), panel, stackedAreaChart, sizes.columns);
      const join = (part: HTMLElement) => { part.style.display = 'contents'; };
      const figure = old?.querySelector<HTMLElement>('#chart-groups');
      const drawnParts = figure?.querySelector('.chart-body')?.children;
      if (old && figure && drawnParts?.length === groups.length) {
        const parts = [...drawnParts] as HTMLElement[];
        const heading = old.querySelector('h3')!;
        if (heading.textContent !== title) heading.textContent = title;
        chartCard('groups', groups, () => { draw(parts[0]!, 0); join(parts[0]!); }, figure);
        parts.slice(1).forEach((part, i) => pending.push(() => { draw(part, i + 1); join(part); }));
        return old;
      }
      const parts = groups.map(() => el('div'));
      parts.slice(1).forEach((part, i) => pending.push(() => { draw(part, i + 1); join(part); }));
      return el('div', { id: 'groups-block' }, el('h3', {}, title),
        sharedLegend(groups[0]!),
        chartCard('groups', groups, (container) => {
          container.append(...parts);
          draw(parts[0]!, 0);
          container.style.cssText = parts[0]!.style.cssText;
          join(parts[0]!);
        }));
    },
    (old) => {
      const spec = indicatorsSpec(runs, evs);
      return chartCard('indicators', [spec], single(spec, lineChart, sizes.chart), old);
    },
    (old) => {
      const [trust] = trustSpecs(runs, evs);
      return chartCard('trust', [trust!], single(trust!, lineChart, sizes.chart), old);
    },
    (old) => {
      const [, funds] = trustSpecs(runs, evs);
      return chartCard('funds', [funds!], single(funds!, lineChart, sizes.chart), old);
    },
  ];
  if (cards.children.length !== pieces.length) cards.replaceChildren(...pieces.map(() => el('div', { class: 'slot' })));
  const pending: Array<() => void> = [];
  for (let i = 0; i < pieces.length; i++) {
    await nextTask();
    if (token !== renderToken) return;
    for (const finish of pending.splice(0)) {
      performance.mark('chart-piece');
      finish();
      performance.measure('chart panel', 'chart-piece');
      await nextTask();
      if (token !== renderToken) return;
    }
    performance.mark('chart-piece');
    const slot = cards.children[i]!;
    const old = inPlace ? (slot.firstElementChild as HTMLElement) : undefined;
    const card = pieces[i]!(old);
    performance.measure(`chart ${i}`, 'chart-piece');
    if (card === old) continue;
    // Keep an open data table or summary open across redraws.
    const open = [...slot.querySelectorAll('details[open], .chart-table:not([hidden])')].length > 0;
    slot.replaceChildren(card);
    if (open) card.querySelectorAll<HTMLDetailsElement>('details').forEach((d) => { d.open = true; });
  }
  for (const finish of pending.splice(0)) finish();
  if (!inPlace) chartsDrawn = { container: cards, sizes, elements: [...cards.children].map((slot) => slot.firstElementChild!) };
  if (lesson >= 0) highlightLessonChart();
  // For tests and scripts: the charts now show every month of finished runs.
  cards.dataset.complete = String(complete);
}

// ——— household view ———

function householdSection(): HTMLElement {
  const slider = el('input', { type: 'range', id: 'household-month', min: 1, max: Number(state.raw.months ?? 120), value: Math.max(1, shownMonth), 'aria-label': t('ui.month') });
  slider.addEventListener('input', () => {
    shownMonth = Number(slider.value);
    renderHouseholds(true);
  });
  return el('div', {},
    el('p', { id: 'households-title', class: 'chart-title', title: explain('fell_through') }, t('chart.households.title', { share: '–', month: '–' })),
    householdView.element,
    el('label', { for: 'household-month' }, t('chart.axis.month'), ' ', slider, ' ', el('output', { id: 'household-month-value' }, String(shownMonth))),
    el('div', { id: 'story', 'aria-live': 'polite' }));
}

/**
 * The month the household view last drew here, in which language, and its title: batches of
 * other seeds, and repeated calls, change none of it, so nothing is drawn again.
 */
let householdsDrawn: { statuses: Uint8Array; language: Language; title: string } | undefined;

function renderHouseholds(fromSlider = false): void {
  const first = runs[0];
  if (!first || first.monthsDone === 0) return;
  if (!fromSlider) shownMonth = first.monthsDone;
  shownMonth = Math.min(Math.max(1, shownMonth), first.monthsDone);
  const statuses = first.statuses[shownMonth - 1];
  const unchanged = statuses !== undefined && householdsDrawn?.statuses === statuses && householdsDrawn.language === getLanguage();
  if (!unchanged) householdView.draw(statuses);
  const slider = document.getElementById('household-month') as HTMLInputElement | null;
  if (slider && !fromSlider) {
    if (slider.max !== String(first.info.months)) slider.max = String(first.info.months);
    if (slider.value !== String(shownMonth)) slider.value = String(shownMonth);
  }
  const output = document.getElementById('household-month-value');
  if (output && output.textContent !== String(shownMonth)) output.textContent = String(shownMonth);
  if (statuses) {
    let text = unchanged ? householdsDrawn!.title : '';
    if (!unchanged) {
      let inNeed = 0;
      let fell = 0;
      for (const s of statuses) {
        if (s !== STATUS.no_need) inNeed++;
        if (s === STATUS.fell_through) fell++;
      }
      text = t('chart.households.title', { share: inNeed ? `${Math.round((100 * fell) / inNeed)}%` : '0%', month: shownMonth });
      householdsDrawn = { statuses, language: getLanguage(), title: text };
    }
    const title = document.getElementById('households-title');
    if (title && title.textContent !== text) title.textContent = text;
  }
}

let storyRequest = 0;

/** Open household h's story: a pending line at once, the text when the worker answers. */
async function showStory(h: number): Promise<void> {
  const first = runs[0];
  const box = document.getElementById('story');
  if (!first || !box) return;
  const mine = ++storyRequest;
  performance.mark('story-click');
  box.setAttribute('aria-busy', 'true');
  box.replaceChildren(el('h3', {}, t('ui.storyOf', { household: h })), el('p', { class: 'pending' }, t('ui.storyPending')));
  const months = await first.worker.story(first.id, h);
  if (mine !== storyRequest || runs[0] !== first) return;
  const close = el('button', { type: 'button', id: 'close-story' }, t('button.close'));
  close.addEventListener('click', () => clearStory());
  box.replaceChildren(el('h3', {}, t('ui.storyOf', { household: h })),
    el('ul', { class: 'story' }, ...storyLines(months).map((line) => el('li', {}, line))), close);
  box.setAttribute('aria-busy', 'false');
  performance.measure('story', 'story-click');
  close.focus();
}

function clearStory(): void {
  storyRequest++;
  document.getElementById('story')?.replaceChildren();
  householdView.selected = -1;
  householdView.draw(runs[0]?.statuses[shownMonth - 1]);
}

// ——— lessons (lessons.ts, lessonPanel.ts) ———

const lessonPanel = new LessonPanel({
  load: (file) => loadReady(file),
  run: async () => {
    await runAll();
    return runs.length && runs.every((r) => r.done) ? { runs, raw: state.raw } : undefined;
  },
  highlight: (chart) => {
    lesson = chart ? LESSONS.findIndex((l) => l === lessonPanel.current) : -1;
    highlightLessonChart();
    if (chart) scrollToChart(chart);
  },
  shockMonth: () => events().find((e) => e.type === 'trust_shock')?.month,
});

function lessonsPanel(): HTMLElement {
  lessonPanel.render();
  return lessonPanel.element;
}

/** Resolves once the charts show every month of the finished runs (renderCharts marks it). */
function chartsComplete(): Promise<void> {
  const cards = document.getElementById('chart-cards');
  if (!cards || cards.dataset.complete === 'true') return Promise.resolve();
  return new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      if (cards.dataset.complete !== 'true') return;
      watch.disconnect();
      resolve();
    });
    watch.observe(cards, { attributes: true, attributeFilter: ['data-complete'] });
  });
}

/** The chart a lesson points at: highlighted, and brought into view once its card is drawn. */
function highlightLessonChart(): void {
  const id = LESSONS[lesson]?.chart;
  document.querySelectorAll('.chart-card.highlight').forEach((card) => card.classList.remove('highlight'));
  document.querySelectorAll('.lesson-callout').forEach((callout) => callout.remove());
  const card = id ? document.getElementById(`chart-${id}`) : null;
  if (!card) return;
  card.classList.add('highlight');
  // The finding beside the chart it is about, so the class sees both at once.
  const finding = lessonPanel.finding;
  if (finding) card.prepend(el('p', { class: 'lesson-callout', role: 'note' }, finding));
}

async function scrollToChart(id: string): Promise<void> {
  const step = lessonPanel.current;
  await chartsComplete();
  if (lessonPanel.current !== step) return;
  highlightLessonChart();
  const card = document.getElementById(`chart-${id}`);
  card?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  card?.setAttribute('tabindex', '-1');
  card?.focus({ preventScroll: true });
}

startApp();

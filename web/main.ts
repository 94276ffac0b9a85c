/**
 * The gapsim web app, started: the language, the engine's workers (worker.ts), the page's
 * store (state.ts) with the scenario from the link, the run controller, and the sections of
 * the page (sections/), each drawing its part from the store. This file only puts them
 * together and draws them all again when the language changes.
 */
import './styles.css';
import { el } from './dom.ts';
import { ScenarioEditor } from './editor.ts';
import { startWorkers } from './engineClient.ts';
import { LANGUAGE_TAGS, getLanguage, initialLanguage, onLanguageChange, setLanguage, t } from './i18n/index.ts';
import { RunController } from './runController.ts';
import { AnswersSection } from './sections/answers.ts';
import { ChartsSection } from './sections/charts.ts';
import { CompareSection } from './sections/compare.ts';
import { CostEstimate } from './sections/cost.ts';
import { CountySection } from './sections/county.ts';
import { GlossarySection } from './sections/glossary.ts';
import { Header } from './sections/header.ts';
import { HouseholdSection } from './sections/household.ts';
import { LessonsSection } from './sections/lessons.ts';
import { LeversSection } from './sections/levers.ts';
import { RunSection } from './sections/run.ts';
import { ScenarioPanel } from './sections/scenarioPanel.ts';
import type { Section } from './sections/section.ts';
import { readLocation } from './share.ts';
import { initialState, type AppState } from './state.ts';
import { Store } from './store.ts';

/** Local storage (the language chosen, this machine's run rate), where the browser lets the page have it. */
function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const storage = safeStorage();
setLanguage(initialLanguage(storage, navigator.language));

/** One worker per core but one, which is left for the page (so drawing never waits), at most four. */
const workers = startWorkers(Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2) - 1)));

// The scenario and seeds from the link, else the default (a bad link says so once the page is drawn).
const link = readLocation(location.hash);
const start: AppState = { ...initialState(), ...(link.raw ? { raw: link.raw } : {}), ...(link.seeds ? { seeds: link.seeds } : {}) };
const store = new Store(start);
const editor = new ScenarioEditor(store, workers[0]!);
const cost = new CostEstimate(store, workers.length, storage);
const controller = new RunController(store, workers, cost);

const header = new Header(storage);
const panel = new ScenarioPanel(store, editor, workers);
/**
 * The results, in the order a user works: answers, Run, what the run shows, then the
 * comparisons, the user's own county and the levers to rank on it. The page's order is this
 * one everywhere (screen, keyboard, screen reader); a wide screen only places the scenario
 * panel in a column of its own (styles.css).
 */
const content: Section[] = [
  new AnswersSection(store, editor, workers),
  new RunSection(store, controller, cost),
  new ChartsSection(store),
  new HouseholdSection(store),
  new LessonsSection(store, editor, controller),
  new CompareSection(store, workers),
  new CountySection(editor),
  new LeversSection(store, workers),
];
const glossary = new GlossarySection();

document.body.appendChild(el('div', { id: 'app' },
  header.element,
  el('main', { class: 'layout' }, el('div', { id: 'content' }, ...content.map((section) => section.element)), panel.element, glossary.element)));

function renderPage(): void {
  document.documentElement.lang = LANGUAGE_TAGS[getLanguage()];
  document.title = t('ui.title');
  for (const section of [header, ...content, panel, glossary]) section.render();
}

onLanguageChange(renderPage);
renderPage();
if (link.error) store.update({ notice: { text: t('status.badLink', { reason: link.error }), kind: 'error' } });
void editor.check();

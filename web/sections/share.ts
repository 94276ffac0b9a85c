/**
 * Share and export: copy the link (the scenario is in the URL), download the scenario as
 * JSON, upload one (checked by the engine before it is used), export the run as CSV.
 */
import { download, el } from './dom.ts';
import type { Remote, RunHandle } from './engineClient.ts';
import { t } from './i18n/index.ts';
import { writeLocation } from './share.ts';
import { MAX_HASH_LENGTH } from './url.ts';
import type { AppState } from './state.ts';

export interface ShareContext {
  readonly state: AppState;
  readonly workers: readonly Remote[];
  /** The run whose series the CSV holds (the first seed). */
  readonly firstRun: () => RunHandle | undefined;
  /** Use an uploaded, valid scenario. */
  readonly apply: (raw: Record<string, unknown>) => void;
  readonly status: (text: string, kind?: 'info' | 'error') => void;
}

export function shareButtons(context: ShareContext): HTMLElement {
  const { state } = context;
  const save = el('button', { type: 'button', id: 'download-scenario' }, t('button.downloadScenario'));
  const copy = el('button', { type: 'button', id: 'copy-link' }, t('button.copyLink'));
  const shown = el('div', { id: 'link-box' });
  copy.addEventListener('click', () => void copyLink(context, shown, save));
  save.addEventListener('click', () => download(`${fileName(String(state.raw.name ?? 'scenario'))}.json`, `${JSON.stringify(state.raw, null, 2)}\n`, 'application/json'));
  const upload = el('input', { type: 'file', id: 'upload-scenario', accept: '.json,application/json' });
  upload.addEventListener('change', () => void uploadScenario(upload, context));
  const csv = el('button', { type: 'button', id: 'export-csv' }, t('button.exportCsv'));
  csv.addEventListener('click', () => void exportCsv(context));
  return el('div', { class: 'share' }, copy, shown, save,
    el('label', { for: 'upload-scenario' }, t('button.uploadScenario'), ' ', upload), csv);
}

/**
 * Copy the scenario's link. Never silent: a scenario too large for a link says so and
 * points at the file download; where the clipboard cannot be used (plain http on a
 * network address, a refused permission) the link is shown, selected, to copy by hand.
 */
async function copyLink({ state, status }: ShareContext, shown: HTMLElement, save: HTMLElement): Promise<void> {
  shown.replaceChildren();
  const written = writeLocation(state);
  if (!written.fits) {
    status(t('status.linkTooLong', { characters: written.characters.toLocaleString(), max: MAX_HASH_LENGTH.toLocaleString() }), 'error');
    save.focus();
    return;
  }
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(location.href);
    status(t('status.linkCopied'));
  } catch {
    const field = el('input', { type: 'text', readonly: true, id: 'link-text', value: location.href, 'aria-label': t('ui.linkToCopy') });
    shown.replaceChildren(el('label', { for: 'link-text' }, t('ui.linkToCopy')), field);
    field.focus();
    field.select();
    status(t('status.copyByHand'));
  }
}

async function uploadScenario(input: HTMLInputElement, { workers, apply, status }: ShareContext): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  let raw: unknown;
  try {
    raw = JSON.parse(await file.text());
  } catch (error) {
    status(t('status.badUpload', { reason: error instanceof Error ? error.message : String(error) }), 'error');
    return;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    status(t('status.badUpload', { reason: t('status.notAnObject') }), 'error');
    return;
  }
  const checked = await workers[0]!.validate(raw as Record<string, unknown>);
  if ('error' in checked) {
    status(t('status.badUpload', { reason: checked.error }), 'error');
    return;
  }
  apply(raw as Record<string, unknown>);
}

async function exportCsv({ state, firstRun }: ShareContext): Promise<void> {
  const first = firstRun();
  if (!first) return;
  const text = await first.worker.csv(first.id);
  download(`${fileName(String(state.raw.name ?? 'gapsim'))}-seed${first.request.seed}.csv`, text, 'text/csv');
}

const fileName = (name: string): string => name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || 'gapsim';


/**
 * Share and export: copy the link (the scenario is in the URL), download the scenario as
 * JSON, upload one (checked by the engine before it is used), export the run as CSV.
 * What happened is said on the status line (a notice in the store).
 */
import { download, el } from '../dom.ts';
import type { ScenarioEditor } from '../editor.ts';
import type { Remote } from '../engineClient.ts';
import { t } from '../i18n/index.ts';
import { writeLocation } from '../share.ts';
import { MAX_HASH_LENGTH } from '../url.ts';
import type { Notice, PageStore } from '../state.ts';
import { fill, sectionElement, type Section } from './section.ts';

export class ShareSection implements Section {
  readonly element = sectionElement('share');

  constructor(private readonly store: PageStore, private readonly editor: ScenarioEditor, private readonly workers: readonly Remote[]) {}

  render(): void {
    const save = el('button', { type: 'button', id: 'download-scenario' }, t('button.downloadScenario'));
    const copy = el('button', { type: 'button', id: 'copy-link' }, t('button.copyLink'));
    const shown = el('div', { id: 'link-box' });
    copy.addEventListener('click', () => void this.copyLink(shown, save));
    save.addEventListener('click', () => {
      const { raw } = this.store.state;
      download(`${fileName(String(raw.name ?? 'scenario'))}.json`, `${JSON.stringify(raw, null, 2)}\n`, 'application/json');
    });
    const upload = el('input', { type: 'file', id: 'upload-scenario', accept: '.json,application/json' });
    upload.addEventListener('change', () => void this.upload(upload));
    const csv = el('button', { type: 'button', id: 'export-csv' }, t('button.exportCsv'));
    csv.addEventListener('click', () => void this.exportCsv());
    fill(this.element, 'ui.section.share', el('div', { class: 'share' }, copy, shown, save,
      el('label', { for: 'upload-scenario' }, t('button.uploadScenario'), ' ', upload), csv));
  }

  private say(text: string, kind: Notice['kind'] = 'info'): void {
    this.store.update({ notice: { text, kind } });
  }

  /**
   * Copy the scenario's link. Never silent: a scenario too large for a link says so and
   * points at the file download; where the clipboard cannot be used (plain http on a
   * network address, a refused permission) the link is shown, selected, to copy by hand.
   */
  private async copyLink(shown: HTMLElement, save: HTMLElement): Promise<void> {
    shown.replaceChildren();
    const written = writeLocation(this.store.state);
    if (!written.fits) {
      this.say(t('status.linkTooLong', { characters: written.characters.toLocaleString(), max: MAX_HASH_LENGTH.toLocaleString() }), 'error');
      save.focus();
      return;
    }
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(location.href);
      this.say(t('status.linkCopied'));
    } catch {
      const field = el('input', { type: 'text', readonly: true, id: 'link-text', value: location.href, 'aria-label': t('ui.linkToCopy') });
      shown.replaceChildren(el('label', { for: 'link-text' }, t('ui.linkToCopy')), field);
      field.focus();
      field.select();
      this.say(t('status.copyByHand'));
    }
  }

  /** Use an uploaded scenario, once the engine has checked it. */
  private async upload(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    let raw: unknown;
    try {
      raw = JSON.parse(await file.text());
    } catch (error) {
      this.say(t('status.badUpload', { reason: error instanceof Error ? error.message : String(error) }), 'error');
      return;
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      this.say(t('status.badUpload', { reason: t('status.notAnObject') }), 'error');
      return;
    }
    const checked = await this.workers[0]!.validate(raw as Record<string, unknown>);
    if ('error' in checked) {
      this.say(t('status.badUpload', { reason: checked.error }), 'error');
      return;
    }
    void this.editor.change(raw as Record<string, unknown>);
  }

  /** The first seed's run as the command line writes it. */
  private async exportCsv(): Promise<void> {
    const first = this.store.state.runs[0];
    if (!first) return;
    const text = await first.worker.csv(first.id);
    download(`${fileName(String(this.store.state.raw.name ?? 'gapsim'))}-seed${first.request.seed}.csv`, text, 'text/csv');
  }
}

const fileName = (name: string): string => name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || 'gapsim';

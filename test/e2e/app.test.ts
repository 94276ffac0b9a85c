/**
 * The web app in a real browser (Debian's Chromium, headless): what a user does, end to end.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../sim/cli/main.ts';
import { PATHS } from '../../sim/experiment/paths.ts';
import { SCREENS, WAIT_MS, openPage, startApp, type App } from '../../sim/bench/browser.ts';
import { TEST_MS, ringPixels, runToEnd, setKnob } from './appActions.ts';

let app: App;
beforeAll(async () => { app = await startApp(); }, WAIT_MS);
afterAll(async () => { await app?.close(); });

const SMALL = 2000;

/** The median line of each series in a chart, as drawn (path data). */
const medians = (page: import('playwright-core').Page, chart: string) =>
  page.$$eval(`[data-chart="${chart}"] svg path[data-series]`, (paths) => paths.map((p) => `${p.getAttribute('data-series')}:${p.getAttribute('d')}`));

/** Every wait in these tests follows the app's state; none may outlast the test (sim/bench/browser.ts WAIT_MS). */
describe('the web app', { timeout: TEST_MS }, () => {
  it('runs the default scenario and draws every chart from the data', async () => {
    const { page, errors } = await openPage(app);
    expect(await page.title()).toContain('gapsim');
    expect(await page.$eval('#ready-scenario', (s) => (s as HTMLSelectElement).selectedOptions[0]!.textContent)).toBe('Baseline county');
    await setKnob(page, 'households', SMALL);
    await runToEnd(page);
    for (const chart of ['reasons', 'groups', 'indicators', 'trust', 'funds']) {
      const lines = await medians(page, chart);
      expect(lines.length, chart).toBeGreaterThan(0);
      expect(lines.every((l) => /[MLC]\s*[\d.]+/.test(l)), chart).toBe(true);
    }
    expect(await page.$$eval('[data-chart="groups"] svg', (svgs) => svgs.length)).toBe(6);
    expect(await page.textContent('#chart-reasons .chart-title')).toMatch(/largest reason/);
    expect(await page.$eval('#progress', (p) => (p as HTMLProgressElement).value)).toBe(120);
    expect(errors).toEqual([]);
  });

  it('changes the results when the pattern changes', async () => {
    const { page } = await openPage(app);
    await setKnob(page, 'households', SMALL);
    await setKnob(page, 'months', 24);
    await runToEnd(page);
    const before = await medians(page, 'reasons');
    await page.click('[data-pattern="social_innovation"]');
    expect(await page.getAttribute('[data-pattern="social_innovation"]', 'aria-checked')).toBe('true');
    await runToEnd(page);
    const after = await medians(page, 'reasons');
    expect(after.length).toBe(before.length);
    expect(after).not.toEqual(before);
  });

  it('steps one month at a time, plays and pauses', async () => {
    const { page } = await openPage(app);
    await setKnob(page, 'households', SMALL);
    const progress = () => page.$eval('#progress', (p) => (p as HTMLProgressElement).value);
    await page.click('#step-button');
    await page.waitForFunction(() => (document.querySelector('#progress') as HTMLProgressElement).value === 1);
    await page.click('#step-button');
    await page.waitForFunction(() => (document.querySelector('#progress') as HTMLProgressElement).value === 2);
    await page.click('#play-button');
    await page.waitForFunction(() => (document.querySelector('#progress') as HTMLProgressElement).value >= 5);
    await page.click('#play-button'); // now "Pause"
    // Paused: no month in flight and none scheduled (the page says so), so the count stays.
    await page.waitForSelector('#progress[data-busy="false"]');
    const paused = await progress();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await progress()).toBe(paused);
    expect(paused).toBeLessThan(120);
    expect(await page.textContent('#status')).toBe('Paused');
  });

  it('opens a household\'s story from the household view', async () => {
    const { page } = await openPage(app);
    await setKnob(page, 'households', SMALL);
    await setKnob(page, 'months', 24);
    await runToEnd(page);
    const canvas = page.locator('canvas.dots');
    await canvas.click({ position: { x: 300, y: 150 } });
    await page.waitForSelector('#story li');
    const picked = await canvas.getAttribute('data-selected');
    expect(await page.textContent('#story h3')).toBe(`The story of household ${picked}`);
    expect(await page.$eval('#story', (box) => box.getAttribute('aria-busy'))).toBe('false');
    // The chosen dot is ringed; closing the story takes the ring away.
    await page.waitForFunction(() => performance.getEntriesByName('story').length === 1);
    await expect.poll(() => ringPixels(page)).toBeGreaterThan(20);
    await page.click('#close-story');
    await expect.poll(() => ringPixels(page)).toBe(0);
    // And by number, from the keyboard.
    await page.fill('#household-picker', '7');
    await page.press('#household-picker', 'Enter');
    // The heading comes at once with a pending line; the story's lines when the worker answers.
    await page.waitForFunction(() => /household 7\b/.test(document.querySelector('#story h3')?.textContent ?? '') && document.querySelector('#story')?.getAttribute('aria-busy') === 'false');
    expect((await page.$$('#story li')).length).toBeGreaterThan(0);
  });

  it('compares two scenarios on the same seeds, as levels and differences with the interval of the mean', async () => {
    const { page } = await openPage(app, '#n=3');
    await setKnob(page, 'households', SMALL);
    await setKnob(page, 'months', 24);
    await page.click('#add-comparison');
    await page.click('[data-pattern="deep_integration"]');
    await page.click('#add-comparison');
    expect(await page.$$eval('.compare-list li', (items) => items.length)).toBe(2);
    await page.click('#run-comparison');
    await page.waitForFunction(() => /^(Done|完成)$/.test(document.querySelector('#compare-status')?.textContent ?? ''), null);
    expect(await page.$$('[data-chart="compare"] path.median')).toHaveLength(2);
    expect(await page.$$('[data-chart="difference"] path.median')).toHaveLength(1);
    // Three seeds: the difference has a 95% interval of its mean, and the legend says so.
    expect(await page.$$('[data-chart="difference"] path.band')).toHaveLength(1);
    expect(await page.$$eval('[data-chart="difference"] .legend text', (texts) => texts.map((x) => x.textContent))).toContain('95% interval of the mean');
    // The headline names the best scenario, with its unit.
    expect(await page.getAttribute('#chart-compare svg', 'aria-label')).toMatch(/does best on fallen through the gaps: [\d,.]+ households a month on average, [\d,.]+ households (lower|higher) than/);
    // Who changes fate: a 4 × 4 table; a number off the diagonal opens one household's two stories.
    expect(await page.$$eval('#transitions table tr', (rows) => rows.length)).toBe(5);
    const follow = page.locator('#transitions button.follow').first();
    const [from, to] = [await follow.getAttribute('data-from'), await follow.getAttribute('data-to')];
    await follow.click();
    await page.waitForSelector('#paired-stories[aria-busy="false"] .story-column');
    const headings = await page.$$eval('#paired-stories h4', (hs) => hs.map((h) => h.textContent));
    expect(headings).toHaveLength(2);
    const status = { no_need: 'No need', helped: 'Helped', unmet: 'Unmet need', fell_through: 'Fell through the gaps' } as Record<string, string>;
    expect(headings[0]).toMatch(new RegExp(`: ${status[from!]}$`));
    expect(headings[1]).toMatch(new RegExp(`: ${status[to!]}$`));
  });

  it('ranks a few levers, and the paper\'s paths, by the gap closed per yuan, run in the page\'s workers, for the county and a group', async () => {
    const { page } = await openPage(app);
    await setKnob(page, 'households', SMALL);
    await setKnob(page, 'months', 24);
    const rowsOf = () => page.$$eval('#levers-result tr[data-key]', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    // Each row: a change with its label, a change in the gap with its interval, and a ratio or why there is none.
    const checkRows = (rows: (string | null)[][], count: number) => {
      expect(rows).toHaveLength(count);
      expect(rows.map((r) => r[0])).toEqual(Array.from({ length: count }, (_, i) => String(i + 1)));
      for (const row of rows) {
        expect(row[2]).toMatch(/^[+−-]?[\d.,]+( \[.*\])?$/);
        expect(row[4]).toMatch(/^[+−-]?[\d.,]+ \[.*\]$|^(costs nothing more|no clear change in cost|saves money|closes the gap and saves money|closes the gap at no clear extra cost)$/);
      }
    };
    await page.click('#rank-levers');
    await page.waitForSelector('#levers-result table');
    const levers = await rowsOf();
    checkRows(levers, 5);
    for (const row of levers) expect(row[1]).toMatch(/\+[\d.]+/);
    expect(await page.textContent('#levers-status')).toBe('Done');

    await page.click('#rank-paths');
    await page.waitForSelector('#levers-result table');
    const paths = await rowsOf();
    checkRows(paths, PATHS.length);
    const keys = await page.$$eval('#levers-result tr[data-key]', (trs) => trs.map((tr) => tr.getAttribute('data-key')));
    expect([...keys].sort()).toEqual(PATHS.map((p) => p.id).sort());
    // Each path is named with the paper's section first.
    keys.forEach((key, i) => expect(paths[i]![1]).toMatch(new RegExp(`^${PATHS.find((p) => p.id === key)!.section} `)));
    // Another group re-ranks the same runs: the same paths, the caption names the group.
    await page.selectOption('#levers-group', 'rural');
    expect(await page.textContent('#levers-result caption')).toMatch(/^Rural: /);
    expect((await rowsOf()).map((r) => r[1]).sort()).toEqual(paths.map((r) => r[1]).sort());
  });

  it('is operable from the keyboard, and refuses an invalid value at the control with a message', async () => {
    const { page } = await openPage(app);
    await page.focus('[data-pattern="administrative_incorporation"]');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('[data-pattern="social_innovation"]', 'aria-checked')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-pattern'))).toBe('social_innovation');
    await setKnob(page, 'charities.visibilityBias', 1.7);
    expect(await page.textContent('[id="control-charities.visibilityBias-error"]')).toMatch(/Invalid value for .*expected a value from 0 to 1/);
    expect(await page.getAttribute('[id="control-charities.visibilityBias"]', 'aria-invalid')).toBe('true');
    expect(await page.evaluate(() => location.hash)).not.toContain(btoa('"visibilityBias":1.7').slice(0, 8));
    await setKnob(page, 'charities.visibilityBias', 0.5);
    expect(await page.textContent('[id="control-charities.visibilityBias-error"]')).toBe('');
    // Everything is reachable with Tab: the run button is a real, focusable button.
    await page.focus('#run-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#chart-cards[data-complete="true"]');
  });

  it('lets the keyboard reach Run at once, and explains its words in a glossary without losing the scenario', async () => {
    const { page } = await openPage(app);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('skip-to-run');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('run-button');
    await page.click('[data-pattern="deep_integration"]');
    await page.waitForFunction(() => location.hash.includes('s='));
    const hash = await page.evaluate(() => location.hash);
    await page.click('#glossary-link');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('glossary-title');
    expect(await page.evaluate(() => location.hash)).toBe(hash);
    const terms = await page.$$eval('#glossary dt', (dts) => dts.map((dt) => dt.textContent));
    expect(terms).toEqual(expect.arrayContaining(['Dibao (低保, the minimum living guarantee)', 'Tacitus threshold (塔西佗陷阱)', 'Reason unmet: unseen']));
    expect(await page.textContent('#glossary-fell_through + dd')).toMatch(/3 months in a row|3 by default/);
    // Tooltips where the words appear: the household view's title, the reasons in a lesson.
    expect(await page.getAttribute('#households-title', 'title')).toMatch(/fallen through the gaps when/);
  });

  it('on a 390-px phone, puts Run before the glossary and the scenario\'s knobs, the sections in the order a user works, on screen as in the document', async () => {
    const phone = SCREENS.find((s) => s.width === 390)!;
    const { page } = await openPage(app, '', phone);
    const top = (selector: string) => page.$eval(selector, (e) => e.getBoundingClientRect().top + window.scrollY);
    const run = await top('#run-button');
    expect(run).toBeLessThan(await top('#glossary'));
    expect(run).toBeLessThan(await top('#glossary-fell_through'));
    expect(run).toBeLessThan(await top('[data-pattern="administrative_incorporation"]'));
    expect(run).toBeLessThan(await top('[id="control-government.dataSharing.health"]'));
    const order = ['#answers', '#run', '#charts', '#household', '#lessons', '#compare', '#levers', '#panel', '#glossary'];
    const tops = [];
    for (const id of order) tops.push(await top(id));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    // The same order for the keyboard and a screen reader: the document's own order.
    const documentOrder = await page.$$eval('main > #content > *, main > *', (elements) => elements.map((e) => `#${e.id}`));
    expect(documentOrder.filter((id) => order.includes(id))).toEqual(order);
  });

  it('runs several seeds and draws the median with a 90% band', async () => {
    const { page } = await openPage(app, '#n=3');
    await setKnob(page, 'households', SMALL);
    await setKnob(page, 'months', 24);
    expect(await page.inputValue('#control-seeds')).toBe('3');
    await runToEnd(page);
    expect((await page.$$('[data-chart="indicators"] path.band')).length).toBe(3);
  });

  it('walks through the lessons: predict, run and reveal what the run shows, pointing at its chart', async () => {
    const { page } = await openPage(app);
    await page.click('#next-lesson');
    await page.waitForFunction(() => /^1\. Government alone/.test(document.querySelector('#lesson-box h3')?.textContent ?? ''));
    expect(await page.$eval('#ready-scenario', (s) => (s as HTMLSelectElement).value)).toBe('scenarios/government_alone.json');
    // The class votes: counts stay on screen for the teacher.
    await page.click('[data-option="unseen"]');
    await page.click('[data-option="unseen"]');
    await page.click('[data-option="no_capacity"]');
    await page.click('[data-confidence="fairly_sure"]');
    expect(await page.textContent('[data-option="unseen"] .count')).toBe('2');
    expect(await page.textContent('[data-option="no_capacity"] .count')).toBe('1');
    await page.click('#reveal');
    await page.waitForSelector('#lesson-finding');
    await page.waitForSelector('#chart-cards[data-complete="true"]');
    // The finding agrees with the chart it points at, which is highlighted and brought into view.
    const top = (await page.getAttribute('#chart-reasons svg', 'aria-label'))!;
    const finding = (await page.textContent('#lesson-finding'))!;
    const reason = /^(.*) is the largest reason/.exec(finding)![1]!;
    expect(top.toLowerCase()).toContain(`${reason.toLowerCase()} is the largest reason`);
    expect(await page.getAttribute('#chart-reasons', 'class')).toContain('highlight');
    await page.waitForFunction(() => {
      const box = document.getElementById('chart-reasons')!.getBoundingClientRect();
      return box.top < window.innerHeight && box.bottom > 0;
    });
    expect(await page.textContent('#lesson-verdict')).toMatch(/^The class predicted unseen \(2 of 3 votes; most fairly sure\)\. The class (was right|expected otherwise)/);
    expect(await page.$eval('[data-result="right"]', (b) => b.getAttribute('data-option'))).toBe(reason.toLowerCase().replace(/ /g, '_'));
    await page.click('#next-lesson');
    await page.waitForFunction(() => /^2\./.test(document.querySelector('#lesson-box h3')?.textContent ?? ''));
    expect(await page.$eval('#ready-scenario', (s) => (s as HTMLSelectElement).value)).toBe('scenarios/social_innovation.json');
    expect(await page.$$eval('#lesson-box .count', (counts) => counts.map((c) => c.textContent))).toEqual(['0', '0', '0', '0', '0', '0']);
  });

  it('switches language and remembers the choice', async () => {
    const { page } = await openPage(app);
    await page.selectOption('#language', 'zh');
    expect(await page.textContent('h1')).toBe('gapsim——谁在救助中落入缝隙');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.textContent('#run-button')).not.toBe('Run');
    await page.reload();
    await page.waitForSelector('#run-button');
    expect(await page.textContent('h1')).toBe('gapsim——谁在救助中落入缝隙');
  });

  it('restores a shared link exactly', async () => {
    const { page } = await openPage(app);
    await page.click('[data-pattern="policy_driven"]');
    await setKnob(page, 'government.dibao.lineRural', 700);
    await setKnob(page, 'households', 3000);
    // The address holds the scenario once the page has checked it (in a worker): wait for the last edit to reach it.
    await page.waitForFunction(() => {
      const encoded = /s=([^&]*)/.exec(location.hash)?.[1];
      return encoded !== undefined && atob(encoded.replace(/-/g, '+').replace(/_/g, '/')).includes('"households":3000');
    });
    const link = await page.evaluate(() => location.href);
    const { page: other } = await openPage(app, link.slice(app.url.length));
    expect(await other.getAttribute('[data-pattern="policy_driven"]', 'aria-checked')).toBe('true');
    expect(await other.inputValue('[id="control-government.dibao.lineRural"]')).toBe('700');
    expect(await other.inputValue('[id="control-households"]')).toBe('3000');
  });

  it('answers first: headline numbers with units, their change from the defaults, what was changed, undo and redo', async () => {
    const { page } = await openPage(app);
    await setKnob(page, 'households', SMALL);
    await setKnob(page, 'months', 24);
    expect(await page.textContent('#changes')).toMatch(/^Nothing changed/);
    expect(await page.$('#modified-mark')).toBeNull();
    await runToEnd(page);
    await page.waitForSelector('#answer-fell-through');
    expect(await page.textContent('#answer-fell-through .value')).toMatch(/^[\d,]+ households? on an average month \([\d.]+ per 1,000 households\)$/);
    expect(await page.textContent('#answer-top-reason .value')).toMatch(/^[A-Z][a-z ]+: \d+% of the needs fallen through$/);
    expect(await page.textContent('#answer-government-spending .value')).toMatch(/yuan over 24 months$/);
    expect(await page.$('#answer-fell-through .change')).toBeNull();
    // A modified scenario: the mark, the change in one line, and after a run the change from the defaults.
    await setKnob(page, 'government.services.budgetPerHousehold', 0);
    // Tab after typing moves on to the next control, not to the top of the page.
    expect(await page.evaluate(() => document.activeElement?.closest('#panel') !== null)).toBe(true);
    await page.waitForSelector('#modified-mark');
    expect(await page.textContent('#changes')).toMatch(/^What you changed: Care and social-work services budget: [\d,]+ → 0 yuan/);
    await runToEnd(page);
    await page.waitForFunction(() => /than the defaults|the same as the defaults/.test(document.querySelector('#answer-government-spending .change')?.textContent ?? ''), null);
    expect(await page.textContent('#answer-government-spending .change')).toMatch(/^[\d.,]+[KMB]? yuan less than the defaults \(\d+% less\)$/);
    expect(await page.textContent('#answer-fell-through .change')).toMatch(/(more|fewer) than the defaults|the same as the defaults/);
    expect(await page.textContent('#answers .note')).toMatch(/seed by seed/);
    // Undo takes the edit back, redo brings it again, restore goes back to the defaults.
    await page.click('#undo');
    await page.waitForFunction(() => !document.querySelector('#modified-mark'));
    expect(await page.inputValue('[id="control-government.services.budgetPerHousehold"]')).not.toBe('0');
    await page.click('#redo');
    await page.waitForSelector('#modified-mark');
    expect(await page.inputValue('[id="control-government.services.budgetPerHousehold"]')).toBe('0');
    await page.click('#restore-defaults');
    await page.waitForFunction(() => /^Nothing changed/.test(document.querySelector('#changes')?.textContent ?? ''));
    expect(await page.inputValue('[id="control-households"]')).toBe(String(SMALL));
  });

  it('says what a run will cost before it starts, and asks before a very large one', async () => {
    const { page } = await openPage(app);
    expect(await page.textContent('#estimate')).toMatch(/^This run: about .* and \d+ MB of memory \(20,000 households × 120 months × 1 seed\)\.$/);
    await setKnob(page, 'households', 5_000_000);
    await page.waitForFunction(() => document.querySelector('#estimate')?.classList.contains('warning'));
    expect(await page.textContent('#estimate')).toMatch(/^A large run: about .* GB of memory \(5,000,000 households/);
    await page.click('#run-button');
    await page.waitForSelector('#run-anyway');
    await page.click('#cancel-run');
    await page.waitForFunction(() => !document.querySelector('#run-anyway'));
    expect(await page.$eval('#progress', (p) => (p as HTMLProgressElement).value)).toBe(0);
    expect(await page.textContent('#status')).toBe('');
    // Back to a small county, the run goes without asking, and teaches the page this machine's rate.
    await setKnob(page, 'households', SMALL);
    await runToEnd(page);
    expect(Number(await page.getAttribute('#estimate', 'data-rate'))).toBeGreaterThan(0);
  });

  it('never fails silently when sharing: the link is shown to copy by hand, a scenario too large for a link says so', async () => {
    // No clipboard permission in a fresh headless context: the page must show the link instead.
    const { page } = await openPage(app);
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.click('#copy-link');
    await page.waitForSelector('#link-text');
    const shown = await page.$eval('#link-text', (input) => {
      const field = input as HTMLInputElement;
      return { value: field.value, selected: field.selectionEnd! - field.selectionStart!, focused: document.activeElement === field };
    });
    expect(shown.value).toBe(await page.evaluate(() => location.href));
    expect(shown.value).toContain('#s=');
    expect(shown.selected).toBe(shown.value.length);
    expect(shown.focused).toBe(true);
    expect(await page.textContent('#status')).toMatch(/copy it with Ctrl\+C/);
    const huge = { name: 'Large', description: '字'.repeat(8000) };
    await page.setInputFiles('#upload-scenario', { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(huge)) });
    await page.waitForFunction(() => document.querySelector('#scenario .description')?.textContent?.startsWith('字'));
    await page.click('#copy-link');
    await page.waitForFunction(() => /too large for a link/.test(document.querySelector('#status')?.textContent ?? ''));
    expect(await page.textContent('#status')).toMatch(/\d+ characters; a link holds at most 20,000\)\. Share it as a file/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('download-scenario');
    expect(await page.$('#link-text')).toBeNull();
  });

  it('refuses a corrupted or malicious link with a message and shows the default scenario', async () => {
    const { page } = await openPage(app, '#s=@@not-base64@@');
    expect(await page.textContent('#status')).toMatch(/This link could not be read/);
    expect(await page.$eval('#ready-scenario', (s) => (s as HTMLSelectElement).selectedOptions[0]!.textContent)).toBe('Baseline county');
    const evil = Buffer.from(JSON.stringify({ name: '<img src=x onerror="window.__pwned=1">', months: 'x' })).toString('base64url');
    const { page: second } = await openPage(app, `#s=${evil}`);
    expect(await second.textContent('#status')).toMatch(/months/);
    const named = Buffer.from(JSON.stringify({ name: '<img src=x onerror="window.__pwned=1">', description: '<script>window.__pwned=2</script>' })).toString('base64url');
    const { page: third } = await openPage(app, `#s=${named}`);
    // Shown as text (so never parsed as HTML), and nothing in it ran.
    expect(await third.textContent('#scenario .description')).toBe('<script>window.__pwned=2</script>');
    expect(await third.$$('#scenario img, #scenario script')).toEqual([]);
    expect(await third.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('exports each chart as SVG and PNG, and shows its data table', async () => {
    const { page } = await openPage(app);
    await setKnob(page, 'households', SMALL);
    await setKnob(page, 'months', 24);
    await runToEnd(page);
    const card = page.locator('#chart-indicators');
    const [svg] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Export SVG' }).click()]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svgText).toContain('data-series="need_satisfaction_rate"');
    const [png] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Export PNG' }).click()]);
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');
    await card.getByRole('button', { name: 'Show data table' }).click();
    expect(await card.locator('table tr').count()).toBe(25);
  });

  it('downloads the scenario as JSON and uploads one back, refusing a bad file with a message', async () => {
    const { page } = await openPage(app);
    await page.click('[data-pattern="deep_integration"]');
    const [saved] = await Promise.all([page.waitForEvent('download'), page.click('#download-scenario')]);
    const scenario = JSON.parse(readFileSync((await saved.path())!, 'utf8'));
    expect(scenario.pattern).toBe('deep_integration');
    const { page: other } = await openPage(app);
    await other.setInputFiles('#upload-scenario', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"months": "many"') });
    await other.waitForFunction(() => /could not be read/.test(document.querySelector('#status')?.textContent ?? ''));
    await other.setInputFiles('#upload-scenario', { name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...scenario, months: 0 })) });
    await other.waitForFunction(() => /months: is 0/.test(document.querySelector('#status')?.textContent ?? ''));
    expect(await other.getAttribute('[data-pattern="administrative_incorporation"]', 'aria-checked')).toBe('true');
    await other.setInputFiles('#upload-scenario', { name: 'good.json', mimeType: 'application/json', buffer: readFileSync((await saved.path())!) });
    await other.waitForFunction(() => document.querySelector('[data-pattern="deep_integration"]')?.getAttribute('aria-checked') === 'true');
  });

  it('exports the same CSV as the command line for the same scenario and seed', async () => {
    const { page } = await openPage(app);
    await setKnob(page, 'households', SMALL);
    await setKnob(page, 'months', 24);
    await runToEnd(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const fromBrowser = readFileSync((await download.path())!, 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'gapsim-csv-'));
    const out = join(dir, 'cli.csv');
    const baseline = fileURLToPath(new URL('../../scenarios/baseline.json', import.meta.url));
    const code = main(['run', baseline, '--seed', '1', '--households', String(SMALL), '--months', '24', '--out', out, '--quiet'], { out: () => undefined, err: (e) => { throw new Error(e); } });
    expect(code).toBe(0);
    expect(fromBrowser.split('\n')[0]).toBe('seed,month,group,metric,value');
    const cli = readFileSync(out, 'utf8');
    rmSync(dir, { recursive: true, force: true });
    if (fromBrowser !== cli) {
      const a = fromBrowser.split('\n');
      const b = cli.split('\n');
      const i = a.findIndex((line, k) => line !== b[k]);
      const metrics = new Set(a.filter((line, k) => line !== b[k]).map((line) => line.split(',')[3]));
      throw new Error(`line ${i + 1} differs: browser ${a[i]} / cli ${b[i]}; ${a.filter((line, k) => line !== b[k]).length} lines differ, metrics: ${[...metrics].join(' ')}`);
    }
    expect(fromBrowser).toBe(cli);
  });
});

/**
 * Every screen: the answers, a story, the charts, a lesson, sharing and the cost of a run,
 * on a desktop, a laptop and a phone.
 */
describe.each(SCREENS)('on a $name ($width × $height)', { timeout: TEST_MS }, (screen) => {
  it('answers first, lays out without scrolling sideways, text never under 11 px, Run and the answers before the knobs on a phone; undo, redo, and a large run asks', async () => {
    const { page, errors } = await openPage(app, '', screen);
    expect(await page.textContent('#estimate')).toMatch(/^This run: about .* of memory/);
    await setKnob(page, 'households', SMALL);
    await setKnob(page, 'months', 24);
    await setKnob(page, 'government.services.budgetPerHousehold', 0);
    await page.waitForSelector('#modified-mark');
    await runToEnd(page);
    await page.waitForFunction(() => /than the defaults|the same as the defaults/.test(document.querySelector('#answer-government-spending .change')?.textContent ?? ''));
    expect(await page.textContent('#answer-fell-through .value')).toMatch(/households? on an average month/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(screen.width);
    // Chart text as shown: its font size times the svg's scale on the page.
    const smallest = await page.$$eval('#chart-cards svg', (svgs) => Math.min(...svgs.flatMap((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
    })));
    expect(smallest).toBeGreaterThanOrEqual(10.99);
    const top = (id: string) => page.$eval(id, (e) => e.getBoundingClientRect().top + window.scrollY);
    if (screen.width < 600) {
      expect(await top('#answers')).toBeLessThan(await top('#panel'));
      expect(await top('#run')).toBeLessThan(await top('#panel'));
    }
    // The trust chart draws the Tacitus threshold; the glossary explains it.
    expect(await page.$$('#chart-trust .references .reference')).toHaveLength(1);
    expect(await page.textContent('#glossary')).toMatch(/Tacitus threshold/);
    // Undo and redo the edit; a very large county asks before it runs.
    await page.click('#undo');
    await page.waitForFunction(() => !document.querySelector('#modified-mark'));
    await page.click('#redo');
    await page.waitForSelector('#modified-mark');
    await setKnob(page, 'households', 5_000_000);
    await page.click('#run-button');
    await page.click('#cancel-run');
    expect(await page.$eval('#progress', (p) => (p as HTMLProgressElement).value)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('tells a tapped household\'s story at once, the dot ringed; shows a link it cannot copy, and says when a scenario is too large for one', async () => {
    const { page } = await openPage(app, '', screen);
    await setKnob(page, 'households', SMALL);
    await setKnob(page, 'months', 24);
    await runToEnd(page);
    const canvas = page.locator('canvas.dots');
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    const at = { x: box.width * 0.4, y: box.height * 0.5 };
    await (screen.width < 600 ? canvas.tap({ position: at }) : canvas.click({ position: at }));
    await page.waitForSelector('#story[aria-busy="false"] li');
    expect(await page.textContent('#story h3')).toBe(`The story of household ${await canvas.getAttribute('data-selected')}`);
    expect(await page.evaluate(() => performance.getEntriesByName('story').length)).toBe(1);
    await expect.poll(() => ringPixels(page)).toBeGreaterThan(20);
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.click('#copy-link');
    await page.waitForSelector('#link-text');
    expect(await page.inputValue('#link-text')).toContain('#s=');
    await page.setInputFiles('#upload-scenario', { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ name: 'Large', description: '字'.repeat(8000) })) });
    await page.waitForFunction(() => document.querySelector('#scenario .description')?.textContent?.startsWith('字'));
    await page.click('#copy-link');
    await page.waitForFunction(() => /too large for a link/.test(document.querySelector('#status')?.textContent ?? ''));
  });

  it('runs a lesson: the class predicts, the reveal says what the run shows and brings its chart into view', async () => {
    const { page } = await openPage(app, '', screen);
    await page.click('#next-lesson');
    await page.click('[data-option="no_capacity"]');
    await page.click('[data-confidence="sure"]');
    await page.click('#reveal');
    await page.waitForSelector('#lesson-finding');
    await page.waitForSelector('#chart-reasons.highlight .lesson-callout');
    await page.waitForFunction(() => {
      const box = document.getElementById('chart-reasons')!.getBoundingClientRect();
      return box.top < window.innerHeight && box.bottom > 0;
    });
    expect(await page.textContent('#chart-reasons .lesson-callout')).toBe(await page.textContent('#lesson-finding'));
    expect(await page.textContent('#lesson-verdict')).toMatch(/^The class predicted no capacity \(1 of 1 votes; most sure\)\./);
  });
});

/**
 * The county form in a real browser (Debian's Chromium, headless): an example profile
 * filled in and fitted in a worker of the page's (the same fit as `gapsim county`: about
 * 15 s on a quiet 2-core machine, over a minute on a busy one), its report read, the county
 * made the page's scenario; then impossible figures refused at their fields in the CLI's
 * words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WITHIN } from '../../sim/county/fit.ts';
import { WAIT_MS, openPage, startApp, type App } from '../../sim/bench/browser.ts';
import { TEST_MS, setKnob } from './appActions.ts';

let app: App;
beforeAll(async () => { app = await startApp(); }, WAIT_MS);
afterAll(async () => { await app?.close(); });

describe('the county form', { timeout: TEST_MS }, () => {
  it('fits an example county within 10% and makes it the page\'s scenario', async () => {
    const { page, errors } = await openPage(app);
    await page.selectOption('#county-example', 'counties/yaoan.json');
    expect(await page.inputValue('#county-dibaoLineUrban')).toBe('744');
    expect(await page.inputValue('#county-recipientsRural')).toBe('8778');
    // Every field is labelled, with its unit; optional ones say what is assumed without them.
    expect(await page.textContent('label[for="county-urbanShare"]')).toMatch(/Urbanisation rate.*\(share of residents, 0–1\)/);
    expect(await page.textContent('#county-elderlyShare-note')).toMatch(/^Optional: without it, /);

    // A shorter search than the default's 40 evaluations (gapsim county --evaluations 10): half the runs, still within 10%.
    await page.click('.county-search summary');
    await page.fill('#county-evaluations', '10');
    await page.click('#county-fit');
    await page.waitForSelector('#county-status:has-text("Fitting")');
    // The page stays responsive while the fit runs in its worker: a knob still answers.
    await setKnob(page, 'months', 24);
    expect(await page.inputValue('#control-months')).toBe('24');
    await page.waitForSelector('#county-targets');
    expect(await page.textContent('#county-status')).toMatch(/^Fitted in \d+ s \(\d+ runs\)\.$/);

    const rows = await page.$$eval('#county-targets tr[data-group]', (trs) => trs.map((tr) => ({
      group: tr.getAttribute('data-group'), difference: Number(tr.getAttribute('data-difference')), within: tr.getAttribute('data-within'),
      cells: [...tr.children].map((c) => c.textContent ?? ''),
    })));
    expect(rows.map((r) => r.group)).toEqual(['urban', 'rural']);
    for (const row of rows) {
      expect(Math.abs(row.difference), row.cells.join(' | ')).toBeLessThanOrEqual(WITHIN);
      expect(row.within).toBe('true');
      expect(row.cells[1]).toBe(row.group === 'urban' ? '395' : '8,778');
      expect(row.cells[3]).toMatch(/^[+−]\d+\.\d%$/);
    }
    expect(await page.textContent('#county-verdict')).toMatch(/Every target is within 10%/);
    expect(await page.$$eval('#county-fitted li', (lis) => lis.map((li) => li.textContent))).toEqual([
      expect.stringMatching(/^population\.incomeSpreadUrban = [\d.]+ \(range/),
      expect.stringMatching(/^population\.incomeSpreadRural = [\d.]+ \(range/),
      expect.stringMatching(/^application\.awareness = [\d.]+ \(range/),
    ]);
    expect(await page.textContent('#county-report')).toMatch(/minimum living cost = the county's dibao lines/);

    await page.click('#county-use');
    await page.waitForFunction(() => (document.querySelector('[id="control-government.dibao.lineUrban"]') as HTMLInputElement | null)?.value === '744');
    expect(await page.inputValue('[id="control-government.dibao.lineRural"]')).toBe('560');
    expect(await page.textContent('#panel .description')).toMatch(/^Built by gapsim county/);
    expect(await page.textContent('#county-used')).toMatch(/County: Yao'an county.*press Run/);
    // The link holds the county (the engine accepted it), and Undo takes it back.
    await page.waitForFunction(() => location.hash.length > 1);
    expect(await page.textContent('#validation')).toBe('');
    await page.click('#undo');
    await page.waitForFunction(() => (document.querySelector('[id="control-government.dibao.lineUrban"]') as HTMLInputElement | null)?.value !== '744');
    expect(errors).toEqual([]);
  });

  it('refuses impossible figures at their fields, naming the field, the value and the expectation', async () => {
    const { page } = await openPage(app);
    await page.selectOption('#county-example', 'counties/yaoan.json');
    await page.fill('#county-urbanShare', '50.05');
    await page.fill('#county-recipientsUrban', '200000');
    await page.click('#county-fit');
    await page.waitForSelector('#county-urbanShare[aria-invalid="true"]');
    expect(await page.textContent('#county-urbanShare-error')).toMatch(/^urbanShare: is 50.05, a share above 1; expected a share from 0 to 1/);
    expect(await page.getAttribute('#county-urbanShare', 'aria-describedby')).toContain('county-urbanShare-error');
    // With the share refused the urban population is unknown; a share in range names recipients above it.
    await page.fill('#county-urbanShare', '0.5005');
    await page.click('#county-fit');
    await page.waitForSelector('#county-recipientsUrban[aria-invalid="true"]');
    expect(await page.getAttribute('#county-urbanShare', 'aria-invalid')).toBe('false');
    expect(await page.textContent('#county-recipientsUrban-error')).toMatch(/^recipientsUrban: is 200000, above the urban population \(82165 = population 164165 × urbanShare 0.5005\); expected at most the urban residents/);
    expect(await page.textContent('#county-problems')).toMatch(/1 problem, each shown at its field/);
    // Nothing was fitted.
    expect(await page.$('#county-targets')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('county-recipientsUrban');
    // The search's evaluations are checked as gapsim county checks --evaluations.
    await page.fill('#county-recipientsUrban', '395');
    await page.click('.county-search summary');
    await page.fill('#county-evaluations', '2.5');
    await page.click('#county-fit');
    await page.waitForSelector('#county-evaluations[aria-invalid="true"]');
    expect(await page.textContent('#county-evaluations-error')).toBe('evaluations: "2.5" is not valid; expected a whole number from 0 to 1000');
    expect(await page.$('#county-targets')).toBeNull();
  });
});

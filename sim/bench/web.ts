/**
 * The web app's benchmark (part of `npm run bench`): the built app in headless Chromium on
 * this machine (2 cores: 1 engine worker, 1 core left for the page). For each scenario it
 * reports the main-thread tasks over 50 ms (PerformanceObserver 'longtask'): how many, the
 * longest, and the share of the time they blocked; frames per second (requestAnimationFrame
 * count); and how long the scenario took:
 *  (a) a 20,000 households × 120 months run, 1 seed (the default scenario, Run);
 *  (b) the same with 10 seeds;
 *  (c) playing at 24 months a second for about 5 s (and the months the household view drew);
 *  (d) a comparison of two scenarios (the default and deep integration, 1 seed each);
 *  (e) a household's story opened after run (a): time from click to text.
 * Then the JavaScript shipped, gzipped.
 *
 * `--out file.json` saves the numbers; `--compare file.json` prints them beside saved ones
 * (e.g. before a change), with the ratios after/before. `--cpu-slowdown N` slows the page's
 * CPU N times (Chromium's CPU throttling), a stand-in for a slower machine; `--no-size` skips
 * the build that measures the JavaScript shipped.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { openPage, startApp } from './browser.ts';

interface Measured {
  /** Seconds from the action to its end. */
  readonly seconds: number;
  /** Durations of the main-thread tasks over 50 ms, ms. */
  readonly longTasks: readonly number[];
  readonly fps: number;
  /** Anything else the scenario measures. */
  readonly extra?: Record<string, number>;
}

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const skipSize = process.argv.includes('--no-size');
const slowdown = Number(arg('--cpu-slowdown') ?? 1);

/** A fresh page, its CPU slowed if asked. */
async function open(path = ''): Promise<Page> {
  const { page } = await openPage(app, path);
  if (slowdown > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  }
  return page;
}

/**
 * A probe in the page: long tasks and animation frames between start() and stop(). Passed as
 * source text: tsx would add helpers to a function that the page does not have.
 */
const PROBE = `window.__probe = (() => {
  let tasks = [], frames = 0, t0 = 0, on = false;
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e); });
  observer.observe({ type: 'longtask', buffered: false });
  const frame = () => { if (!on) return; frames++; requestAnimationFrame(frame); };
  return {
    start() { tasks = []; frames = 0; t0 = performance.now(); on = true; requestAnimationFrame(frame); },
    async stop() {
      const t1 = performance.now();
      on = false;
      // Long task entries arrive after their task: let the last ones in.
      await new Promise((r) => setTimeout(r, 200));
      tasks.push(...observer.takeRecords());
      const inside = tasks.filter((e) => e.startTime >= t0 && e.startTime < t1).map((e) => e.duration);
      return { seconds: (t1 - t0) / 1000, longTasks: inside, fps: frames / ((t1 - t0) / 1000) };
    },
  };
})();`;

async function measure(page: Page, action: () => Promise<void>): Promise<Measured> {
  await page.evaluate('window.__probe || eval(' + JSON.stringify(PROBE) + ')');
  await page.evaluate('window.__probe.start()');
  await action();
  return (await page.evaluate('window.__probe.stop()')) as Measured;
}

const status = (page: Page, selector: string, text: string) =>
  page.waitForFunction(([s, t]) => document.querySelector(s!)?.textContent === t, [selector, text], { timeout: 600_000 });

/** Run the default scenario to the end, charts drawn. */
async function runToEnd(page: Page): Promise<void> {
  await page.click('#run-button');
  await status(page, '#status', 'Done');
  await page.waitForSelector('#chart-cards[data-complete="true"]', { timeout: 600_000 });
}

/** The slowest chart drawing steps the page measured (performance.measure 'chart i'). */
const slowestCharts = async (page: Page): Promise<Record<string, number>> => {
  const all = (await page.evaluate(`performance.getEntriesByType('measure').filter((m) => m.name.startsWith('chart')).map((m) => [m.name, m.duration])`)) as Array<[string, number]>;
  return { 'slowest chart step (ms)': all.length ? Math.max(...all.map(([, d]) => d)) : 0 };
};

const results: Record<string, Measured> = {};
const app = await startApp();
try {
  // (a) and (e): one seed, then a household's story.
  {
    const page = await open();
    const run = await measure(page, () => runToEnd(page));
    results['(a) run 20,000 × 120, 1 seed'] = { ...run, extra: await slowestCharts(page) };
    const story = await measure(page, async () => {
      await page.locator('canvas.dots').click({ position: { x: 300, y: 150 } });
      await page.waitForSelector('#story li');
      await page.waitForFunction(() => performance.getEntriesByName('story').length > 0);
    });
    const storyMs = (await page.evaluate(`performance.getEntriesByName('story').at(-1).duration`)) as number;
    results['(e) story after (a)'] = { ...story, extra: { 'click to text (ms)': storyMs } };
    await page.context().close();
  }
  // (b) ten seeds.
  {
    const page = await open('#n=10');
    const m = await measure(page, () => runToEnd(page));
    results['(b) run 20,000 × 120, 10 seeds'] = { ...m, extra: await slowestCharts(page) };
    await page.context().close();
  }
  // (c) play at 24 months a second for 5 s.
  {
    const page = await open();
    await page.fill('#speed', '24');
    const m = await measure(page, async () => {
      await page.click('#play-button');
      await page.waitForTimeout(5000);
    });
    const months = (await page.evaluate(`document.querySelector('#progress').value`)) as number;
    await page.click('#play-button');
    results['(c) play at 24 months/s, 5 s'] = { ...m, extra: { 'months played': months, 'months/s': months / m.seconds } };
    await page.context().close();
  }
  // (d) compare the default with deep integration.
  {
    const page = await open();
    await page.click('#add-comparison');
    await page.click('[data-pattern="deep_integration"]');
    await page.click('#add-comparison');
    const m = await measure(page, async () => {
      await page.click('#run-comparison');
      await status(page, '#compare-status', 'Done');
    });
    results['(d) compare two scenarios'] = m;
    await page.context().close();
  }
} finally {
  await app.close();
}

const longest = (m: Measured) => (m.longTasks.length ? Math.max(...m.longTasks) : 0);
const blocked = (m: Measured) => m.longTasks.reduce((a, b) => a + b, 0) / 10 / m.seconds;
const before = arg('--compare') ? (JSON.parse(readFileSync(arg('--compare')!, 'utf8')) as Record<string, Measured>) : undefined;
const ratio = (now: number, then: number | undefined) => (then === undefined ? '' : then === 0 ? (now === 0 ? ' (=)' : ' (was 0)') : ` (×${(now / then).toFixed(2)}, was ${Number.isInteger(then) ? then : then.toFixed(1)})`);

console.log(`web app (headless Chromium on 2 cores: 1 engine worker, 1 core left for the page${slowdown > 1 ? `; page CPU slowed ${slowdown}×` : ''}):`);
for (const [name, m] of Object.entries(results)) {
  const b = before?.[name];
  console.log(`  ${name}: ${m.seconds.toFixed(1)} s${ratio(m.seconds, b?.seconds)}`);
  console.log(`    main-thread tasks over 50 ms: ${m.longTasks.length}${ratio(m.longTasks.length, b?.longTasks.length)}; longest ${longest(m).toFixed(0)} ms${ratio(Math.round(longest(m)), b ? Math.round(longest(b)) : undefined)}; ${blocked(m).toFixed(0)}% of the time in them${ratio(Math.round(blocked(m)), b ? Math.round(blocked(b)) : undefined)}`);
  console.log(`    frames per second: ${m.fps.toFixed(1)}${ratio(m.fps, b?.fps)}`);
  for (const [key, value] of Object.entries(m.extra ?? {})) console.log(`    ${key}: ${value.toFixed(1)}${ratio(value, b?.extra?.[key])}`);
}
if (arg('--out')) writeFileSync(arg('--out')!, JSON.stringify(results, null, 1));

if (!skipSize) {
  // What is shipped: the production build's JavaScript, gzipped.
  const { build } = await import('vite');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const outDir = mkdtempSync(join(tmpdir(), 'gapsim-size-'));
  await build({ configFile: 'vite.config.ts', root: 'web', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const assets = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
  let total = 0;
  for (const file of assets) {
    const bytes = gzipSync(readFileSync(join(outDir, 'assets', file)), { level: 9 }).length;
    total += bytes;
    console.log(`  ${file.replace(/-[\w-]+\.js$/, '.js')}: ${(bytes / 1024).toFixed(1)} kB gzipped`);
  }
  console.log(`  JavaScript shipped: ${(total / 1024).toFixed(1)} kB gzipped in all`);
  rmSync(outDir, { recursive: true, force: true });
}

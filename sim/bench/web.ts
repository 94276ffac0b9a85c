/**
 * The web app's benchmark (part of `npm run bench`): the built app in headless Chromium.
 *  - time to full results for 20,000 households × 120 months × 10 seeds;
 *  - the longest main-thread task during that run (PerformanceObserver 'longtask');
 *  - frames per second of the page, and household-view redraws per second, while playing;
 *  - JavaScript shipped, gzipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openPage, startApp } from '../../test/e2e/browser.ts';

const app = await startApp();
try {
  const { page } = await openPage(app, '#n=10');
  await page.evaluate(`window.longTasks = [];
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.longTasks.push(entry.duration); }).observe({ type: 'longtask', buffered: false });`);
  const started = Date.now();
  await page.click('#run-button');
  await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'Done', null, { timeout: 600_000 });
  const seconds = (Date.now() - started) / 1000;
  const longTasks = (await page.evaluate('window.longTasks')) as number[];
  const slowest = (await page.evaluate(`performance.getEntriesByType('measure').map((m) => [m.name, m.duration]).sort((a, b) => b[1] - a[1]).slice(0, 3)`)) as Array<[string, number]>;
  console.log('web app (headless Chromium on 2 cores: 1 engine worker, 1 core left for the page):');
  console.log(`  20,000 households × 120 months × 10 seeds: full results in ${seconds.toFixed(1)} s`);
  console.log(`  main-thread tasks over 50 ms during the run: ${longTasks.length}; longest ${longTasks.length ? Math.max(...longTasks).toFixed(0) : 0} ms`);
  console.log(`  slowest chart drawing steps: ${slowest.map(([name, ms]) => `${name}: ${ms.toFixed(0)} ms`).join('; ')}`);

  const { page: play } = await openPage(app);
  await play.fill('#speed', '24');
  await play.click('#play-button');
  await play.waitForFunction(() => (document.querySelector('#progress') as HTMLProgressElement).value >= 3);
  // Passed as source text: tsx would add helpers to a function that the page does not have.
  const rates = (await play.evaluate(`(async () => {
    let frames = 0, redraws = 0, last = '';
    const start = performance.now();
    await new Promise((resolve) => {
      const frame = () => {
        frames++;
        const month = document.getElementById('household-month-value')?.textContent ?? '';
        if (month !== last) { redraws++; last = month; }
        if (performance.now() - start < 3000) requestAnimationFrame(frame); else resolve();
      };
      requestAnimationFrame(frame);
    });
    const seconds = (performance.now() - start) / 1000;
    return { fps: frames / seconds, redraws: redraws / seconds };
  })()`)) as { fps: number; redraws: number };
  console.log(`  household view while playing (20,000 dots, 24 months a second asked for): ${rates.fps.toFixed(0)} frames/s, ${rates.redraws.toFixed(1)} months drawn/s`);
} finally {
  await app.close();
}

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

/**
 * Real-browser test harness: build the app, serve it on localhost with `vite preview`, and
 * drive Debian's Chromium with playwright-core (never a downloaded browser).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * How long a wait on the app's state may take, and a test in all. Generous, for a busy
 * 2-core machine (a 20,000-household run can take ten times its quiet time); every wait is
 * on the app's state, never on the clock, so a quiet machine is no slower for it.
 */
export const WAIT_MS = 150_000;
export const TEST_MS = 4 * WAIT_MS;

export interface App {
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function startApp(): Promise<App> {
  const outDir = mkdtempSync(join(tmpdir(), 'gapsim-app-'));
  const configFile = join(root, 'vite.config.ts');
  await build({ configFile, root: join(root, 'web'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({ configFile, root: join(root, 'web'), logLevel: 'error', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  const url = server.resolvedUrls!.local[0]!;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** The screens the app is checked on: a desktop, a laptop, a phone. */
export const SCREENS = [
  { name: 'desktop', width: 1400, height: 1000 },
  { name: 'laptop', width: 1280, height: 720 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** A fresh page (fresh profile context) that records errors; a desktop unless another screen is given. */
export async function openPage(app: App, path = '', screen: { width: number; height: number } = SCREENS[0]): Promise<{ page: Page; errors: string[] }> {
  const context = await app.browser.newContext({ viewport: { width: screen.width, height: screen.height }, acceptDownloads: true, hasTouch: screen.width < 600 });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await page.goto(app.url + path);
  await page.waitForSelector('#run-button');
  return { page, errors };
}

/** Open every group of knobs, then set one by its parameter path (typing, as a user would). */
export async function setKnob(page: Page, path: string, value: number | string): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  const box = page.locator(`[id="control-${path}"]`);
  await box.fill(String(value));
  await box.press('Tab');
}

export async function runToEnd(page: Page): Promise<void> {
  await page.click('#run-button');
  await waitForDone(page);
}

export async function waitForDone(page: Page): Promise<void> {
  await page.waitForFunction(() => /^(Done|完成)$/.test(document.querySelector('#status')?.textContent ?? ''));
  await page.waitForSelector('#chart-cards[data-complete="true"]');
}

/**
 * Pixels of the ring around the chosen household's dot: its white halo, the only pure
 * white the household canvas draws (the dots are greys and black, the background clear).
 */
export function ringPixels(page: Page): Promise<number> {
  return page.$eval('canvas.dots', (c) => {
    const canvas = c as HTMLCanvasElement;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let white = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! > 250 && data[i + 1]! > 250 && data[i + 2]! > 250 && data[i + 3] === 255) white++;
    return white;
  });
}

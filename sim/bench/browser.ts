/**
 * The built app in a real browser: build it, serve it on localhost with `vite preview`, and
 * drive Debian's Chromium with playwright-core (never a downloaded browser). The web
 * benchmark (web.ts) and the end-to-end tests (test/e2e) both start the app this way; it
 * lives here, Node-only, because nothing in sim/ may import from test/.
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
 * How long a wait on the app's state may take. Generous, for a busy 2-core machine (a
 * 20,000-household run can take ten times its quiet time); every wait is on the app's
 * state, never on the clock, so a quiet machine is no slower for it.
 */
export const WAIT_MS = 150_000;

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

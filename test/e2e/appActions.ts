/**
 * What the end-to-end tests do on the app's page (the browser itself starts in
 * sim/bench/browser.ts), and how long one test may take in all.
 */
import type { Page } from 'playwright-core';
import { WAIT_MS } from '../../sim/bench/browser.ts';

/** A test waits on the app's state a few times; it may take that long in all. */
export const TEST_MS = 4 * WAIT_MS;

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

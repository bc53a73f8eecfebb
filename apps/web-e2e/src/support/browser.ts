import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { CHROMIUM_PATH, SCREENSHOT_DIR } from './paths.js';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and warnings and uncaught exceptions, in order: a clean page leaves this empty. */
  problems: string[];
}

/**
 * A page in its own context (fresh storage), set up like a district officer's desktop: Vietnamese locale,
 * Vietnam's time zone, a laptop-sized window. Everything the page complains about is recorded.
 */
export async function openWatchedPage(browser: Browser): Promise<WatchedPage> {
  const context = await browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 900 },
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      const { url, lineNumber } = message.location();
      problems.push(`console.${message.type()}: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.stack ?? error.message}`));
  return { context, page, problems };
}

/**
 * One browser and one watched page for a test file: opened before its tests, closed after them, and
 * every test must leave the page's console clean (a test that expects a line removes it itself).
 * Call it inside `describe`; the returned function gives the page once the tests run.
 */
export function watchPageForSuite(): () => WatchedPage {
  let browser: Browser | undefined;
  let watched: WatchedPage | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    watched = await openWatchedPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(() => {
    // No React warnings, no failed requests, no uncaught exceptions.
    expect(watched?.problems).toEqual([]);
  });
  return () => {
    if (!watched) throw new Error('The watched page opens in beforeAll: use it inside a test or a hook');
    return watched;
  };
}

/** Saves the whole page as tmp/screenshots/<name>.png, for people to look at; returns the file path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Debian's Chromium through playwright-core, for the browser tests: launched headless with
 * no background traffic, and pages that may reach nothing but the app under test. Every
 * request elsewhere is aborted and recorded, as are console errors (CSP violations among
 * them), page errors, failed requests and HTTP errors, so a test asserts `problems` is empty.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

/** Debian's Chromium; `CHROMIUM_PATH` points elsewhere. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why a browser test cannot run here, or false when it can. */
export const chromiumMissing: string | false = existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (apt-get install chromium)`;

/** Chromium, closed when the test `t` ends. */
export async function launchChromium(t: { teardown(fn: () => unknown): void }): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  t.teardown(() => browser.close());
  return browser;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * How long a page action or navigation may wait (playwright's default is 30 s). The clean-clone CI
 * runs the browser suites beside the build suites on two cores (load average 8–12), where a first
 * `page.goto` waiting for "load" passed 30 s twice in session 14's CI while the same files passed
 * alone in 16 and 55 s: a hang guard, not a speed check.
 */
export const BROWSER_ACTION_TIMEOUT_MS = 120_000;

/** A page in a context of its own (`options`: viewport, colour scheme) that may load only from this machine; what went wrong lands in `problems`. */
export async function guardedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(BROWSER_ACTION_TIMEOUT_MS);
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || LOCAL_HOSTS.has(url.hostname)) return route.continue();
    problems.push(`external request: ${url.href}`);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => !problems.includes(`external request: ${r.url()}`) && problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  return { page, problems };
}

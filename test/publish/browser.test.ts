/**
 * A person's walk through the site in a real browser (Debian's Chromium via
 * playwright-core): home → Gent → search "camera" → a Ghent figure card, then the
 * 120 → 155 card of the Ghent coalition agreement, screenshotted; and GraphiQL, offline, running
 * its example query. Any console error or failed request fails them.
 * Without Chromium it is skipped locally, but fails in CI (`CI` set): the walk is part of
 * what CI vouches for, so a missing browser must not turn it green.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import t, { type Test } from 'tap';
import { packageRoot } from '../../src/paths.js';
import { fixture, fixtureApp } from '../helpers/fixture-db.js';

/** Debian's Chromium; `CHROMIUM_PATH` points elsewhere. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshots = join(packageRoot, 'test-output', 'screenshots');

/** Why the walk cannot run here, or false when it can. */
const missing = existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed (apt-get install chromium)`;

t.test('Chromium is installed in CI', { skip: process.env.CI ? false : 'not in CI' }, async (t) => {
  t.notOk(missing, missing || 'Chromium present');
});

let listening: Promise<string> | undefined;
/** The fixture app listening on a free loopback port, once per file; its base URL. */
const serveFixture = () => (listening ??= fixtureApp().then((app) => app.listen({ host: '127.0.0.1', port: 0 })));

/**
 * Chromium on a page of `size`, closed when `t` ends, and the list of what went wrong on it:
 * console errors, page errors, failed requests, HTTP errors.
 */
async function openPage(t: Test, size: { width: number; height: number }) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  t.teardown(() => browser.close());
  mkdirSync(screenshots, { recursive: true });
  const page = await browser.newPage({ viewport: size });
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  return { page, problems };
}

t.test('browse, search and open figure cards in Chromium', { skip: missing }, async (t) => {
  const base = await serveFixture();
  const { page, problems } = await openPage(t, { width: 720, height: 900 });

  await page.goto(`${base}/`);
  t.equal(await page.title(), 'Start · blauwdruk');
  await page.getByRole('link', { name: 'Gent', exact: true }).click();
  t.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Gent', 'opened Gent');

  await page.getByLabel(/Zoek in maatregelen/).fill('camera');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.waitForURL(/\/browse\/search\?q=camera/);
  // The measure hit, not the hit of the document whose snippet quotes the same sentence.
  const hit = page.locator('ol.measures > li').filter({ has: page.locator('.chip', { hasText: 'Maatregel' }) }).filter({ hasText: 'Molenstraat' });
  t.equal(await hit.count(), 1, 'the Ghent camera measure is found');
  t.ok((await page.locator('ol.measures mark').allTextContents()).some((m) => /camera/i.test(m)), 'matches highlighted');

  await hit.locator('li a, a').first().click();
  await page.waitForURL(new RegExp(`/browse/documents/${fixture.docs.gentAkkoord!.id}`));
  await page.getByRole('link', { name: '17 andere partners' }).first().click();
  await page.waitForURL(new RegExp(`/embed/figures/${fixture.figures.partners!.id}$`));
  await checkCard(t, page, { value: '17', unit: 'partners', marked: '17 andere partners' });
  await page.locator('main.card').screenshot({ path: join(screenshots, 'figure-card-gent.png') });

  await page.goto(`${base}/`);
  await page.getByRole('link', { name: 'Gent', exact: true }).click();
  await page.getByRole('link', { name: /Bestuursakkoord Gent 2019-2024/ }).first().click();
  await page.getByRole('link', { name: 'van 120 naar 155 personeelsleden' }).click();
  await page.waitForURL(new RegExp(`/embed/figures/${fixture.figures.change!.id}$`));
  await checkCard(t, page, { value: '155', unit: 'personeelsleden', marked: 'van 120 naar 155 personeelsleden' });
  t.match(await page.locator('.change').textContent(), 'van 120 naar 155 (+35; +29,2%)');
  t.ok(await page.locator('figure.chart svg rect.before').isVisible(), 'the change is drawn');
  t.match(await page.locator('dl.meta').textContent(), /Bestuursakkoord Gent 2019-2024: samen veilig/);
  await page.locator('main.card').screenshot({ path: join(screenshots, 'figure-card.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.locator('main.card').screenshot({ path: join(screenshots, 'figure-card-dark.png') });

  t.same(problems, [], 'no console errors or failed requests');
});

t.test('GraphiQL renders offline under its CSP, runs the example query, with no console error', { skip: missing }, async (t) => {
  const base = await serveFixture();
  const { page, problems } = await openPage(t, { width: 1200, height: 800 });
  const elsewhere: string[] = [];
  // Offline: any request to another origin fails the test (and is refused here).
  await page.route((url) => !url.href.startsWith(base), (route) => {
    elsewhere.push(route.request().url());
    return route.abort();
  });

  await page.goto(`${base}/graphiql`);
  const editor = page.locator('.graphiql-query-editor .CodeMirror');
  await editor.waitFor({ state: 'visible' });
  t.match(await editor.textContent(), /themes\(first: 5\)/, 'the editor holds the example query');
  await page.locator('.graphiql-execute-button').click();
  const result = page.locator('.result-window .CodeMirror');
  await result.filter({ hasText: 'totalCount' }).waitFor();
  t.match(await result.textContent(), /"measureCount"/, 'the answer of /graphql is shown');
  await page.screenshot({ path: join(screenshots, 'graphiql.png') });
  t.same(elsewhere, [], 'nothing requested from another origin');
  t.same(problems, [], 'no console errors or failed requests');
});

async function checkCard(t: Test, page: Page, expected: { value: string; unit: string; marked: string }) {
  const heading = page.getByRole('heading', { level: 1 });
  t.equal(await heading.locator('data').textContent(), expected.value, 'the value');
  t.equal(await heading.locator('.unit').textContent(), expected.unit, 'the unit');
  t.equal(await page.locator('blockquote mark').textContent(), expected.marked, 'the figure highlighted in its sentence');
  t.ok(await page.getByRole('link', { name: 'CC BY 4.0' }).isVisible(), 'the licence');
  t.ok(await page.getByRole('link', { name: 'Bekijk in blauwdruk' }).isVisible(), 'the link back');
}

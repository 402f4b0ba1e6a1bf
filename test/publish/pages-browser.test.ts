/**
 * The pages for people in a real browser (Debian's Chromium via playwright-core), at a
 * desktop and a phone width, in light and dark: nothing wider than the screen, no request
 * leaving this machine, no console error (a CSP violation is one), text contrast of WCAG AA,
 * and the map and charts drawn and visible. Then a walk: a dot of the map, a bar of the
 * chart, the next page of a programme. Screenshots land in test-output/screenshots.
 * Skipped without Chromium; test/publish/browser.test.ts makes CI fail when it is missing.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import t from 'tap';
import { packageRoot } from '../../src/paths.js';
import { chromiumMissing, guardedPage, launchChromium } from '../helpers/chromium.js';
import { fixture, fixtureApp } from '../helpers/fixture-db.js';

const screenshots = join(packageRoot, 'test-output', 'screenshots');

const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;
const schemes = ['light', 'dark'] as const;

/** The pages, and what each must draw. */
const pages: Array<{ name: string; url: string; map?: boolean; chart?: boolean }> = [
  { name: 'home', url: '/', map: true },
  { name: 'city', url: '/browse/locations/gent', map: true, chart: true },
  { name: 'theme', url: '/browse/themes/cameratoezicht', map: true, chart: true },
  { name: 'programme', url: '/browse/programmes/aalst-beleidsnota?page=2' },
  { name: 'document', url: `/browse/documents/${fixture.docs.gentAkkoord!.id}` },
  { name: 'compare', url: '/browse/compare?locations=gent,aalst', chart: true },
  { name: 'search', url: '/browse/search?q=camera' },
];

/**
 * Text whose contrast with its background is under WCAG AA (4.5:1; 3:1 from 24px, or
 * 18.66px bold): each element with text of its own, against the first opaque background
 * of it or its ancestors. Runs in the page; a string, since tsx's compiled functions call
 * helpers the page does not have.
 */
const LOW_CONTRAST = `(() => {
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const channel = (v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const background = (e) => {
    for (; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || c[3] > 0) return c;
    }
    return [255, 255, 255];
  };
  const failures = [];
  for (const e of document.querySelectorAll('body *:not(svg *):not(script):not(style):not(title)')) {
    const own = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
    const style = getComputedStyle(e);
    if (!own || style.visibility === 'hidden' || style.display === 'none' || e.getClientRects().length === 0) continue;
    const fg = luminance(rgb(style.color));
    const bg = luminance(background(e));
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) failures.push(e.tagName.toLowerCase() + '.' + e.className + ' "' + e.textContent.trim().slice(0, 30) + '": ' + ratio.toFixed(2));
  }
  return failures;
})()`;

const lowContrast = (page: Page) => page.evaluate(LOW_CONTRAST) as Promise<string[]>;

const app = await fixtureApp();
const base = await app.listen({ host: '127.0.0.1', port: 0 });

t.test('the pages at desktop and phone widths, light and dark, in Chromium', { skip: chromiumMissing }, async (t) => {
  const browser = await launchChromium(t);
  mkdirSync(screenshots, { recursive: true });
  for (const [device, viewport] of Object.entries(viewports)) {
    for (const colorScheme of schemes) {
      const { page, problems } = await guardedPage(browser, { viewport, colorScheme });
      for (const { name, url, map, chart } of pages) {
        const where = `${name} (${device}, ${colorScheme})`;
        const res = await page.goto(`${base}${url}`);
        t.equal(res?.status(), 200, `${where}: loads`);
        const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
        t.equal(overflow, 0, `${where}: nothing wider than the screen`);
        t.same(await lowContrast(page), [], `${where}: text contrast AA`);
        if (map) {
          const svg = page.locator('figure.map svg');
          t.ok(await svg.isVisible(), `${where}: the map`);
          t.ok((await svg.boundingBox())!.width >= Math.min(300, viewport.width - 40), `${where}: the map is wide enough to read`);
          t.ok(await page.locator('figure.map circle.place').first().isVisible(), `${where}: places on the map`);
        }
        if (chart) {
          t.ok(await page.locator('main svg rect').first().isVisible(), `${where}: the chart`);
        }
        await page.screenshot({ path: join(screenshots, `${name}-${device}-${colorScheme}.png`), fullPage: true });
      }
      t.same(problems, [], `${device}, ${colorScheme}: no console errors, failed or external requests`);
      await page.context().close();
    }
  }
});

t.test('walk: a map dot, a chart bar, a programme’s table of contents and pages', { skip: chromiumMissing }, async (t) => {
  const browser = await launchChromium(t);
  const { page, problems } = await guardedPage(browser, { viewport: viewports.phone });

  await page.goto(`${base}/`);
  await page.locator('figure.map a[href="/browse/locations/aalst"]').click();
  await page.waitForURL(/\/browse\/locations\/aalst$/);
  t.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Aalst', 'a dot of the map opens its place');

  await page.locator('figure.chart.bars a[href="/browse/themes/verkeer?location=aalst"]').click();
  await page.waitForURL(/\/browse\/themes\/verkeer\?location=aalst$/);
  t.match(await page.locator('#maatregelen').textContent(), /in Aalst/, 'a bar opens the theme for that place');

  await page.goto(`${base}/browse/programmes/aalst-beleidsnota`);
  await page.getByRole('link', { name: 'Volgende →' }).click();
  await page.waitForURL(/\?page=2$/);
  t.equal(await page.locator('nav.pager a[aria-current="page"]').textContent(), '2', 'the next page');
  await page.getByRole('navigation', { name: 'Filter op thema' }).getByRole('link', { name: /^Verkeersveiligheid/ }).click();
  await page.waitForURL(/\?theme=verkeer$/);
  t.match(await page.locator('p.count').textContent(), /over Verkeersveiligheid/, 'the theme filter');

  t.same(problems, [], 'no console errors, failed or external requests');
});

t.test('the guard catches a request that would leave this machine, before it leaves', { skip: chromiumMissing }, async (t) => {
  const browser = await launchChromium(t);
  const { page, problems } = await guardedPage(browser);
  // A page without the app's CSP (which would block the request itself).
  await page.setContent('<img src="http://example.invalid/tracker.gif" alt="">');
  t.ok(problems.includes('external request: http://example.invalid/tracker.gif'), `recorded, so the tests above would fail on one: ${problems.join('; ')}`);
});

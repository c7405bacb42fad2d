/**
 * axe-core, with every rule it runs by default, on every page type in both languages and
 * every theme, including the search page showing results and the search dialog open with
 * results. A failure lists each violation with its rule, impact and failing selectors.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, formatViolations, launchBrowser, newPage } from '../support/browser';
import { assertBuilt, distDir } from '../support/site';
import { startStaticServer, type StaticServer } from '../support/static-server';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  assertBuilt();
  server = await startStaticServer({ root: distDir });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits until a search (page or dialog) has rendered its results. */
async function searchResultsShown(page: Page, scope: string): Promise<void> {
  await page.waitForSelector(`${scope} .search-status:not(:empty)`, { timeout: 15_000 });
  await page.waitForFunction((s) => !document.querySelector(s)?.hasAttribute('aria-busy'), scope);
  expect(await page.locator(`${scope} li.search-result`).count(), `results in ${scope}`).toBeGreaterThan(0);
}

interface PageType {
  kind: string;
  /** The page in each language; `null` where the page has no localised version. */
  en: string;
  ja: string | null;
  /** Brings the page into the state to check, after load. */
  prepare?: (page: Page) => Promise<void>;
}

const pageTypes: PageType[] = [
  { kind: 'home', en: '/en/', ja: '/ja/' },
  {
    kind: 'home with a paste in the box',
    en: '/en/',
    ja: '/ja/',
    prepare: async (page) => {
      await page.locator('#home-search-input').focus();
      await page.keyboard.insertText('openai.RateLimitError: Error code: 429\ninsufficient_quota');
    },
  },
  { kind: 'articles index', en: '/en/articles/', ja: '/ja/articles/' },
  {
    kind: 'article',
    en: '/en/articles/openai-api-quota-error/',
    ja: '/ja/articles/openai-api-quota-error-jp/',
  },
  { kind: 'error index', en: '/en/errors/', ja: '/ja/errors/' },
  {
    kind: 'error index, filtered',
    en: '/en/errors/',
    ja: '/ja/errors/',
    prepare: async (page) => {
      await page.selectOption('select[name="status"]', '429');
      await page.selectOption('select[name="severity"]', 'medium');
      await page.waitForFunction(() =>
        /\d/.test(document.querySelector('[data-filter-count]')?.textContent ?? ''),
      );
    },
  },
  { kind: 'HTTP status page', en: '/en/status/429/', ja: '/ja/status/429/' },
  { kind: 'provider index', en: '/en/errors/openai/', ja: '/ja/errors/openai/' },
  {
    kind: 'error entry',
    en: '/en/errors/openai/insufficient_quota/',
    ja: '/ja/errors/openai/insufficient_quota/',
  },
  { kind: 'tag page', en: '/en/tags/quota/', ja: '/ja/tags/quota/' },
  {
    kind: 'search page with results',
    en: '/en/search/?q=insufficient_quota',
    ja: '/ja/search/?q=insufficient_quota',
    prepare: (page) => searchResultsShown(page, '[data-search-results]'),
  },
  {
    kind: 'search dialog open with results',
    en: '/en/articles/openai-api-quota-error/',
    ja: '/ja/articles/openai-api-quota-error-jp/',
    prepare: async (page) => {
      await page.keyboard.press('Control+k');
      await page.waitForSelector('dialog[open]');
      await page.keyboard.type('quota');
      await searchResultsShown(page, 'dialog');
    },
  },
  { kind: '404', en: '/en/404/', ja: '/ja/404/' },
  { kind: '404 (host fallback, both languages)', en: '/404.html', ja: null },
];

const cases = pageTypes.flatMap(({ kind, en, ja, prepare }) =>
  [
    { kind, lang: 'en', path: en, prepare },
    { kind, lang: 'ja', path: ja, prepare },
  ].filter((c): c is typeof c & { path: string } => c.path !== null),
);

/**
 * light: the system is light, nothing saved.
 * dark: the reader chose dark with the toggle (saved), on a system that is light, so
 *   everything must follow the saved choice, not the media query.
 * dark (system): the system is dark, nothing saved.
 */
const themes = [
  { name: 'light', colorScheme: 'light' as const, saved: null },
  { name: 'dark', colorScheme: 'light' as const, saved: 'dark' },
  { name: 'dark (system)', colorScheme: 'dark' as const, saved: null },
];

describe.each(themes)('axe, $name theme', ({ name, colorScheme, saved }) => {
  it.each(cases)(`$kind ($lang) $path has no violations (${name})`, async ({ path, prepare }) => {
    const recorded = await newPage(browser, { colorScheme });
    try {
      const { page } = recorded;
      if (saved) await page.addInitScript((value) => localStorage.setItem('theme', value), saved);
      await page.goto(server.url + path.slice(1), { waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(saved ?? colorScheme);
      await prepare?.(page);
      const violations = await axeViolations(page);
      expect(violations.length, `axe on ${path} (${name}):\n${formatViolations(violations)}`).toBe(0);
    } finally {
      await recorded.close();
    }
  });
});

/**
 * axe-core, with every rule it runs by default, on each page type in both languages and
 * both themes. A failure lists each violation with its rule, impact and failing selectors.
 */
import type { Browser } from 'playwright-core';
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

const pages: [string, string][] = [
  ['home', '/en/'],
  ['home', '/ja/'],
  ['article', '/en/articles/openai-api-quota-error/'],
  ['article', '/ja/articles/openai-api-quota-error-jp/'],
  ['error entry', '/en/errors/openai/insufficient_quota/'],
  ['error entry', '/ja/errors/openai/insufficient_quota/'],
  ['error index', '/en/errors/'],
  ['error index', '/ja/errors/'],
  ['tag page', '/en/tags/quota/'],
  ['tag page', '/ja/tags/quota/'],
  ['search', '/en/search/'],
  ['search', '/ja/search/'],
  ['404', '/en/404/'],
  ['404', '/ja/404/'],
  ['404 (host fallback)', '/404.html'],
];

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
  it.each(pages)(`%s %s has no violations (${name})`, async (_kind, path) => {
    const recorded = await newPage(browser, { colorScheme });
    try {
      const { page } = recorded;
      if (saved) await page.addInitScript((value) => localStorage.setItem('theme', value), saved);
      await page.goto(server.url + path.slice(1), { waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(saved ?? colorScheme);
      const violations = await axeViolations(page);
      expect(violations.length, `axe on ${path} (${name}):\n${formatViolations(violations)}`).toBe(0);
    } finally {
      await recorded.close();
    }
  });
});

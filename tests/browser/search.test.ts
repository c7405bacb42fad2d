/**
 * Search as a reader uses it, in Chromium against the built site: the linkable search
 * page, the exact match on top, the other language, markup in a query, the Ctrl/Cmd+K
 * dialog with the keyboard, axe in the open dialog, highlighting on arrival, no search
 * code before first use, and the no-JavaScript fallback.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, formatViolations } from '../support/browser';
import { resultsPerStep } from '~/search/client/engine';
import { serveBuiltSite } from '../support/served-site';

const { url, open } = serveBuiltSite();

/** Waits for the results of the current query and returns the result links in rank order. */
async function results(page: Page, scope = '[data-search-results]') {
  await page.waitForSelector(`${scope} .search-status:not(:empty)`, { timeout: 15_000 });
  await page.waitForFunction((s) => !document.querySelector(s)?.hasAttribute('aria-busy'), scope);
  return page.$$eval(`${scope} li.search-result`, (items) =>
    items.map((li) => ({
      href: new URL(li.querySelector('a')!.href).pathname,
      exact: li.hasAttribute('data-exact'),
      lang: li.closest('[lang]')?.getAttribute('lang') ?? '',
      text: li.textContent ?? '',
    })),
  );
}

describe('the search page', () => {
  it('runs the query in the URL on load and puts the recognised entry first, marked exact', async () => {
    const { page, errors } = await open();
    const paste = `Traceback (most recent call last):
  File "app.py", line 7, in <module>
openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}`;
    await page.goto(url(`/en/search/?q=${encodeURIComponent(paste)}`));
    const found = await results(page);
    expect(found[0]).toMatchObject({ href: '/en/errors/openai/insufficient_quota/', exact: true });
    expect(found[0]!.text).toContain('HTTP 429');
    expect(await page.inputValue('#search-page-input')).toBe(paste);
    expect(errors).toEqual([]);
  });

  it('follows what the reader types in the URL, so the search can be linked', async () => {
    const { page } = await open();
    await page.goto(url('/en/search/'));
    await page.fill('#search-page-input', 'insufficient_quota');
    await page.waitForURL(/\?q=insufficient_quota$/);
    const found = await results(page);
    expect(found[0]?.href).toBe('/en/errors/openai/insufficient_quota/');
    await page.selectOption('select[name="kind"]', 'article');
    await page.waitForURL(/kind=article/);
    const articles = await results(page);
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.every((r) => r.href.includes('/articles/'))).toBe(true);
  });

  it('shows Japanese results to an English reader who searches in Japanese, as their own group', async () => {
    const { page } = await open();
    await page.goto(url(`/en/search/?q=${encodeURIComponent('クォータ')}`));
    const found = await results(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.href.startsWith('/ja/'))).toBe(true);
    expect(found.every((r) => r.lang === 'ja')).toBe(true);
  });

  it('reaches the other language on request', async () => {
    const { page } = await open();
    await page.goto(url('/ja/search/?q=quota'));
    const before = await results(page);
    expect(before.every((r) => r.href.startsWith('/ja/'))).toBe(true);
    await page.click('[data-show-other]');
    await page.waitForURL(/other=1/);
    await page.waitForSelector('[data-search-results] ol[lang="en"] li');
    const after = await results(page);
    expect(after.some((r) => r.href.startsWith('/en/'))).toBe(true);
    // The page's own language still comes first.
    expect(after[0]!.href.startsWith('/ja/')).toBe(true);
  });

  it('shows the first results while the rest are still loading, then the full list and its count', async () => {
    const { page, errors } = await open();
    // Each result's text comes from its own fragment file: hold all but the first three.
    const held: (() => void)[] = [];
    let fragments = 0;
    let holding = true;
    await page.route('**/pagefind/*/fragment/**', async (route) => {
      if (++fragments <= 3 || !holding) return route.continue();
      await new Promise<void>((release) => held.push(release));
      await route.continue();
    });
    await page.goto(url('/en/search/?q=error'));
    await page.waitForSelector('[data-search-results] li.search-result');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length === 3);
    const early = await page.$eval('[data-search-results]', (c) => ({
      busy: c.getAttribute('aria-busy'),
      status: c.querySelector('.search-status')?.textContent,
    }));
    // The count is a live region: it is announced once, for the complete list.
    expect(early).toEqual({ busy: 'true', status: '' });
    holding = false;
    held.splice(0).forEach((release) => release());
    const found = await results(page);
    expect(found.length).toBe(resultsPerStep);
    expect(await page.textContent('[data-search-results] .search-status')).toMatch(/\d+ results?/);
    expect(errors).toEqual([]);
  });

  it('answers the newest query while a search the reader typed past is still running', async () => {
    const { page, errors } = await open();
    await page.goto(url('/en/search/'));
    // The page loads the engine as it opens; let it finish.
    await page.waitForLoadState('networkidle');
    // Hold the index the first query needs, so its search stays running.
    const held: (() => void)[] = [];
    let holding = true;
    await page.route('**/pagefind/*/index/**', async (route) => {
      if (holding) await new Promise<void>((release) => held.push(release));
      await route.continue();
    });
    await page.fill('#search-page-input', 'billing');
    await expect.poll(() => held.length).toBeGreaterThan(0);
    holding = false;
    await page.fill('#search-page-input', 'insufficient_quota');
    // Complete while the first query's index is still held: the newest did not wait for it.
    const found = await results(page);
    expect(found[0]).toMatchObject({ href: '/en/errors/openai/insufficient_quota/', exact: true });
    expect(found.length).toBeGreaterThan(1);
    held.splice(0).forEach((release) => release());
    await page.waitForLoadState('networkidle');
    // The earlier search, finishing last, does not replace the newest one's results.
    expect(await results(page)).toEqual(found);
    expect(errors).toEqual([]);
  });

  it('shows markup in a query as text and never runs it', async () => {
    const { page, errors } = await open();
    let dialogOpened = false;
    page.on('dialog', (d) => {
      dialogOpened = true;
      void d.dismiss();
    });
    const query = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await page.goto(url(`/en/search/?q=${encodeURIComponent(query)}`));
    await results(page);
    expect(
      await page.$$eval('[data-search-results] img, [data-search-results] script', (n) => n.length),
    ).toBe(0);
    expect(await page.inputValue('#search-page-input')).toBe(query);
    expect(dialogOpened).toBe(false);
    expect(errors).toEqual([]);
  });

  it('says so without JavaScript and links the error index', async () => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto(url('/en/search/?q=quota'));
    const fallback = page.locator('[data-search-noscript]');
    expect(await fallback.isVisible()).toBe(true);
    expect(await fallback.locator('a').getAttribute('href')).toBe('/en/errors/');
  });
});

describe('the search dialog', () => {
  it('ships no search code on a page until search is used', async () => {
    const { page } = await open();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.url().includes('/pagefind/') || r.url().endsWith('matcher.json'))
        scripts.push(r.url());
    });
    await page.goto(url('/en/articles/openai-api-quota-error/'));
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((s) => /pagefind|matcher\.json|search-dialog|engine/.test(s))).toEqual([]);
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog[open]');
    await page.keyboard.type('quota');
    await results(page, 'dialog');
    expect(scripts.some((s) => s.includes('/pagefind/en-0/pagefind.js'))).toBe(true);
  });

  it('opens with Ctrl+K and /, moves with the arrows, opens a result with Enter', async () => {
    const { page } = await open();
    await page.goto(url('/en/errors/'));
    await page.keyboard.press('/');
    await page.waitForSelector('dialog[open]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
    await page.keyboard.type('insufficient_quota');
    const found = await results(page, 'dialog');
    expect(found.length).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    expect(
      await page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname),
    ).toBe(found[0]!.href);
    await page.keyboard.press('ArrowDown');
    expect(
      await page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname),
    ).toBe(found[1]!.href);
    await page.keyboard.press('ArrowUp');
    await Promise.all([
      page.waitForURL(/\/en\/errors\/openai\/insufficient_quota\//),
      page.keyboard.press('Enter'),
    ]);
  });

  it('closes with Esc and gives focus back', async () => {
    const { page } = await open();
    await page.goto(url('/en/'));
    await page.focus('.site-name');
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog[open]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog:not([open])', { state: 'attached' });
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('site-name');
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations when open with results (%s)',
    async (colorScheme) => {
      const { page } = await open({ colorScheme });
      await page.goto(url('/ja/'));
      await page.keyboard.press('Control+k');
      await page.waitForSelector('dialog[open]');
      await page.keyboard.type('quota');
      await results(page, 'dialog');
      const violations = await axeViolations(page);
      expect(violations, formatViolations(violations)).toEqual([]);
    },
  );
});

describe('arriving from a result', () => {
  it('highlights the matched terms on the destination page', async () => {
    const { page, errors } = await open();
    await page.goto(url('/en/search/?q=billing'));
    const found = await results(page);
    const link = page.locator('[data-search-results] a.search-result-link').first();
    expect(await link.getAttribute('href')).toMatch(/[?&]highlight=billing/);
    await Promise.all([page.waitForURL(new RegExp(found[0]!.href)), link.click()]);
    await page.waitForFunction(() => Number(document.documentElement.dataset.searchHighlight) > 0);
    expect(await page.evaluate(() => CSS.highlights.get('search-term')?.size ?? 0)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

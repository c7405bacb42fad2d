/**
 * The HTTP status pages in Chromium: what a reader sees (the meaning, then each provider's
 * entries with the clue that tells them apart), how they get there (an entry, the error
 * index, the short link `/s/<status>/`, the other language) and where they go next, with the
 * keyboard. axe runs on them in every theme in a11y.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveBuiltSite } from '../support/served-site';

const { url, open } = serveBuiltSite();

const pathOf = (page: Page) => new URL(page.url()).pathname;

describe('an HTTP status page', () => {
  it('says what the status means, then lists every provider’s entries with what tells them apart', async () => {
    const { page, errors } = await open();
    await page.goto(url('/en/status/429/'));
    expect((await page.textContent('h1'))?.trim()).toBe('HTTP 429 Too Many Requests');
    expect(await page.locator('[data-status-meaning]').isVisible()).toBe(true);
    expect(await page.textContent('[data-status-meaning]')).toMatch(/rate limit/);
    const entries = await page.$$eval('[data-status-entry]', (items) =>
      items.map((li) => ({
        key: li.getAttribute('data-status-entry')!,
        title: li.querySelector('h3 a')?.textContent?.trim() ?? '',
        href: new URL((li.querySelector('h3 a') as HTMLAnchorElement).href).pathname,
        provider: li.querySelector('[data-provider]')?.textContent?.trim() ?? '',
        clue: (li.querySelector('[data-clue]') as HTMLElement).innerText,
      })),
    );
    const providersShown = new Set(entries.map((e) => e.provider));
    for (const name of [
      'OpenAI',
      'Anthropic',
      'Google Gemini',
      'Azure OpenAI',
      'Amazon Bedrock',
      'Vertex AI',
    ]) {
      expect(providersShown, name).toContain(name);
    }
    for (const entry of entries) {
      expect(entry.title.length, entry.key).toBeGreaterThan(5);
      expect(entry.href, entry.key).toBe(`/en/errors/${entry.key}/`);
      expect(entry.clue, entry.key).toMatch(/Hosts/);
    }
    const clueOf = (key: string) => entries.find((e) => e.key === key)!.clue;
    // The quota sentence is shared by OpenAI and Gemini: the body field and the host tell them apart.
    expect(clueOf('openai/insufficient_quota')).toMatch(
      /error\.code: "insufficient_quota"[\s\S]*api\.openai\.com/,
    );
    expect(clueOf('gemini/resource_exhausted')).toMatch(
      /error\.status: "RESOURCE_EXHAUSTED"[\s\S]*generativelanguage\.googleapis\.com/,
    );
    expect(clueOf('vertex-ai/resource_exhausted')).toMatch(/aiplatform\.googleapis\.com/);
    expect(clueOf('bedrock/throttlingexception')).toMatch(/Exception\s+ThrottlingException/);
    expect(errors).toEqual([]);
  });

  it('is linked from an entry whose status no other provider shares, and links back to it', async () => {
    const { page, errors } = await open();
    await page.goto(url('/en/errors/anthropic/overloaded_error/'));
    expect(await page.locator('[data-same-status] li').count()).toBe(0);
    await Promise.all([
      page.waitForURL(/\/status\/529\/$/),
      page.click('[data-same-status] [data-status-link]'),
    ]);
    expect(pathOf(page)).toBe('/en/status/529/');
    await Promise.all([
      page.waitForURL(/overloaded_error\/$/),
      page.click('[data-status-entry="anthropic/overloaded_error"] h3 a'),
    ]);
    expect(errors).toEqual([]);
  });

  it('is linked from the HTTP status fact of an entry and from the error index', async () => {
    const { page, errors } = await open();
    await page.goto(url('/ja/errors/gemini/resource_exhausted/'));
    await Promise.all([page.waitForURL(/\/ja\/status\/429\/$/), page.click('[data-fact="http-status"] a')]);
    await page.goto(url('/en/errors/'));
    const row = page.locator('tr', { has: page.locator('a[href$="/errors/openai/insufficient_quota/"]') });
    await Promise.all([
      page.waitForURL(/\/en\/status\/429\/$/),
      row.locator('a', { hasText: '429' }).click(),
    ]);
    expect(errors).toEqual([]);
  });

  it.each([
    ['en-US', '/en/status/429/'],
    ['ja-JP', '/ja/status/429/'],
  ])('the short link /s/429/ lands a %s browser on %s', async (locale, expected) => {
    const { page, errors } = await open({ contextOptions: { locale } });
    await page.goto(url('/s/429/'));
    await page.waitForURL((u) => u.pathname === expected);
    expect(await page.locator('[data-status-entry]').count()).toBeGreaterThan(5);
    expect(errors).toEqual([]);
  });

  it('switches to the other language’s page, which says the same in Japanese', async () => {
    const { page, errors } = await open();
    await page.goto(url('/en/status/400/'));
    const count = await page.locator('[data-status-entry]').count();
    await Promise.all([page.waitForURL(/\/ja\/status\/400\/$/), page.click('a[data-twin-link]')]);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await page.textContent('[data-status-meaning]')).toMatch(/[\u3040-\u30ff]/);
    expect(await page.locator('[data-status-entry]').count()).toBe(count);
    expect(errors).toEqual([]);
  });

  it('works from the keyboard: skip link, then Tab through the trail and the entries, Enter opens one', async () => {
    const { page, errors } = await open();
    await page.goto(url('/en/status/401/'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    const first = await page.getAttribute('[data-status-entry] h3 a', 'href');
    const visited: string[] = [];
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLAnchorElement | HTMLButtonElement;
        const box = el.getBoundingClientRect();
        return {
          href: el.getAttribute('href'),
          text: el.textContent?.trim(),
          shown: box.width > 0 && box.height > 0,
        };
      });
      expect(focused.shown, `focus on an invisible element: ${focused.text}`).toBe(true);
      visited.push(focused.text ?? '');
      if (focused.href === first) break;
    }
    // The breadcrumb comes first, then the page's own links, then the first entry.
    expect(visited.slice(0, 2)).toEqual(['Home', 'Error reference']);
    await Promise.all([page.waitForURL((u) => u.pathname === first), page.keyboard.press('Enter')]);
    expect(errors).toEqual([]);
  });
});

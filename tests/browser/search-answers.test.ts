/**
 * The search's answers as a reader meets them, in Chromium against the built site: the
 * choice between two providers for a shared sentence, the same-shape card for a provider
 * without an entry, the not-covered card with its masked entry request, masking wherever a
 * paste reaches a URL, and pastes of any size or shape without a long main-thread task.
 * Each card is reached by the keyboard and is axe-clean while open, in light and dark.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, formatViolations } from '../support/browser';
import { serveBuiltSite } from '../support/served-site';

const { url, open } = serveBuiltSite();

async function searchFor(page: Page, query: string, lang = 'en') {
  await page.goto(url(`/${lang}/search/`));
  await page.waitForSelector('search-page form');
  await page.fill('#search-page-input', query);
  await page.press('#search-page-input', 'Enter');
  await page.waitForSelector('[data-search-results] .search-status:not(:empty)', { timeout: 15_000 });
  await page.waitForFunction(
    () => !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy'),
  );
}

const KEY = `sk-proj-${'Ab3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dF3hJ5kL7nP9rS1uV3xY5'.repeat(2)}`;

describe('a sentence two providers share', () => {
  it('offers a choice, the more common first, each with the clue that tells them apart', async () => {
    const { page, errors } = await open();
    await searchFor(page, 'You exceeded your current quota, please check your plan and billing details.');
    const card = page.locator('[data-answer="choice"]');
    await card.waitFor();
    const links = await card
      .locator('a.search-result-link')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.slice(0, 2)).toEqual([
      '/en/errors/openai/insufficient_quota/',
      '/en/errors/gemini/resource_exhausted/',
    ]);
    const clues = await card.locator('.search-clue').allTextContents();
    expect(clues[0]).toContain('type: insufficient_quota');
    expect(clues[1]).toContain('status: RESOURCE_EXHAUSTED');
    expect(await page.locator('[data-answer="exact"]').count()).toBe(0);
    // The full-text results agree: the candidates are not listed again below.
    const below = await page.$$eval('[data-search-results] > .search-list li a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(below).not.toContain('/en/errors/openai/insufficient_quota/');
    expect(errors).toEqual([]);
  });
});

describe('an error the reference does not cover', () => {
  it('says so, shows what was read, links the status page and asks for an entry with the paste masked', async () => {
    const { page, errors } = await open();
    const paste = `openai.ConflictError: Error code: 409 - {'error': {'message': 'Another run is already active for thread_abc. Key ${KEY}', 'type': 'invalid_request_error', 'param': None, 'code': None}} https://api.openai.com/v1/threads/runs`;
    await searchFor(page, paste);
    const card = page.locator('[data-answer="not-covered"]');
    await card.waitFor();
    const read = await card.locator('.search-understood').textContent();
    expect(read).toContain('OpenAI');
    expect(read).toContain('409');
    expect(read).toContain('openai.ConflictError');
    const request = await card.locator('a.search-request-entry').getAttribute('href');
    expect(request).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/issues\/new\?title=/);
    expect(decodeURIComponent(request!)).not.toContain(KEY);
    expect(decodeURIComponent(request!)).toContain('sk-proj-***');
    // Exactly what will be sent is shown before it is sent.
    await card.locator('summary').click();
    const preview = await card.locator('details pre').textContent();
    expect(decodeURIComponent(request!)).toContain(
      preview!.split('\n\n').slice(1).join('\n\n').slice(0, 200),
    );
    expect(errors).toEqual([]);
  });

  it('links the HTTP status page when the status has one, and the provider page', async () => {
    const { page } = await open();
    await searchFor(
      page,
      'anthropic.UnprocessableEntityError: Error code: 422 - https://api.anthropic.com/v1/messages',
    );
    await page.locator('[data-answer="not-covered"]').waitFor();
    const links = await page
      .locator('[data-answer="not-covered"] .search-next-steps a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toContain('/en/errors/anthropic/');
    await searchFor(
      page,
      'anthropic.APIStatusError: Error code: 429 - something new https://api.anthropic.com/v1/messages',
    );
  });

  it('gives junk the no-match answer, not unrelated pages', async () => {
    const { page } = await open();
    await searchFor(page, 'qwzx plorb vantablack fnord');
    expect(await page.locator('[data-search-results] li.search-result').count()).toBe(0);
    expect(await page.locator('[data-answer]').count()).toBe(0);
    expect(await page.locator('.search-empty').textContent()).toContain('qwzx');
  });
});

describe('an OpenAI-compatible service without an entry for its error', () => {
  it('shows OpenAI’s page as the same error shape from another provider, never as exact', async () => {
    const { page } = await open();
    await searchFor(
      page,
      `openai.NotFoundError: Error code: 404 - {'error': {'message': 'The model \`llama-9\` does not exist or you do not have access to it.', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}} POST https://api.groq.com/openai/v1/chat/completions`,
    );
    const card = page.locator('[data-answer="shape"]');
    await card.waitFor();
    expect(await card.textContent()).toContain('Groq');
    expect(await card.locator('a.search-result-link').getAttribute('href')).toContain(
      '/en/errors/openai/model_not_found/',
    );
    expect(await page.locator('[data-answer="exact"]').count()).toBe(0);
  });
});

describe('keys never reach a URL', () => {
  it('the search page masks the query it writes into its URL', async () => {
    const { page } = await open();
    await page.goto(url('/en/search/'));
    await page.fill('#search-page-input', `Incorrect API key provided: ${KEY}`);
    await page.waitForURL(/sk-proj-/);
    expect(page.url()).not.toContain(KEY.slice(12, 40));
    expect(decodeURIComponent(page.url())).toContain('sk-proj-***');
  });

  it('the search page says that the search runs in the browser and keys are masked', async () => {
    const { page } = await open();
    await page.goto(url('/en/search/'));
    expect(await page.locator('search-page').textContent()).toContain('runs in your browser');
  });
});

describe.each(['light', 'dark'] as const)('the answer cards in the %s theme', (scheme) => {
  it('are reached by the keyboard and axe-clean while open', async () => {
    const { page } = await open({ colorScheme: scheme });
    await searchFor(page, 'You exceeded your current quota, please check your plan and billing details.');
    await page.locator('[data-answer="choice"]').waitFor();
    // Tab from the box reaches the first candidate's link before anything below it.
    await page.focus('#search-page-input');
    const focused: string[] = [];
    for (let i = 0; i < 12 && !focused.some((f) => f.includes('/errors/openai/insufficient_quota/')); i++) {
      await page.keyboard.press('Tab');
      focused.push(
        await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? ''),
      );
    }
    expect(focused.some((f) => f.includes('/errors/openai/insufficient_quota/'))).toBe(true);
    let violations = await axeViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await searchFor(
      page,
      `openai.ConflictError: Error code: 409 - thread busy https://api.openai.com/v1/threads`,
    );
    await page.locator('[data-answer="not-covered"] summary').click();
    violations = await axeViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});

describe('pastes of any size or shape', () => {
  const tail = `openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}`;
  const shapes: [string, () => string, string | null][] = [
    [
      'a 100 KB log ending in the error',
      () => `${'2025-01-01 12:00:00 INFO worker tick ok\n'.repeat(2_500)}${tail}`,
      '/en/errors/openai/insufficient_quota/',
    ],
    [
      'random bytes',
      () => Array.from({ length: 100_000 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join(''),
      null,
    ],
    ['unbalanced JSON', () => '{"error": {"message": "x", "type": [[[{{{'.repeat(3_000), null],
    ['right-to-left text', () => 'خطأ في الخادم '.repeat(2_000), null],
    ['one 10,000-character token', () => 'x'.repeat(10_000), null],
  ];

  it.each(shapes)(
    '%s: no main-thread task over 100 ms, and the right answer',
    async (_what, make, expected) => {
      const { page, errors } = await open();
      await page.goto(url('/en/search/'));
      await page.waitForSelector('search-page form');
      await page.evaluate(() => {
        (window as unknown as { longTasks: number[] }).longTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            (window as unknown as { longTasks: number[] }).longTasks.push(entry.duration);
        }).observe({ type: 'longtask', buffered: false });
      });
      // Pasted: the whole text arrives at once, as a paste does, then Enter.
      await page.evaluate((text) => {
        const box = document.querySelector<HTMLTextAreaElement>('#search-page-input')!;
        box.value = text;
        box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      }, make());
      await page.press('#search-page-input', 'Enter');
      await page.waitForSelector('[data-search-results] .search-status:not(:empty)', { timeout: 20_000 });
      await page.waitForFunction(
        () => !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy'),
      );
      const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
      expect(
        Math.max(0, ...longTasks),
        `long tasks: ${longTasks.map((d) => d.toFixed(0)).join(', ')} ms`,
      ).toBeLessThanOrEqual(100);
      const first = await page.$eval('[data-search-results]', (root) => {
        const a = root.querySelector('li.search-result a.search-result-link');
        return a ? new URL((a as HTMLAnchorElement).href).pathname : null;
      });
      if (expected) expect(first).toBe(expected);
      else expect(first).toBeNull();
      expect(errors).toEqual([]);
    },
  );
});

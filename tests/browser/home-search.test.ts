/**
 * The home page's paste box in Chromium: it is the first thing on the page and reachable
 * with Tab; Enter searches and Shift+Enter adds a line; the text goes to the search page
 * with its keys masked; without JavaScript it is a plain form; at 390 px it fits. The
 * search page masks a key that reaches its address too, and both say so near the box.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveBuiltSite } from '../support/served-site';

const { url, open } = serveBuiltSite();

const box = '#home-search-input';
// A paste with an OpenAI project key in it, as the API echoes it back.
const key = 'sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z';
const paste = `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${key}.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}`;

const query = (page: Page) => new URL(page.url()).searchParams.get('q');
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('the home paste box', () => {
  it('is the first thing on the page, with the line that says search is local and keys are masked', async () => {
    const { page, errors } = await open();
    await page.goto(url('/en/'));
    const first = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const firstControl = main.querySelector('input, textarea, select, button, a');
      return { id: firstControl?.id, h1: main.querySelector('h1')?.textContent?.trim() };
    });
    expect(first.id).toBe('home-search-input');
    expect(await page.locator(box).evaluate((el) => el.tagName)).toBe('TEXTAREA');
    expect(await page.getAttribute(box, 'name')).toBe('q');
    expect(await page.locator('#home-search-privacy').isVisible()).toBe(true);
    expect(await page.textContent('#home-search-privacy')).toMatch(/runs in your browser.*masked/);
    // The line describes the box for a screen reader.
    expect(await page.getAttribute(box, 'aria-describedby')).toBe('home-search-privacy');
    expect(errors).toEqual([]);
  });

  it('is reached with Tab, and Enter opens the search page with the key masked', async () => {
    const { page, errors } = await open();
    await page.goto(url('/en/'));
    // Tab from the top of the page, past the header (its search box must not trap focus).
    for (let i = 0; i < 15 && (await activeId(page)) !== 'home-search-input'; i++) {
      await page.keyboard.press('Tab');
      expect(await page.locator('dialog[open]').count(), 'Tab opened the search dialog').toBe(0);
    }
    expect(await activeId(page)).toBe('home-search-input');
    await page.keyboard.insertText(paste);
    await Promise.all([page.waitForURL(/\/en\/search\/\?q=/), page.keyboard.press('Enter')]);
    const sent = query(page)!;
    expect(sent).not.toContain(key);
    expect(sent).toContain('Incorrect API key provided: sk-proj-***.');
    expect(sent).toBe(paste.replace(key, 'sk-proj-***'));
    // The search page shows and searches what was sent.
    await expect.poll(() => page.inputValue('#search-page-input')).toBe(sent);
    await page.waitForSelector('[data-search-results] li.search-result');
    expect(errors).toEqual([]);
  });

  it('keeps a line break typed with Shift+Enter, and sends the lines as they are', async () => {
    const { page, errors } = await open();
    await page.goto(url('/ja/'));
    await page.locator(box).focus();
    await page.keyboard.type('Traceback (most recent call last):');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('anthropic.RateLimitError: rate_limit_error');
    expect(await page.inputValue(box)).toBe(
      'Traceback (most recent call last):\nanthropic.RateLimitError: rate_limit_error',
    );
    expect(new URL(page.url()).pathname).toMatch(/\/ja\/$/);
    await Promise.all([page.waitForURL(/\/ja\/search\/\?q=/), page.keyboard.press('Enter')]);
    expect(query(page)).toBe(
      'Traceback (most recent call last):\nanthropic.RateLimitError: rate_limit_error',
    );
    expect(errors).toEqual([]);
  });

  it('works without JavaScript as a plain form, and says then that the text is sent as it is', async () => {
    const { page, errors } = await open({ javaScriptEnabled: false });
    await page.goto(url('/en/'));
    expect(await page.locator('#home-search-privacy').isVisible()).toBe(false);
    expect(await page.locator('.home-search noscript').count()).toBe(1);
    expect(await page.locator('.home-search').textContent()).toContain(
      'Without JavaScript the text is sent in the address as it is',
    );
    await page.fill(box, 'RESOURCE_EXHAUSTED\nquota');
    await Promise.all([
      page.waitForURL(/\/en\/search\/\?q=/),
      page.click('.home-search button[type="submit"]'),
    ]);
    expect(query(page)).toBe('RESOURCE_EXHAUSTED\r\nquota');
    expect(errors).toEqual([]);
  });

  it('fits a 390 px screen: the box, its button and the page need no sideways scrolling', async () => {
    const { page, errors } = await open({ viewport: { width: 390, height: 844 } });
    await page.goto(url('/ja/'));
    await page.fill(box, `${'x'.repeat(300)}\n${paste}`);
    const layout = await page.evaluate(() => {
      const rect = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      const root = document.scrollingElement!;
      return {
        scroll: root.scrollWidth - root.clientWidth,
        box: rect('#home-search-input'),
        button: rect('.home-search button[type="submit"]'),
        width: root.clientWidth,
      };
    });
    expect(layout.scroll).toBeLessThanOrEqual(0);
    expect(layout.box.left).toBeGreaterThanOrEqual(0);
    expect(layout.box.right).toBeLessThanOrEqual(layout.width);
    expect(layout.box.width).toBeGreaterThan(300);
    expect(layout.button.right).toBeLessThanOrEqual(layout.width);
    // Above the fold on a phone: the box is the first thing.
    expect(layout.box.top).toBeLessThan(500);
    expect(errors).toEqual([]);
  });
});

describe('the search page', () => {
  it('says near its box that search is local and keys are masked, and masks a key that reached its address', async () => {
    const { page, errors } = await open();
    await page.goto(url(`/en/search/?q=${encodeURIComponent(paste)}`));
    expect(await page.locator('#search-page-privacy').isVisible()).toBe(true);
    expect(await page.getAttribute('#search-page-input', 'aria-describedby')).toBe('search-page-privacy');
    await expect.poll(() => query(page)).toBe(paste.replace(key, 'sk-proj-***'));
    // The search itself ran on the text as pasted: the entry is found.
    await page.waitForSelector('[data-search-results] li.search-result');
    expect(errors).toEqual([]);
  });

  it('keeps keys typed into its box out of the address', async () => {
    const { page, errors } = await open();
    await page.goto(url('/ja/search/'));
    await page.fill('#search-page-input', `invalid_api_key ${key}`);
    await page.waitForURL(/\?q=/);
    expect(query(page)).toBe('invalid_api_key sk-proj-***');
    expect(errors).toEqual([]);
  });
});

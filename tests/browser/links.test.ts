/**
 * Links as people post them, in Chromium: short links land on the entry in the reader's
 * language (English without JavaScript), old URLs listed as aliases redirect, and the
 * copy buttons put the right text on the clipboard.
 */
import { describe, expect, it } from 'vitest';
import { site } from '~/site.config';
import { serveBuiltSite } from '../support/served-site';

const { url, open } = serveBuiltSite();

describe('short links', () => {
  it.each([
    ['/e/insufficient_quota/', 'en-US', '/en/errors/openai/insufficient_quota/'],
    ['/e/insufficient_quota/', 'ja-JP', '/ja/errors/openai/insufficient_quota/'],
    // RESOURCE_EXHAUSTED is Gemini's and Vertex AI's, so /e/resource_exhausted/ lists both;
    // the provider's short link still lands on the entry.
    ['/e/gemini/resource_exhausted/', 'ja', '/ja/errors/gemini/resource_exhausted/'],
    ['/e/anthropic/overloaded_error/', 'en-GB', '/en/errors/anthropic/overloaded_error/'],
    ['/a/openai-api-quota-error-jp/', 'en-US', '/ja/articles/openai-api-quota-error-jp/'],
  ])('%s with a %s browser lands on %s', async (link, locale, expected) => {
    const { page, errors } = await open({ contextOptions: { locale } });
    await page.goto(url(link));
    await page.waitForURL((u) => u.pathname === expected);
    expect(await page.locator('h1').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('lands on the English entry without JavaScript, keeping the section anchor with JavaScript', async () => {
    const noJs = await open({ javaScriptEnabled: false, contextOptions: { locale: 'ja-JP' } });
    await noJs.page.goto(url('/e/insufficient_quota/'));
    await noJs.page.waitForURL((u) => u.pathname === '/en/errors/openai/insufficient_quota/');

    const withJs = await open({ contextOptions: { locale: 'ja-JP' } });
    await withJs.page.goto(url('/e/insufficient_quota/#workaround'));
    await withJs.page.waitForURL((u) => u.pathname === '/ja/errors/openai/insufficient_quota/');
    expect(new URL(withJs.page.url()).hash).toBe('#workaround');
  });
});

describe('copy link', () => {
  async function clipboardAfter(click: string, path: string) {
    const recorded = await open({
      contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
    });
    await recorded.page.goto(url(path));
    await recorded.page.click(click);
    await recorded.page.waitForFunction(
      () => document.querySelector('copy-link [role="status"]')?.textContent !== '',
    );
    return {
      ...recorded,
      clipboard: await recorded.page.evaluate(() => navigator.clipboard.readText()),
      status: await recorded.page.textContent('copy-link [role="status"]'),
    };
  }

  const entry = '/en/errors/openai/insufficient_quota/';
  const article = '/ja/articles/openai-api-quota-error-jp/';

  it('copies the canonical URL of an entry and says so', async () => {
    const { clipboard, status, errors } = await clipboardAfter('button[data-copy="url"]', entry);
    expect(clipboard).toBe(`${site.url}${entry}`);
    expect(status).toContain(clipboard);
    expect(errors).toEqual([]);
  });

  it('copies a Markdown link with the title as its text', async () => {
    const { page, clipboard } = await clipboardAfter('button[data-copy="markdown"]', entry);
    const title = (await page.textContent('h1'))!.trim();
    expect(title).toMatch(/^insufficient_quota: /);
    expect(clipboard).toBe(`[${title}](${site.url}${entry})`);
  });

  it('copies the short link, which is the shortest form that reaches the entry', async () => {
    const { clipboard } = await clipboardAfter('button[data-copy="short"]', entry);
    expect(clipboard).toBe(`${site.url}/e/insufficient_quota/`);
  });

  it('copies an article short link in its language (Japanese page, Japanese message)', async () => {
    const { clipboard, status } = await clipboardAfter('button[data-copy="short"]', article);
    expect(clipboard).toBe(`${site.url}/a/openai-api-quota-error-jp/`);
    expect(status).toContain('コピーしました');
  });

  it("copies a section's link when its # anchor is used, and still moves to the section", async () => {
    const { page, clipboard, status } = await clipboardAfter(
      'a[data-heading-link][href="#cause-old-key"]',
      article,
    );
    expect(clipboard).toBe(`${site.url}${article}#cause-old-key`);
    expect(new URL(page.url()).hash).toBe('#cause-old-key');
    expect(status).toContain('古い API キー');
  });

  it('is hidden without JavaScript, since nothing could be copied', async () => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto(url(entry));
    expect(await page.isVisible('copy-link')).toBe(false);
  });
});

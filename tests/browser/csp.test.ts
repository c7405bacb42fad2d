/**
 * The Content-Security-Policy of dist/_headers, applied by the test server as a host
 * would: every page type loads, and search, the theme toggle, copying and the redirect
 * scripts run, without a single CSP violation.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, type RecordedPage } from '../support/browser';
import { assertBuilt, distDir, fileForPath } from '../support/site';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { parseHeadersFile } from '~/lib/outputs/http-headers';

let server: StaticServer;
let browser: Browser;
let csp: string;
const opened: RecordedPage[] = [];

beforeAll(async () => {
  assertBuilt();
  const everyPath = parseHeadersFile(readFileSync(fileForPath('/_headers'), 'utf8')).find(
    (r) => r.path === '/*',
  );
  csp = everyPath?.headers['Content-Security-Policy'] ?? '';
  if (!csp) throw new Error('dist/_headers sets no Content-Security-Policy for /*');
  server = await startStaticServer({
    root: distDir,
    headers: {
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': everyPath!.headers['X-Content-Type-Options']!,
    },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const p of opened) await p.close().catch(() => {});
  await browser?.close();
  await server?.close();
});

/** A page that records every CSP violation, from the event and from the console. */
async function openWatched(options: Parameters<typeof newPage>[1] = {}) {
  const recorded = await newPage(browser, {
    ...options,
    contextOptions: { permissions: ['clipboard-read', 'clipboard-write'], ...options.contextOptions },
  });
  opened.push(recorded);
  await recorded.page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
  return recorded;
}

async function violations(page: Page, errors: string[]): Promise<string[]> {
  const events = await page.evaluate(
    () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
  );
  return [...events, ...errors.filter((e) => /Content Security Policy|Refused to/i.test(e))];
}

describe('with the Content-Security-Policy from dist/_headers', () => {
  it('allows no inline script it was not built for, and no eval', () => {
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline'[^;]*;?\s*$|script-src[^;]*unsafe-inline|'unsafe-eval'/);
    expect(csp).toContain("object-src 'none'");
  });

  it.each([
    '/en/',
    '/ja/',
    '/en/articles/openai-api-quota-error/',
    '/ja/articles/openai-api-quota-error-jp/',
    '/en/errors/',
    '/ja/errors/gemini/',
    '/en/status/429/',
    '/en/tags/quota/',
    '/en/404/',
    '/404.html',
  ])('%s loads and runs its scripts without a violation', async (path) => {
    const { page, errors } = await openWatched();
    await page.goto(server.url + path.slice(1));
    await page.waitForLoadState('networkidle');
    await page.click('theme-toggle button');
    expect(await violations(page, errors)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('an entry: copying a link and opening search from the dialog work', async () => {
    const { page, errors } = await openWatched();
    await page.goto(server.url + 'en/errors/openai/insufficient_quota/');
    await page.click('button[data-copy="short"]');
    await page.waitForFunction(() => document.querySelector('copy-link [role="status"]')?.textContent !== '');
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog[open]');
    await page.keyboard.type('RESOURCE_EXHAUSTED');
    await page.waitForSelector('dialog [data-search-results] li a');
    expect(await violations(page, errors)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it.each(['/en/search/?q=insufficient_quota', '/ja/search/?q=%E8%AA%B2%E9%87%91'])(
    'the search page %s finds results (Pagefind worker and WebAssembly allowed)',
    async (path) => {
      const { page, errors } = await openWatched();
      await page.goto(server.url + path.slice(1));
      await page.waitForSelector('[data-search-results] li.search-result');
      expect(await violations(page, errors)).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  it.each([
    ['/', 'ja-JP', '/ja/'],
    ['/e/insufficient_quota/', 'ja-JP', '/ja/errors/openai/insufficient_quota/'],
  ])('the redirect script of %s runs (a %s browser lands on %s)', async (path, locale, expected) => {
    const { page, errors } = await openWatched({ contextOptions: { locale } });
    await page.goto(server.url + path.slice(1));
    await page.waitForURL((u) => u.pathname === expected);
    expect(await violations(page, errors)).toEqual([]);
  });
});

/**
 * The relevance suite: every query of relevance-cases.ts runs through the real search
 * page of the built site in Chromium, and its first results are compared with the page
 * that must come first. It prints top-1 and top-3 rates and requires 100% top-3 and at
 * least 95% top-1.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { assertBuilt, distDir } from '../support/site';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { relevanceCases } from './relevance-cases';

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

async function topResults(page: Page, lang: string, query: string): Promise<string[]> {
  await page.goto(`${server.url}${lang}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('[data-search-results] .search-status', { timeout: 15_000 });
  await page.waitForFunction(
    () => !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy'),
  );
  return page.$$eval('[data-search-results] li.search-result a.search-result-link', (links) =>
    links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

it(`ranks the expected page first for at least 95% of ${relevanceCases.length} queries, and in the top 3 for all`, async () => {
  const page = await browser.newPage();
  const misses: string[] = [];
  let top1 = 0;
  let top3 = 0;
  for (const c of relevanceCases) {
    const results = await topResults(page, c.lang ?? 'en', c.query);
    const rank = results.indexOf(c.expected) + 1;
    if (rank === 1) top1++;
    if (rank >= 1) top3++;
    if (rank !== 1) {
      misses.push(
        `  [${c.kind}] ${JSON.stringify(c.query.slice(0, 90))}\n    expected ${c.expected}, got ${results.join(', ') || 'nothing'}`,
      );
    }
  }
  await page.close();
  const n = relevanceCases.length;
  console.log(
    `Relevance: top-1 ${top1}/${n} (${((100 * top1) / n).toFixed(1)}%), top-3 ${top3}/${n} (${((100 * top3) / n).toFixed(1)}%)` +
      (misses.length ? `\nNot first:\n${misses.join('\n')}` : ''),
  );
  expect(relevanceCases.length).toBeGreaterThanOrEqual(40);
  expect(top3, misses.join('\n')).toBe(n);
  expect(top1 / n, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
}, 300_000);

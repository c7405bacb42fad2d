/**
 * Search measured as a reader meets it, in Chromium against a built site: the bytes the
 * first query fetches (counted at the server, since Pagefind fetches inside a Web
 * Worker), the time from submitting a query to rendered results on a cold page, and the
 * same for later queries on that page. `BENCH_FILES=1` lists the files the first query fetched.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { contentTypes } from '../../tests/support/static-server.ts';

export interface SearchMeasurement {
  firstQueryBytes: number;
  firstQueryGzipBytes: number;
  firstQueryFiles: number;
  /** Typing to first results, on a page that has not searched yet. */
  coldMs: number;
  /** Typing to the complete first step of results (ten), cold. */
  coldCompleteMs: number;
  /** Later queries on the same page: typing to first results. */
  warmMedianMs: number;
  warmMaxMs: number;
  /** Later queries: typing to the complete list. */
  warmCompleteMedianMs: number;
}

const coldQuery = 'rate limit';
const warmQueries = [
  'synthetic error',
  'synthetic_error_42',
  'organization project key',
  'retry backoff',
  'APIキー 組織',
  'timeout worker',
  'spend limits',
  'SyntheticError: synthetic_error_7',
  'community forum',
  'request id headers',
];

/** What searching costs beyond the page itself: scripts, the Pagefind index and matcher data. */
function isSearchFile(path: string): boolean {
  return /\.(js|mjs|json|wasm|pagefind|pf_[a-z]+)$/.test(path) || path.startsWith('/pagefind/');
}

function serve(root: string) {
  const served: { path: string; bytes: number; gzipBytes: number }[] = [];
  const gzipCache = new Map<string, number>();
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(body).length);
      served.push({ path, bytes: body.length, gzipBytes: gzipCache.get(file)! });
      res.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      path = '';
      res.writeHead(404).end();
    }
  });
  return new Promise<{ url: string; served: typeof served; close: () => Promise<void> }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        served,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}

/**
 * Submits a query on the search page and resolves with the milliseconds until the first
 * results are on screen (or the page says there are none) and until the list is complete.
 */
function timeQuery(page: Page, query: string): Promise<{ first: number; complete: number }> {
  return page.evaluate(
    (q) =>
      new Promise<{ first: number; complete: number }>((resolve) => {
        const container = document.querySelector('[data-search-results]')!;
        const box = document.querySelector<HTMLTextAreaElement>('#search-page-input')!;
        let started = 0;
        let first = 0;
        // The previous query's results stay until the new ones replace them.
        const previous = new Set(container.querySelectorAll('.search-result, .search-empty'));
        const observer = new MutationObserver(() => {
          const now = performance.now();
          const shown = [...container.querySelectorAll('.search-result, .search-empty')].some(
            (node) => !previous.has(node),
          );
          if (!first && shown && container.hasAttribute('aria-busy')) first = now - started;
          if (
            !container.hasAttribute('aria-busy') &&
            container.querySelector('.search-status')?.textContent
          ) {
            observer.disconnect();
            resolve({ first: first || now - started, complete: now - started });
          }
        });
        observer.observe(container, { attributes: true, childList: true, subtree: true });
        box.value = q;
        started = performance.now();
        box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      }),
    query,
  );
}

export async function measureSearch(
  dist: string,
  log: (message: string) => void,
): Promise<SearchMeasurement> {
  const server = await serve(dist);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/en/search/`);
    await page.waitForLoadState('networkidle');
    // The page loads the search engine as it opens; those bytes count for the first query.
    const engineLoad = server.served.filter((f) => isSearchFile(f.path));
    server.served.length = 0;
    const cold = await timeQuery(page, coldQuery);
    await page.waitForLoadState('networkidle');
    const firstQuery = [...engineLoad, ...server.served.filter((f) => isSearchFile(f.path))];
    if (process.env.BENCH_FILES) console.table(firstQuery);
    log(
      `  cold query "${coldQuery}": first results ${cold.first.toFixed(0)} ms, all ${cold.complete.toFixed(0)} ms, ${firstQuery.length} files`,
    );
    const warmTimes: { first: number; complete: number }[] = [];
    for (const query of warmQueries) warmTimes.push(await timeQuery(page, query));
    const warm = warmTimes.map((w) => w.first).sort((a, b) => a - b);
    const warmComplete = warmTimes.map((w) => w.complete).sort((a, b) => a - b);
    await context.close();
    return {
      firstQueryBytes: firstQuery.reduce((sum, f) => sum + f.bytes, 0),
      firstQueryGzipBytes: firstQuery.reduce((sum, f) => sum + f.gzipBytes, 0),
      firstQueryFiles: firstQuery.length,
      coldMs: cold.first,
      coldCompleteMs: cold.complete,
      warmMedianMs: warm[Math.floor(warm.length / 2)]!,
      warmMaxMs: warm.at(-1)!,
      warmCompleteMedianMs: warmComplete[Math.floor(warmComplete.length / 2)]!,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Search measured as a reader meets it, in Chromium against a built site served as a CDN
 * would serve it (gzip, the caching rules of dist/_headers, revalidation): the bytes the
 * first query fetches (counted at the server, since Pagefind fetches inside a Web
 * Worker), and the time until results are on screen.
 *
 * - cold: the first query on a search page that has just opened (the page loads the
 *   engine as it opens), pasted in one go;
 * - warm, typed: later queries typed at a fast typist's pace (60 ms a key); timed from the
 *   last key, since results follow every keystroke;
 * - warm, pasted: later queries pasted in one go, so nothing of them was loaded before.
 *
 * `BENCH_FILES=1` lists the files the first query fetched.
 */
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { startStaticServer } from '../../tests/support/static-server.ts';
import { median } from '../../tests/support/stats.ts';

export interface SearchMeasurement {
  /** Bytes over the wire (gzip where a CDN would compress) for the first query, engine included. */
  firstQueryBytes: number;
  /** The same files uncompressed. */
  firstQueryRawBytes: number;
  firstQueryFiles: number;
  /** Pasting to first results, on a page that has not searched yet. */
  coldMs: number;
  /** Pasting to the complete first step of results (ten), cold. */
  coldCompleteMs: number;
  /** Typed queries: last key to first results, and to the complete list. */
  warmTypedMedianMs: number;
  warmTypedMaxMs: number;
  warmTypedCompleteMedianMs: number;
  /** Pasted queries on a page that has searched before: to first results, and complete. */
  warmPastedMedianMs: number;
  warmPastedCompleteMedianMs: number;
}

const coldQuery = 'rate limit';
const typedQueries = [
  'synthetic error',
  'organization project key',
  'retry backoff',
  'timeout worker',
  'spend limits',
  'community forum',
  'request id headers',
  'streaming event',
];
const pastedQueries = [
  'synthetic_error_42',
  'SyntheticError: synthetic_error_7',
  'APIキー 組織',
  'billing details',
  'regenerating the key',
  'model ran',
];

/** What searching costs beyond the page itself: scripts, the Pagefind index and matcher data. */
function isSearchFile(path: string): boolean {
  return /\.(js|mjs|json|wasm|pagefind|pf_[a-z]+)$/.test(path) || path.includes('/pagefind/');
}

/**
 * Installs, in the page, a watch on the results: the time of the last input event, and
 * of the first render and the completion (no longer `aria-busy`) after it.
 */
async function watchResults(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { benchWatch?: { last: number; first: number; complete: number } };
    const state = { last: 0, first: 0, complete: 0 };
    w.benchWatch = state;
    const container = document.querySelector('[data-search-results]')!;
    const items = () => container.querySelectorAll('.search-result, .search-empty');
    let before = new Set<Element>();
    document.querySelector('#search-page-input')!.addEventListener('input', () => {
      state.last = performance.now();
      state.first = 0;
      state.complete = 0;
      before = new Set(items());
    });
    new MutationObserver(() => {
      const now = performance.now();
      if (!state.last) return;
      // The runner renders only the newest search, so results rendered after the last key
      // (new elements; the previous query's stay until replaced) are that query's.
      const shown = [...items()].some((item) => !before.has(item));
      if (!state.first && shown) state.first = now;
      if (!state.complete && shown && !container.hasAttribute('aria-busy')) state.complete = now;
    }).observe(container, { attributes: true, childList: true, subtree: true });
  });
}

async function resultTimes(page: Page): Promise<{ first: number; complete: number }> {
  const handle = await page.waitForFunction(
    () => {
      const s = (window as unknown as { benchWatch: { last: number; first: number; complete: number } })
        .benchWatch;
      return s.complete ? { first: s.first - s.last, complete: s.complete - s.last } : null;
    },
    null,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue())!;
}

/** Puts a whole query in the box in one input event, as a paste does. */
async function paste(page: Page, query: string) {
  await page.evaluate((q) => {
    const box = document.querySelector<HTMLTextAreaElement>('#search-page-input')!;
    box.value = q;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, query);
  return resultTimes(page);
}

async function type(page: Page, query: string) {
  await page.fill('#search-page-input', '');
  await page.waitForTimeout(200);
  await page.locator('#search-page-input').pressSequentially(query, { delay: 60 });
  return resultTimes(page);
}

export async function measureSearch(
  dist: string,
  log: (message: string) => void,
): Promise<SearchMeasurement> {
  const served: { path: string; bytes: number; transferred: number }[] = [];
  const server = await startStaticServer({ root: dist, cdn: true, onResponse: (file) => served.push(file) });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}en/search/`);
    await page.waitForLoadState('networkidle');
    await watchResults(page);
    // The page loads the search engine as it opens; those bytes count for the first query.
    const cold = await paste(page, coldQuery);
    await page.waitForLoadState('networkidle');
    const firstQuery = served.filter((f) => isSearchFile(f.path));
    if (process.env.BENCH_FILES) console.table(firstQuery);
    log(
      `  cold query "${coldQuery}": first results ${cold.first.toFixed(0)} ms, all ${cold.complete.toFixed(0)} ms, ${firstQuery.length} files`,
    );
    const typed: { first: number; complete: number }[] = [];
    for (const query of typedQueries) typed.push(await type(page, query));
    const pasted: { first: number; complete: number }[] = [];
    for (const query of pastedQueries) pasted.push(await paste(page, query));
    const each = (queries: string[], times: { first: number }[]) =>
      queries.map((q, i) => `"${q}" ${times[i]!.first.toFixed(0)}`).join(', ');
    log(`  typed, ms to first results: ${each(typedQueries, typed)}`);
    log(`  pasted, ms to first results: ${each(pastedQueries, pasted)}`);
    await context.close();
    return {
      firstQueryBytes: firstQuery.reduce((sum, f) => sum + f.transferred, 0),
      firstQueryRawBytes: firstQuery.reduce((sum, f) => sum + f.bytes, 0),
      firstQueryFiles: firstQuery.length,
      coldMs: cold.first,
      coldCompleteMs: cold.complete,
      warmTypedMedianMs: median(typed.map((t) => t.first)),
      warmTypedMaxMs: Math.max(...typed.map((t) => t.first)),
      warmTypedCompleteMedianMs: median(typed.map((t) => t.complete)),
      warmPastedMedianMs: median(pasted.map((t) => t.first)),
      warmPastedCompleteMedianMs: median(pasted.map((t) => t.complete)),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Page-weight budgets on the reading pages (issue #6), measured in Chromium on a 390x844
 * screen before any interaction: everything the page fetches until the network is idle.
 *
 * Sizes are gzip sizes computed here with zlib at level 6 (the default of nginx, Apache
 * and most static hosts) from each response body, because the test server sends files
 * uncompressed. Response headers are not counted. Files that are already compressed
 * (images, Pagefind chunks) would count as their gzip size too, which can only overstate.
 * Each URL counts once: the test server answers `no-store`, so Chromium fetches a
 * stylesheet linked twice (Expressive Code links its CSS once per renderer, and an entry
 * uses two) twice, where a real host's cacheable response is fetched once.
 *
 * Budgets for an article, an error entry, the home page, the error index and an HTTP status
 * page: at most 30 KB in all, at most 10 KB of it JavaScript, and no web font (the body text
 * uses system fonts in both languages).
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage } from '../support/browser';
import { assertBuilt, distDir } from '../support/site';
import { startStaticServer, type StaticServer } from '../support/static-server';

const KB = 1024;
const budget = { totalBytes: 30 * KB, scriptBytes: 10 * KB };

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

interface Transfer {
  url: string;
  kind: 'document' | 'script' | 'stylesheet' | 'font' | 'other';
  rawBytes: number;
  gzipBytes: number;
}

interface PageWeight {
  transfers: Transfer[];
  totalBytes: number;
  scriptBytes: number;
  fonts: string[];
}

function kindOf(resourceType: string, url: string): Transfer['kind'] {
  if (resourceType === 'font' || /\.(woff2?|ttf|otf|eot)(\?|$)/i.test(url)) return 'font';
  if (resourceType === 'document' || resourceType === 'script' || resourceType === 'stylesheet')
    return resourceType;
  return 'other';
}

/** Loads a page on a phone-sized screen and sums what it fetched until the network went idle. */
async function measure(path: string): Promise<PageWeight> {
  const recorded = await newPage(browser, { viewport: { width: 390, height: 844 } });
  try {
    const { page, errors } = recorded;
    const pending: Promise<Transfer | null>[] = [];
    page.on('response', (response) => {
      const request = response.request();
      pending.push(
        response.body().then(
          (body) => ({
            url: new URL(response.url()).pathname,
            kind: kindOf(request.resourceType(), response.url()),
            rawBytes: body.length,
            gzipBytes: gzipSync(body, { level: 6 }).length,
          }),
          // Redirects have no body; nothing was transferred beyond headers.
          () => null,
        ),
      );
    });
    await page.goto(server.url + path.slice(1), { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const seen = new Set<string>();
    const transfers = (await Promise.all(pending)).filter((t): t is Transfer => {
      if (t === null || seen.has(t.url)) return false;
      seen.add(t.url);
      return true;
    });
    expect(errors, `errors while loading ${path}`).toEqual([]);
    const sum = (list: Transfer[]) => list.reduce((n, t) => n + t.gzipBytes, 0);
    return {
      transfers,
      totalBytes: sum(transfers),
      scriptBytes: sum(transfers.filter((t) => t.kind === 'script')),
      fonts: transfers.filter((t) => t.kind === 'font').map((t) => t.url),
    };
  } finally {
    await recorded.close();
  }
}

const kb = (bytes: number) => (bytes / KB).toFixed(1);

interface Row {
  type: string;
  path: string;
  weight: PageWeight;
}
const rows: Row[] = [];

function printTable(): void {
  const header = ['page type', 'path', 'requests', 'total KB', 'JS KB', 'CSS KB', 'HTML KB', 'fonts'];
  const body = rows.map(({ type, path, weight }) => {
    const of = (kind: Transfer['kind']) =>
      kb(weight.transfers.filter((t) => t.kind === kind).reduce((n, t) => n + t.gzipBytes, 0));
    return [
      type,
      path,
      String(weight.transfers.length),
      kb(weight.totalBytes),
      kb(weight.scriptBytes),
      of('stylesheet'),
      of('document'),
      String(weight.fonts.length),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(
    `Page weight, gzip (zlib level 6), 390x844, before interaction; budget for all but the search page: ` +
      `${kb(budget.totalBytes)} KB total, ${kb(budget.scriptBytes)} KB JS, 0 fonts\n` +
      [line(header), ...body.map(line)].join('\n'),
  );
}

afterAll(() => {
  if (rows.length) printTable();
});

/**
 * Reading pages, and the pages that carry a small island (the home paste box, the error
 * index's filter, the status page's copy link): budgets enforced.
 */
const budgeted: [string, string][] = [
  ['article (en)', '/en/articles/openai-api-quota-error/'],
  ['article (ja)', '/ja/articles/openai-api-quota-error-jp/'],
  ['error entry (en)', '/en/errors/openai/insufficient_quota/'],
  ['error entry (ja)', '/ja/errors/openai/insufficient_quota/'],
  ['home (en)', '/en/'],
  ['home (ja)', '/ja/'],
  ['error index (en)', '/en/errors/'],
  ['error index (ja)', '/ja/errors/'],
  ['HTTP status page (en)', '/en/status/429/'],
  ['HTTP status page (ja)', '/ja/status/400/'],
];

/**
 * Other pages: reported only. The search page loads its search code up front (about
 * 40 KB of JavaScript with Pagefind's engine), which is what it is for.
 */
const reported: [string, string][] = [
  ['search (en)', '/en/search/'],
  ['search (ja)', '/ja/search/'],
];

describe('page weight on a phone, before interaction', () => {
  it.each(budgeted)(
    '%s %s: at most 30 KB gzipped, at most 10 KB of JavaScript, no web fonts',
    async (type, path) => {
      const weight = await measure(path);
      rows.push({ type, path, weight });
      const detail = weight.transfers.map((t) => `  ${t.kind} ${t.url} ${kb(t.gzipBytes)} KB`).join('\n');
      expect(weight.fonts, 'web fonts requested').toEqual([]);
      expect(weight.totalBytes, `total gzip bytes of ${path}:\n${detail}`).toBeLessThanOrEqual(
        budget.totalBytes,
      );
      expect(weight.scriptBytes, `JavaScript gzip bytes of ${path}:\n${detail}`).toBeLessThanOrEqual(
        budget.scriptBytes,
      );
    },
  );

  it.each(reported)('%s %s: measured (no web fonts)', async (type, path) => {
    const weight = await measure(path);
    rows.push({ type, path, weight });
    expect(weight.fonts, 'web fonts requested').toEqual([]);
  });
});

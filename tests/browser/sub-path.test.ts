/**
 * The whole site deployed under a sub-path: builds it with `SITE_BASE=/kb/` into a
 * temporary folder, checks that every link, asset and absolute URL carries the base, then
 * uses it in Chromium: pages load every asset, search finds and links, short links land.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, type RecordedPage } from '../support/browser';
import { buildEnvironment, projectRoot } from '../support/site';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { site } from '~/site.config';

const base = '/kb/';
let outDir: string;
let cacheDir: string;
let server: StaticServer;
let browser: Browser;
const opened: RecordedPage[] = [];

async function open(options: Parameters<typeof newPage>[1] = {}): Promise<RecordedPage> {
  const recorded = await newPage(browser, options);
  opened.push(recorded);
  return recorded;
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'aieg-sub-path-'));
  cacheDir = mkdtempSync(join(tmpdir(), 'aieg-sub-path-cache-'));
  // Both steps use this build's own caches: the cache must live outside outDir, which the
  // build empties after syncing content, and the project's own caches stay untouched.
  const spawnOptions = {
    cwd: projectRoot,
    env: buildEnvironment({ SITE_BASE: base, ASTRO_CACHE_DIR: cacheDir }),
    encoding: 'utf8',
  } as const;
  const result = spawnSync(
    process.execPath,
    [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    spawnOptions,
  );
  if (result.status !== 0) throw new Error(`The sub-path build failed:\n${result.stdout}\n${result.stderr}`);
  // `npm run build`'s second step: the search index.
  const indexed = spawnSync(
    process.execPath,
    [join(projectRoot, 'scripts/search-index.ts'), outDir],
    spawnOptions,
  );
  if (indexed.status !== 0)
    throw new Error(`Indexing the sub-path build failed:\n${indexed.stdout}\n${indexed.stderr}`);
  server = await startStaticServer({ root: outDir, base });
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  for (const p of opened) await p.close().catch(() => {});
  await browser?.close();
  await server?.close();
  for (const dir of [outDir, cacheDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

function htmlFiles(): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.replaceAll('\\', '/'))
    .filter((f) => f.endsWith('.html'));
}

describe('a build under /kb/', () => {
  it('links and loads everything under /kb/, and every such link resolves', () => {
    const problems: string[] = [];
    const files = htmlFiles();
    const exists = (path: string) => {
      const file = join(outDir, decodeURIComponent(path.slice(base.length).split(/[?#]/)[0]!));
      try {
        readFileSync(file.endsWith('/') ? join(file, 'index.html') : file);
        return true;
      } catch {
        try {
          readFileSync(join(file, 'index.html'));
          return true;
        } catch {
          return false;
        }
      }
    };
    let checked = 0;
    for (const file of files) {
      const html = readFileSync(join(outDir, file), 'utf8');
      for (const [, attribute, value] of html.matchAll(/\s(href|src|action)="(\/[^"]*)"/g)) {
        if (value!.startsWith('//')) continue;
        checked++;
        if (!value!.startsWith(base)) problems.push(`${file}: ${attribute}="${value}" lacks ${base}`);
        else if (!exists(value!)) problems.push(`${file}: ${attribute}="${value}" does not exist`);
      }
      for (const [url] of html.matchAll(new RegExp(`${site.url.replace(/[.]/g, '\\.')}[^"'\\s<]*`, 'g'))) {
        if (!url.startsWith(site.url + base)) problems.push(`${file}: absolute URL ${url} lacks ${base}`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it('serves an entry with every asset and no failed request', async () => {
    const { page, errors } = await open();
    await page.goto(`${server.url}en/errors/openai/insufficient_quota/`);
    await page.waitForLoadState('networkidle');
    // The stylesheet applied: the skip link is moved off screen.
    const skip = await page.$eval('.skip-link', (a) => a.getBoundingClientRect().top);
    expect(skip).toBeLessThan(0);
    expect(errors).toEqual([]);
  });

  it('searches, with the exact match and the full-text results linking under /kb/', async () => {
    const { page, errors } = await open();
    await page.goto(`${server.url}en/search/?q=insufficient_quota`);
    await page.waitForSelector('[data-search-results] .search-status:not(:empty)');
    await page.waitForFunction(
      () => !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy'),
    );
    const links = await page.$$eval('[data-search-results] li a.search-result-link', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(links[0]).toBe('/kb/en/errors/openai/insufficient_quota/');
    expect(links.length).toBeGreaterThan(1);
    expect(links.every((l) => l.startsWith('/kb/'))).toBe(true);
    await page.click('[data-search-results] li a.search-result-link');
    await page.waitForURL((u) => u.pathname === '/kb/en/errors/openai/insufficient_quota/');
    expect(errors).toEqual([]);
  });

  it('searches from the Ctrl+K dialog on any page', async () => {
    const { page } = await open();
    await page.goto(`${server.url}ja/`);
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog[open]');
    await page.keyboard.type('クォータ');
    await page.waitForSelector('dialog [data-search-results] li a');
    const first = await page.$eval(
      'dialog [data-search-results] li a',
      (a) => new URL((a as HTMLAnchorElement).href).pathname,
    );
    expect(first.startsWith('/kb/ja/')).toBe(true);
  });

  it('sends a short link to the entry under /kb/', async () => {
    const { page } = await open({ contextOptions: { locale: 'ja-JP' } });
    await page.goto(`${server.url}e/insufficient_quota/`);
    await page.waitForURL((u) => u.pathname === '/kb/ja/errors/openai/insufficient_quota/');
  });
});

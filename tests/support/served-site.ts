/**
 * The built site served as a CDN serves it, with Chromium, for the browser test files that
 * need nothing else: called at the top of a file, it starts both before its tests and
 * closes every page it opened, the browser and the server after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, newPage, type RecordedPage } from './browser';
import { assertBuilt, distDir } from './site';
import { startStaticServer, type StaticServer } from './static-server';

export interface ServedSite {
  /** The served URL of a root-relative site path. */
  url: (path: string) => string;
  /** A new page in a context of its own, closed after the file's tests. */
  open: (options?: Parameters<typeof newPage>[1]) => Promise<RecordedPage>;
  /** The server, once started (in beforeAll). */
  readonly server: StaticServer;
}

export function serveBuiltSite(): ServedSite {
  let server: StaticServer;
  let browser: Browser;
  const opened: RecordedPage[] = [];

  beforeAll(async () => {
    assertBuilt();
    server = await startStaticServer({ root: distDir });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const page of opened) await page.close().catch(() => {});
    await browser?.close();
    await server?.close();
  });

  return {
    url: (path) => server.url + path.replace(/^\//, ''),
    async open(options = {}) {
      const recorded = await newPage(browser, options);
      opened.push(recorded);
      return recorded;
    },
    get server() {
      return server;
    },
  };
}

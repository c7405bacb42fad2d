/**
 * Live preview, as an author uses it: `npm run dev` on a copy of the site, an entry open
 * in Chromium, then the entry's MDX file edited on disk. The open page must show the new
 * text by itself (the dev server reloads it) within a few seconds, with no manual reload.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { buildEnvironment } from '../support/site';
import { SiteCopy } from '../support/site-copy';

let site: SiteCopy;
let server: ChildProcess | undefined;
let browser: Browser;
let url: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

beforeAll(async () => {
  site = new SiteCopy();
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [
      join(site.dir, 'node_modules/astro/bin/astro.mjs'),
      'dev',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    {
      cwd: site.dir,
      detached: true,
      env: buildEnvironment({ ASTRO_CACHE_DIR: join(site.dir, '.astro-cache'), NO_COLOR: '1' }),
    },
  );
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${log}`)), 90_000);
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('watching for file changes')) {
        clearTimeout(timer);
        resolve();
      }
    };
    server!.stdout!.on('data', read);
    server!.stderr!.on('data', read);
    server!.on('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${log}`)));
  });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  site?.remove();
});

it('shows an edited entry in the open page within a few seconds, without a manual reload', async () => {
  const page = await browser.newPage();
  const entry = `${url}/en/errors/openai/insufficient_quota/`;
  // On a fresh clone the dev server optimises dependencies on the first visit and then
  // reloads the page (Vite); a first visit lets that happen before the page is watched.
  await page.goto(entry, { timeout: 60_000, waitUntil: 'networkidle' });
  await page.goto(entry, { timeout: 60_000, waitUntil: 'networkidle' });
  const sentence = `Edited while the page was open (${Date.now()}).`;
  // waitForFunction, unlike evaluate, survives a reload the server starts by itself.
  await page.waitForFunction((s) => !document.body.textContent.includes(s), sentence, { timeout: 15_000 });

  const started = performance.now();
  site.edit('content/errors/openai/insufficient_quota.en.mdx', (text) =>
    text.replace('## Quick fix {#quick-fix}', `${sentence}\n\n## Quick fix {#quick-fix}`),
  );
  // textContent, not innerText: long pages use content-visibility, which innerText skips.
  await page.waitForFunction((s) => document.body.textContent.includes(s), sentence, { timeout: 15_000 });
  const seconds = (performance.now() - started) / 1000;
  console.log(`Live preview: the edit showed in the open page after ${seconds.toFixed(1)} s`);
  expect(seconds).toBeLessThan(15);
  await page.close();
}, 60_000);

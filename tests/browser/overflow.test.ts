/**
 * Nothing is wider than its place, on every page type, in both languages, at a desktop
 * (1280 px), a tablet (768 px) and a phone (390 px): the page does not scroll sideways, and
 * no table, code block (`pre`, Expressive Code's frame) sticks out of its container or is
 * cut off by a scrolling box around it (a table in a scroller shows a clipped column: the
 * error index's Fix time column did). A code block may scroll its own long lines inside
 * its box; that is how code is read, and it widens nothing.
 *
 * A failure names the page, the width and each element, with its width and its container's.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage } from '../support/browser';
import { assertBuilt, distDir, readingPages } from '../support/site';
import { startStaticServer, type StaticServer } from '../support/static-server';

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

/** Waits until the search page has rendered its results. */
async function searchResults(page: Page): Promise<void> {
  await page.waitForSelector('[data-search-results] .search-status:not(:empty)', { timeout: 15_000 });
  await page.waitForFunction(
    () => !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy'),
  );
}

const pageTypes: { kind: string; paths: string[]; prepare?: (page: Page) => Promise<void> }[] = [
  { kind: 'home', paths: ['/en/', '/ja/'] },
  { kind: 'articles index', paths: ['/en/articles/', '/ja/articles/'] },
  {
    kind: 'article',
    paths: ['/en/articles/openai-api-quota-error/', '/ja/articles/openai-api-quota-error-jp/'],
  },
  { kind: 'error index', paths: ['/en/errors/', '/ja/errors/'] },
  { kind: 'provider index', paths: ['/en/errors/openai/', '/ja/errors/bedrock/'] },
  {
    kind: 'error entry',
    // The second has a Markdown table in its body.
    paths: ['/en/errors/openai/insufficient_quota/', '/ja/errors/openai/rate_limit_exceeded/'],
  },
  { kind: 'tag page', paths: ['/en/tags/quota/', '/ja/tags/rate-limit/'] },
  {
    kind: 'search with results',
    paths: ['/en/search/?q=insufficient_quota', '/ja/search/?q=RESOURCE_EXHAUSTED'],
    prepare: searchResults,
  },
  { kind: 'HTTP status page', paths: ['/en/status/429/', '/ja/status/400/'] },
  { kind: '404', paths: ['/en/404/', '/404.html'] },
];

const widths = [1280, 768, 390];

const cases = pageTypes.flatMap(({ kind, paths, prepare }) =>
  paths.flatMap((path) => widths.map((width) => [kind, path, width, prepare] as const)),
);

/** Runs in the page: every overflow, as one readable line each. */
function overflows(): string[] {
  const describe = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const cls = el.classList.length ? `.${[...el.classList].slice(0, 3).join('.')}` : '';
    const snippet = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `<${el.tagName.toLowerCase()}${id}${cls}> "${snippet}"`;
  };
  const px = (n: number) => `${Math.round(n)}px`;
  const problems: string[] = [];

  const root = document.scrollingElement!;
  if (root.scrollWidth > root.clientWidth + 1) {
    // What to fix: the outermost elements past the right edge, and the innermost whose
    // own text spills out of them (a long word in a heading).
    const all = [...document.querySelectorAll('body *')];
    const past = all.filter((el) => {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= root.clientWidth + 1) return false;
      return !el.parentElement || el.parentElement.getBoundingClientRect().right <= root.clientWidth + 1;
    });
    const spilling = all.filter(
      (el) =>
        el.scrollWidth > el.clientWidth + 1 &&
        getComputedStyle(el).overflowX === 'visible' &&
        ![...el.children].some((child) => child.scrollWidth > child.clientWidth + 1),
    );
    const culprits = [...past, ...spilling].slice(0, 5).map(describe);
    problems.push(
      `the page scrolls sideways: ${px(root.scrollWidth)} wide in a ${px(root.clientWidth)} window (${culprits.join(', ')})`,
    );
  }

  for (const el of document.querySelectorAll('table, pre, .expressive-code')) {
    if (el.getClientRects().length === 0) continue; // not shown (a filtered row's table, a closed dialog)
    const box = el.getBoundingClientRect();
    const parent = el.parentElement!;
    const p = parent.getBoundingClientRect();
    const style = getComputedStyle(parent);
    const left = p.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    const right = p.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
    if (box.right > right + 1 || box.left < left - 1) {
      problems.push(
        `${describe(el)} is ${px(box.width)} wide, its container ${describe(parent)} ${px(right - left)}`,
      );
    }
    for (let a = parent; a && a !== document.body; a = a.parentElement!) {
      const overflowX = getComputedStyle(a).overflowX;
      if (overflowX !== 'visible' && a.scrollWidth > a.clientWidth + 1) {
        problems.push(
          `${describe(el)} is cut off by ${describe(a)} (overflow-x: ${overflowX}): ${px(a.scrollWidth)} of content in ${px(a.clientWidth)}`,
        );
      }
    }
  }
  return [...new Set(problems)];
}

describe('no page, table or code block is wider than its place', () => {
  it.each(cases)('%s %s at %i px', async (_kind, path, width, prepare) => {
    const recorded = await newPage(browser, { viewport: { width, height: 900 } });
    try {
      const { page, errors } = recorded;
      await page.goto(server.url + path.slice(1), { waitUntil: 'load' });
      await prepare?.(page);
      // Measured once layout has settled (container queries, fonts).
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      const found = await page.evaluate(overflows);
      expect(found, `${path} at ${width}px:\n  ${found.join('\n  ')}`).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await recorded.close();
    }
  });
});

/**
 * Every other page at the narrowest width, where overflow shows first: an entry or article
 * added later with a wide table or a long unbreakable line is caught here.
 */
describe('every built page at 390 px', () => {
  it('has no overflow', { timeout: 300_000 }, async () => {
    const recorded = await newPage(browser, { viewport: { width: 390, height: 900 } });
    try {
      const { page, errors } = recorded;
      const problems: string[] = [];
      const pages = readingPages().filter((path) => path !== '/');
      expect(pages.length).toBeGreaterThan(100);
      for (const path of pages) {
        await page.goto(server.url + path.slice(1), { waitUntil: 'load' });
        for (const found of await page.evaluate(overflows)) problems.push(`${path}: ${found}`);
      }
      expect(problems, problems.join('\n')).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await recorded.close();
    }
  });
});

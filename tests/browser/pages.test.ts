/**
 * The built site in Debian Chromium: every page type renders cleanly, the language switch,
 * the theme toggle (persisted, no flash), the checklist (persisted per page, readable
 * without JavaScript), the skip link, and no horizontal scrolling on a 320px screen.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveBuiltSite } from '../support/served-site';

const articleEn = '/en/articles/openai-api-quota-error/';
const articleJa = '/ja/articles/openai-api-quota-error-jp/';
const entryEn = '/en/errors/openai/insufficient_quota/';
const entryJa = '/ja/errors/openai/insufficient_quota/';

const served = serveBuiltSite();
const { url, open } = served;

/** A site path of the page's current URL (base removed). */
function sitePath(page: Page): string {
  const base = new URL(served.server.url).pathname;
  return '/' + new URL(page.url()).pathname.slice(base.length);
}

const pageTypes: [string, string][] = [
  ['home (en)', '/en/'],
  ['home (ja)', '/ja/'],
  ['article (en)', articleEn],
  ['article (ja)', articleJa],
  ['error entry (en)', entryEn],
  ['error entry (ja)', entryJa],
  ['error index (en)', '/en/errors/'],
  ['error index (ja)', '/ja/errors/'],
  ['tag page (en)', '/en/tags/quota/'],
  ['tag page (ja)', '/ja/tags/quota/'],
  ['search (en)', '/en/search/'],
  ['search (ja)', '/ja/search/'],
  ['HTTP status page (en)', '/en/status/429/'],
  ['HTTP status page (ja)', '/ja/status/429/'],
  ['404 (en)', '/en/404/'],
  ['404 (ja)', '/ja/404/'],
  ['404 (host fallback)', '/404.html'],
];

describe('every page type renders', () => {
  it.each(pageTypes)('%s %s: no console or page errors, a visible h1', async (_name, path) => {
    const { page, errors } = await open();
    const response = await page.goto(url(path), { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.locator('h1').first().isVisible()).toBe(true);
    expect((await page.locator('h1').first().innerText()).trim()).not.toBe('');
    expect(errors).toEqual([]);
  });

  it('an unknown URL answers 404 with the not-found page', async () => {
    const { page, errors } = await open();
    const response = await page.goto(url('/en/no-such-page/'), { waitUntil: 'load' });
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator('h1').first().isVisible()).toBe(true);
    // Chromium logs the 404 of the document itself; anything else is a real error.
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    expect(await page.locator('main a[href$="/en/"]').count()).toBeGreaterThan(0);
  });

  it('/ sends an English browser to /en/', async () => {
    const { page, errors } = await open({ contextOptions: { locale: 'en-US' } });
    await page.goto(url('/'));
    await page.waitForURL((u) => u.pathname.endsWith('/en/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(errors).toEqual([]);
  });

  it('/ sends a Japanese browser to /ja/', async () => {
    const { page, errors } = await open({ contextOptions: { locale: 'ja-JP' } });
    await page.goto(url('/'));
    await page.waitForURL((u) => u.pathname.endsWith('/ja/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    expect(errors).toEqual([]);
  });
});

describe('JavaScript on demand', () => {
  it.each(['/en/errors/', '/ja/tags/quota/', articleEn])(
    '%s loads no search code (dialog, Pagefind) until the reader asks for search',
    async (path) => {
      const { page, errors } = await open();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(url(path), { waitUntil: 'networkidle' });
      expect(requested.filter((p) => /pagefind|search-dialog/.test(p))).toEqual([]);
      expect(errors).toEqual([]);
    },
  );
});

describe('language switch', () => {
  it('goes from the English article to the Japanese one and back', async () => {
    const { page, errors } = await open();
    await page.goto(url(articleEn));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.locator('a[data-twin-link]').click();
    await page.waitForURL((u) => u.pathname.endsWith(articleJa));
    expect(sitePath(page)).toBe(articleJa);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    expect(await page.locator('h1').innerText()).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);

    await page.locator('a[data-twin-link]').click();
    await page.waitForURL((u) => u.pathname.endsWith(articleEn));
    expect(sitePath(page)).toBe(articleEn);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(errors).toEqual([]);
  });
});

describe('theme', () => {
  const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);
  const background = (page: Page) =>
    page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  it('the toggle flips the theme, sets aria-pressed, and the choice survives a reload', async () => {
    const { page, errors } = await open({ colorScheme: 'light' });
    await page.goto(url('/en/'));
    const button = page.locator('theme-toggle button');
    await expect.poll(() => button.isVisible()).toBe(true);
    expect(await theme(page)).toBe('light');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    const lightBackground = await background(page);

    await button.click();
    expect(await theme(page)).toBe('dark');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await background(page)).not.toBe(lightBackground);

    await page.reload();
    expect(await theme(page)).toBe('dark');
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');

    // The choice holds on other pages too, and toggling back works.
    await page.goto(url(articleJa));
    expect(await theme(page)).toBe('dark');
    await page.locator('theme-toggle button').click();
    expect(await theme(page)).toBe('light');
    expect(await page.locator('theme-toggle button').getAttribute('aria-pressed')).toBe('false');
    await page.reload();
    expect(await theme(page)).toBe('light');
    expect(errors).toEqual([]);
  });

  /** Records data-theme at the moment <body> is first parsed, i.e. before the first paint. */
  const recordThemeAtBody = () => {
    const w = window as unknown as { __themeAtBody?: string | null };
    const observer = new MutationObserver(() => {
      if (document.body && !('__themeAtBody' in w)) {
        w.__themeAtBody = document.documentElement?.dataset.theme ?? null;
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  };
  const themeAtBody = (page: Page) =>
    page.evaluate(() => (window as unknown as { __themeAtBody?: string | null }).__themeAtBody);

  it('with a dark system setting and no saved choice, the page is dark before it paints', async () => {
    const { page, errors } = await open({ colorScheme: 'dark' });
    await page.addInitScript(recordThemeAtBody);
    await page.goto(url(articleEn), { waitUntil: 'domcontentloaded' });
    expect(await themeAtBody(page)).toBe('dark');
    expect(await theme(page)).toBe('dark');
    await expect.poll(() => page.locator('theme-toggle button').getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
  });

  it('a saved light choice wins over a dark system setting, with no flash', async () => {
    const { page, errors } = await open({ colorScheme: 'dark' });
    await page.addInitScript(() => localStorage.setItem('theme', 'light'));
    await page.addInitScript(recordThemeAtBody);
    await page.goto(url(entryJa), { waitUntil: 'domcontentloaded' });
    expect(await themeAtBody(page)).toBe('light');
    expect(errors).toEqual([]);
  });
});

describe('checklist', () => {
  const boxes = (page: Page) => page.locator('task-list input[type="checkbox"]');
  const states = (page: Page) =>
    page.$$eval('task-list input[type="checkbox"]', (inputs) =>
      inputs.map((i) => (i as HTMLInputElement).checked),
    );
  const allEnabled = (page: Page) =>
    page.$$eval('task-list input[type="checkbox"]', (inputs) =>
      inputs.every((i) => !(i as HTMLInputElement).disabled),
    );

  it('boxes are enabled, ticks survive a reload, and state is kept per page', async () => {
    const { page, errors } = await open();
    await page.goto(url(articleEn));
    expect(await boxes(page).count()).toBe(5);
    await expect.poll(() => allEnabled(page)).toBe(true);
    expect(await states(page)).toEqual([false, false, false, false, false]);

    await boxes(page).nth(0).check();
    await boxes(page).nth(2).check();
    expect(await states(page)).toEqual([true, false, true, false, false]);

    await page.reload();
    await expect.poll(() => allEnabled(page)).toBe(true);
    expect(await states(page)).toEqual([true, false, true, false, false]);

    // Clicking the label text toggles too (the label wraps the box).
    await page.locator('task-list label').nth(2).click();
    expect(await states(page)).toEqual([true, false, false, false, false]);
    await page.reload();
    await expect.poll(() => allEnabled(page)).toBe(true);
    expect(await states(page)).toEqual([true, false, false, false, false]);

    // Same origin, another page: its own, untouched list.
    await page.goto(url(articleJa));
    expect(await boxes(page).count()).toBe(5);
    await expect.poll(() => allEnabled(page)).toBe(true);
    expect(await states(page)).toEqual([false, false, false, false, false]);
    await boxes(page).nth(4).check();

    await page.goto(url(articleEn));
    await expect.poll(() => allEnabled(page)).toBe(true);
    expect(await states(page)).toEqual([true, false, false, false, false]);
    expect(errors).toEqual([]);
  });

  it('without JavaScript the checklist is still a visible list of 5 items with text', async () => {
    const { page, errors } = await open({ javaScriptEnabled: false });
    await page.goto(url(articleEn));
    const items = page.locator('task-list li');
    expect(await items.count()).toBe(5);
    for (let i = 0; i < 5; i++) {
      expect(await items.nth(i).isVisible()).toBe(true);
      expect((await items.nth(i).innerText()).trim().length).toBeGreaterThan(3);
    }
    expect(await boxes(page).count()).toBe(5);
    expect(errors).toEqual([]);
  });
});

describe('keyboard', () => {
  it.each(['/en/', articleJa, entryEn])(
    '%s: Tab reaches the skip link first, Enter moves focus to main',
    async (path) => {
      const { page, errors } = await open();
      await page.goto(url(path));
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const box = el?.getBoundingClientRect();
        return {
          className: el?.className,
          href: el?.getAttribute('href'),
          inView: !!box && box.bottom > 0 && box.top < innerHeight && box.width > 0 && box.height > 0,
        };
      });
      expect(focused.className).toContain('skip-link');
      expect(focused.href).toBe('#main');
      expect(focused.inView, 'the focused skip link should be on screen').toBe(true);

      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
      expect(new URL(page.url()).hash).toBe('#main');
      expect(errors).toEqual([]);
    },
  );
});

describe('small screens', () => {
  const narrowPages = [
    '/en/',
    '/ja/',
    articleEn,
    articleJa,
    entryEn,
    entryJa,
    '/en/errors/',
    '/ja/errors/',
    '/en/status/429/',
    '/ja/status/429/',
  ];

  it.each(narrowPages)('%s does not scroll sideways at 320px', async (path) => {
    const { page, errors } = await open({ viewport: { width: 320, height: 640 } });
    await page.goto(url(path));
    const result = await page.evaluate(() => {
      const root = document.scrollingElement!;
      const width = root.clientWidth;
      // The outermost elements that stick out, to say what to fix.
      const culprits: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('body *')) {
        const rect = el.getBoundingClientRect();
        if (rect.right <= width + 1 || rect.width === 0) continue;
        if (el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1) continue;
        // Inside a box that scrolls or clips on its own (code blocks, tables): not the page's problem.
        let clipped = false;
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          if (getComputedStyle(a).overflowX !== 'visible') clipped = true;
        }
        if (clipped) continue;
        const id = el.id ? `#${el.id}` : '';
        const cls = el.classList.length ? `.${[...el.classList].join('.')}` : '';
        const snippet = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        culprits.push(
          `${el.tagName.toLowerCase()}${id}${cls} "${snippet}" (right edge ${Math.round(rect.right)}px)`,
        );
        if (culprits.length >= 10) break;
      }
      return { scrollWidth: root.scrollWidth, clientWidth: width, culprits };
    });
    expect(
      result.scrollWidth,
      `scrollWidth ${result.scrollWidth} > clientWidth ${result.clientWidth}; too wide: ${result.culprits.join(', ')}`,
    ).toBeLessThanOrEqual(result.clientWidth + 1);
    expect(errors).toEqual([]);
  });
});

describe('code blocks', () => {
  it('show one line per row and the copy button copies the code with its line breaks', async () => {
    const { page, context, errors } = await open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(served.server.url).origin,
    });
    await page.goto(url(entryEn));
    const block = page.locator('.expressive-code', { has: page.locator('.ec-line + .ec-line') }).first();
    const lines = block.locator('.ec-line');
    const tops = await lines.evaluateAll((els) =>
      els.slice(0, 2).map((el) => el.getBoundingClientRect().top),
    );
    expect(tops[1]!, 'the second line sits below the first').toBeGreaterThan(tops[0]!);
    // An empty line is rendered holding a bare newline so it keeps its height.
    const shown = (await lines.allTextContents()).map((line) => line.replace(/^\n$/, '')).join('\n');

    await block.hover();
    await block.locator('.copy button').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    expect(shown).toContain('\n');
    expect(errors).toEqual([]);
  });
});

describe('layout stability', () => {
  it.each(['/ja/', articleJa, entryJa, entryEn])(
    '%s: nothing moves once painted on a phone (layout shift < 0.01)',
    async (path) => {
      const { page, errors } = await open({ viewport: { width: 390, height: 844 } });
      await page.addInitScript(() => {
        const w = window as unknown as { layoutShift: number };
        w.layoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number }[])
            w.layoutShift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(url(path));
      await page.waitForLoadState('networkidle');
      const shift = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
      expect(shift).toBeLessThan(0.01);
      expect(errors).toEqual([]);
    },
  );

  it('without JavaScript the theme toggle, which needs it, is not shown', async () => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto(url(articleEn));
    expect(await page.locator('theme-toggle button').isVisible()).toBe(false);
    expect(await page.locator('.language-switch').first().isVisible()).toBe(true);
  });
});

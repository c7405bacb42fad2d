/**
 * The error index's filter in Chromium: choosing a provider, an HTTP status or a severity
 * (with the keyboard) hides the other rows and the sections left empty, the live region
 * says how many are shown, the filter is in the URL and survives a reload, "Show all"
 * brings everything back; without JavaScript the full list shows and no control is offered.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveBuiltSite } from '../support/served-site';

const { url, open } = serveBuiltSite();

/** The rows a reader sees, with their facts, and the provider sections shown. */
function shown(page: Page) {
  return page.evaluate(() => {
    const visible = (el: Element) => el.getClientRects().length > 0;
    const rows = [...document.querySelectorAll<HTMLElement>('tbody tr[data-provider]')];
    return {
      total: rows.length,
      rows: rows.filter(visible).map((r) => ({ ...r.dataset })),
      sections: [...document.querySelectorAll<HTMLElement>('[data-provider-group]')]
        .filter(visible)
        .map((s) => s.dataset.providerGroup),
      count: document.querySelector('[data-filter-count]')?.textContent?.trim() ?? '',
    };
  });
}

describe('the error index filter', () => {
  it('filters by HTTP status from the keyboard, announces the count and puts it in the URL', async () => {
    const { page, errors } = await open();
    await page.goto(url('/en/errors/'));
    const before = await shown(page);
    expect(before.total).toBeGreaterThan(50);
    expect(before.rows).toHaveLength(before.total);
    expect(before.count).toBe(`Showing all ${before.total} errors`);

    // Tab to the status select as a keyboard user does, then type to choose 429.
    const status = page.locator('select[name="status"]');
    await page.locator('select[name="provider"]').focus();
    await page.keyboard.press('Tab');
    expect(await status.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('429');
    await expect.poll(() => status.inputValue()).toBe('429');

    const after = await shown(page);
    expect(after.rows.length).toBeGreaterThan(5);
    expect(after.rows.length).toBeLessThan(before.total);
    expect(after.rows.every((r) => r.status === '429')).toBe(true);
    // Every 429 row of the full list is still there.
    expect(after.rows.length).toBe(before.rows.filter((r) => r.status === '429').length);
    // The count is a live region, so a screen reader hears the new number.
    expect(await page.getAttribute('[data-filter-count]', 'role')).toBe('status');
    expect(after.count).toBe(`Showing ${after.rows.length} of ${before.total} errors`);
    // Sections with no 429 are hidden with their heading: OpenAI has one, Mistral's 429 too, but not every provider.
    expect(after.sections.length).toBeLessThan(before.sections.length);
    expect(after.sections).toEqual([...new Set(after.rows.map((r) => r.provider))]);
    expect(new URL(page.url()).search).toBe('?status=429');
    expect(errors).toEqual([]);
  });

  it('combines filters, keeps them on reload, and "Show all" clears them from the keyboard', async () => {
    const { page, errors } = await open();
    await page.goto(url('/ja/errors/?provider=openai&severity=high'));
    await expect.poll(() => page.inputValue('select[name="provider"]')).toBe('openai');
    const filtered = await shown(page);
    expect(filtered.rows.length).toBeGreaterThan(0);
    expect(filtered.rows.every((r) => r.provider === 'openai' && r.severity === 'high')).toBe(true);
    expect(filtered.sections).toEqual(['openai']);
    expect(filtered.count).toBe(`${filtered.total} 件中 ${filtered.rows.length} 件を表示しています`);

    await page.reload();
    expect((await shown(page)).rows).toEqual(filtered.rows);

    await page.locator('button[type="reset"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await shown(page)).rows.length).toBe(filtered.total);
    expect((await shown(page)).count).toBe(`全 ${filtered.total} 件を表示しています`);
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
  });

  it('shows a status without rows as nothing, not as an error, and ignores an unknown value in the URL', async () => {
    const { page, errors } = await open();
    await page.goto(url('/en/errors/?status=999&provider=anthropic'));
    const state = await shown(page);
    expect(await page.inputValue('select[name="status"]')).toBe('');
    expect(state.rows.every((r) => r.provider === 'anthropic')).toBe(true);
    expect(state.rows.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('without JavaScript, lists every entry and offers no control that could not work', async () => {
    const { page, errors } = await open({ javaScriptEnabled: false });
    await page.goto(url('/en/errors/?status=429'));
    const state = await shown(page);
    expect(state.rows).toHaveLength(state.total);
    expect(state.total).toBeGreaterThan(50);
    expect(await page.locator('error-filter').isVisible()).toBe(false);
    expect(await page.locator('select[name="status"]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });
});

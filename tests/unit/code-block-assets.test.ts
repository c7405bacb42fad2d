import { describe, expect, it } from 'vitest';
import { dedupeCodeBlockAssets } from '../../src/lib/outputs/code-block-assets.ts';

const link = '<link rel="stylesheet" href="/kb/_astro/ec.fh4ae.css">';
const script = '<script type="module" src="/kb/_astro/ec.0vx5m.js"></script>';
const page = (body: string) =>
  `<!doctype html><html><head><link rel="stylesheet" href="/kb/_astro/site.css"></head><body>${body}</body></html>`;

describe('dedupeCodeBlockAssets', () => {
  it('keeps the first stylesheet and script of the code blocks where they are, and drops the repeats', () => {
    const html = page(
      `<p>a</p><div class="expressive-code">${link}${script}<figure>1</figure></div>` +
        `<div class="expressive-code">${link}${script}<figure>2</figure></div>`,
    );
    expect(dedupeCodeBlockAssets(html)).toBe(
      page(
        `<p>a</p><div class="expressive-code">${link}${script}<figure>1</figure></div>` +
          '<div class="expressive-code"><figure>2</figure></div>',
      ),
    );
  });

  it('leaves a page without code blocks, and other stylesheets, as they are', () => {
    const html = page('<link rel="stylesheet" href="/other.css"><link rel="stylesheet" href="/other.css">');
    expect(dedupeCodeBlockAssets(html)).toBe(html);
  });

  it('never takes code that shows such a tag: its text and its copy attribute are escaped', () => {
    const html = page(
      `<div>${link}<pre><code>&lt;link rel="stylesheet" href="/kb/_astro/ec.fh4ae.css"&gt;</code></pre>` +
        '<button data-code="<link rel=&#x22;stylesheet&#x22; href=&#x22;/kb/_astro/ec.fh4ae.css&#x22;>"></button></div>',
    );
    expect(dedupeCodeBlockAssets(html)).toBe(html);
  });
});

/**
 * Bold and strikethrough that Japanese writers put around 「…」 and （…） render as bold and
 * strikethrough (CommonMark leaves such `**` as literal text), through the renderer content
 * goes through, with the plugins of astro.config.mjs; and the CJK rules change nothing else:
 * every English content file renders exactly as with CommonMark's rules.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AstroConfig } from 'astro';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import userConfig from '../../astro.config.mjs';
import { escapeHeadingIds } from '~/lib/content/headings';
import { contentSyntax, createStaticMdxRenderer } from '~/markdown/render';
import { remarkStaticMdx } from '~/markdown/plugins/remark-static-mdx';

// createStaticMdxRenderer reads only `markdown.processor` from the resolved config.
const render = createStaticMdxRenderer(userConfig as unknown as AstroConfig);

async function html(markdown: string): Promise<string> {
  return (await render(markdown, 'content/articles/ja/test.mdx')).html;
}

/** The body of a file rendered with the given syntax plugins (no site plugins: they do not parse). */
function renderedWith(syntax: PluggableList, markdown: string): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkStaticMdx)
      .use(syntax)
      .use(remarkDirective)
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(markdown),
  );
}
const commonMark = (markdown: string) => renderedWith([remarkGfm], markdown);
const withCjkRules = (markdown: string) => renderedWith(contentSyntax(true), markdown);

/** [source, what the reader must see]: each of these stays literal `**`/`~~` under CommonMark alone. */
const cjkShapes: [string, string][] = [
  [
    'この記事では、**「課金したのに quota エラーが消えないのはなぜか」**を実務の目線で整理します。',
    'この記事では、<strong>「課金したのに quota エラーが消えないのはなぜか」</strong>を実務の目線で整理します。',
  ],
  [
    '実際には、**「その API キーが、まだ API を使える状態になっていない」**ことを示しています。',
    '実際には、<strong>「その API キーが、まだ API を使える状態になっていない」</strong>ことを示しています。',
  ],
  [
    'その画面にあるのは**支払いの上限額（spending limit）**であって、残高ではありません。',
    'その画面にあるのは<strong>支払いの上限額（spending limit）</strong>であって、残高ではありません。',
  ],
  ['原因は**「払ったのに使えない」**。', '原因は<strong>「払ったのに使えない」</strong>。'],
  ['**キーを再発行する。**次に待ちます。', '<strong>キーを再発行する。</strong>次に待ちます。'],
  ['料金は~~（旧プラン）~~なくなりました。', '料金は<del>（旧プラン）</del>なくなりました。'],
  ['上限は~~「月 $5」~~、今は $10 です。', '上限は<del>「月 $5」</del>、今は $10 です。'],
];

describe('emphasis in Japanese text', () => {
  it.each(cjkShapes)('renders %j', async (markdown, expected) => {
    expect(await html(markdown)).toBe(`<p>${expected}</p>`);
  });

  // Guards the list above: a shape CommonMark already handles would prove nothing.
  it.each(cjkShapes)('%j is a shape CommonMark alone leaves unrendered', (markdown) => {
    expect(commonMark(markdown)).toMatch(/\*\*|~~/);
  });

  it.each([
    ['**English**の設定', '<strong>English</strong>の設定'],
    ['設定は**English**のまま', '設定は<strong>English</strong>のまま'],
    ['残高は**ゼロのまま**です。', '残高は<strong>ゼロのまま</strong>です。'],
    ['`**「コード」**を` はそのまま', '<code>**「コード」**を</code> はそのまま'],
  ])('still renders %j as before', async (markdown, expected) => {
    expect(await html(markdown)).toBe(`<p>${expected}</p>`);
  });
});

describe('every content file', () => {
  const root = join(import.meta.dirname, '../../content');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  const bodyOf = (file: string) =>
    escapeHeadingIds(parseFrontmatter(readFileSync(join(root, file), 'utf8')).content);
  const isJapanese = (file: string) => /(^|\/)ja\/|\.ja\.mdx$/.test(file);
  /** The HTML with bold and strikethrough written back as their markers. */
  const markers = (html: string) => html.replace(/<\/?strong>/g, '**').replace(/<\/?del>/g, '~~');

  it('English files render exactly as under CommonMark rules', () => {
    const english = files.filter((f) => !isJapanese(f));
    expect(english.length).toBeGreaterThan(25);
    for (const file of english) expect(withCjkRules(bodyOf(file)), file).toBe(commonMark(bodyOf(file)));
    // Every content file, twice: the time grows with the content.
  }, 120_000);

  it('Japanese files differ only where bold or strikethrough now renders', () => {
    const japanese = files.filter(isJapanese);
    expect(japanese.length).toBeGreaterThan(25);
    for (const file of japanese) {
      const body = bodyOf(file);
      expect(markers(withCjkRules(body)), file).toBe(markers(commonMark(body)));
    }
  }, 120_000);
});

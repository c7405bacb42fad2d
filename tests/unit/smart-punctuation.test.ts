/**
 * remark-smart-punctuation must give what remark-smartypants (Astro's default, which it
 * replaces for speed) gives: on tricky sentences and on every content file of the site.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkSmartypants from 'remark-smartypants';
import type { Root } from 'mdast';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { escapeHeadingIds } from '~/lib/content/headings';
import { educatePunctuation, remarkSmartPunctuation } from '~/markdown/plugins/remark-smart-punctuation';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkDirective);

type Educator = typeof remarkSmartPunctuation | typeof remarkSmartypants;

function educatedBy(plugin: Educator, markdown: string): Root {
  const tree = parser.runSync(parser.parse(markdown)) as Root;
  unified()
    .use(plugin as () => (tree: Root) => void)
    .runSync(tree);
  return tree;
}

function textOf(tree: Root): string[] {
  const texts: string[] = [];
  const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (typeof node.value === 'string') texts.push(`${node.type}:${node.value}`);
    node.children?.forEach((child) => walk(child as typeof node));
  };
  walk(tree);
  return texts;
}

const sentences = [
  `She said "don't retry" and left.`,
  `"Quoted" at the start, and 'single' ones, and the '80s.`,
  `He said, "'Quoted' words in a larger quote."`,
  `A quote around **"bold"** and [a "link"](/x/) and \`code "not" touched\`.`,
  `Wait... then.... Done -- or --- not. A-b and a--b, x . . . . y.`,
  "``Backticks'' are quotes too, but `` `code` `` is code.",
  `The key's scope: "org-…" ends with "."`,
  `## A "heading" with 'quotes'\n\n| "cell" | it's |\n| --- | --- |\n| "a" | b |`,
  `「引用」と "quotes" と -- ダッシュ... が混在する日本語の文です。`,
];

describe('smart punctuation', () => {
  it.each(sentences)('educates %j as remark-smartypants does', (markdown) => {
    expect(textOf(educatedBy(remarkSmartPunctuation, markdown))).toEqual(
      textOf(educatedBy(remarkSmartypants, markdown)),
    );
  });

  it('educates quotes, apostrophes, dashes and ellipses', () => {
    const texts = textOf(educatedBy(remarkSmartPunctuation, `"Don't" -- wait...`));
    expect(texts).toEqual(['text:“Don’t” — wait…']);
  });

  it('leaves code alone', () => {
    const texts = textOf(educatedBy(remarkSmartPunctuation, '`"a" -- b...`\n\n```\n"x" -- y...\n```'));
    expect(texts).toEqual(['inlineCode:"a" -- b...', 'code:"x" -- y...']);
  });

  it('replaces only exact runs', () => {
    expect(educatePunctuation('a--b a---b a----b')).toBe('a—b a---b a----b');
    expect(educatePunctuation('.. ... .... . . . . . . .')).toBe('.. … … … … .');
  });

  // remark-smartypants loses its place after a spaced ellipsis and leaves the next one.
  it('educates an ellipsis after a spaced one', () => {
    expect(textOf(educatedBy(remarkSmartPunctuation, 'a . . . then.... Done'))).toEqual([
      'text:a … then… Done',
    ]);
  });

  it('gives remark-smartypants output on every content file', { timeout: 60_000 }, () => {
    const root = join(import.meta.dirname, '../../content');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const { content } = parseFrontmatter(readFileSync(join(root, file), 'utf8'));
      const markdown = escapeHeadingIds(content);
      expect(textOf(educatedBy(remarkSmartPunctuation, markdown)), file).toEqual(
        textOf(educatedBy(remarkSmartypants, markdown)),
      );
    }
  });
});

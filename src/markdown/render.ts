/**
 * Turns one MDX content file into HTML, with the Markdown plugins configured in
 * astro.config.mjs (`markdown.processor`, which Expressive Code adds itself to): MDX's
 * parser, then remark-static-mdx, the content syntax (GFM and the CJK emphasis rules,
 * `contentSyntax`), SmartyPants (remark-smart-punctuation, a faster equivalent of Astro's
 * default), the site's remark plugins, and the rehype plugins. The result is the HTML of
 * an entry's body, its headings and what the plugins noted.
 */
import type { AstroConfig, MarkdownHeading } from 'astro';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { escapeHeadingIds } from '~/lib/content/headings';
import { remarkSmartPunctuation } from './plugins/remark-smart-punctuation';
import { remarkStaticMdx } from './plugins/remark-static-mdx';

export interface RenderedMdx {
  html: string;
  headings: MarkdownHeading[];
  /** What plugins wrote for the page (e.g. `hasTaskList`). */
  frontmatter: Record<string, unknown>;
}

interface ProcessorOptions {
  remarkPlugins?: PluggableList;
  rehypePlugins?: PluggableList;
  remarkRehype?: Record<string, unknown>;
  gfm?: boolean;
  smartypants?: boolean | object;
}

/**
 * The Markdown syntax content is written in, beyond MDX's CommonMark: GFM, and emphasis
 * that closes next to Japanese punctuation (`**「課金したのに」**を`, `~~（旧）~~は`), which
 * CommonMark leaves as literal `**`. They are parser extensions, so they sit here beside
 * GFM, not in astro.config.mjs's `remarkPlugins`: the strikethrough rule patches GFM's
 * tokenizer and must follow remark-gfm, which this file adds, so the order is kept in one
 * place rather than agreed between two files, and it goes when `gfm: false` does. The site
 * has no .md/.mdx page for Astro's own Markdown pipeline, so this is the only one.
 */
export function contentSyntax(gfm: boolean): PluggableList {
  return gfm ? [remarkGfm, remarkCjkFriendly, remarkCjkFriendlyGfmStrikethrough] : [remarkCjkFriendly];
}

/** A renderer for the configured pipeline; build it once per build and reuse it. */
export function createStaticMdxRenderer(config: AstroConfig) {
  const processor = config.markdown.processor as { options?: ProcessorOptions } | undefined;
  const options = processor?.options;
  if (!options?.remarkPlugins || !options.rehypePlugins)
    throw new Error(
      'astro.config.mjs: markdown.processor must be unified() from @astrojs/markdown-remark, so content plugins run',
    );
  if (typeof options.smartypants === 'object')
    throw new Error(
      'astro.config.mjs: markdown.processor smartypants takes true or false here (src/markdown/plugins/remark-smart-punctuation.ts has no options)',
    );
  const pipeline = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkStaticMdx)
    .use(contentSyntax(options.gfm !== false))
    .use(options.smartypants === false ? [] : [remarkSmartPunctuation])
    .use(options.remarkPlugins)
    .use(remarkRehype, { ...options.remarkRehype })
    .use(options.rehypePlugins)
    .use(rehypeStringify)
    .freeze();

  /** `source` is the whole file, frontmatter included; `path` names it in errors. */
  return async function render(source: string, path: string): Promise<RenderedMdx> {
    // Keeps line numbers: the frontmatter becomes blank lines.
    const { content } = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
    const file = new VFile({
      value: escapeHeadingIds(content),
      path,
      data: { astro: { frontmatter: {} } },
    });
    const result = await pipeline.process(file);
    const astro = result.data.astro as {
      headings?: MarkdownHeading[];
      frontmatter?: Record<string, unknown>;
    };
    return {
      html: String(result.value),
      headings: astro.headings ?? [],
      frontmatter: astro.frontmatter ?? {},
    };
  };
}

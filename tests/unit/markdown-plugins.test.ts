import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { remarkCallouts } from '~/markdown/plugins/remark-callouts';
import { remarkHeadingIds } from '~/markdown/plugins/remark-heading-ids';
import { rehypeTaskLists } from '~/markdown/plugins/rehype-task-lists';

async function render(markdown: string, path = '/site/content/articles/en/test.mdx') {
  const file = new VFile({ value: markdown, path });
  const result = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkCallouts)
    .use(remarkHeadingIds)
    .use(remarkRehype)
    .use(rehypeTaskLists)
    .use(rehypeStringify)
    .process(file);
  return { html: String(result), data: file.data as { astro?: { frontmatter?: Record<string, unknown> } } };
}

describe(':::note and friends', () => {
  it('renders a callout as role=note with a localised default title', async () => {
    const { html } = await render(':::note\nBody text.\n:::', '/site/content/articles/ja/x.mdx');
    expect(html).toContain(
      '<div role="note" class="callout callout-note" data-callout="note"><p class="callout-title">メモ</p>',
    );
    expect(html).toContain('<p>Body text.</p>');
    expect(html).not.toContain(':::');
  });

  it('uses the [label] as the title', async () => {
    const { html } = await render(':::tip[Regenerate the key]\nAfter billing changes.\n:::');
    expect(html).toContain('<p class="callout-title">Regenerate the key</p>');
  });

  it('labels broken and fixed examples', async () => {
    const { html } = await render(
      ':::broken[Python]\n```python\nx\n```\n:::\n\n:::fixed\n```python\ny\n```\n:::',
    );
    expect(html).toMatch(
      /<figure class="example example-broken" data-example="broken"><figcaption><span class="example-kind">Broken: triggers the error<\/span><span class="example-label">Python<\/span><\/figcaption>/,
    );
    expect(html).toContain('data-example="fixed"');
  });

  it('stops on an unknown directive, naming the file, line and the known ones', async () => {
    await expect(render('Text\n\n:::warning\nx\n:::', '/site/content/articles/en/bad.mdx')).rejects.toThrow(
      /\/site\/content\/articles\/en\/bad\.mdx:3:1: unknown directive ":::warning"\. Expected one of: :::note, :::tip, :::caution, :::danger, :::broken, :::fixed/,
    );
  });

  it('puts back prose that only looks like a directive', async () => {
    const { html } = await render('Ratio 16:9 and see:this[label] now.');
    expect(html).toContain('Ratio 16:9 and see:this[label] now.');
  });
});

describe('explicit heading ids', () => {
  it('takes {#id} as the id and removes it from the text', async () => {
    const { html } = await render('## Quick fix {#quick-fix}\n\n## 結論 {#conclusion}');
    expect(html).toContain('<h2 id="quick-fix">Quick fix</h2>');
    expect(html).toContain('<h2 id="conclusion">結論</h2>');
  });
});

describe('task lists', () => {
  it('labels each checkbox, keeps it disabled for no-JS readers, and flags the page', async () => {
    const { html, data } = await render('- [ ] Billing is active\n- [x] Key regenerated');
    expect(html).toContain('<task-list><ul class="contains-task-list">');
    expect(html).toMatch(/<label><input type="checkbox" disabled> Billing is active<\/label>/);
    expect(html).toMatch(/<label><input type="checkbox" checked disabled> Key regenerated<\/label>/);
    expect(data.astro?.frontmatter?.hasTaskList).toBe(true);
  });

  it('leaves ordinary lists alone', async () => {
    const { html, data } = await render('- one\n- two');
    expect(html).not.toContain('task-list');
    expect(data.astro?.frontmatter?.hasTaskList).toBeUndefined();
  });
});

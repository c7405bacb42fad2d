/**
 * Content MDX is rendered to static HTML (src/markdown/loader.ts): HTML elements and
 * comments keep their meaning, and anything that needs JavaScript stops the build naming
 * the file and line.
 */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { remarkStaticMdx } from '~/markdown/plugins/remark-static-mdx';

function render(mdx: string): string {
  const file = new VFile({ value: mdx, path: 'content/articles/en/test.mdx' });
  return String(
    unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkStaticMdx)
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(file),
  );
}

describe('static MDX', () => {
  it('renders HTML elements with their literal attributes', () => {
    expect(render('Press <kbd>Ctrl</kbd>+<kbd>K</kbd>.')).toBe('<p>Press <kbd>Ctrl</kbd>+<kbd>K</kbd>.</p>');
    expect(render('<abbr title="Requests per minute" className="x">RPM</abbr> limits')).toBe(
      '<p><abbr title="Requests per minute" class="x">RPM</abbr> limits</p>',
    );
    expect(render('<section>\n\nHidden **text**.\n\n</section>')).toBe(
      '<section><p>Hidden <strong>text</strong>.</p></section>',
    );
  });

  it('drops comments', () => {
    expect(render('Before {/* a note for authors */} after.\n\n{/* alone */}')).toBe('<p>Before  after.</p>');
  });

  it('shows an escaped brace as text', () => {
    expect(render('A literal \\{brace}.')).toBe('<p>A literal {brace}.</p>');
  });

  it.each([
    ['an import', 'Text\n\nimport X from "./x.js"\n', /test\.mdx:3: `import` and `export` are not available/],
    ['an export', 'export const a = 1\n', /test\.mdx:1: `import` and `export`/],
    [
      'a component',
      'Text\n\n<Aside>Hi</Aside>\n',
      /test\.mdx:3: <Aside> is a component.*Use a directive \(:::note/,
    ],
    ['a fragment', '<>x</>', /test\.mdx:1: <> is a component \(or a fragment\)/],
    [
      'an expression',
      'Total: {1 + 1}',
      /test\.mdx:1: the expression \{1 \+ 1\} needs JavaScript.*escape the brace as \\\{/,
    ],
    [
      'an expression attribute',
      '<abbr title={x}>A</abbr>',
      /test\.mdx:1: the attribute "title" of <abbr> is a JavaScript expression/,
    ],
    [
      'a spread attribute',
      '<abbr {...x}>A</abbr>',
      /test\.mdx:1: the attribute of <abbr> is a JavaScript expression/,
    ],
    [
      'a relative image',
      'See ![chart](./chart.png)',
      /test\.mdx:1: the image "\.\/chart\.png" must be a root-relative path/,
    ],
  ])('stops on %s with the file, line and what to write instead', (_name, mdx, message) => {
    expect(() => render(mdx)).toThrow(message);
  });

  it('accepts root-relative and https images', () => {
    expect(render('![a](/images/a.png) ![b](https://example.com/b.png)')).toBe(
      '<p><img src="/images/a.png" alt="a"> <img src="https://example.com/b.png" alt="b"></p>',
    );
  });
});

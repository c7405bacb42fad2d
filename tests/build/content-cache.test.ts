/**
 * The content layer keeps each entry's rendered HTML between builds (src/markdown/
 * static-mdx.ts). A rebuild must render only what changed, and never serve stale HTML:
 * an edited file, an edited example file it shows, or edited rendering code each render
 * again what they affect, and the built page shows the change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SiteCopy } from '../support/site-copy';

let site: SiteCopy;

beforeAll(() => {
  site = new SiteCopy();
});
afterAll(() => site?.remove());

function build() {
  const { status, output } = site.build();
  expect(status, output).toBe(0);
  const counts = (collection: string) => {
    const match = new RegExp(
      `${collection}: (\\d+) files in [\\d.]+ s: (\\d+) rendered, (\\d+) unchanged`,
    ).exec(output);
    if (!match) throw new Error(`no ${collection} line in the build output:\n${output.slice(0, 3000)}`);
    return { files: Number(match[1]), rendered: Number(match[2]), unchanged: Number(match[3]) };
  };
  return { articles: counts('articles'), errors: counts('errors') };
}

const page = (path: string) => readFileSync(join(site.dir, 'dist', path, 'index.html'), 'utf8');

describe('rebuilds render only what changed', () => {
  it('renders every file on the first build', () => {
    const { articles, errors } = build();
    expect(articles.rendered).toBe(articles.files);
    expect(errors.rendered).toBe(errors.files);
    expect(errors.files).toBeGreaterThan(50);
  });

  it('renders nothing again when nothing changed, and builds the same pages', () => {
    const before = page('en/errors/openai/insufficient_quota');
    const { articles, errors } = build();
    expect(articles).toMatchObject({ rendered: 0, unchanged: articles.files });
    expect(errors).toMatchObject({ rendered: 0, unchanged: errors.files });
    expect(page('en/errors/openai/insufficient_quota')).toBe(before);
  });

  it('renders an article again when its text changes', () => {
    site.edit('content/articles/en/openai-api-quota-error.mdx', (t) =>
      t.replace(
        '## The short answer {#conclusion}',
        '## The short answer {#conclusion}\n\nCache check: edited prose.',
      ),
    );
    const { articles, errors } = build();
    expect(articles.rendered).toBe(1);
    expect(errors.rendered).toBe(0);
    expect(page('en/articles/openai-api-quota-error')).toContain('Cache check: edited prose.');
  });

  it('renders both languages of an entry again when an example file it shows changes', () => {
    site.edit('examples/openai/insufficient_quota/fixed.ts', (t) => `${t}// Cache check: edited example.\n`);
    const { errors } = build();
    expect(errors.rendered).toBe(2);
    expect(page('en/errors/openai/insufficient_quota')).toContain('Cache check: edited example.');
    expect(page('ja/errors/openai/insufficient_quota')).toContain('Cache check: edited example.');
  });

  it('renders everything again when the rendering code changes', () => {
    site.edit('src/markdown/plugins/remark-callouts.ts', (t) => `${t}\n// Cache check: edited plugin.\n`);
    const { articles, errors } = build();
    expect(articles.rendered).toBe(articles.files);
    expect(errors.rendered).toBe(errors.files);
  });
});

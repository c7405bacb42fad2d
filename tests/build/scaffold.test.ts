/**
 * `npm run new`: it writes a new entry (both languages, examples, scenario, and the
 * provider's page the first time) or a new article (both languages, twinned), never over
 * an existing file; and the build refuses the result until every TODO: marker is gone,
 * naming the file and line of each.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/site';
import { SiteCopy } from '../support/site-copy';

let site: SiteCopy;

beforeAll(() => {
  site = new SiteCopy();
  // Every provider has its page by now: remove xAI's from the copy, so that the scaffold
  // writes it the way it does for a provider's first entry.
  for (const lang of ['en', 'ja']) rmSync(join(site.dir, `content/providers/xai.${lang}.mdx`));
});
afterAll(() => site?.remove());

function scaffold(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [join(projectRoot, 'scripts/new.ts'), '--root', site.dir, ...args],
    {
      encoding: 'utf8',
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('npm run new', () => {
  it('writes an entry in both languages with its examples, and the provider page the first time', () => {
    const run = scaffold('error', 'xai', 'Some_New_Code');
    expect(run.status, run.output).toBe(0);
    for (const file of [
      'content/errors/xai/some_new_code.en.mdx',
      'content/errors/xai/some_new_code.ja.mdx',
      'examples/xai/some_new_code/broken.ts',
      'examples/xai/some_new_code/fixed.ts',
      'examples/xai/some_new_code/broken.py',
      'examples/xai/some_new_code/fixed.py',
      'examples/xai/some_new_code/scenario.json',
      'content/providers/xai.en.mdx',
      'content/providers/xai.ja.mdx',
    ])
      expect(existsSync(join(site.dir, file)), file).toBe(true);
    expect(site.read('content/errors/xai/some_new_code.en.mdx')).toMatch(/^code: Some_New_Code$/m);
  });

  it('writes an article in both languages, each naming the other as its twin', () => {
    const run = scaffold('article', 'a-new-article');
    expect(run.status, run.output).toBe(0);
    expect(site.read('content/articles/en/a-new-article.mdx')).toMatch(/^twin: ja\/a-new-article$/m);
    expect(site.read('content/articles/ja/a-new-article.mdx')).toMatch(/^twin: en\/a-new-article$/m);
  });

  it('never overwrites, and refuses an unknown provider or a malformed slug', () => {
    const again = scaffold('article', 'a-new-article');
    expect(again.status).toBe(1);
    expect(again.output).toContain('content/articles/en/a-new-article.mdx');
    expect(scaffold('error', 'cohere', 'x').output).toContain('Unknown provider "cohere"');
    expect(scaffold('article', 'Not A Slug').status).toBe(2);
  });

  it('the build refuses the scaffolded pages, naming each TODO marker with its file and line', () => {
    const { status, output } = site.build();
    expect(status).not.toBe(0);
    for (const file of [
      'content/errors/xai/some_new_code.en.mdx',
      'content/errors/xai/some_new_code.ja.mdx',
      'content/articles/en/a-new-article.mdx',
      'content/providers/xai.ja.mdx',
    ])
      expect(output).toContain(file);
    expect(output).toMatch(
      /field "body": line 5: a TODO marker is left \("title: "Some_New_Code: TODO: the message/,
    );
  }, 180_000);
});

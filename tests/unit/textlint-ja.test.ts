/**
 * textlint on the Japanese content (scripts/textlint/): it reads MDX as the site does
 * (frontmatter prose, `{#id}` headings, `:::note[title]` callouts, `::example`), enforces
 * the house style (README, "Japanese house style"), and names the file and line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TextlintResult } from '@textlint/types';
import { createJapaneseLinter } from '../../scripts/textlint/linter';

// The first lint loads kuromoji's dictionary (1-2 s alone, more while builds share the cores).
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const root = join(import.meta.dirname, '../..');
let linter: Awaited<ReturnType<typeof createJapaneseLinter>>;
beforeAll(async () => {
  linter = await createJapaneseLinter(root);
});

const file = join(root, 'content/errors/openai/example.ja.mdx');
const frontmatter = '---\ntitle: "example: An error message（例）"\nsummary: "例のエラーの要約です。"\n---\n';

async function problems(body: string, head = frontmatter): Promise<string[]> {
  const result: TextlintResult = await linter.lintText(head + body, file);
  return result.messages.map((m) => `${m.loc.start.line}:${m.ruleId}`);
}

async function fixed(body: string): Promise<string> {
  const result = await linter.fixText(frontmatter + body, file);
  return result.output.slice(frontmatter.length);
}

describe('the MDX reader', () => {
  it('accepts a file written in the house style, with the site’s syntax', async () => {
    const body = [
      '## このエラーの意味 {#what-it-means}',
      '',
      'API キーで 2 回リトライします。詳しくは [該当エントリ](/ja/errors/openai/insufficient_quota/) を参照してください。',
      '',
      ':::caution[401 ではありません]',
      'ステータスは 429 です。',
      ':::',
      '',
      ':::broken[Python · openai v1]',
      '::example{file="openai/insufficient_quota/broken.py"}',
      ':::',
      '',
      '- **HTTP**：ステータス `429`',
      '',
      '```python',
      'print("2回")  # code is not prose',
      '```',
      '',
    ].join('\n');
    expect(await problems(body)).toEqual([]);
  });

  it('reads the frontmatter’s summary as prose and reports its own line', async () => {
    const head = '---\ntitle: "例"\nsummary: "APIキーを2回送ります。"\n---\n';
    // 「API|キー」「を|2」「2|回」
    expect(await problems('本文です。\n', head)).toEqual(
      Array(3).fill('3:ja-space-between-half-and-full-width'),
    );
  });

  it('reads a callout title as a title and its body as prose, on their lines', async () => {
    const body = ':::note[API キーの確認]\n本文にAPIと書きます。\n:::\n';
    expect(await problems(body)).toEqual([
      '6:ja-space-between-half-and-full-width',
      '6:ja-space-between-half-and-full-width',
    ]);
  });

  it('checks headings and link text too', async () => {
    expect(await problems('## 2回目のリクエスト {#retry}\n\n[API一覧](/ja/)を見ます。\n')).toEqual([
      '5:ja-space-between-half-and-full-width',
      '7:ja-space-between-half-and-full-width',
    ]);
  });
});

describe('the house style', () => {
  it('ends a bold label with a full-width colon and no space', async () => {
    expect(
      await fixed('- **対処**: キーを作り直します。\n- **HTTP:** ステータス 401\n- **対処:** 待ちます。\n'),
    ).toBe('- **対処**：キーを作り直します。\n- **HTTP：** ステータス 401\n- **対処：** 待ちます。\n');
    expect(await problems('- **対処:** 待ちます。\n')).toEqual(['5:house-style']);
  });

  it('writes a colon after Japanese text full-width, and leaves one inside Latin text', async () => {
    expect(await fixed('## 結論: 課金だけではない {#conclusion}\n\nリトライについて: 2 回です。\n')).toBe(
      '## 結論：課金だけではない {#conclusion}\n\nリトライについて：2 回です。\n',
    );
    expect(await problems('メッセージは「Error code: 429」です。\n')).toEqual([]);
  });

  it('writes a GitHub issue as 「Issue」, but leaves an English quotation alone', async () => {
    expect(await fixed('多くの利用者が issue を立てています。公開 issues で報告されています。\n')).toBe(
      '多くの利用者が Issue を立てています。公開 Issue で報告されています。\n',
    );
    expect(await problems('「This is a server-side issue, usually temporary」と表示されます。\n')).toEqual(
      [],
    );
  });

  it('writes katakana compounds solid', async () => {
    expect(await fixed('コンテキスト ウィンドウを超えました。\n')).toBe(
      'コンテキストウィンドウを超えました。\n',
    );
  });

  it('allows an exclamation mark only inside an English message quoted verbatim', async () => {
    expect(await problems('メッセージは「Sorry about that!」です。\n')).toEqual([]);
    expect(await problems('直りました!\n')).toEqual(['5:ja-technical-writing/no-exclamation-question-mark']);
  });
});

describe('npm run lint:ja', () => {
  it('names the file and the line of each problem, and fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lint-ja-'));
    const path = join(dir, 'bad.ja.mdx');
    writeFileSync(path, `${frontmatter}\nAPIキーを確認します。\n`);
    const run = spawnSync(process.execPath, [join(root, 'scripts/lint-ja.ts'), path], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(path);
    expect(run.stdout).toMatch(/^\s+6:\d+\s+✓ error\s+.*ja-space-between-half-and-full-width/m);
  });
});

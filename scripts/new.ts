/**
 * `npm run new`: the files of a new page, from the templates the content check expects,
 * with a `TODO:` marker wherever the author has writing to do. The build refuses any
 * marker that is left (src/lib/content/todo-markers.ts), so a half-written page never
 * ships; the examples suite refuses one in an example folder.
 *
 *   npm run new -- error <provider> <code>   both languages, the examples and their scenario
 *                                              (and the provider's page, the first time)
 *   npm run new -- article <slug>             both languages, twinned
 *
 * It never overwrites a file. `--root <dir>` writes into another copy of the project.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { providerIds, tags, type ProviderId } from '../src/site.config.ts';

interface NewFile {
  path: string;
  text: string;
}

const today = new Date().toISOString().slice(0, 10);

function errorFiles(provider: ProviderId, code: string): NewFile[] {
  const slug = code.toLowerCase();
  const example = (file: string) => `${provider}/${slug}/${file}`;
  const providerTag = provider in tags ? `[${provider}]` : '[]';
  const frontmatter = (lang: 'en' | 'ja') => `---
provider: ${provider}
code: ${code}
lang: ${lang}
title: "${code}: TODO: the message, in a few words"
summary: "TODO: one sentence of 20-320 characters: what the error means, and whether retrying helps."
origin: response # TODO: response (an HTTP error) | completion (HTTP 200 that stopped) | client (raised by the SDK)
httpStatus: 400 # TODO: the documented status; leave it out unless origin is response
errorType: ${code} # TODO: the body's "type" or "status" (OpenAI, Anthropic, Google), or the reason or class
severity: medium # TODO: low | medium | high | critical, by the rule in CONTRIBUTING.md
level: intermediate # TODO: beginner | intermediate | advanced
fixTime: { min: 5, max: 30 } # TODO: minutes, by the rule in CONTRIBUTING.md
retry: "no" # TODO: no | after-backoff | yes
messages:
  - source: http
    text: "TODO: the response body exactly as the API sends it"
  - source: openai-python # TODO: each SDK and wrapper that prints it, as it prints it
    exception: TODO:ExceptionClass
    text: "TODO: the last line of the traceback"
appliesTo:
  - { name: "TODO: package (language)", versions: ">=1.0.0" }
verified:
  date: ${today}
  source: https://example.com/ # TODO: the primary source the facts were checked against
tags: ${providerTag}
---
`;
  const en = `${frontmatter('en')}
## What this error means {#what-it-means}

TODO: what the API is telling you, with the status, type and code.

## Quick fix {#quick-fix}

1. TODO: the first thing to check.

## Why it happens {#why-it-happens}

TODO: the mechanism behind it.

## How to detect it {#detection}

TODO: how code tells this error from its look-alikes (status, type, code, class).

## Causes and fixes {#causes-and-fixes}

### 1. TODO: the most common cause {#cause-1}

TODO: the cause and its fix.

## Broken vs fixed code {#code}

TODO: what the broken example gets wrong.

:::broken[Python]
::example{file="${example('broken.py')}"}
:::

:::fixed[Python]
::example{file="${example('fixed.py')}"}
:::

:::broken[TypeScript]
::example{file="${example('broken.ts')}"}
:::

:::fixed[TypeScript]
::example{file="${example('fixed.ts')}"}
:::

## Workaround {#workaround}

TODO: what to do until the cause is fixed.

## Prevention {#prevention}

- TODO: how to keep it from happening again.

## Community notes {#community-notes}

TODO: what people report in public threads, with links.
`;
  const ja = `${frontmatter('ja')}
## このエラーの意味 {#what-it-means}

TODO: API が伝えていること（ステータス、type、code）。

## すぐに試す対処 {#quick-fix}

1. TODO: 最初に確かめること。

## 発生する理由 {#why-it-happens}

TODO: 仕組み。

## 判定方法 {#detection}

TODO: よく似たエラーとの見分け方（ステータス、type、code、クラス）。

## 原因と対処 {#causes-and-fixes}

### 1. TODO: いちばん多い原因 {#cause-1}

TODO: 原因と対処。

## 修正前と修正後のコード {#code}

TODO: 修正前のコードの問題点。

:::broken[Python]
::example{file="${example('broken.py')}"}
:::

:::fixed[Python]
::example{file="${example('fixed.py')}"}
:::

:::broken[TypeScript]
::example{file="${example('broken.ts')}"}
:::

:::fixed[TypeScript]
::example{file="${example('fixed.ts')}"}
:::

## 回避策 {#workaround}

TODO: 原因を直すまでの間にできること。

## 再発防止 {#prevention}

- TODO: 再発を防ぐ方法。

## コミュニティの情報 {#community-notes}

TODO: 公開スレッドでの報告（リンク付き）。
`;
  const pythonExample = (
    kind: string,
  ) => `"""${kind === 'broken' ? 'Broken' : 'Fixed'}: TODO: one line on what this example does."""
# TODO: the ${kind} example, with the current SDK.
`;
  const typescriptExample = (
    kind: string,
  ) => `// ${kind === 'broken' ? 'Broken' : 'Fixed'}: TODO: one line on what this example does.
// TODO: the ${kind} example, run by tests/examples against the mock in scenario.json.
process.exitCode = 1;
`;
  const scenario = `${JSON.stringify(
    {
      about: 'TODO: what the mock API answers, and why',
      responses: [{ status: 400, body: { error: { message: 'TODO: the documented body' } } }],
      broken: { exitCode: 1, requests: 1, output: ['TODO: what the broken example prints'] },
      fixed: { exitCode: 0, requests: 1, output: ['TODO: what the fixed example prints'] },
    },
    null,
    2,
  )}\n`;
  const files: NewFile[] = [
    { path: `content/errors/${provider}/${slug}.en.mdx`, text: en },
    { path: `content/errors/${provider}/${slug}.ja.mdx`, text: ja },
    { path: `examples/${example('broken.py')}`, text: pythonExample('broken') },
    { path: `examples/${example('fixed.py')}`, text: pythonExample('fixed') },
    { path: `examples/${example('broken.ts')}`, text: typescriptExample('broken') },
    { path: `examples/${example('fixed.ts')}`, text: typescriptExample('fixed') },
    { path: `examples/${example('scenario.json')}`, text: scenario },
  ];
  return files;
}

/** A provider's page, needed once the provider has its first entry. */
function providerPageFiles(provider: ProviderId): NewFile[] {
  const page = (lang: 'en' | 'ja', recognise: string, body: string) => ({
    path: `content/providers/${provider}.${lang}.mdx`,
    text: `---
provider: ${provider}
lang: ${lang}
summary: "TODO: one sentence of 20-320 characters: what the provider is and how its errors look."
errorDocs: https://example.com/ # TODO: the provider's own page on its errors
---

## ${recognise} {#recognise}

${body}
`,
  });
  return [
    page(
      'en',
      'How to recognise its errors',
      'TODO: hosts, SDK and wrapper names, the error body, and how they differ from look-alikes.',
    ),
    page(
      'ja',
      'エラーの見分け方',
      'TODO: ホスト名、SDK やラッパーの名前、エラーボディ、似たプロバイダーとの違い。',
    ),
  ];
}

function articleFiles(slug: string): NewFile[] {
  const article = (lang: 'en' | 'ja', twin: 'en' | 'ja') => ({
    path: `content/articles/${lang}/${slug}.mdx`,
    text: `---
title: "TODO: the headline"
description: "TODO: one or two sentences of 20-320 characters for lists, search and link previews."
date: ${today}
lang: ${lang}
slug: ${slug} # the URL segment: never change it once published
tags: [] # TODO: tags from src/site.config.ts
categories: [ai-errors]
twin: ${twin}/${slug}
relatedErrors: [] # TODO: keys of the entries the article is about, e.g. openai/insufficient_quota
---

${lang === 'en' ? 'TODO: the article.' : 'TODO: 本文。'}
`,
  });
  return [article('en', 'ja'), article('ja', 'en')];
}

function usage(message: string): never {
  console.error(`${message}

Usage:
  npm run new -- error <provider> <code>   provider: ${providerIds.join(' | ')}
  npm run new -- article <slug>             slug: lowercase words and hyphens`);
  process.exit(2);
}

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = rootAt === -1 ? process.cwd() : (args.splice(rootAt, 2)[1] ?? usage('--root needs a folder'));
const [kind, ...rest] = args;

let files: NewFile[];
if (kind === 'error') {
  const [provider, code] = rest;
  if (!provider || !code) usage('An entry needs a provider and a code.');
  if (!(providerIds as string[]).includes(provider))
    usage(`Unknown provider "${provider}"; add it to src/site.config.ts first.`);
  if (!/^[A-Za-z0-9_.-]+$/.test(code))
    usage(`"${code}" is not a code as an API writes it (letters, digits, _ . -).`);
  files = errorFiles(provider as ProviderId, code);
  if (!existsSync(join(root, `content/providers/${provider}.en.mdx`)))
    files.push(...providerPageFiles(provider as ProviderId));
} else if (kind === 'article') {
  const [slug] = rest;
  if (!slug || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
    usage('An article needs a slug such as my-new-article.');
  files = articleFiles(slug);
} else {
  usage(kind ? `Unknown kind "${kind}".` : 'What should be created?');
}

const existing = files.filter((file) => existsSync(join(root, file.path)));
if (existing.length > 0) {
  console.error(
    `Nothing written: these files exist already:\n${existing.map((f) => `  ${f.path}`).join('\n')}`,
  );
  process.exit(1);
}
for (const file of files) {
  const path = join(root, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.text);
  console.log(`created ${relative(process.cwd(), path) || path}`);
}
console.log('\nFill in every TODO: marker; the build names any that is left, with its file and line.');

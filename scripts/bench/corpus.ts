/**
 * A synthetic corpus for the benchmark: `pageCount` content pages, half English and half
 * Japanese, 40% articles and 60% error entries, each with its twin, realistic length,
 * code blocks, callouts, checklists and links to other pages of the corpus. Every file is
 * valid against the real schemas and cross-file rules, so the real build runs on it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const providers = ['openai', 'anthropic', 'gemini'] as const;
const statuses = [400, 401, 403, 404, 409, 429, 500, 503];
const tags = ['api', 'billing', 'quota', 'rate-limit', 'authentication', 'python', 'typescript'];

const englishSentences = [
  'The API rejected the request before the model ran, so nothing was billed.',
  'Check the organization and project the key belongs to before changing any code.',
  'A retry with exponential backoff helps when the limit resets within a minute.',
  'The SDK retries this status twice by default, which hides the first failure.',
  'Log the request id from the response headers so support can trace the call.',
  'Spend limits apply per project, and a new project starts with its own budget.',
  'Most reports in the community forum were solved by regenerating the key.',
  'The message text changes between SDK versions, but the type field stays stable.',
  'Streaming responses surface the same error as the first event of the stream.',
  'Set a timeout on the client so a slow upstream does not block a worker forever.',
];
const japaneseSentences = [
  'このエラーはモデルが実行される前に返されるため、料金は発生しません。',
  'コードを変更する前に、APIキーが属する組織とプロジェクトを確認してください。',
  '制限が1分以内に解除される場合は、指数バックオフでのリトライが有効です。',
  'SDK はこのステータスを既定で2回リトライするため、最初の失敗が見えにくくなります。',
  'サポートが追跡できるよう、レスポンスヘッダーのリクエストIDを記録しておきましょう。',
  '利用上限はプロジェクトごとに設定され、新しいプロジェクトには別の予算が適用されます。',
  'コミュニティフォーラムでは、キーを再発行して解決した報告が多く見られます。',
  'メッセージの文面は SDK のバージョンで変わりますが、type フィールドは変わりません。',
  'ストリーミングでは、同じエラーがストリームの最初のイベントとして届きます。',
  '上流が遅いときにワーカーが止まらないよう、クライアントにタイムアウトを設定してください。',
];

/** Deterministic pseudo-random numbers, so two runs build the same corpus. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Vocabulary with a realistic spread: real docs repeat a few words often and use many
 * rarely (Zipf's law). Fixed sentences alone would make every page match every query.
 */
function vocabulary(lang: 'en' | 'ja', size: number, next: () => number): string[] {
  const syllables =
    lang === 'en'
      ? [
          'ra',
          'te',
          'lim',
          'it',
          'quo',
          'ta',
          'bil',
          'ling',
          'tok',
          'en',
          'pro',
          'ject',
          'ser',
          'ver',
          'mod',
          'el',
          'cli',
          'ent',
          'ret',
          'ry',
          'back',
          'off',
          'stream',
          'ing',
          'cache',
          'head',
          'er',
          'key',
          'log',
          'span',
        ]
      : [
          '課',
          '金',
          '制',
          '限',
          '組',
          '織',
          '鍵',
          '再',
          '試',
          '行',
          '応',
          '答',
          '要',
          '求',
          '設',
          '定',
          '上',
          '限',
          '通',
          '信',
          '遅',
          '延',
          '失',
          '敗',
          '認',
          '証',
          '環',
          '境',
          '変',
          '数',
          '署',
          '名',
        ];
  const words = new Set<string>();
  while (words.size < size) {
    const length = 2 + Math.floor(next() * 3);
    words.add(Array.from({ length }, () => syllables[Math.floor(next() * syllables.length)]).join(''));
  }
  return [...words];
}

function zipfPick<T>(items: readonly T[], next: () => number): T {
  // Inverse-CDF of a 1/rank distribution, approximated by an exponent on a uniform draw.
  return items[Math.min(items.length - 1, Math.floor(items.length ** next()) - 1)]!;
}

const vocabularies = new Map<string, string[]>();

/**
 * The two stock sentences the current page is "about". Real pages share vocabulary, not
 * sentences: a corpus whose every page repeated the same ten sentences would make every
 * query match every page, which no real site does.
 */
let pageTopic: number[] = [0, 1];

function startPage(next: () => number) {
  const first = Math.floor(next() * englishSentences.length);
  pageTopic = [
    first,
    (first + 1 + Math.floor(next() * (englishSentences.length - 1))) % englishSentences.length,
  ];
}

function paragraph(lang: 'en' | 'ja', next: () => number, sentences = 4): string {
  const pool = lang === 'en' ? englishSentences : japaneseSentences;
  let words = vocabularies.get(lang);
  if (!words) {
    words = vocabulary(lang, 3000, random(lang === 'en' ? 7 : 11));
    vocabularies.set(lang, words);
  }
  return Array.from({ length: sentences }, () => {
    const extra = Array.from({ length: 3 }, () => zipfPick(words, next));
    if (next() < 0.3) {
      const base = pool[pageTopic[Math.floor(next() * pageTopic.length)]!]!;
      return lang === 'en'
        ? `${base.slice(0, -1)} with ${extra.join(' ')}.`
        : `${base.slice(0, -1)}（${extra.join('・')}）。`;
    }
    const free = Array.from({ length: 6 + Math.floor(next() * 8) }, () => zipfPick(words, next));
    return lang === 'en'
      ? `${free.join(' ').replace(/^./, (c) => c.toUpperCase())} with ${extra.join(' ')}.`
      : `${free.join('')}（${extra.join('・')}）。`;
  }).join(lang === 'en' ? ' ' : '');
}

const errorSections = [
  ['what-it-means', 'What this error means', 'このエラーの意味'],
  ['quick-fix', 'Quick fix', 'すぐに試せる対処'],
  ['why-it-happens', 'Why it happens', '発生する理由'],
  ['detection', 'How to detect it', '検出方法'],
  ['causes-and-fixes', 'Causes and fixes', '原因と対処'],
  ['code', 'Broken vs fixed code', '修正前と修正後のコード'],
  ['workaround', 'Workaround', '回避策'],
  ['prevention', 'Prevention', '予防'],
  ['community-notes', 'Community notes', 'コミュニティの知見'],
] as const;

export interface CorpusStats {
  articles: number;
  errors: number;
  files: number;
}

interface ErrorKey {
  provider: (typeof providers)[number];
  code: string;
  status: number;
}

export function generateCorpus(root: string, pageCount: number, seed = 42): CorpusStats {
  const next = random(seed);
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const pairs = Math.floor(pageCount / 2);
  const articlePairs = Math.floor(pairs * 0.4);
  const errorPairs = pairs - articlePairs;
  const keys: ErrorKey[] = Array.from({ length: errorPairs }, (_, i) => ({
    provider: providers[i % providers.length]!,
    code: `synthetic_error_${i}`,
    status: statuses[i % statuses.length]!,
  }));
  let files = 0;

  keys.forEach((key, i) => {
    const dir = `${key.provider}/${key.code}`;
    write(`examples/${dir}/broken.py`, `import os\n\nprint(os.environ.get("API_KEY"))  # ${key.code}\n`);
    write(`examples/${dir}/fixed.py`, `import os\n\nprint(os.environ["API_KEY"])  # ${key.code}\n`);
    write(`examples/${dir}/broken.ts`, `console.log(process.env.API_KEY); // ${key.code}\n`);
    write(`examples/${dir}/fixed.ts`, `console.log(process.env.API_KEY ?? 'missing'); // ${key.code}\n`);
    files += 4;
    const related = i > 0 ? `${keys[i - 1]!.provider}/${keys[i - 1]!.code}` : undefined;
    startPage(next);
    for (const lang of ['en', 'ja'] as const) {
      const sections = errorSections
        .map(([id, en, ja]) => {
          const heading = `## ${lang === 'en' ? en : ja} {#${id}}`;
          if (id === 'code') {
            return [
              heading,
              paragraph(lang, next, 2),
              ...(['broken', 'fixed'] as const).flatMap((kind) =>
                (['py', 'ts'] as const).map(
                  (ext) => `:::${kind}[${ext}]\n::example{file="${dir}/${kind}.${ext}"}\n:::`,
                ),
              ),
            ].join('\n\n');
          }
          if (id === 'causes-and-fixes') {
            return [
              heading,
              ...[1, 2, 3].map(
                (n) => `### ${n}. ${paragraph(lang, next, 1)} {#cause-${n}}\n\n${paragraph(lang, next, 3)}`,
              ),
            ].join('\n\n');
          }
          const extra =
            id === 'quick-fix'
              ? `\n\n:::tip\n${paragraph(lang, next, 1)}\n:::\n\n- [ ] ${paragraph(lang, next, 1)}\n- [ ] ${paragraph(lang, next, 1)}`
              : id === 'workaround' && related
                ? `\n\n${lang === 'en' ? 'See also' : '関連'}: [${related}](/${lang}/errors/${related}/).`
                : '';
          return `${heading}\n\n${paragraph(lang, next, 5)}\n\n${paragraph(lang, next, 4)}${extra}`;
        })
        .join('\n\n');
      const message = `${key.code}: ${paragraph('en', next, 1)}`;
      write(
        `content/errors/${dir}.${lang}.mdx`,
        `---
provider: ${key.provider}
code: ${key.code}
lang: ${lang}
title: "${key.code}: ${lang === 'en' ? 'synthetic error number' : '合成エラー'} ${i}"
summary: "${paragraph(lang, next, 1)}"
httpStatus: ${key.status}
errorType: synthetic_type
severity: ${['low', 'medium', 'high', 'critical'][i % 4]}
level: ${['beginner', 'intermediate', 'advanced'][i % 3]}
fixTime: { min: ${1 + (i % 5)}, max: ${10 + (i % 50)} }
retry: "${['no', 'after-backoff', 'yes'][i % 3]}"
messages:
  - source: http
    text: '{"error": {"message": "${message}", "type": "synthetic_type", "code": "${key.code}"}}'
  - source: ${key.provider === 'openai' ? 'openai-python' : key.provider === 'anthropic' ? 'anthropic-python' : 'google-genai-python'}
    exception: SyntheticError
    text: "SyntheticError: ${message}"
appliesTo:
  - { name: "SDK", versions: ">=1.0.0" }
verified:
  date: 2026-11-01
  source: https://example.com/docs/errors
tags: [${tags[i % tags.length]}, ${key.provider}]
related:
  errors: [${related ?? ''}]
  articles: []
---

${sections}
`,
      );
      files++;
    }
  });

  for (let i = 0; i < articlePairs; i++) {
    startPage(next);
    for (const lang of ['en', 'ja'] as const) {
      const other = lang === 'en' ? 'ja' : 'en';
      const key = keys[i % keys.length]!;
      const body = Array.from({ length: 6 }, (_, s) => {
        const id = `section-${s + 1}`;
        const parts = [
          `## ${lang === 'en' ? 'Section' : 'セクション'} ${s + 1} {#${id}}`,
          paragraph(lang, next, 6),
          paragraph(lang, next, 5),
        ];
        if (s === 1)
          parts.push(
            '```python\nfrom openai import OpenAI\n\nclient = OpenAI(max_retries=0)\nprint(client.models.list())\n```',
          );
        if (s === 2) parts.push(`:::note\n${paragraph(lang, next, 2)}\n:::`);
        if (s === 3)
          parts.push(
            `- [ ] ${paragraph(lang, next, 1)}\n- [ ] ${paragraph(lang, next, 1)}\n- [ ] ${paragraph(lang, next, 1)}`,
          );
        if (s === 4) parts.push(`[${key.code}](/${lang}/errors/${key.provider}/${key.code}/)`);
        return parts.join('\n\n');
      }).join('\n\n');
      write(
        `content/articles/${lang}/synthetic-article-${i}.mdx`,
        `---
title: "${lang === 'en' ? 'Synthetic article' : '合成記事'} ${i}"
description: "${paragraph(lang, next, 1)}"
date: 2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}
lang: ${lang}
slug: synthetic-article-${i}
tags: [${tags[i % tags.length]}]
categories: [ai]
twin: ${other}/synthetic-article-${i}
relatedErrors: [${key.provider}/${key.code}]
---

${paragraph(lang, next, 3)}

${body}
`,
      );
      files++;
    }
  }
  // Every provider with entries needs its page in each language (the content check).
  for (const provider of providers) {
    for (const lang of ['en', 'ja'] as const) {
      write(
        `content/providers/${provider}.${lang}.mdx`,
        `---
provider: ${provider}
lang: ${lang}
summary: "${lang === 'en' ? 'How this provider reports its errors: a synthetic page for the benchmark.' : 'このプロバイダーのエラーの見分け方（ベンチマーク用の合成ページ）です。'}"
errorDocs: https://example.com/${provider}/errors
---

## ${lang === 'en' ? 'How to recognise its errors' : 'エラーの見分け方'} {#recognise}

${paragraph(lang, next, 2)}
`,
      );
      files++;
    }
  }
  return { articles: articlePairs * 2, errors: errorPairs * 2, files };
}

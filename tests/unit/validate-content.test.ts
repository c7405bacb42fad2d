/**
 * Each cross-file rule, fed one malformed entry: the problem must name the file, the
 * field and what was expected.
 */
import { findTodoMarkers } from '~/lib/content/todo-markers';
import { describe, expect, it } from 'vitest';
import {
  errorTemplateSections,
  formatProblems,
  validateContent,
  type ArticleInput,
  type ErrorInput,
  type ValidationInput,
} from '~/lib/content/validate-content';
import { bodyFacts } from '~/lib/content/body-facts';

const examples = (key: string) =>
  ['broken.py', 'fixed.py', 'broken.ts', 'fixed.ts'].map((f) => `::example{file="${key}/${f}"}`).join('\n\n');
const templateBody =
  errorTemplateSections.map((id) => `## Section ${id} {#${id}}\n\nText.\n`).join('\n') +
  `\n${examples('openai/insufficient_quota')}\n`;
const exampleFiles = new Set(
  ['broken.py', 'fixed.py', 'broken.ts', 'fixed.ts'].map((f) => `openai/insufficient_quota/${f}`),
);

function article(
  lang: 'en' | 'ja',
  file: string,
  data: Partial<ArticleInput['data']> = {},
  body = '',
): ArticleInput {
  return {
    id: `${lang}/${file}`,
    filePath: `content/articles/${lang}/${file}.mdx`,
    body: bodyFacts(body),
    data: { lang, slug: file, relatedErrors: [], ...data },
  };
}

function entry(
  provider: string,
  code: string,
  lang: 'en' | 'ja',
  data: Partial<ErrorInput['data']> = {},
  body = templateBody,
  fileCode = code.toLowerCase(),
): ErrorInput {
  return {
    id: `${provider}/${fileCode}.${lang}`,
    filePath: `content/errors/${provider}/${fileCode}.${lang}.mdx`,
    body: bodyFacts(body),
    data: {
      provider,
      code,
      lang,
      origin: 'response',
      httpStatus: 429,
      errorType: 'insufficient_quota',
      related: { errors: [], articles: [] },
      ...data,
    },
  };
}

function providerPage(provider: string, lang: string, file = `${provider}.${lang}`) {
  return {
    id: file,
    filePath: `content/providers/${file}.mdx`,
    body: bodyFacts('Intro.'),
    data: { provider, lang },
  };
}

const validSite = (): ValidationInput => ({
  articles: [
    article('en', 'quota', { twin: 'ja/quota-jp', relatedErrors: ['openai/insufficient_quota'] }),
    article('ja', 'quota-jp', { twin: 'en/quota', relatedErrors: ['openai/insufficient_quota'] }),
  ],
  errors: [
    entry('openai', 'insufficient_quota', 'en', { related: { errors: [], articles: ['en/quota'] } }),
    entry('openai', 'insufficient_quota', 'ja', { related: { errors: [], articles: ['ja/quota-jp'] } }),
  ],
  providerPages: [providerPage('openai', 'en'), providerPage('openai', 'ja')],
  providers: ['openai'],
  locales: ['en', 'ja'],
  pagePaths: new Set(['/en/', '/ja/', '/en/articles/quota/', '/en/errors/openai/insufficient_quota/']),
  exampleFiles,
});

function problemsAfter(change: (site: ValidationInput) => void) {
  const site = validSite();
  change(site);
  return validateContent(site);
}

describe('validateContent', () => {
  it('accepts a consistent site', () => {
    expect(validateContent(validSite())).toEqual([]);
  });

  it('rejects a twin that points to no article', () => {
    const problems = problemsAfter((s) => (s.articles[0]!.data.twin = 'ja/missing'));
    expect(problems).toContainEqual({
      file: 'content/articles/en/quota.mdx',
      field: 'twin',
      message: expect.stringContaining('"ja/missing"'),
    });
  });

  it('rejects a twin in the same language', () => {
    const problems = problemsAfter((s) => {
      s.articles.push(article('en', 'other'));
      s.articles[0]!.data.twin = 'en/other';
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/articles/en/quota.mdx',
        field: 'twin',
        message: expect.stringContaining('expected an article in "ja"'),
      }),
    );
  });

  it('rejects a twin that does not point back', () => {
    const problems = problemsAfter((s) => delete s.articles[1]!.data.twin);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/articles/ja/quota-jp.mdx',
        field: 'twin',
        message: expect.stringContaining('"en/quota"'),
      }),
    );
  });

  it('rejects an article whose folder and lang disagree', () => {
    const problems = problemsAfter((s) => (s.articles[0]!.data.lang = 'ja'));
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/articles/en/quota.mdx', field: 'lang' }),
    );
  });

  it('rejects two articles with one slug in one language', () => {
    const problems = problemsAfter((s) => s.articles.push(article('en', 'quota-copy', { slug: 'quota' })));
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/articles/en/quota-copy.mdx',
        field: 'slug',
        message: expect.stringContaining('content/articles/en/quota.mdx'),
      }),
    );
  });

  it('rejects an article related to an error that does not exist', () => {
    const problems = problemsAfter((s) => s.articles[0]!.data.relatedErrors.push('openai/no_such_code'));
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/articles/en/quota.mdx',
        field: 'relatedErrors',
        message: expect.stringContaining('"openai/no_such_code"'),
      }),
    );
  });

  it('rejects an entry related to a missing entry or article', () => {
    const problems = problemsAfter((s) => {
      s.errors[0]!.data.related = { errors: ['anthropic/overloaded_error'], articles: ['en/nowhere'] };
    });
    const file = 'content/errors/openai/insufficient_quota.en.mdx';
    expect(problems).toContainEqual(expect.objectContaining({ file, field: 'related.errors' }));
    expect(problems).toContainEqual(expect.objectContaining({ file, field: 'related.articles' }));
  });

  it('rejects two entries for one code and language, whatever the case of the file name', () => {
    const problems = problemsAfter((s) =>
      s.errors.push(entry('openai', 'INSUFFICIENT_QUOTA', 'en', {}, templateBody, 'INSUFFICIENT_QUOTA')),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: 'code',
        message: expect.stringContaining(
          'already defined by content/errors/openai/insufficient_quota.en.mdx',
        ),
      }),
    );
  });

  it('rejects an entry whose frontmatter disagrees with its file name', () => {
    const problems = problemsAfter((s) => {
      s.errors[0]!.data.provider = 'gemini';
      s.errors[1]!.data.code = 'rate_limit_exceeded';
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/errors/openai/insufficient_quota.en.mdx', field: 'provider' }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/errors/openai/insufficient_quota.ja.mdx', field: 'code' }),
    );
  });

  it('rejects an entry that lacks a template section, naming it', () => {
    const problems = problemsAfter(
      (s) => (s.errors[0]!.body = bodyFacts(templateBody.replace('{#workaround}', ''))),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/errors/openai/insufficient_quota.en.mdx',
        field: 'body',
        message: expect.stringContaining('{#workaround}'),
      }),
    );
  });

  it('rejects template sections out of order', () => {
    const reordered = [...errorTemplateSections]
      .reverse()
      .map((id) => `## S {#${id}}`)
      .join('\n');
    const problems = problemsAfter((s) => (s.errors[0]!.body = bodyFacts(reordered)));
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'body', message: expect.stringContaining('order') }),
    );
  });

  it('rejects an entry without its broken/fixed pair in both languages', () => {
    const problems = problemsAfter(
      (s) => (s.errors[0]!.body = bodyFacts(templateBody.replace(/.*fixed\.ts.*\n/, ''))),
    );
    expect(problems).toContainEqual({
      file: 'content/errors/openai/insufficient_quota.en.mdx',
      field: 'body',
      message: expect.stringContaining('missing ::example{file="openai/insufficient_quota/fixed.ts"}'),
    });
  });

  it('rejects an example that points to no file', () => {
    const problems = problemsAfter(
      (s) =>
        (s.errors[1]!.body = bodyFacts(
          `${templateBody}\n::example{file="openai/insufficient_quota/other.ts"}\n`,
        )),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: 'body',
        message: '::example file "examples/openai/insufficient_quota/other.ts" does not exist',
      }),
    );
  });

  it('rejects an HTTP status that disagrees with the provider’s documented one', () => {
    const problems = problemsAfter((s) => (s.errors[0]!.data.httpStatus = 401));
    expect(problems).toContainEqual({
      file: 'content/errors/openai/insufficient_quota.en.mdx',
      field: 'httpStatus',
      message:
        'expected 429, the status openai documents for "insufficient_quota" (insufficient_quota); got 401',
    });
  });

  it('rejects a link in content to a page that does not exist, with its line', () => {
    const problems = problemsAfter(
      (s) => (s.articles[0]!.body = bodyFacts('Intro.\n\nSee [this](/en/errors/openai/insufficent_quota/).')),
    );
    expect(problems).toContainEqual({
      file: 'content/articles/en/quota.mdx',
      field: 'body',
      message: expect.stringMatching(
        /body line 3: link to "\/en\/errors\/openai\/insufficent_quota\/" points to no page/,
      ),
    });
  });

  it('formats problems with file, field and expectation for the build log', () => {
    const text = formatProblems(problemsAfter((s) => (s.articles[0]!.data.twin = 'ja/missing')));
    expect(text).toMatch(/Content check failed \(\d+ problems?\)/);
    expect(text).toContain('content/articles/en/quota.mdx');
    expect(text).toContain('field "twin": expected the id of an existing article');
  });
});

describe('provider pages', () => {
  it('requires one per provider that has entries, in each language', () => {
    const problems = problemsAfter((s) => s.providerPages.pop());
    expect(problems).toContainEqual({
      file: 'content/providers/openai.ja.mdx',
      field: 'path',
      message:
        'expected a page for provider "openai" in "ja" (every provider in src/site.config.ts has one per language); no such file',
    });
  });

  it('rejects a page whose file name disagrees with its provider', () => {
    const problems = problemsAfter(
      (s) => (s.providerPages[0] = providerPage('anthropic', 'en', 'openai.en')),
    );
    expect(problems).toContainEqual({
      file: 'content/providers/openai.en.mdx',
      field: 'provider',
      message: 'expected the file content/providers/anthropic.en.mdx for provider "anthropic" in "en"',
    });
  });
});

describe('TODO markers', () => {
  it('stop the build naming the file and line, in frontmatter comments and prose alike', () => {
    const source = '---\nsummary: "x" # TODO: say what it means\n---\n\nDone.\n\nTODO: write the fix.\n';
    const problems = problemsAfter(
      (s) => (s.errors[0]!.body = bodyFacts(source.slice(source.indexOf('\n---\n') + 5), source)),
    );
    expect(problems.filter((p) => p.message.includes('TODO'))).toEqual([
      {
        file: 'content/errors/openai/insufficient_quota.en.mdx',
        field: 'body',
        message:
          'line 2: a TODO marker is left ("summary: "x" # TODO: say what it means"); expected the finished text',
      },
      {
        file: 'content/errors/openai/insufficient_quota.en.mdx',
        field: 'body',
        message: 'line 7: a TODO marker is left ("TODO: write the fix."); expected the finished text',
      },
    ]);
  });

  it('are not looked for inside code fences', () => {
    expect(findTodoMarkers('Text.\n\n```ts\n// TODO: in a sample\n```\n')).toEqual([]);
    expect(findTodoMarkers('A TODO without a colon is prose.')).toEqual([]);
  });
});

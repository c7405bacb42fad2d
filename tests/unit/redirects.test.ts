import { describe, expect, it } from 'vitest';
import { buildRedirects, defaultTarget, type RedirectSources } from '~/lib/routing/redirects';
import { markdownLink, sectionUrl } from '~/lib/routing/link-formats';

const sources = (overrides: Partial<RedirectSources> = {}): RedirectSources => ({
  articles: [
    { file: 'a/en.mdx', lang: 'en', slug: 'quota-guide', aliases: [] },
    { file: 'a/ja.mdx', lang: 'ja', slug: 'quota-guide-jp', aliases: [] },
  ],
  errors: [
    { file: 'e/oq.en', lang: 'en', provider: 'openai', code: 'insufficient_quota', aliases: [] },
    { file: 'e/oq.ja', lang: 'ja', provider: 'openai', code: 'insufficient_quota', aliases: [] },
    { file: 'e/gr.ja', lang: 'ja', provider: 'gemini', code: 'RESOURCE_EXHAUSTED', aliases: [] },
  ],
  ...overrides,
});
const pages = new Set(['/en/', '/en/errors/']);

describe('short links', () => {
  it('gives each entry /e/<provider>/<code>/ and, when the code is unique, /e/<code>/, to both languages', () => {
    const { redirects, choices, problems } = buildRedirects(sources(), pages);
    const byPath = Object.fromEntries(redirects.map((r) => [r.path, r.targets]));
    const both = { en: '/en/errors/openai/insufficient_quota/', ja: '/ja/errors/openai/insufficient_quota/' };
    expect(byPath['/e/openai/insufficient_quota/']).toEqual(both);
    expect(byPath['/e/insufficient_quota/']).toEqual(both);
    // Codes are lowercased in URLs; an entry in one language leads there.
    expect(byPath['/e/resource_exhausted/']).toEqual({ ja: '/ja/errors/gemini/resource_exhausted/' });
    expect(byPath['/a/quota-guide-jp/']).toEqual({ ja: '/ja/articles/quota-guide-jp/' });
    expect(choices).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('lists the providers at /e/<code>/ when more than one returns the code', () => {
    const { redirects, choices } = buildRedirects(
      sources({
        errors: [
          { file: 'x', lang: 'en', provider: 'openai', code: 'not_found', aliases: [] },
          { file: 'y', lang: 'en', provider: 'gemini', code: 'NOT_FOUND', aliases: [] },
        ],
      }),
      pages,
    );
    expect(redirects.map((r) => r.path)).not.toContain('/e/not_found/');
    expect(choices).toEqual([
      {
        path: '/e/not_found/',
        code: 'not_found',
        entries: [
          { provider: 'gemini', targets: { en: '/en/errors/gemini/not_found/' } },
          { provider: 'openai', targets: { en: '/en/errors/openai/not_found/' } },
        ],
      },
    ]);
  });

  it('sends readers without a preference to English, else to the language that exists', () => {
    expect(defaultTarget({ ja: '/ja/x/', en: '/en/x/' })).toBe('/en/x/');
    expect(defaultTarget({ ja: '/ja/x/' })).toBe('/ja/x/');
    expect(() => defaultTarget({})).toThrow();
  });
});

describe('aliases', () => {
  it('redirects an old URL to the page that lists it, in that page’s language', () => {
    const input = sources();
    input.errors[1] = { ...input.errors[1]!, aliases: ['/errors/quota/'] };
    const { redirects, problems } = buildRedirects(input, pages);
    expect(problems).toEqual([]);
    expect(redirects.find((r) => r.path === '/errors/quota/')).toEqual({
      path: '/errors/quota/',
      kind: 'alias',
      targets: { ja: '/ja/errors/openai/insufficient_quota/' },
    });
  });

  it.each([
    ['a page', '/en/errors/', 'the page /en/errors/'],
    ['a short link', '/e/insufficient_quota/', 'the short link /e/insufficient_quota/'],
  ])('stops on an alias that is %s, naming the file and field', (_, alias, clash) => {
    const input = sources();
    input.articles[0] = { ...input.articles[0]!, aliases: [alias] };
    const { problems, redirects } = buildRedirects(input, pages);
    expect(problems).toEqual([
      {
        file: 'a/en.mdx',
        field: 'aliases',
        message: expect.stringContaining(`"${alias}" is already ${clash}`),
      },
    ]);
    expect(redirects.filter((r) => r.kind === 'alias')).toEqual([]);
  });

  it('stops on two pages claiming one alias, naming the second and the first', () => {
    const input = sources();
    input.articles[0] = { ...input.articles[0]!, aliases: ['/old/'] };
    input.errors[0] = { ...input.errors[0]!, aliases: ['/old/'] };
    const { problems } = buildRedirects(input, pages);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'e/oq.en', field: 'aliases' });
    expect(problems[0]!.message).toContain('"/old/" is already an alias of a/en.mdx');
  });
});

describe('link formats', () => {
  it('makes a Markdown link whose brackets and parentheses cannot break it', () => {
    expect(markdownLink('insufficient_quota: You exceeded [quota]', 'https://x.example/a_(b)/')).toBe(
      '[insufficient_quota: You exceeded \\[quota\\]](https://x.example/a_%28b%29/)',
    );
  });

  it('links a section by the canonical URL and the heading id', () => {
    expect(sectionUrl('https://x.example/en/a/#old', 'cause-old-key')).toBe(
      'https://x.example/en/a/#cause-old-key',
    );
    expect(sectionUrl('https://x.example/ja/a/', '原因')).toBe('https://x.example/ja/a/#%E5%8E%9F%E5%9B%A0');
  });
});

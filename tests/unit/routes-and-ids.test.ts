import { describe, expect, it } from 'vitest';
import { codeSlug, paths, stripBase, withBase } from '~/lib/routing/routes';
import { errorKey, idFromPath, otherLocale, parseArticlePath, parseErrorPath } from '~/lib/content/entry-ids';
import { langFromContentPath } from '~/lib/content/content-lang';

describe('routes', () => {
  it('builds the URL scheme of design.md', () => {
    expect(paths.article('ja', 'openai-api-quota-error-jp')).toBe('/ja/articles/openai-api-quota-error-jp/');
    expect(paths.error('en', 'openai', 'insufficient_quota')).toBe('/en/errors/openai/insufficient_quota/');
    expect(paths.errorIndex('ja')).toBe('/ja/errors/');
    expect(paths.tag('en', 'quota')).toBe('/en/tags/quota/');
    expect(paths.home('ja')).toBe('/ja/');
  });

  it('lowercases codes in the path only', () => {
    expect(codeSlug('RESOURCE_EXHAUSTED')).toBe('resource_exhausted');
    expect(paths.error('en', 'gemini', 'RESOURCE_EXHAUSTED')).toBe('/en/errors/gemini/resource_exhausted/');
  });

  it('makes a linkable search URL with the query encoded', () => {
    expect(paths.search('en', '429 insufficient_quota')).toBe('/en/search/?q=429%20insufficient_quota');
    expect(paths.search('ja', '課金')).toBe('/ja/search/?q=%E8%AA%B2%E9%87%91');
  });

  it('adds and removes a deployment base', () => {
    expect(withBase('/en/', '/')).toBe('/en/');
    expect(withBase('/en/', '/kb/')).toBe('/kb/en/');
    expect(withBase('/en/', '/kb')).toBe('/kb/en/');
    expect(stripBase('/kb/en/errors/', '/kb/')).toBe('/en/errors/');
    expect(stripBase('/en/errors/', '/')).toBe('/en/errors/');
  });
});

describe('entry ids', () => {
  it('reads article and error file layouts', () => {
    expect(parseArticlePath('ja/openai-api-quota-error-jp.mdx')).toEqual({
      lang: 'ja',
      file: 'openai-api-quota-error-jp',
    });
    expect(parseArticlePath('openai-api-quota-error.mdx')).toBeNull();
    expect(parseErrorPath('openai/insufficient_quota.en.mdx')).toEqual({
      provider: 'openai',
      code: 'insufficient_quota',
      lang: 'en',
    });
    expect(parseErrorPath('openai/insufficient_quota.mdx')).toBeNull();
  });

  it('keeps the language in ids so twins with one slug never collapse', () => {
    expect(idFromPath('en/openai-api-quota-error.mdx')).toBe('en/openai-api-quota-error');
    expect(idFromPath('openai/insufficient_quota.ja.mdx')).not.toBe(
      idFromPath('openai/insufficient_quota.en.mdx'),
    );
  });

  it('keys errors by provider and lowercased code', () => {
    expect(errorKey('gemini', 'RESOURCE_EXHAUSTED')).toBe('gemini/resource_exhausted');
  });

  it('pairs the two languages', () => {
    expect(otherLocale('en')).toBe('ja');
    expect(otherLocale('ja')).toBe('en');
  });

  it('tells a content file’s language from its path', () => {
    expect(langFromContentPath('/x/content/articles/ja/foo.mdx')).toBe('ja');
    expect(langFromContentPath('/x/content/errors/openai/insufficient_quota.ja.mdx')).toBe('ja');
    expect(langFromContentPath('/x/content/errors/openai/insufficient_quota.en.mdx')).toBe('en');
    expect(langFromContentPath(undefined)).toBe('en');
  });
});

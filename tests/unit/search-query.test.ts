import { describe, expect, it } from 'vitest';
import {
  answerPagesFirst,
  containsJapanese,
  groupByLanguage,
  highlightTerms,
  languageOfUrl,
  pagefindFilters,
  parseSearchState,
  pathOfUrl,
  readyToSearchWhileTyping,
  serializeSearchState,
  wantsOtherLanguage,
} from '~/search/query';

describe('the search in the URL', () => {
  it('reads and writes the query and filters, so a search can be linked', () => {
    const state = parseSearchState('?q=429+insufficient_quota&kind=error&provider=openai&other=1');
    expect(state).toEqual({
      query: '429 insufficient_quota',
      kind: 'error',
      provider: 'openai',
      other: true,
    });
    expect(parseSearchState(serializeSearchState(state))).toEqual(state);
    expect(serializeSearchState({ query: '', other: false })).toBe('');
  });

  it('keeps markup in a query as text', () => {
    const query = '<img src=x onerror=alert(1)>';
    expect(parseSearchState(serializeSearchState({ query, other: false })).query).toBe(query);
  });

  it('turns the filters into Pagefind filters and nothing else', () => {
    expect(pagefindFilters({ query: 'x', kind: 'error', severity: 'high', other: true })).toEqual({
      kind: 'error',
      severity: 'high',
    });
  });
});

describe('languages', () => {
  it('searches Japanese pages too when an English reader types Japanese, or asks', () => {
    expect(containsJapanese('クォータ')).toBe(true);
    expect(wantsOtherLanguage({ query: 'クォータ', other: false }, 'en')).toBe(true);
    expect(wantsOtherLanguage({ query: 'quota', other: false }, 'en')).toBe(false);
    expect(wantsOtherLanguage({ query: 'quota', other: true }, 'ja')).toBe(true);
    expect(wantsOtherLanguage({ query: 'quota', other: false }, 'ja')).toBe(false);
  });

  it('tells a result URL’s language, below a base and absolute', () => {
    expect(languageOfUrl('/ja/errors/openai/insufficient_quota/', '/')).toBe('ja');
    expect(languageOfUrl('http://127.0.0.1:4321/kb/en/articles/x/', '/kb/')).toBe('en');
    expect(languageOfUrl('/kb/other/', '/kb/')).toBeUndefined();
    const { primary, other } = groupByLanguage(
      [{ url: '/ja/a/' }, { url: '/en/b/' }, { url: '/ja/c/' }],
      'ja',
      '/',
    );
    expect(primary.map((r) => r.url)).toEqual(['/ja/a/', '/ja/c/']);
    expect(other.map((r) => r.url)).toEqual(['/en/b/']);
    expect(pathOfUrl('http://x/en/a/?highlight=b#c')).toBe('/en/a/?highlight=b#c');
  });
});

describe('searching while typing', () => {
  it.each([
    ['', true],
    ['r', false],
    ['ra', false],
    ['rat', true],
    ['rate l', false],
    ['rate ', true],
    ['429', true],
    ['課', false],
    ['課金', true],
  ])('%j is searched as it is typed: %s', (query, ready) => {
    expect(readyToSearchWhileTyping(query)).toBe(ready);
  });
});

describe('highlighting on arrival', () => {
  it('takes the highlight parameter’s words, without duplicates or single letters', () => {
    expect(highlightTerms('?highlight=rate+limit&highlight=rate&highlight=a')).toEqual(['rate', 'limit']);
  });
});

describe('results under an answer', () => {
  it('the articles about the answer come first, once; the rest keep their rank', () => {
    const results = [
      '/ja/errors/vertex-ai/x/',
      '/ja/articles/quota/?highlight=429',
      '/ja/errors/bedrock/y/',
    ].map((path) => ({ path }));
    expect(answerPagesFirst(results, [{ path: '/ja/articles/quota/' }]).map((r) => r.path)).toEqual([
      '/ja/articles/quota/',
      '/ja/errors/vertex-ai/x/',
      '/ja/errors/bedrock/y/',
    ]);
    expect(answerPagesFirst(results, [])).toEqual(results);
  });
});

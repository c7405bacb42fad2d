/**
 * The frontmatter schemas: each malformed field is rejected with its path and what was
 * expected. (Astro adds the file name; tests/build/bad-input.test.ts checks that end to end.)
 */
import { describe, expect, it } from 'vitest';
import { articleSchema } from '~/schemas/article';
import { errorEntrySchema } from '~/schemas/error-entry';

const validArticle = {
  title: 'Why paying does not fix it',
  description: 'A long enough description of the article for lists and cards.',
  date: '2025-12-18',
  lang: 'en',
  slug: 'openai-api-quota-error',
  tags: ['openai', 'quota'],
  categories: ['ai'],
  twin: 'ja/openai-api-quota-error-jp',
  relatedErrors: ['openai/insufficient_quota'],
};

const validEntry = {
  provider: 'openai',
  code: 'insufficient_quota',
  lang: 'en',
  title: 'You exceeded your current quota',
  summary: 'The account behind the key has no usable credit left.',
  httpStatus: 429,
  errorType: 'insufficient_quota',
  severity: 'high',
  level: 'beginner',
  fixTime: { min: 5, max: 30 },
  retry: 'no',
  messages: [{ source: 'http', text: '{"error": {}}' }],
  appliesTo: [{ name: 'openai (Python)', versions: '>=1.0.0' }],
  verified: { date: '2026-11-22', source: 'https://platform.openai.com/docs/guides/error-codes' },
  tags: ['openai'],
  related: { errors: [], articles: [] },
};

function issuesOf(schema: typeof articleSchema | typeof errorEntrySchema, data: unknown) {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('article schema', () => {
  it('accepts a valid article and fills defaults', () => {
    expect(issuesOf(articleSchema, validArticle)).toEqual([]);
    const parsed = articleSchema.parse({ ...validArticle, tags: undefined, relatedErrors: undefined });
    expect(parsed.tags).toEqual([]);
    expect(parsed.date).toBeInstanceOf(Date);
  });

  it.each([
    ['title', { title: 42 }, /expected a title as text, got number/],
    ['lang', { lang: 'fr' }, /expected one of "en"\|"ja"/],
    ['slug', { slug: 'Has Spaces' }, /lowercase letters, digits and single hyphens/],
    ['tags.1', { tags: ['openai', 'quotas'] }, /expected one of .*"quota"/],
    ['date', { date: 'yesterday' }, /expected a date/],
    ['twin', { twin: 'openai-api-quota-error-jp' }, /expected an article id "<lang>\/<file name>"/],
    [
      'relatedErrors.0',
      { relatedErrors: ['insufficient_quota'] },
      /expected an error key "<provider>\/<code>"/,
    ],
    ['description', { description: 'short' }, /expected at least 20 characters/],
  ])('rejects a bad %s', (path, change, message) => {
    expect(issuesOf(articleSchema, { ...validArticle, ...change })).toContainEqual({
      path,
      message: expect.stringMatching(message),
    });
  });

  it('rejects an unknown field, so a misspelt one is never ignored', () => {
    expect(issuesOf(articleSchema, { ...validArticle, tittle: 'x' })).toContainEqual({
      path: '',
      message: expect.stringMatching(/Unrecognized key: "tittle"/),
    });
  });
});

describe('error entry schema', () => {
  it('accepts a valid entry', () => {
    expect(issuesOf(errorEntrySchema, validEntry)).toEqual([]);
  });

  it.each([
    ['severity', { severity: 'severe' }, /expected one of "low"\|"medium"\|"high"\|"critical"/],
    ['level', { level: 'expert' }, /expected one of "beginner"\|"intermediate"\|"advanced"/],
    ['httpStatus', { httpStatus: '429' }, /expected the HTTP status as a number/],
    ['httpStatus', { httpStatus: 200 }, /expected an HTTP error status between 400 and 599/],
    ['httpStatus', { origin: 'client' }, /expected no HTTP status for origin "client"/],
    ['origin', { origin: 'network' }, /expected one of "response"\|"completion"\|"client"/],
    ['provider', { provider: 'cohere' }, /expected one of "openai"\|"anthropic"\|"gemini"\|"azure-openai"/],
    ['code', { code: 'insufficient quota' }, /expected the code as the API writes it/],
    ['fixTime.max', { fixTime: { min: 30, max: 5 } }, /expected min <= max/],
    ['retry', { retry: false }, /expected one of "no"\|"after-backoff"\|"yes"/],
    ['messages', { messages: [] }, /Too small/i],
    ['messages.0.source', { messages: [{ source: 'curl', text: 'x' }] }, /expected one of "http"/],
    [
      'verified.source',
      { verified: { date: '2026-11-22', source: 'not a url' } },
      /expected an absolute https URL/,
    ],
    ['verified.date', { verified: { date: 'soon', source: 'https://example.com' } }, /expected a date/],
    ['related.errors.0', { related: { errors: ['Openai/X'], articles: [] } }, /expected an error key/],
  ])('rejects a bad %s', (path, change, message) => {
    expect(issuesOf(errorEntrySchema, { ...validEntry, ...change })).toContainEqual({
      path,
      message: expect.stringMatching(message),
    });
  });
});

describe('missing fields', () => {
  it('say "required" and what was expected', () => {
    const { title: _t, ...noTitle } = validArticle;
    expect(issuesOf(articleSchema, noTitle)).toContainEqual({
      path: 'title',
      message: 'required: expected a title',
    });
    const { severity: _s, httpStatus: _h, ...noSeverity } = validEntry;
    const issues = issuesOf(errorEntrySchema, noSeverity);
    expect(issues).toContainEqual({
      path: 'severity',
      message: 'required: expected one of "low"|"medium"|"high"|"critical"',
    });
    expect(issues).toContainEqual({
      path: 'httpStatus',
      message:
        'required: expected the HTTP status as a number, e.g. 429 (or set origin: completion | client)',
    });
  });
});

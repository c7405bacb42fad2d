/**
 * The HTTP status pages' pure logic: which pages exist (and their twins and short links),
 * the clue that tells each entry from the others with its status, the status API and its
 * schema, and their JSON-LD.
 */
import { describe, expect, it } from 'vitest';
import { paths } from '~/lib/routing/routes';
import { sitePages, statusesInUse, twinPaths, type PageSources } from '~/lib/routing/site-pages';
import { buildRedirects } from '~/lib/routing/redirects';
import {
  codeField,
  errorMessage,
  groupByStatus,
  statusClues,
  type ClueProvider,
  type ClueSource,
} from '~/lib/content/status-clues';
import { errorApiJsonSchema, statusIndex, type ErrorRecord } from '~/lib/outputs/error-api';
import { collectionPageStructuredData } from '~/lib/outputs/structured-data';
import { providers } from '~/site.config';
import { validateJson } from '../support/json-schema';

const sources: PageSources = {
  articles: [],
  errors: [
    { lang: 'en', provider: 'openai', code: 'insufficient_quota', tags: [], httpStatus: 429 },
    { lang: 'ja', provider: 'openai', code: 'insufficient_quota', tags: [], httpStatus: 429 },
    { lang: 'en', provider: 'anthropic', code: 'overloaded_error', tags: [], httpStatus: 529 },
    { lang: 'en', provider: 'openai', code: 'APIConnectionError', tags: [] },
    { lang: 'ja', provider: 'openai', code: 'APIConnectionError', tags: [] },
  ],
};

describe('status pages', () => {
  it('exist for each status an entry of the language has, none for errors without a status', () => {
    expect(statusesInUse(sources)).toEqual([429, 529]);
    expect(statusesInUse(sources, 'ja')).toEqual([429]);
    const statusPages = sitePages(sources).filter((p) => p.kind === 'status');
    expect(statusPages).toEqual([
      { path: '/en/status/429/', lang: 'en', kind: 'status' },
      { path: '/en/status/529/', lang: 'en', kind: 'status' },
      { path: '/ja/status/429/', lang: 'ja', kind: 'status' },
    ]);
    expect(paths.status('ja', 404)).toBe('/ja/status/404/');
  });

  it('name their other-language twin only where it exists', () => {
    const twins = twinPaths(sitePages(sources), sources);
    expect(twins.get('/en/status/429/')).toBe('/ja/status/429/');
    expect(twins.get('/ja/status/429/')).toBe('/en/status/429/');
    expect(twins.has('/en/status/529/')).toBe(false);
  });

  it('have short links /s/<status>/ to each language that has the page', () => {
    const { redirects, problems } = buildRedirects(
      { articles: [], errors: sources.errors.map((e, i) => ({ ...e, file: `f${i}`, aliases: [] })) },
      new Set(),
    );
    const byPath = Object.fromEntries(redirects.map((r) => [r.path, r]));
    expect(byPath['/s/429/']).toEqual({
      path: '/s/429/',
      kind: 'short-link',
      targets: { en: '/en/status/429/', ja: '/ja/status/429/' },
    });
    expect(byPath['/s/529/']?.targets).toEqual({ en: '/en/status/529/' });
    expect(redirects.filter((r) => r.path.startsWith('/s/')).map((r) => r.path)).toEqual([
      '/s/429/',
      '/s/529/',
    ]);
    expect(problems).toEqual([]);
  });

  it('keep a short link from being taken as an alias', () => {
    const { problems } = buildRedirects(
      {
        articles: [],
        errors: [
          { file: 'a.en', lang: 'en', provider: 'openai', code: 'x', httpStatus: 429, aliases: [] },
          { file: 'b.en', lang: 'en', provider: 'openai', code: 'y', httpStatus: 400, aliases: ['/s/429/'] },
        ],
      },
      new Set(),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'b.en',
        field: 'aliases',
        message: expect.stringContaining('/s/429/'),
      }),
    ]);
  });

  it('group entries by status, ascending, leaving out those without one', () => {
    const groups = groupByStatus(sources.errors, (e) => e.httpStatus);
    expect(groups.map((g) => [g.status, g.entries.length])).toEqual([
      [429, 2],
      [529, 1],
    ]);
  });
});

const provider = (id: keyof typeof providers): ClueProvider => providers[id];
const entry = (over: Partial<ClueSource> & Pick<ClueSource, 'key' | 'provider' | 'code'>): ClueSource => ({
  errorType: over.code,
  httpStatus: 429,
  messages: [],
  ...over,
});

// Bodies as the entries record them (content/errors/*).
const openaiQuota = entry({
  key: 'openai/insufficient_quota',
  provider: 'openai',
  code: 'insufficient_quota',
  messages: [
    {
      source: 'http',
      text: '{"error": {"message": "You exceeded your current quota, please check your plan and billing details.", "type": "insufficient_quota", "param": null, "code": "insufficient_quota"}}',
    },
  ],
});
const openaiRate = entry({
  key: 'openai/rate_limit_exceeded',
  provider: 'openai',
  code: 'rate_limit_exceeded',
  errorType: 'tokens',
  messages: [
    {
      source: 'http',
      text: '{"error": {"message": "Rate limit reached for gpt-4o", "type": "tokens", "param": null, "code": "rate_limit_exceeded"}}',
    },
  ],
});
const anthropicRate = entry({
  key: 'anthropic/rate_limit_error',
  provider: 'anthropic',
  code: 'rate_limit_error',
});
const gemini = entry({
  key: 'gemini/resource_exhausted',
  provider: 'gemini',
  code: 'RESOURCE_EXHAUSTED',
  messages: [
    {
      source: 'http',
      text: '{"error": {"code": 429, "message": "You exceeded your current quota.", "status": "RESOURCE_EXHAUSTED"}}',
    },
  ],
});
const bedrock = entry({
  key: 'bedrock/throttlingexception',
  provider: 'bedrock',
  code: 'ThrottlingException',
  messages: [
    {
      source: 'http',
      text: 'HTTP/1.1 429 Too Many Requests\nx-amzn-ErrorType: ThrottlingException\n{"message":"Too many tokens, please wait before trying again."}',
    },
  ],
});
const xai = entry({
  key: 'xai/rate_limit',
  provider: 'xai',
  code: 'rate_limit',
  errorType: 'Some resource has been exhausted',
  messages: [
    {
      source: 'http',
      text: '{"code":"Some resource has been exhausted","error":"Too many tokens for team 0000 and model grok-4."}',
    },
  ],
});
const openrouter = entry({
  key: 'openrouter/rate_limit',
  provider: 'openrouter',
  code: 'rate_limit',
  errorType: 'rate_limit_exceeded',
  messages: [
    {
      source: 'http',
      text: '{"error":{"message":"Rate limit exceeded: free-models-per-day.","code":429,"metadata":{"provider_name":null}}}',
    },
  ],
});
const anthropicCredit = entry({
  key: 'anthropic/credit_balance_too_low',
  provider: 'anthropic',
  code: 'credit_balance_too_low',
  errorType: 'invalid_request_error',
  httpStatus: 400,
  messages: [
    {
      source: 'http',
      text: '{"type":"error","error":{"type":"invalid_request_error","message":"Your credit balance is too low to access the Anthropic API."}}',
    },
  ],
});
const anthropicInvalid = entry({
  key: 'anthropic/invalid_request_error',
  provider: 'anthropic',
  code: 'invalid_request_error',
  httpStatus: 400,
  messages: [
    {
      source: 'http',
      text: '{"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: Field required"}}',
    },
  ],
});

describe('the clue that tells an entry apart', () => {
  it('is where each error format writes the code', () => {
    expect(codeField(openaiQuota, 'openai')).toEqual({ field: 'error.code', value: 'insufficient_quota' });
    expect(codeField(openaiRate, 'openai')).toEqual({ field: 'error.code', value: 'rate_limit_exceeded' });
    // No body recorded: the format fixes the field.
    expect(codeField(anthropicRate, 'anthropic')).toEqual({ field: 'error.type', value: 'rate_limit_error' });
    expect(codeField(gemini, 'google')).toEqual({ field: 'error.status', value: 'RESOURCE_EXHAUSTED' });
    expect(codeField(bedrock, 'aws')).toEqual({ field: 'exception', value: 'ThrottlingException' });
    // OpenAI-compatible services that key entries by a slug: the field that holds the type.
    expect(codeField(xai, 'openai')).toEqual({ field: 'code', value: 'Some resource has been exhausted' });
    // Nothing in the body names it (OpenRouter's code is the status number).
    expect(codeField(openrouter, 'openai')).toBeUndefined();
  });

  it('gives every entry its provider’s hosts, and its message only where the field is not enough', () => {
    const clues = statusClues(
      [openaiQuota, openaiRate, anthropicRate, gemini, bedrock, xai, openrouter],
      (id) => provider(id as keyof typeof providers),
    );
    expect(clues.get('openai/insufficient_quota')).toEqual({
      field: 'error.code',
      value: 'insufficient_quota',
      hosts: providers.openai.hosts,
    });
    expect(clues.get('gemini/resource_exhausted')?.hosts).toContain('generativelanguage.googleapis.com');
    expect(clues.get('bedrock/throttlingexception')?.hosts).toContain('bedrock-runtime');
    expect(clues.get('openrouter/rate_limit')).toEqual({
      hosts: ['openrouter.ai'],
      message: 'Rate limit exceeded: free-models-per-day.',
    });
  });

  it('adds the message when two entries of one provider share the field and value', () => {
    const clues = statusClues([anthropicCredit, anthropicInvalid], (id) =>
      provider(id as keyof typeof providers),
    );
    expect(clues.get('anthropic/credit_balance_too_low')).toMatchObject({
      field: 'error.type',
      value: 'invalid_request_error',
      message: 'Your credit balance is too low to access the Anthropic API.',
    });
    expect(clues.get('anthropic/invalid_request_error')?.message).toBe('max_tokens: Field required');
  });

  it('takes the message from the body, else the first line an SDK prints, shortened to one line', () => {
    expect(errorMessage(xai)).toBe('Too many tokens for team 0000 and model grok-4.');
    const sdkOnly = entry({
      key: 'deepseek/server_overloaded',
      provider: 'deepseek',
      code: 'server_overloaded',
      messages: [{ source: 'openai-python', text: '\nopenai.InternalServerError: Error code: 503\nmore' }],
    });
    expect(errorMessage(sdkOnly)).toBe('openai.InternalServerError: Error code: 503');
    const long = entry({
      key: 'a/b',
      provider: 'openai',
      code: 'b',
      messages: [{ source: 'cli', text: 'x '.repeat(200) }],
    });
    expect(errorMessage(long)!.length).toBeLessThanOrEqual(140);
    expect(errorMessage(long)!.endsWith('…')).toBe(true);
  });
});

const record = (key: string, httpStatus: number | null, langs: string[]): ErrorRecord =>
  ({
    key,
    httpStatus,
    pages: Object.fromEntries(
      langs.map((l) => [l, { title: 't', summary: 's', url: `https://x/${l}/`, updated: '2026-01-01' }]),
    ),
  }) as unknown as ErrorRecord;

describe('/api/status.json', () => {
  const index = statusIndex(
    [
      record('openai/insufficient_quota', 429, ['en', 'ja']),
      record('anthropic/rate_limit_error', 429, ['en', 'ja']),
      record('anthropic/overloaded_error', 529, ['en']),
      record('openai/apiconnectionerror', null, ['en', 'ja']),
    ],
    {
      schemaUrl: 'https://x/api/errors.schema.json#/$defs/statusIndex',
      reason: (status) => (status === 429 ? 'Too Many Requests' : 'Overloaded'),
      page: (lang, status) => ({
        title: `HTTP ${status}`,
        summary: 'What it means.',
        url: `https://x/${lang}/status/${status}/`,
      }),
    },
  );

  it('lists each status once, ascending, with its entries’ keys and a page per language that has them', () => {
    expect(index.count).toBe(2);
    expect(index.statuses).toEqual([
      {
        status: 429,
        reason: 'Too Many Requests',
        count: 2,
        errors: ['anthropic/rate_limit_error', 'openai/insufficient_quota'],
        pages: {
          en: { title: 'HTTP 429', summary: 'What it means.', url: 'https://x/en/status/429/' },
          ja: { title: 'HTTP 429', summary: 'What it means.', url: 'https://x/ja/status/429/' },
        },
      },
      {
        status: 529,
        reason: 'Overloaded',
        count: 1,
        errors: ['anthropic/overloaded_error'],
        pages: { en: { title: 'HTTP 529', summary: 'What it means.', url: 'https://x/en/status/529/' } },
      },
    ]);
  });

  it('is described by #/$defs/statusIndex of the error schema, which the error index still validates against unchanged', () => {
    const schema = errorApiJsonSchema('https://x/api/errors.schema.json', {
      providers: ['openai', 'anthropic'],
      locales: ['en', 'ja'],
      severities: ['low'],
      levels: ['beginner'],
      retryPolicies: ['no'],
      messageSources: ['http'],
      origins: ['response'],
    }) as Record<string, Record<string, unknown>>;
    const statusSchema = { ...schema.$defs!.statusIndex!, $defs: schema.$defs };
    expect(validateJson(index, statusSchema as Record<string, unknown>)).toEqual([]);
    expect(
      validateJson(
        { ...index, statuses: [{ ...index.statuses[0], status: '429', extra: 1 }] },
        statusSchema as Record<string, unknown>,
      ).sort(),
    ).toEqual([
      '/statuses/0/status: expected integer, got string',
      '/statuses/0: unexpected property "extra"',
    ]);
    // Additive: the root still describes /api/errors.json alone.
    expect(schema.required).toEqual(['$schema', 'version', 'count', 'errors']);
  });
});

describe('status page JSON-LD', () => {
  it('is a CollectionPage listing the entries, and the breadcrumb Home > Errors > the page', () => {
    const [page, crumbs] = collectionPageStructuredData(
      {
        url: 'https://x/en/status/429/',
        title: 'HTTP 429 Too Many Requests',
        description: 'Over a limit.',
        lang: 'en',
        items: [
          { name: 'OpenAI: insufficient_quota', url: 'https://x/en/errors/openai/insufficient_quota/' },
        ],
        trail: [
          { name: 'Home', url: 'https://x/en/' },
          { name: 'Error reference', url: 'https://x/en/errors/' },
        ],
      },
      { name: 'Site', url: 'https://x/en/' },
    );
    expect(page).toMatchObject({
      '@type': 'CollectionPage',
      inLanguage: 'en',
      mainEntity: {
        '@type': 'ItemList',
        numberOfItems: 1,
        itemListElement: [
          { '@type': 'ListItem', position: 1, url: 'https://x/en/errors/openai/insufficient_quota/' },
        ],
      },
    });
    expect((crumbs!.itemListElement as { name: string }[]).map((c) => c.name)).toEqual([
      'Home',
      'Error reference',
      'HTTP 429 Too Many Requests',
    ]);
  });
});

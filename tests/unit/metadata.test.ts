import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  articleStructuredData,
  breadcrumbList,
  entryStructuredData,
  howTo,
  isoDateTime,
  jsonLdText,
  techArticle,
  type EntryPageFacts,
} from '~/lib/outputs/structured-data';
import { getRssString } from '@astrojs/rss';
import { feedOptions, newestFirst, type FeedItem } from '~/lib/outputs/rss';
import { belongsInSitemap, hreflangAlternates } from '~/lib/outputs/sitemap';
import { firstOrderedListItems, quickFixSteps, sectionById } from '~/lib/content/entry-sections';
import {
  buildErrorRecords,
  errorApiJsonSchema,
  errorIndex,
  type ErrorRecordOptions,
  type ErrorRecordSource,
} from '~/lib/outputs/error-api';
import { paths } from '~/lib/routing/routes';

const site = { name: 'AI Error Guide', url: 'https://example.test/en/' };

describe('JSON-LD builders', () => {
  it('writes dates as full ISO 8601 in UTC', () => {
    expect(isoDateTime(new Date('2025-12-18T10:00:00Z'))).toBe('2025-12-18T10:00:00Z');
    expect(() => isoDateTime(new Date('nope'))).toThrow(/invalid Date/);
  });

  it('a TechArticle names its canonical URL, language, dates, keywords and the site as author', () => {
    const data = techArticle(
      {
        url: 'https://example.test/en/articles/a/',
        headline: 'Why paying does not fix it',
        description: 'A description long enough.',
        lang: 'en',
        datePublished: new Date('2025-12-18T10:00:00Z'),
        dateModified: new Date('2026-01-10T00:00:00Z'),
        keywords: ['OpenAI', 'Quota'],
      },
      site,
    );
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'TechArticle',
      headline: 'Why paying does not fix it',
      inLanguage: 'en',
      url: 'https://example.test/en/articles/a/',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.test/en/articles/a/' },
      datePublished: '2025-12-18T10:00:00Z',
      dateModified: '2026-01-10T00:00:00Z',
      author: { '@type': 'Organization', name: 'AI Error Guide' },
      publisher: { '@type': 'Organization', name: 'AI Error Guide' },
      keywords: 'OpenAI, Quota',
    });
    expect(data).not.toHaveProperty('image');
  });

  it('includes the preview image only when one is given', () => {
    const facts = { url: 'https://x.test/', headline: 'h', description: 'd', lang: 'en', keywords: [] };
    expect(techArticle({ ...facts, image: 'https://x.test/og.png' }, site).image).toBe(
      'https://x.test/og.png',
    );
    expect(techArticle(facts, site)).not.toHaveProperty('keywords');
  });

  it('an article without `updated` is modified when it was published', () => {
    const [article, crumbs] = articleStructuredData(
      {
        url: 'https://x.test/en/articles/a/',
        title: 'T',
        description: 'D',
        lang: 'en',
        date: new Date('2025-12-18T10:00:00Z'),
        tagLabels: [],
        home: { name: 'Home', url: 'https://x.test/en/' },
        articles: { name: 'Articles', url: 'https://x.test/en/articles/' },
      },
      site,
    );
    expect(article!.dateModified).toBe('2025-12-18T10:00:00Z');
    expect(crumbs!['@type']).toBe('BreadcrumbList');
  });

  it('numbers breadcrumb positions from 1, the page last', () => {
    const list = breadcrumbList([
      { name: 'Home', url: 'https://x.test/en/' },
      { name: 'Code', url: 'https://x.test/en/errors/openai/c/' },
    ]);
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.test/en/' },
      { '@type': 'ListItem', position: 2, name: 'Code', item: 'https://x.test/en/errors/openai/c/' },
    ]);
    expect(() => breadcrumbList([])).toThrow(/at least one/);
  });

  it('a HowTo needs steps', () => {
    expect(() => howTo({ name: 'n', url: 'u', lang: 'en', steps: [] })).toThrow(/no steps/);
  });

  const entry: EntryPageFacts = {
    url: 'https://x.test/en/errors/gemini/resource_exhausted/',
    code: 'RESOURCE_EXHAUSTED',
    title: 'RESOURCE_EXHAUSTED: quota',
    summary: 'The project hit a quota.',
    lang: 'en',
    verified: new Date('2026-11-22T00:00:00Z'),
    tagLabels: ['Gemini'],
    level: 'Beginner',
    quickFix: { heading: 'Quick fix', steps: ['Wait.', 'Retry.'] },
    quickFixId: 'quick-fix',
    home: { name: 'Home', url: 'https://x.test/en/' },
    errors: { name: 'Error reference', url: 'https://x.test/en/errors/' },
    provider: { name: 'Google Gemini', url: 'https://x.test/en/errors/gemini/' },
  };

  it('an entry is a TechArticle, a HowTo of its quick fix and a breadcrumb Home > Errors > Provider > Code', () => {
    const [article, steps, crumbs] = entryStructuredData(entry, site);
    expect(article).toMatchObject({ '@type': 'TechArticle', dateModified: '2026-11-22T00:00:00Z' });
    expect(article).not.toHaveProperty('datePublished');
    expect(steps).toMatchObject({
      '@type': 'HowTo',
      name: 'RESOURCE_EXHAUSTED: Quick fix',
      url: `${entry.url}#quick-fix`,
      step: [
        { '@type': 'HowToStep', position: 1, text: 'Wait.' },
        { '@type': 'HowToStep', position: 2, text: 'Retry.' },
      ],
    });
    expect((crumbs!.itemListElement as { name: string }[]).map((c) => c.name)).toEqual([
      'Home',
      'Error reference',
      'Google Gemini',
      'RESOURCE_EXHAUSTED',
    ]);
  });

  it('an entry whose quick fix has no numbered steps gets no HowTo', () => {
    const types = entryStructuredData({ ...entry, quickFix: undefined }, site).map((d) => d['@type']);
    expect(types).toEqual(['TechArticle', 'BreadcrumbList']);
  });

  it('script text cannot close the script element, and still parses to the same data', () => {
    const data = techArticle(
      {
        url: 'https://x.test/',
        headline: '</script><script>alert(1)</script>',
        description: '<!-- d',
        lang: 'en',
        keywords: [],
      },
      site,
    );
    const text = jsonLdText(data);
    expect(text).not.toContain('<');
    expect(text).toContain('\\u003c/script>');
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('entry sections', () => {
  const body = [
    '## What it means {#what-it-means}',
    '',
    'Text.',
    '',
    '## Quick fix {#quick-fix}',
    '',
    '1. Open the [billing page](https://example.test/billing) and check **both** values.',
    '2. Set `OPENAI_API_KEY`',
    '   on every machine.',
    '   - a nested note',
    '',
    'See also [the article](/en/articles/a/).',
    '',
    '3. After a paragraph, a new list: not part of the first one.',
    '',
    '### A sub-heading inside the section',
    '',
    '## Why it happens {#why-it-happens}',
    '',
    '1. A numbered list in another section.',
  ].join('\n');

  it('finds a section by id and stops at the next heading of its level', () => {
    const section = sectionById(body, 'quick-fix')!;
    expect(section.heading).toBe('Quick fix');
    expect(section.markdown).toContain('A sub-heading inside the section');
    expect(section.markdown).not.toContain('Why it happens');
    expect(sectionById(body, 'no-such-id')).toBeUndefined();
  });

  it('reads the quick fix steps as plain text: links, emphasis and code reduced to their words', () => {
    expect(quickFixSteps(body)).toEqual({
      heading: 'Quick fix',
      steps: ['Open the billing page and check both values.', 'Set OPENAI_API_KEY on every machine.'],
    });
  });

  it('has no steps when the section has no numbered list', () => {
    expect(firstOrderedListItems('- one\n- two\n')).toEqual([]);
    expect(quickFixSteps('## Quick fix {#quick-fix}\n\nJust wait.\n')).toBeUndefined();
    expect(quickFixSteps('## Other {#other}\n\n1. x\n')).toBeUndefined();
  });
});

describe('RSS', () => {
  const channel = {
    title: 'AI Error Guide (English)',
    link: 'https://x.test/en/',
    description: 'Errors & fixes',
    language: 'en',
    selfUrl: 'https://x.test/en/rss.xml',
  };
  const items: FeedItem[] = [
    { title: 'old', url: 'https://x.test/en/b/', description: 'd', date: new Date('2025-01-01T00:00:00Z') },
    { title: 'new', url: 'https://x.test/en/c/', description: 'd', date: new Date('2026-11-22T00:00:00Z') },
    {
      title: 'same day, a',
      url: 'https://x.test/en/a/',
      description: 'd',
      date: new Date('2026-11-22T00:00:00Z'),
    },
  ];

  it('refuses an item with an invalid date', () => {
    expect(() => feedOptions(channel, [{ ...items[0]!, date: new Date(Number.NaN) }])).toThrow(
      /invalid date/,
    );
  });

  it('lists items newest first, ties by URL', () => {
    expect(newestFirst(items).map((i) => i.title)).toEqual(['same day, a', 'new', 'old']);
  });

  it('builds a well-formed RSS 2.0 document whose text survives any characters', async () => {
    const tricky = { ...items[0]!, title: 'A < B & "C" ]]> </title>', description: '<script>x</script>' };
    const xml = await getRssString(
      feedOptions({ ...channel, selfUrl: 'https://x.test/en/rss.xml?a=1&b=2' }, [tricky, items[1]!]),
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(xml).rss;
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.description).toBe('Errors & fixes');
    expect(rss.channel['atom:link']['@_href']).toBe('https://x.test/en/rss.xml?a=1&b=2');
    expect(rss.channel.language).toBe('en');
    expect(rss.channel.pubDate).toBeUndefined();
    expect(rss.channel['atom:link']['@_rel']).toBe('self');
    expect(rss.channel.lastBuildDate).toBe('Sun, 22 Nov 2026 00:00:00 GMT');
    const [first, second] = rss.channel.item;
    expect(first.title).toBe('new');
    expect(second.title).toBe('A < B & "C" ]]> </title>');
    expect(second.description).toBe('<script>x</script>');
    expect(second.guid['#text']).toBe(second.link);
    expect(second.guid['@_isPermaLink']).toBe('true');
    expect(second.pubDate).toBe('Wed, 01 Jan 2025 00:00:00 GMT');
  });

  it('an empty feed is still well formed', async () => {
    expect(XMLValidator.validate(await getRssString(feedOptions(channel, [])))).toBe(true);
  });
});

describe('error API records', () => {
  const options: ErrorRecordOptions = {
    defaultLocale: 'en',
    providerName: (id) => (id === 'gemini' ? 'Google Gemini' : id),
    apiUrl: (provider, code) => `https://x.test${paths.apiError(provider, code)}`,
  };
  function source(lang: string, overrides: Partial<ErrorRecordSource['data']> = {}): ErrorRecordSource {
    return {
      key: 'gemini/resource_exhausted',
      lang,
      filePath: `content/errors/gemini/resource_exhausted.${lang}.mdx`,
      url: `https://x.test/${lang}/errors/gemini/resource_exhausted/`,
      data: {
        provider: 'gemini',
        code: 'RESOURCE_EXHAUSTED',
        title: `title ${lang}`,
        summary: `summary ${lang}`,
        origin: 'response',
        httpStatus: 429,
        errorType: 'RESOURCE_EXHAUSTED',
        severity: 'high',
        level: 'beginner',
        retry: 'after-backoff',
        prevalence: 4,
        fixTime: { min: 1, max: 120 },
        messages: [{ source: 'http', text: '{"error": {}}', versions: undefined }],
        verified: { date: new Date('2026-11-22'), source: 'https://ai.google.dev/' },
        ...overrides,
      },
    };
  }

  it('merges the languages of an entry into one record with a page per language', () => {
    const [record] = buildErrorRecords(
      [
        source('ja', {
          messages: [
            { source: 'http', text: '{"error": {}}' },
            { source: 'google-genai-js', text: 'ApiError', exception: 'ApiError' },
          ],
          verified: { date: new Date('2026-12-01'), source: 'https://ai.google.dev/ja' },
        }),
        source('en'),
      ],
      options,
    );
    expect(record).toEqual({
      version: 1,
      key: 'gemini/resource_exhausted',
      provider: 'gemini',
      providerName: 'Google Gemini',
      code: 'RESOURCE_EXHAUSTED',
      origin: 'response',
      httpStatus: 429,
      errorType: 'RESOURCE_EXHAUSTED',
      severity: 'high',
      level: 'beginner',
      retry: 'after-backoff',
      prevalence: 4,
      fixTimeMinutes: { min: 1, max: 120 },
      messages: [
        { source: 'http', text: '{"error": {}}' },
        { source: 'google-genai-js', exception: 'ApiError', text: 'ApiError' },
      ],
      pages: {
        en: {
          title: 'title en',
          summary: 'summary en',
          url: 'https://x.test/en/errors/gemini/resource_exhausted/',
          updated: '2026-11-22',
        },
        ja: {
          title: 'title ja',
          summary: 'summary ja',
          url: 'https://x.test/ja/errors/gemini/resource_exhausted/',
          updated: '2026-12-01',
        },
      },
      updated: '2026-12-01',
      source: 'https://ai.google.dev/ja',
      api: 'https://x.test/api/errors/gemini/resource_exhausted.json',
    });
  });

  it('sorts records by key and counts them in the index', () => {
    const other = { ...source('en'), key: 'anthropic/api_error' };
    const records = buildErrorRecords([source('en'), other], options);
    expect(records.map((r) => r.key)).toEqual(['anthropic/api_error', 'gemini/resource_exhausted']);
    expect(errorIndex(records, 'https://x.test/api/errors.schema.json')).toMatchObject({
      version: 1,
      count: 2,
    });
  });

  it('stops the build, naming file and field, when the languages disagree on a fact', () => {
    expect(() => buildErrorRecords([source('en'), source('ja', { httpStatus: 400 })], options)).toThrow(
      /resource_exhausted\.ja\.mdx\n {4}field "httpStatus": expected the same value as .*resource_exhausted\.en\.mdx \(429\), got 400/,
    );
  });

  it('the JSON Schema requires every field a record has, and allows no others', () => {
    const schema = errorApiJsonSchema('https://x.test/api/errors.schema.json', {
      providers: ['gemini'],
      locales: ['en', 'ja'],
      severities: ['high'],
      levels: ['beginner'],
      retryPolicies: ['after-backoff'],
      messageSources: ['http'],
      origins: ['response'],
    }) as { $defs: { error: { required: string[]; additionalProperties: boolean } } };
    const [record] = buildErrorRecords([source('en')], options);
    expect([...schema.$defs.error.required].sort()).toEqual(Object.keys(record!).sort());
    expect(schema.$defs.error.additionalProperties).toBe(false);
  });
});

describe('sitemap entries read from the built page', () => {
  const head = (extra: string) =>
    `<html><head>${extra}<link rel="alternate" hreflang="en" href="https://x.test/en/a/"><link rel="alternate" hreflang="ja" href="https://x.test/ja/a-jp/?x=1&amp;y=2"><link rel="alternate" hreflang="x-default" href="https://x.test/en/a/"><link rel="alternate" type="application/rss+xml" href="https://x.test/en/rss.xml"></head></html>`;

  it('takes the twins from the hreflang links, itself included, without x-default or feeds', () => {
    expect(hreflangAlternates(head(''))).toEqual([
      { lang: 'en', url: 'https://x.test/en/a/' },
      { lang: 'ja', url: 'https://x.test/ja/a-jp/?x=1&y=2' },
    ]);
  });

  it('leaves out noindex pages and redirects', () => {
    expect(belongsInSitemap(head(''))).toBe(true);
    expect(belongsInSitemap(head('<meta name="robots" content="noindex">'))).toBe(false);
    expect(belongsInSitemap(head('<meta http-equiv="refresh" content="0; url=/en/">'))).toBe(false);
  });
});

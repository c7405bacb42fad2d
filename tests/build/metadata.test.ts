/**
 * Machine-readable output of the built site in dist/: JSON-LD on every article and entry,
 * the RSS feed of each language (and the links to it in every page's head), and the
 * static JSON API of the error entries with its JSON Schema.
 *
 * dist/ is built beforehand (scripts/test.mjs runs `astro build` first).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales, site, type Locale } from '~/site.config';
import { t } from '~/i18n/ui';
import { paths } from '~/lib/routing/routes';
import { validateJson } from '../support/json-schema';
import {
  $,
  $$,
  assertBuilt,
  builtPages,
  readingPages,
  distDir,
  fileForPath,
  loadPage,
  pathExists,
  projectRoot,
  type HTMLElement,
} from '../support/site';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

beforeAll(() => {
  assertBuilt();
});

const pageCache = new Map<string, HTMLElement>();
function page(path: string): HTMLElement {
  let root = pageCache.get(path);
  if (!root) pageCache.set(path, (root = loadPage(path)));
  return root;
}

function builtPagesSafe(): string[] {
  return existsSync(distDir) ? builtPages() : [];
}
const articlePages = builtPagesSafe().filter((p) => /^\/(en|ja)\/articles\/[^/]+\/$/.test(p));
const entryPages = builtPagesSafe().filter((p) => /^\/(en|ja)\/errors\/[^/]+\/[^/]+\/$/.test(p));
const statusPages = builtPagesSafe().filter((p) => /^\/(en|ja)\/status\/\d{3}\/$/.test(p));

/** Error entry files in content/: one built page each. */
const entryFileCount = readdirSync(join(projectRoot, 'content/errors'), {
  recursive: true,
  encoding: 'utf8',
}).filter((f) => f.endsWith('.mdx')).length;

/** The site path of one of the site's absolute URLs; fails on any other origin. */
function sitePath(url: string): string {
  const parsed = new URL(url);
  expect(parsed.origin, url).toBe(new URL(site.url).origin);
  return parsed.pathname;
}

function jsonLdOf(path: string): Json[] {
  return $$(page(path), 'script[type="application/ld+json"]').map((script) => {
    try {
      return JSON.parse(script.textContent) as Json;
    } catch (error) {
      throw new Error(`${path}: JSON-LD does not parse: ${(error as Error).message}`, { cause: error });
    }
  });
}

function canonicalOf(path: string): string {
  return $(page(path), 'link[rel="canonical"]', path).getAttribute('href')!;
}

function langOf(path: string): string {
  return $(page(path), 'html', path).getAttribute('lang')!;
}

function ofType(data: Json[], type: string, path: string): Json {
  const found = data.filter((d) => d['@type'] === type);
  expect(found, `${path}: one ${type}`).toHaveLength(1);
  return found[0]!;
}

/**
 * The page sets quotes, dashes and ellipses typographically (SmartyPants); JSON-LD keeps the
 * author's characters. Compared as words, the two must be the same.
 */
function straightQuotes(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/…/g, '...')
    .replace(/—/g, '---')
    .replace(/–/g, '--');
}

/** The first numbered list after the Quick fix heading, before the next section starts. */
function quickFixList(root: HTMLElement, path: string): HTMLElement | undefined {
  const heading = $(root, 'h2#quick-fix', path);
  // The heading sits in a wrapper with its anchor link; the section's content follows the wrapper.
  const wrapper = heading.parentNode?.tagName === 'DIV' ? heading.parentNode : heading;
  let node = wrapper.nextElementSibling;
  while (node && !node.querySelector('h2') && node.tagName !== 'H2') {
    if (node.tagName === 'OL') return node;
    node = node.nextElementSibling;
  }
  return undefined;
}

function expectIsoDate(value: unknown, where: string): void {
  expect(typeof value, where).toBe('string');
  expect(value as string, where).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/);
  expect(Number.isNaN(Date.parse(value as string)), where).toBe(false);
}

function expectTechArticle(path: string, article: Json): void {
  const canonical = canonicalOf(path);
  expect(article['@context']).toBe('https://schema.org');
  expect(typeof article.headline === 'string' && article.headline.length > 0, `${path}: headline`).toBe(true);
  expect(article.description, `${path}: description`).toBeTruthy();
  expect(article.url, `${path}: url`).toBe(canonical);
  expect(article.mainEntityOfPage, `${path}: mainEntityOfPage`).toEqual({
    '@type': 'WebPage',
    '@id': canonical,
  });
  expect(article.inLanguage, `${path}: inLanguage`).toBe(langOf(path));
  for (const role of ['author', 'publisher']) {
    expect(article[role], `${path}: ${role}`).toMatchObject({ '@type': 'Organization', name: site.name });
  }
  expectIsoDate(article.dateModified, `${path}: dateModified`);
}

function expectBreadcrumb(path: string, list: Json, names: number): void {
  const items = list.itemListElement as Json[];
  expect(items, `${path}: breadcrumb length`).toHaveLength(names);
  items.forEach((item, index) => {
    expect(item['@type']).toBe('ListItem');
    expect(item.position, `${path}: crumb ${index}`).toBe(index + 1);
    expect(typeof item.name === 'string' && item.name.length > 0, `${path}: crumb ${index} name`).toBe(true);
    expect(pathExists(sitePath(item.item)), `${path}: crumb ${item.item} exists`).toBe(true);
  });
  expect(items.at(-1)!.item, `${path}: the last crumb is the page`).toBe(canonicalOf(path));
  expect(sitePath(items[0]!.item)).toBe(paths.home(langOf(path) as (typeof locales)[number]));
}

describe('JSON-LD', () => {
  it('there is a built page for every article and every entry file', () => {
    expect(articlePages.length).toBeGreaterThanOrEqual(2);
    expect(entryPages).toHaveLength(entryFileCount);
  });

  it.each(articlePages)('%s: a TechArticle with its publication date, and a breadcrumb', (path) => {
    const data = jsonLdOf(path);
    for (const item of data) expect(item['@context'], path).toBe('https://schema.org');
    const article = ofType(data, 'TechArticle', path);
    expectTechArticle(path, article);
    expectIsoDate(article.datePublished, `${path}: datePublished`);
    expect(article.headline).toBe($(page(path), 'h1', path).textContent.trim());
    expectBreadcrumb(path, ofType(data, 'BreadcrumbList', path), 3);
  });

  it.each(entryPages)(
    '%s: TechArticle, the quick fix as a HowTo, and Home > Errors > Provider > Code',
    (path) => {
      const data = jsonLdOf(path);
      for (const item of data) expect(item['@context'], path).toBe('https://schema.org');
      const root = page(path);
      const article = ofType(data, 'TechArticle', path);
      expectTechArticle(path, article);
      expect(article.headline).toBe($(root, 'h1', path).textContent.trim());

      const crumbs = ofType(data, 'BreadcrumbList', path);
      expectBreadcrumb(path, crumbs, 4);
      const [, errors, provider, code] = crumbs.itemListElement as Json[];
      const [, lang, , providerId] = path.split('/');
      expect(sitePath(errors!.item)).toBe(`/${lang}/errors/`);
      expect(sitePath(provider!.item)).toBe(`/${lang}/errors/${providerId}/`);
      expect(code!.name).toBe($(root, '.error-code code', path).textContent.trim());

      // The steps are the page's own numbered Quick fix list, in order.
      const howTo = ofType(data, 'HowTo', path);
      const shown = quickFixList(root, path);
      expect(shown, `${path}: a numbered Quick fix list`).toBeDefined();
      const shownSteps = $$(shown!, ':scope > li').map((li) => li.textContent.replace(/\s+/g, ' ').trim());
      expect(typeof howTo.name === 'string' && howTo.name.length > 0).toBe(true);
      expect(howTo.url).toBe(`${canonicalOf(path)}#quick-fix`);
      expect((howTo.step as Json[]).map((s) => straightQuotes(s.text))).toEqual(
        shownSteps.map(straightQuotes),
      );
      (howTo.step as Json[]).forEach((step, index) => {
        expect(step['@type']).toBe('HowToStep');
        expect(step.position).toBe(index + 1);
      });
    },
  );

  it('no JSON-LD script contains a raw "<" (so content can never close the script)', () => {
    const raw = [...articlePages, ...entryPages].filter((path) =>
      $$(page(path), 'script[type="application/ld+json"]').some((s) => s.textContent.includes('<')),
    );
    expect(raw).toEqual([]);
  });
});

describe('JSON-LD of the HTTP status pages', () => {
  it('there is a status page for each status in both languages', () => {
    expect(statusPages.length).toBeGreaterThanOrEqual(2 * 10);
    expect(statusPages).toContain('/en/status/429/');
    expect(statusPages).toContain('/ja/status/429/');
  });

  it.each(statusPages)(
    '%s: a CollectionPage of the entries it lists, and Home > Errors > the page',
    (path) => {
      const data = jsonLdOf(path);
      const root = page(path);
      const collection = ofType(data, 'CollectionPage', path);
      expect(collection.url).toBe(canonicalOf(path));
      expect(collection.inLanguage).toBe(langOf(path));
      expect(collection.name).toBe($(root, 'h1', path).textContent.trim());
      const listed = $$(root, '[data-status-entry] h3 a').map((a) => a.getAttribute('href'));
      const items = collection.mainEntity.itemListElement as Json[];
      expect(items.map((item) => sitePath(item.url as string))).toEqual(listed);
      expect(collection.mainEntity.numberOfItems).toBe(listed.length);
      const crumbs = ofType(data, 'BreadcrumbList', path);
      expectBreadcrumb(path, crumbs, 3);
      expect(sitePath((crumbs.itemListElement as Json[])[1]!.item)).toBe(`/${langOf(path)}/errors/`);
    },
  );
});

describe('sitemap', () => {
  it('lists every article, entry and HTTP status page once, each with its twins as hreflang alternates (articles by their own slug)', () => {
    const index = new XMLParser({ ignoreAttributes: false }).parse(
      readFileSync(fileForPath('/sitemap-index.xml'), 'utf8'),
    );
    const files = [index.sitemapindex.sitemap].flat().map((s: Json) => sitePath(s.loc as string));
    const parser = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === 'url' || name === 'xhtml:link',
    });
    const urls = files.flatMap(
      (file) => parser.parse(readFileSync(fileForPath(file), 'utf8')).urlset.url as Json[],
    );
    const byPath = new Map(urls.map((u) => [sitePath(u.loc as string), u]));
    expect(byPath.size, 'no page twice').toBe(urls.length);
    expect(statusPages.length).toBeGreaterThan(0);
    for (const path of [...articlePages, ...entryPages, ...statusPages]) {
      const url = byPath.get(path);
      expect(url, `${path} is in the sitemap`).toBeDefined();
      const twin = $(
        page(path),
        `link[rel="alternate"][hreflang="${langOf(path) === 'en' ? 'ja' : 'en'}"]`,
        path,
      );
      const alternates = (url!['xhtml:link'] as Json[]).map((l) => [
        l['@_hreflang'],
        sitePath(l['@_href'] as string),
      ]);
      expect(alternates).toContainEqual([langOf(path), path]);
      expect(alternates).toContainEqual([
        langOf(path) === 'en' ? 'ja' : 'en',
        sitePath(twin.getAttribute('href')!),
      ]);
    }
    expect(byPath.has('/ja/articles/openai-api-quota-error-jp/')).toBe(true);
    expect(
      [...byPath.keys()].filter(
        (p) => p === '/' || /^\/(e|a|s)\//.test(p) || /^\/(?:[a-z]{2}\/)?404(?:\/|\.html)$/.test(p),
      ),
    ).toEqual([]);
  });
});

describe('RSS feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });

  function feed(lang: (typeof locales)[number]): { xml: string; channel: Json } {
    const xml = readFileSync(fileForPath(paths.feed(lang)), 'utf8');
    return { xml, channel: parser.parse(xml).rss.channel as Json };
  }

  it.each(locales)('/%s/rss.xml is well-formed RSS 2.0 with a complete channel', (lang) => {
    const { xml, channel } = feed(lang);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).rss['@_version']).toBe('2.0');
    expect(channel.title).toBeTruthy();
    expect(channel.description).toBeTruthy();
    expect(channel.language).toBe(lang);
    expect(sitePath(channel.link)).toBe(paths.home(lang));
    expect(channel['atom:link']).toMatchObject({ '@_rel': 'self', '@_type': 'application/rss+xml' });
    expect(sitePath(channel['atom:link']['@_href'])).toBe(paths.feed(lang));
  });

  it.each(locales)('/%s/rss.xml lists every article and entry of its language once, newest first', (lang) => {
    const { channel } = feed(lang);
    const items = channel.item as Json[];
    const expected = [...articlePages, ...entryPages].filter((p) => p.startsWith(`/${lang}/`)).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(items.map((item) => sitePath(item.link)).sort()).toEqual(expected);
    for (const item of items) {
      expect(item.title, item.link).toBeTruthy();
      expect(item.description, item.link).toBeTruthy();
      expect(item.guid['#text']).toBe(item.link);
      expect(item.guid['@_isPermaLink']).toBe('true');
      expect(item.pubDate).toMatch(
        /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
      );
      expect(pathExists(sitePath(item.link)), `${item.link} is a built page`).toBe(true);
    }
    const times = items.map((item) => Date.parse(item.pubDate));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("every page's head links the feed of its language", () => {
    const wrong: string[] = [];
    for (const path of readingPages()) {
      const root = page(path);
      const feeds = $$(root, 'head link[rel="alternate"][type="application/rss+xml"]');
      const hrefs = feeds.map((link) => sitePath(link.getAttribute('href')!));
      const expected =
        path === '/' ? locales.map((l) => paths.feed(l)) : [paths.feed(langOf(path) as 'en' | 'ja')];
      if (JSON.stringify(hrefs) !== JSON.stringify(expected)) wrong.push(`${path}: ${JSON.stringify(hrefs)}`);
      if (feeds.some((link) => !link.getAttribute('title'))) wrong.push(`${path}: feed link without a title`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('JSON API', () => {
  function readJson(path: string): Json {
    return JSON.parse(readFileSync(fileForPath(path), 'utf8')) as Json;
  }
  const index = () => readJson(paths.apiErrors());
  const schema = () => readJson(paths.apiErrorSchema());

  it('/api/errors.json lists every built entry page exactly once, by URLs that exist', () => {
    const { errors, count, version } = index();
    expect(version).toBe(1);
    expect(count).toBe(errors.length);
    const urls = (errors as Json[]).flatMap((record) =>
      Object.values(record.pages as Json).map((p) => p.url),
    );
    const pagePaths = urls.map(sitePath);
    expect(pagePaths.filter((p) => !pathExists(p))).toEqual([]);
    expect([...pagePaths].sort()).toEqual([...entryPages].sort());
    for (const record of errors as Json[]) {
      for (const [lang, page] of Object.entries(record.pages as Json)) {
        expect(sitePath(page.url)).toBe(paths.error(lang as 'en', record.provider, record.code));
      }
    }
  });

  it('each per-entry file equals its record in the index, and there are no others', () => {
    const { errors } = index();
    for (const record of errors as Json[]) {
      const path = sitePath(record.api);
      expect(path).toBe(paths.apiError(record.provider, record.code));
      expect(readJson(path)).toEqual(record);
    }
    const files = readdirSync(join(distDir, 'api/errors'), { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.json'),
    );
    expect(files).toHaveLength(errors.length);
  });

  it('the facts in a record are the ones its entry page shows', () => {
    for (const record of index().errors as Json[]) {
      for (const [lang, page] of Object.entries(record.pages as Json)) {
        const root = loadPage(sitePath(page.url));
        expect($(root, '.error-code code').textContent.trim()).toBe(record.code);
        // A client-side error or a completion has no status (null in the record): the page says which.
        expect($(root, '[data-fact="http-status"]').textContent.trim()).toBe(
          t(lang as Locale).statusValue(record.origin, record.httpStatus ?? undefined),
        );
        expect($(root, 'h1').textContent.trim()).toBe(page.title);
      }
    }
  });

  it('the index and every per-entry file validate against /api/errors.schema.json', () => {
    const jsonSchema = schema();
    expect(index().$schema).toBe(jsonSchema.$id);
    expect(sitePath(jsonSchema.$id)).toBe(paths.apiErrorSchema());
    expect(validateJson(index(), jsonSchema)).toEqual([]);
    const entrySchema = { ...jsonSchema.$defs.error, $defs: jsonSchema.$defs };
    for (const record of index().errors as Json[]) {
      expect(validateJson(readJson(sitePath(record.api)), entrySchema), record.key).toEqual([]);
    }
  });

  const statuses = () => readJson(paths.apiStatuses());

  it('/api/status.json lists every status an entry has, with exactly its entries, and the status pages', () => {
    const { statuses: list, count, version, $schema } = statuses();
    expect(version).toBe(1);
    expect(count).toBe(list.length);
    expect($schema).toBe(`${schema().$id}#/$defs/statusIndex`);
    const expected = new Map<number, string[]>();
    for (const record of index().errors as Json[]) {
      if (record.httpStatus === null) continue;
      expected.set(record.httpStatus, [...(expected.get(record.httpStatus) ?? []), record.key].sort());
    }
    expect((list as Json[]).map((s) => s.status)).toEqual([...expected.keys()].sort((a, b) => a - b));
    for (const status of list as Json[]) {
      expect(status.errors, `HTTP ${status.status}`).toEqual(expected.get(status.status));
      expect(status.count).toBe(status.errors.length);
      for (const [lang, statusPage] of Object.entries(status.pages as Json)) {
        expect(sitePath(statusPage.url)).toBe(paths.status(lang as Locale, status.status));
        expect(pathExists(sitePath(statusPage.url)), statusPage.url).toBe(true);
        expect(statusPage.title).toBe($(page(sitePath(statusPage.url)), 'h1').textContent.trim());
      }
    }
    const pagesInApi = (list as Json[]).flatMap((s) =>
      Object.values(s.pages as Json).map((p) => sitePath(p.url)),
    );
    expect(pagesInApi.sort()).toEqual([...statusPages].sort());
  });

  it('/api/status.json validates against #/$defs/statusIndex of /api/errors.schema.json', () => {
    const jsonSchema = schema();
    const statusSchema = { ...jsonSchema.$defs.statusIndex, $defs: jsonSchema.$defs };
    expect(validateJson(statuses(), statusSchema)).toEqual([]);
    const { count: _dropped, ...broken } = statuses();
    expect(validateJson({ ...broken, statuses: [{ status: 418 }] }, statusSchema).sort()).toEqual([
      '/: missing required "count"',
      '/statuses/0: missing required "count"',
      '/statuses/0: missing required "errors"',
      '/statuses/0: missing required "pages"',
      '/statuses/0: missing required "reason"',
    ]);
  });

  it('the schema check catches a broken record', () => {
    const jsonSchema = schema();
    const entrySchema = { ...jsonSchema.$defs.error, $defs: jsonSchema.$defs };
    const { messages: _dropped, ...record } = (index().errors as Json[])[0]!;
    const problems = validateJson(
      { ...record, httpStatus: '429', severity: 'severe', extra: 1 },
      entrySchema,
    );
    expect(problems.sort()).toEqual([
      '/: missing required "messages"',
      '/: unexpected property "extra"',
      '/httpStatus: expected integer or null, got string',
      '/severity: expected one of ["low","medium","high","critical"], got "severe"',
    ]);
  });
});

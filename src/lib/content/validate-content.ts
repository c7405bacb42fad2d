/**
 * Rules that span several content files, which a per-file zod schema cannot see. The
 * build runs them once over every entry and stops on any problem, naming the file, the
 * field and what was expected, so nothing is dropped or linked to a 404 silently.
 */
import { errorKey, isLocale, otherLocale, parseArticlePath, parseErrorPath } from './entry-ids';
import type { BodyFacts } from './body-facts';
import { requiredExampleFiles } from './examples';
import { codeSlug } from '~/lib/routing/routes';
import { expectedStatus } from './provider-status';

export interface ContentProblem {
  /** Path of the offending file, relative to the project root. */
  file: string;
  /** The frontmatter field (or `body`) that is wrong. */
  field: string;
  /** What is wrong and what was expected. */
  message: string;
}

export interface ArticleInput {
  id: string;
  filePath: string;
  /** What the body holds (src/lib/content/body-facts.ts). */
  body: BodyFacts;
  data: { lang: string; slug: string; twin?: string | undefined; relatedErrors: string[] };
}

export interface ErrorInput {
  id: string;
  filePath: string;
  body: BodyFacts;
  data: {
    provider: string;
    code: string;
    lang: string;
    origin: string;
    httpStatus?: number | undefined;
    errorType: string;
    related: { errors: string[]; articles: string[] };
  };
}

/** The sections every error entry has, by explicit heading id, in this order. */
export const errorTemplateSections = [
  'what-it-means',
  'quick-fix',
  'why-it-happens',
  'detection',
  'causes-and-fixes',
  'code',
  'workaround',
  'prevention',
  'community-notes',
] as const;

/** A provider's page: `content/providers/<provider>.<lang>.mdx`. */
export interface ProviderPageInput {
  id: string;
  filePath: string;
  body: BodyFacts;
  data: { provider: string; lang: string };
}

export interface ValidationInput {
  articles: ArticleInput[];
  errors: ErrorInput[];
  providerPages: ProviderPageInput[];
  /** Every provider and language: each pair needs a provider page. */
  providers: readonly string[];
  locales: readonly string[];
  /** Every page path the site builds (from src/lib/routing/site-pages.ts), for link checks. */
  pagePaths: ReadonlySet<string>;
  /** Files under `examples/`, relative to it, for the example-pair check. */
  exampleFiles: ReadonlySet<string>;
}

function relativeToContent(filePath: string, folder: string): string {
  const normalized = filePath.replaceAll('\\', '/');
  const marker = `content/${folder}/`;
  const at = normalized.lastIndexOf(marker);
  return at === -1 ? normalized : normalized.slice(at + marker.length);
}

export function validateContent({
  articles,
  errors,
  providerPages,
  providers,
  locales,
  pagePaths,
  exampleFiles,
}: ValidationInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (file: string, field: string, message: string) => problems.push({ file, field, message });

  const articlesById = new Map(articles.map((a) => [a.id, a]));
  const errorKeys = new Set(errors.map((e) => errorKey(e.data.provider, e.data.code)));

  // Articles: folder matches lang, unique slug per language, twins resolve and point back.
  const articleSlugs = new Map<string, string>();
  for (const article of articles) {
    const { filePath: file, data } = article;
    const parts = parseArticlePath(relativeToContent(file, 'articles'));
    if (!parts || !isLocale(parts.lang)) {
      report(file, 'path', 'expected content/articles/<lang>/<slug>.mdx with lang "en" or "ja"');
    } else if (parts.lang !== data.lang) {
      report(file, 'lang', `expected "${parts.lang}" to match the folder, got "${data.lang}"`);
    }
    const slugKey = `${data.lang}/${data.slug}`;
    const clash = articleSlugs.get(slugKey);
    if (clash) {
      report(
        file,
        'slug',
        `"${data.slug}" is already used by ${clash}; expected a slug unique within "${data.lang}"`,
      );
    } else {
      articleSlugs.set(slugKey, file);
    }
    if (data.twin !== undefined) {
      const twin = articlesById.get(data.twin);
      if (!twin) {
        report(file, 'twin', `expected the id of an existing article, got "${data.twin}" (no such file)`);
      } else if (isLocale(data.lang) && twin.data.lang !== otherLocale(data.lang)) {
        report(
          file,
          'twin',
          `expected an article in "${otherLocale(data.lang)}", "${data.twin}" is in "${twin.data.lang}"`,
        );
      } else if (twin.data.twin !== article.id) {
        report(
          twin.filePath,
          'twin',
          `expected "${article.id}" (its twin names it), got ${twin.data.twin ? `"${twin.data.twin}"` : 'nothing'}`,
        );
      }
    }
    for (const key of data.relatedErrors) {
      if (!errorKeys.has(key)) {
        report(file, 'relatedErrors', `expected the key of an existing error entry, got "${key}"`);
      }
    }
  }

  // Error entries: path matches provider/code/lang, one entry per key and language,
  // references resolve, and the body follows the template.
  const errorSeen = new Map<string, string>();
  for (const entry of errors) {
    const { filePath: file, data } = entry;
    const parts = parseErrorPath(relativeToContent(file, 'errors'));
    if (!parts) {
      report(file, 'path', 'expected content/errors/<provider>/<code>.<lang>.mdx');
    } else {
      if (parts.provider !== data.provider) {
        report(file, 'provider', `expected "${parts.provider}" to match the folder, got "${data.provider}"`);
      }
      if (parts.code !== data.code.toLowerCase()) {
        report(file, 'code', `expected "${parts.code}" (the file name, case aside), got "${data.code}"`);
      }
      if (parts.lang !== data.lang) {
        report(file, 'lang', `expected "${parts.lang}" to match the file name, got "${data.lang}"`);
      }
    }
    const documented = expectedStatus(data.provider, data.code, data.errorType);
    if (data.origin === 'response' && documented !== undefined && documented !== data.httpStatus) {
      report(
        file,
        'httpStatus',
        `expected ${documented}, the status ${data.provider} documents for "${data.code}" (${data.errorType}); got ${data.httpStatus}`,
      );
    }
    const seenKey = `${errorKey(data.provider, data.code)}@${data.lang}`;
    const clash = errorSeen.get(seenKey);
    if (clash) {
      report(
        file,
        'code',
        `"${data.provider}/${data.code}" in "${data.lang}" is already defined by ${clash}`,
      );
    } else {
      errorSeen.set(seenKey, file);
    }
    for (const key of data.related.errors) {
      if (!errorKeys.has(key)) {
        report(file, 'related.errors', `expected the key of an existing error entry, got "${key}"`);
      } else if (key === errorKey(data.provider, data.code)) {
        report(file, 'related.errors', `expected other entries, got the entry itself ("${key}")`);
      }
    }
    for (const id of data.related.articles) {
      if (!articlesById.has(id)) {
        report(file, 'related.articles', `expected the id of an existing article, got "${id}"`);
      }
    }
    const ids = entry.body.headings.filter((h) => h.depth === 2).map((h) => h.id);
    const missing = errorTemplateSections.filter((section) => !ids.includes(section));
    if (missing.length > 0) {
      report(
        file,
        'body',
        `expected the template's sections as "## Title {#id}" headings; missing ${missing.map((m) => `{#${m}}`).join(', ')}`,
      );
    } else {
      const order = ids.filter((id): id is (typeof errorTemplateSections)[number] =>
        (errorTemplateSections as readonly (string | undefined)[]).includes(id),
      );
      if (order.join() !== errorTemplateSections.join()) {
        report(file, 'body', `expected the sections in the order ${errorTemplateSections.join(', ')}`);
      }
    }
  }

  // Every entry shows a broken and a fixed example in Python and TypeScript, from files
  // that exist (tests/examples runs them).
  for (const entry of errors) {
    const shown = entry.body.examples;
    const required = requiredExampleFiles(entry.data.provider, codeSlug(entry.data.code));
    const missing = required.filter((file) => !shown.includes(file));
    if (missing.length > 0) {
      report(
        entry.filePath,
        'body',
        `expected the example pair in Python and TypeScript; missing ${missing.map((f) => `::example{file="${f}"}`).join(', ')}`,
      );
    }
    for (const file of shown) {
      if (!exampleFiles.has(file))
        report(entry.filePath, 'body', `::example file "examples/${file}" does not exist`);
    }
  }

  // Provider pages: one per provider and language, named after what they say they are.
  const providerPageFiles = new Set<string>();
  for (const page of providerPages) {
    const file = page.filePath;
    const expected = `${page.data.provider}.${page.data.lang}`;
    if (relativeToContent(file, 'providers') !== `${expected}.mdx`) {
      report(
        file,
        'provider',
        `expected the file content/providers/${expected}.mdx for provider "${page.data.provider}" in "${page.data.lang}"`,
      );
    }
    providerPageFiles.add(expected);
  }
  for (const provider of providers) {
    for (const lang of locales) {
      if (!providerPageFiles.has(`${provider}.${lang}`)) {
        report(
          `content/providers/${provider}.${lang}.mdx`,
          'path',
          `expected a page for provider "${provider}" in "${lang}" (every provider in src/site.config.ts has one per language); no such file`,
        );
      }
    }
  }

  // A page scaffolded by `npm run new` is finished before it ships.
  for (const entry of [...articles, ...errors, ...providerPages]) {
    for (const todo of entry.body.todos) {
      report(
        entry.filePath,
        'body',
        `line ${todo.line}: a TODO marker is left ("${todo.text.slice(0, 80)}"); expected the finished text`,
      );
    }
  }

  // Links inside content to other pages of the site must resolve.
  for (const entry of [...articles, ...errors, ...providerPages]) {
    for (const link of entry.body.links) {
      if (!pagePaths.has(link.path)) {
        report(
          entry.filePath,
          'body',
          `body line ${link.line}: link to "${link.href}" points to no page; expected one of the site's pages (with a trailing slash)`,
        );
      }
    }
  }

  return problems;
}

/** One readable block of text for a build failure. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}\n    field "${p.field}": ${p.message}`);
  return `Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}

/**
 * Ids of content entries, derived from their file paths so that two files can never
 * share an id (the glob loader would otherwise merge two entries with one `slug`).
 *
 *   content/articles/<lang>/<file>.mdx            id `<lang>/<file>`
 *   content/errors/<provider>/<code>.<lang>.mdx   id `<provider>/<code>.<lang>`
 *
 * An error's key, `<provider>/<code>` with the code lowercased, names it across
 * languages: related-entry references use keys, and the twin of an entry is the entry
 * with the same key in the other language.
 */
import { locales, type Locale } from '~/site.config';

export interface ArticlePathParts {
  lang: string;
  file: string;
}

export interface ErrorPathParts {
  provider: string;
  code: string;
  lang: string;
}

const articlePathPattern = /^([^/]+)\/([^/]+)\.mdx$/;
const errorPathPattern = /^([^/]+)\/([^/]+)\.([a-z]{2})\.mdx$/;

/** Splits an article path relative to `content/articles/`, or returns null when the layout is wrong. */
export function parseArticlePath(relativePath: string): ArticlePathParts | null {
  const match = articlePathPattern.exec(relativePath);
  return match ? { lang: match[1]!, file: match[2]! } : null;
}

/** Splits an error path relative to `content/errors/`, or returns null when the layout is wrong. */
export function parseErrorPath(relativePath: string): ErrorPathParts | null {
  const match = errorPathPattern.exec(relativePath);
  return match ? { provider: match[1]!, code: match[2]!, lang: match[3]! } : null;
}

/** The collection id of a file: its path without the extension. */
export function idFromPath(relativePath: string): string {
  return relativePath.replace(/\.mdx$/, '');
}

/** The language-neutral key of an error entry, e.g. `openai/insufficient_quota`. */
export function errorKey(provider: string, code: string): string {
  return `${provider}/${code.toLowerCase()}`;
}

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** The other language of a two-language site. */
export function otherLocale(lang: Locale): Locale {
  return locales.find((l) => l !== lang) ?? lang;
}

/**
 * The language of a content file, read from its path (`articles/<lang>/...` or
 * `<code>.<lang>.mdx`), for Markdown plugins that only see the file.
 */
import { defaultLocale, type Locale } from '~/site.config';
import { isLocale } from './entry-ids';

export function langFromContentPath(filePath: string | undefined): Locale {
  if (!filePath) return defaultLocale;
  const normalized = filePath.replaceAll('\\', '/');
  const candidates = [
    /\/articles\/([a-z]{2})\/[^/]+$/.exec(normalized)?.[1],
    /\.([a-z]{2})\.mdx?$/.exec(normalized)?.[1],
  ];
  return candidates.find((c): c is Locale => c !== undefined && isLocale(c)) ?? defaultLocale;
}

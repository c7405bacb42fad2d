/**
 * Paths that only send the reader on: short links (`/e/<code>/`, `/e/<provider>/<code>/`,
 * `/a/<slug>/`, `/s/<status>/`) and old URLs that a page lists as `aliases`. Posted links must never
 * break, so a collision with a page or another redirect stops the build instead of one
 * of them silently winning.
 */
import { locales, type Locale } from '~/site.config';
import { codeSlug, paths } from './routes';
import type { ContentProblem } from '~/lib/content/validate-content';

/** Where a redirect leads: the page in each language it exists in. */
export type RedirectTargets = Partial<Record<Locale, string>>;

export interface Redirect {
  /** Root-relative path of the redirect page. */
  path: string;
  kind: 'short-link' | 'alias';
  targets: RedirectTargets;
}

/** `/e/<code>/` for a code that several providers use: a page that lets the reader choose. */
export interface CodeChoice {
  path: string;
  code: string;
  entries: { provider: string; targets: RedirectTargets }[];
}

export interface RedirectSources {
  articles: { file: string; lang: Locale; slug: string; aliases: readonly string[] }[];
  errors: {
    file: string;
    lang: Locale;
    provider: string;
    code: string;
    aliases: readonly string[];
    /** The error response's status, which gets `/s/<status>/`; absent for completions and client-side errors. */
    httpStatus?: number | undefined;
  }[];
}

interface ProviderEntry {
  provider: string;
  code: string;
  targets: RedirectTargets;
}

export interface Redirects {
  redirects: Redirect[];
  choices: CodeChoice[];
  problems: ContentProblem[];
}

/** The language a reader without a stated preference (or without JavaScript) gets. */
export function defaultTarget(targets: RedirectTargets): string {
  const found = locales.map((lang) => targets[lang]).find((path) => path !== undefined);
  if (!found) throw new Error('A redirect needs at least one target');
  return found;
}

export function buildRedirects(sources: RedirectSources, pagePaths: ReadonlySet<string>): Redirects {
  const redirects: Redirect[] = [];
  const choices: CodeChoice[] = [];
  const problems: ContentProblem[] = [];

  // Entries by provider and code, each with its pages per language.
  const entries = new Map<string, ProviderEntry>();
  for (const e of sources.errors) {
    const key = `${e.provider}/${codeSlug(e.code)}`;
    const entry = entries.get(key) ?? { provider: e.provider, code: e.code, targets: {} };
    entry.targets[e.lang] = paths.error(e.lang, e.provider, e.code);
    entries.set(key, entry);
  }
  const byCode = new Map<string, ProviderEntry[]>();
  for (const entry of entries.values()) {
    redirects.push({
      path: paths.shortError(entry.code, entry.provider),
      kind: 'short-link',
      targets: entry.targets,
    });
    const code = codeSlug(entry.code);
    byCode.set(code, [...(byCode.get(code) ?? []), entry]);
  }
  for (const [code, withCode] of byCode) {
    if (withCode.length === 1) {
      redirects.push({ path: paths.shortError(code), kind: 'short-link', targets: withCode[0]!.targets });
    } else {
      choices.push({
        path: paths.shortError(code),
        code: withCode[0]!.code,
        entries: withCode
          .map(({ provider, targets }) => ({ provider, targets }))
          .sort((a, b) => a.provider.localeCompare(b.provider)),
      });
    }
  }
  // Slugs are unique per language; one slug used in both languages leads to both pages.
  const articleTargets = new Map<string, RedirectTargets>();
  for (const a of sources.articles) {
    articleTargets.set(a.slug, { ...articleTargets.get(a.slug), [a.lang]: paths.article(a.lang, a.slug) });
  }
  for (const [slug, targets] of articleTargets) {
    redirects.push({ path: paths.shortArticle(slug), kind: 'short-link', targets });
  }
  // HTTP status pages: `/s/429/`, to each language that has an entry with the status.
  const statusTargets = new Map<number, RedirectTargets>();
  for (const e of sources.errors) {
    if (e.httpStatus === undefined) continue;
    statusTargets.set(e.httpStatus, {
      ...statusTargets.get(e.httpStatus),
      [e.lang]: paths.status(e.lang, e.httpStatus),
    });
  }
  for (const status of [...statusTargets.keys()].sort((a, b) => a - b)) {
    redirects.push({
      path: paths.shortStatus(status),
      kind: 'short-link',
      targets: statusTargets.get(status)!,
    });
  }

  // Aliases: an old URL of one page, in that page's language.
  const taken = new Map<string, string>(
    [...redirects, ...choices].map((r) => [r.path, `the short link ${r.path}`]),
  );
  const owners = [
    ...sources.articles.map((a) => ({ ...a, target: paths.article(a.lang, a.slug) })),
    ...sources.errors.map((e) => ({ ...e, target: paths.error(e.lang, e.provider, e.code) })),
  ];
  for (const owner of owners) {
    for (const alias of owner.aliases) {
      const clash = pagePaths.has(alias) ? `the page ${alias}` : taken.get(alias);
      if (clash) {
        problems.push({
          file: owner.file,
          field: 'aliases',
          message: `"${alias}" is already ${clash}; expected an old URL that no page, short link or other alias uses`,
        });
        continue;
      }
      taken.set(alias, `an alias of ${owner.file}`);
      redirects.push({ path: alias, kind: 'alias', targets: { [owner.lang]: owner.target } });
    }
  }
  return { redirects, choices, problems };
}

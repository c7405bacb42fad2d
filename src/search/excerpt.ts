/**
 * The excerpt under a full-text result: the sentence that matched, from the page's body or
 * its messages. Pagefind's own excerpt is a window around the page's matches, and a page
 * opens with its code and title, so a query that names the error showed the title again
 * ("insufficient_quota. You exceeded your current quota…") instead of what the page says
 * about it. Pagefind also splits a page into sections at its headings (`sub_results`),
 * each with an excerpt of its own: the section holding the most matches explains best.
 */

/** One of Pagefind's sections: the part of a page under one heading. */
export interface ExcerptSection {
  url: string;
  /** Escaped text with <mark> around the matched words. */
  excerpt: string;
  /** Where the matches are, as word positions. */
  locations: readonly number[];
}

export interface ExcerptSource {
  /** Pagefind's excerpt for the whole page. */
  excerpt: string;
  sections: readonly ExcerptSection[];
  /** The page's summary (an entry's `summary`), plain text. */
  summary?: string | undefined;
}

/** The section holding the most matches under a heading of the page; the earlier one on a tie. */
export function bestSection(sections: readonly ExcerptSection[]): ExcerptSection | undefined {
  let best: ExcerptSection | undefined;
  for (const section of sections) {
    // The page's opening (its code, title and summary) is the part before the first heading.
    if (!section.url.includes('#')) continue;
    if (section.locations.length > 0 && (!best || section.locations.length > best.locations.length))
      best = section;
  }
  return best;
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c]!);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `text` escaped, with <mark> around each of `terms` (case-insensitive), in the form of
 * Pagefind's excerpts. Terms of Latin letters match whole words only.
 */
export function markTerms(text: string, terms: readonly string[]): string {
  const words = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return escapeHtml(text);
  const pattern = new RegExp(
    words
      .map((w) => (/^[\w-]+$/.test(w) ? `(?<![\\w-])${escapeRegExp(w)}(?![\\w-])` : escapeRegExp(w)))
      .join('|'),
    'giu',
  );
  let html = '';
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    html += `${escapeHtml(text.slice(at, match.index))}<mark>${escapeHtml(match[0])}</mark>`;
    at = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(at));
}

/**
 * The excerpt to show: the best section's under a heading; else, when only the page's opening
 * matched, its summary with the query's words marked; else Pagefind's.
 */
export function explainingExcerpt(source: ExcerptSource, terms: readonly string[]): string {
  const section = bestSection(source.sections);
  if (section) return section.excerpt;
  if (source.summary) return markTerms(source.summary, terms);
  return source.excerpt;
}

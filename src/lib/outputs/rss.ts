/**
 * RSS 2.0 feeds, one per language, listing its articles and error entries newest first.
 * @astrojs/rss writes the XML; this module decides what goes in it, and adds what the
 * package has no option for: the feed's language, its own URL (atom:link rel="self") and
 * a lastBuildDate taken from the newest item, so the same content builds the same feed.
 */
import type { RSSOptions } from '@astrojs/rss';

export interface FeedChannel {
  title: string;
  /** Absolute URL of the site's home page in the feed's language. */
  link: string;
  description: string;
  /** The language code, e.g. `en` or `ja`. */
  language: string;
  /** Absolute URL of the feed itself (atom:link rel="self"). */
  selfUrl: string;
}

export interface FeedItem {
  title: string;
  /** Absolute URL of the page; also the item's guid, since page URLs never change. */
  url: string;
  description: string;
  /** Publication date (articles) or last verification (entries). */
  date: Date;
}

/** Newest first; items of the same moment by URL, so the feed is the same on every build. */
export function newestFirst(items: readonly FeedItem[]): FeedItem[] {
  return [...items].sort((a, b) => b.date.getTime() - a.date.getTime() || a.url.localeCompare(b.url));
}

/** Escapes text for the channel elements written as `customData` (the package escapes the rest). */
function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function feedOptions(channel: FeedChannel, items: readonly FeedItem[]): RSSOptions {
  const sorted = newestFirst(items);
  const newest = sorted[0]?.date;
  if (newest && Number.isNaN(newest.getTime())) throw new Error('feedOptions: an item has an invalid date');
  return {
    title: channel.title,
    description: channel.description,
    site: channel.link,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${escapeXml(channel.language)}</language>`,
      `<atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
      ...(newest ? [`<lastBuildDate>${newest.toUTCString()}</lastBuildDate>`] : []),
    ].join(''),
    items: sorted.map((item) => ({
      title: item.title,
      link: item.url,
      description: item.description,
      pubDate: item.date,
    })),
  };
}

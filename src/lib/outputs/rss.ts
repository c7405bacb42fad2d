/**
 * RSS 2.0 feeds: one per language, listing its articles and error entries newest first.
 * Pure string building; the endpoint (src/pages/[lang]/rss.xml.ts) supplies absolute URLs.
 */
import { escapeXml } from './xml';

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

/** An RFC 822 date as RSS 2.0 requires, in GMT: `Thu, 18 Dec 2025 10:00:00 GMT`. */
export function rfc822Date(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('rfc822Date: expected a valid date, got an invalid Date');
  return date.toUTCString();
}

/** Newest first; items of the same moment by URL, so the feed is the same on every build. */
export function newestFirst(items: readonly FeedItem[]): FeedItem[] {
  return [...items].sort((a, b) => b.date.getTime() - a.date.getTime() || a.url.localeCompare(b.url));
}

export function rssXml(channel: FeedChannel, items: readonly FeedItem[]): string {
  const sorted = newestFirst(items);
  const itemXml = sorted
    .map((item) =>
      [
        '    <item>',
        `      <title>${escapeXml(item.title)}</title>`,
        `      <link>${escapeXml(item.url)}</link>`,
        `      <guid isPermaLink="true">${escapeXml(item.url)}</guid>`,
        `      <pubDate>${rfc822Date(item.date)}</pubDate>`,
        `      <description>${escapeXml(item.description)}</description>`,
        '    </item>',
      ].join('\n'),
    )
    .join('\n');
  // The newest item's date, not the clock: the same content builds the same feed.
  const lastBuild = sorted[0] ? `\n    <lastBuildDate>${rfc822Date(sorted[0].date)}</lastBuildDate>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(channel.title)}</title>
    <link>${escapeXml(channel.link)}</link>
    <description>${escapeXml(channel.description)}</description>
    <language>${escapeXml(channel.language)}</language>
    <atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>${lastBuild}
${itemXml}
  </channel>
</rss>
`;
}

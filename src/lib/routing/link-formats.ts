/**
 * The forms a page's link is copied in. Forums want a plain URL, a Markdown link or
 * something short; each must paste back to exactly this page.
 */

/** `[title](url)`, with brackets in the title escaped and the URL safe inside `( )`. */
export function markdownLink(title: string, url: string): string {
  const text = title.replace(/[\\[\]]/g, (c) => `\\${c}`);
  // encodeURIComponent leaves ( and ) alone, and they would end the link early.
  const target = url.replace(
    /[()\s<>]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${text}](${target})`;
}

/** The URL of one section of a page: the page's canonical URL and the heading's id. */
export function sectionUrl(pageUrl: string, id: string): string {
  return `${pageUrl.split('#')[0]}#${encodeURIComponent(id)}`;
}

/**
 * Links from content to other pages of the site, read from MDX source. Only
 * root-relative links (`/en/...`) are internal; external URLs are left to the link
 * checker that runs over the built site.
 */
export interface InternalLink {
  /** As written, e.g. `/en/errors/openai/insufficient_quota/#quick-fix`. */
  href: string;
  /** The page path without query or fragment. */
  path: string;
  /** The fragment without `#`, if any. */
  fragment?: string;
  line: number;
}

// [text](/path) and [text](/path "title"), plus href="/path" in JSX or HTML.
const linkPatterns = [/\]\((\/[^)\s]*)(?:\s+"[^"]*")?\)/g, /\bhref=["'](\/[^"']*)["']/g];

export function findInternalLinks(source: string): InternalLink[] {
  const links: InternalLink[] = [];
  let inFence = false;
  source.split('\n').forEach((line, index) => {
    if (/^\s*(`{3,}|~{3,})/.test(line)) {
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    for (const pattern of linkPatterns) {
      for (const match of line.matchAll(pattern)) {
        const href = match[1]!;
        if (href.startsWith('//')) continue; // protocol-relative: external
        const [beforeHash, fragment] = href.split('#', 2) as [string, string | undefined];
        const path = beforeHash.split('?')[0]!;
        links.push({ href, path, ...(fragment ? { fragment } : {}), line: index + 1 });
      }
    }
  });
  return links;
}

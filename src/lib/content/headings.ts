/**
 * Headings in content source: explicit ids (`## Title {#id}`) and the list of headings
 * a page's table of contents shows.
 */

/** A trailing `{#id}` on a heading line. */
export const explicitIdPattern = /\s*\\?\{#([a-z0-9-]+)\}\s*$/;

export interface SourceHeading {
  depth: number;
  text: string;
  /** The explicit id, when the heading has one. */
  id?: string;
  line: number;
}

/** Reads ATX headings (`## ...`) from Markdown/MDX source, skipping fenced code. */
export function readSourceHeadings(source: string): SourceHeading[] {
  const headings: SourceHeading[] = [];
  let fence: string | null = null;
  const lines = source.split('\n');
  const frontmatterEnd = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  lines.forEach((line, index) => {
    if (index <= frontmatterEnd) return;
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (fence === null) fence = marker;
      else if (marker.startsWith(fence)) fence = null;
      return;
    }
    if (fence !== null) return;
    const match = /^(#{1,6})\s+(.*?)\s*$/.exec(line);
    if (!match) return;
    const idMatch = explicitIdPattern.exec(match[2]!.replace(/\\\{/g, '{'));
    headings.push({
      depth: match[1]!.length,
      text: idMatch ? match[2]!.slice(0, idMatch.index) : match[2]!,
      ...(idMatch ? { id: idMatch[1]! } : {}),
      line: index + 1,
    });
  });
  return headings;
}

export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

/** The headings a table of contents lists: h2 and h3. */
export function tocHeadings<T extends TocHeading>(headings: readonly T[]): T[] {
  return headings.filter((h) => h.depth === 2 || h.depth === 3);
}

/** Whether a page is long enough to deserve a table of contents. */
export function needsToc(headings: readonly TocHeading[]): boolean {
  return headings.filter((h) => h.depth === 2).length >= 3;
}

/**
 * MDX reads `{...}` as a JavaScript expression, so `## Title {#id}` would not compile.
 * Escaping the brace (`\{#id}`) before MDX parses the file keeps the familiar syntax for
 * authors (Docusaurus does the same); remark then sees `{#id}` as text.
 */
export function escapeHeadingIds(source: string): string {
  const lines = source.split('\n');
  for (const heading of readSourceHeadings(source)) {
    if (heading.id === undefined) continue;
    const index = heading.line - 1;
    lines[index] = lines[index]!.replace(/(?<!\\)\{#([a-z0-9-]+)\}\s*$/, '\\{#$1}');
  }
  return lines.join('\n');
}

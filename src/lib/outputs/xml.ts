/** Text and attribute values for hand-written XML (the sitemap, the feeds). */

/** Escapes the five characters XML gives meaning to, so any text is safe in an element or a quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Expressive Code puts its stylesheet `<link>` and copy-button `<script>` before the first
 * code block of every document it renders. An entry page holds two such documents (the
 * messages, rendered by the `<Code>` component, and the MDX body), so it linked both files
 * twice. This keeps the first of each and drops the others.
 *
 * The first stays where it is, in the body just before the first code block, on purpose:
 * the browser paints everything above it without waiting for the code blocks' stylesheet
 * (moved into the head, it held back a simulated slow-4G first paint by 250 ms).
 *
 * The tags are matched exactly as astro-expressive-code writes them. Code inside a block
 * cannot look like one: its text is escaped, and in the copy button's `data-code`
 * attribute the quotes are.
 */

const codeBlockAsset =
  /<link rel="stylesheet" href="[^"]*\/ec\.[\w-]+\.css">|<script type="module" src="[^"]*\/ec\.[\w-]+\.js"><\/script>/g;

/** The page's HTML with every Expressive Code asset tag after the first of its kind removed. */
export function dedupeCodeBlockAssets(html: string): string {
  const seen = new Set<string>();
  return html.replace(codeBlockAsset, (tag) => {
    if (seen.has(tag)) return '';
    seen.add(tag);
    return tag;
  });
}

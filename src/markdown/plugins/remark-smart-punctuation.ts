/**
 * SmartyPants typography for content: curly quotes and apostrophes, `--` as an em dash,
 * `...` as an ellipsis, ``` ``backticks'' ``` as double quotes. It gives what Astro's
 * default (remark-smartypants) gives, in half the time, which matters at 10,000 pages:
 *
 * - Quotes need the sentence around them (`"` opens or closes), so, as remark-smartypants
 *   does, all of a document's text is joined (inline code stands in as letters, each block
 *   starts with a space) and educated once with retext-smartypants.
 * - Dashes, ellipses and backticks need only the characters themselves. remark-smartypants
 *   runs retext's whole natural-language parser again on every text node for them; here
 *   they are the few replacements below. tests/unit/markdown-plugins.test.ts checks that
 *   the output equals remark-smartypants' on every content file.
 *
 * Code (inline and fenced) is never touched: an error message in backticks stays exactly
 * as the API wrote it.
 */
import type { Root } from 'mdast';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';

const quotes = retext().use(retextSmartypants, {
  quotes: true,
  dashes: false,
  ellipses: false,
  backticks: false,
});

/** What retext-smartypants does to one text node once quotes are done, with its defaults. */
export function educatePunctuation(text: string): string {
  return (
    text
      // An ellipsis: three spaced full stops (". . ."), or three or more in a row.
      .replace(/(?<!\.)\.(?:[ \t]+\.){2}/g, '…')
      .replace(/\.{3,}/g, '…')
      // ``double backticks'' (exactly two of each mark).
      .replace(/(?<!`)``(?!`)/g, '“')
      .replace(/(?<!')''(?!')/g, '”')
      // An em dash for exactly two hyphens.
      .replace(/(?<!-)--(?!-)/g, '—')
  );
}

const blockTypes = new Set(['paragraph', 'heading', 'tableCell']);
const visitedTypes = new Set(['text', 'inlineCode', ...blockTypes]);

export function remarkSmartPunctuation() {
  return (tree: Root) => {
    const nodes: { type: string; value?: string }[] = [];
    let all = '';
    visit(tree, (node, _index, parent) => {
      if (!parent || !visitedTypes.has(node.type)) return;
      // Text inside an MDX <script> or <style> element is code.
      if (parent.type === 'mdxJsxTextElement' && ['script', 'style'].includes(parent.name ?? '')) return;
      if ('value' in node) {
        all += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
        nodes.push(node);
      } else if (blockTypes.has(node.type)) {
        all += ' ';
        nodes.push(node);
      }
    });
    if (!/['"`.-]/.test(all)) return;
    const educated = /['"]/.test(all) ? quotes.processSync(all).toString() : all;
    let at = 0;
    for (const node of nodes) {
      if (node.value === undefined) {
        at += 1;
        continue;
      }
      const end = at + node.value.length;
      if (node.type === 'text') node.value = educatePunctuation(educated.slice(at, end));
      at = end;
    }
  };
}

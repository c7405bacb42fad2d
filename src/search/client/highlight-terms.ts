/**
 * Marks the words a search matched on the page it led to, with the CSS Custom Highlight
 * API: nothing in the DOM changes, so anchors, copy buttons and layout are untouched.
 * Browsers without the API simply show no highlight.
 */
import { highlightTerms } from '~/search/query';

export function highlightFromUrl(): void {
  const terms = highlightTerms(location.search).map((t) => t.toLocaleLowerCase());
  const root = document.querySelector('[data-pagefind-body]');
  if (!root || terms.length === 0 || !('highlights' in CSS)) return;
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.toLocaleLowerCase() ?? '';
    for (const term of terms) {
      for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) {
        const range = new Range();
        range.setStart(node, at);
        range.setEnd(node, at + term.length);
        ranges.push(range);
      }
    }
  }
  if (ranges.length === 0) return;
  CSS.highlights.set('search-term', new Highlight(...ranges));
  ranges[0]!.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  document.documentElement.dataset.searchHighlight = String(ranges.length);
}

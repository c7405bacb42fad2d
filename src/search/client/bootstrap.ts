/**
 * The only search code every page carries (2.7 KB, 1.4 KB gzipped, most of it Vite's
 * loader for the dynamic imports below): it listens for Ctrl/Cmd+K
 * and `/`, and for the header box, and loads the search dialog on first use. Without
 * JavaScript the header box is a plain form that opens the search page.
 *
 * It also loads the highlighter when a search result brought the reader here.
 */
class SiteSearch extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector('input');
    const open = (text = '') => {
      void import('./search-dialog').then((m) => m.openSearchDialog(text));
    };
    input?.addEventListener('focus', () => {
      const text = input.value;
      input.blur();
      open(text);
    });
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest(
        'input, textarea, select, [contenteditable=""], [contenteditable="true"]',
      );
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        open();
      } else if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        open();
      }
    });
  }
}
customElements.define('site-search', SiteSearch);

if (/[?&]highlight=/.test(location.search)) {
  void import('./highlight-terms').then((m) => m.highlightFromUrl());
}

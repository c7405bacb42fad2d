/**
 * The only search code every page carries (2.7 KB, 1.4 KB gzipped, most of it Vite's
 * loader for the dynamic imports below): it listens for Ctrl/Cmd+K
 * and `/`, and for a click or typing in the header box, and loads the search dialog on first use. Without
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
    // The box opens the dialog when clicked or typed in, never on focus alone: a keyboard
    // reader tabbing through the header must be able to pass it (WCAG 3.2.1, On Focus);
    // opening on focus sent them into the dialog, and back to the top of the page after Esc,
    // so Tab never reached the page's own content. What was typed moves to the dialog's box.
    const openWithText = () => {
      // Read the box once the dialog has loaded: keys typed meanwhile are kept.
      void import('./search-dialog').then((m) => {
        const text = input!.value;
        input!.value = '';
        m.openSearchDialog(text);
      });
    };
    input?.addEventListener('click', openWithText);
    input?.addEventListener('input', (event) => {
      // Mid-composition (Japanese input), wait for the composed text.
      if (!event.isComposing) openWithText();
    });
    input?.addEventListener('compositionend', openWithText);
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

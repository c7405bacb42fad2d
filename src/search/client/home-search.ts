/**
 * `<home-search>`: the home page's paste box. Without JavaScript it is a plain GET form to
 * the search page. With it, the text goes through `maskSecrets` before it becomes the
 * search page's `?q=` (an address that access logs keep and readers copy into forums), and
 * Enter searches while Shift+Enter adds a line, as on the search page. Nothing else of
 * search loads here: the search page does the searching.
 */
import { maskSecrets } from '~/search/mask-secrets';

class HomeSearch extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const box = form.querySelector('textarea')!;
    // The line that says keys are masked is true only now that this script runs.
    const privacy = this.querySelector<HTMLElement>('[data-search-privacy]');
    if (privacy?.id) box.setAttribute('aria-describedby', privacy.id);
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const url = new URL(form.action);
      const query = maskSecrets(box.value).text;
      url.search = query.trim() ? new URLSearchParams({ q: query }).toString() : '';
      location.assign(url);
    });
  }
}

customElements.define('home-search', HomeSearch);

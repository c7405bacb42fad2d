/**
 * `<copy-link>`: copies this page's link as a URL, a Markdown link or a short link, and
 * the link to a section when its `#` anchor is clicked (the anchor still moves to the
 * section, so without JavaScript it is an ordinary link). Each copy is announced.
 */
import { markdownLink, sectionUrl } from '~/lib/routing/link-formats';

class CopyLink extends HTMLElement {
  #status!: HTMLElement;

  connectedCallback() {
    const { url = '', short = '', title = '' } = this.dataset;
    this.#status = this.querySelector('[role="status"]')!;
    const forms: Record<string, string> = { url, markdown: markdownLink(title, url), short };
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      const text = forms[button.dataset.copy ?? ''];
      if (!text) continue;
      button.addEventListener('click', () => void this.#copy(text, this.#message('copied', text)));
    }
    document.addEventListener('click', (event) => {
      const anchor = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-heading-link]');
      if (!anchor) return;
      const section = anchor.previousElementSibling?.textContent?.trim() ?? '';
      void this.#copy(
        sectionUrl(url, decodeURIComponent(anchor.hash.slice(1))),
        this.#message('section', section),
      );
    });
  }

  /** A message from the page's language, with `%s` filled in. */
  #message(kind: 'copied' | 'section', value: string): string {
    return (this.dataset[kind] ?? '%s').replace('%s', value);
  }

  async #copy(text: string, done: string) {
    try {
      await navigator.clipboard.writeText(text);
      this.#status.textContent = done;
    } catch {
      this.#status.textContent = this.dataset.failed ?? '';
    }
  }
}

customElements.define('copy-link', CopyLink);

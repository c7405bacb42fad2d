/**
 * `<search-page>`: the linkable search at /<lang>/search/?q=... The query in the URL runs
 * on load; the URL follows what the reader types, so any search can be shared.
 */
import type { Locale } from '~/site.config';
import {
  parseSearchState,
  readyToSearchWhileTyping,
  serializeSearchState,
  type SearchState,
} from '~/search/query';
import { maskSecrets } from '~/search/mask-secrets';
import { pageSearchEngine } from './engine';
import { SearchRunner } from './controller';

class SearchPage extends HTMLElement {
  #runner!: SearchRunner;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    const lang = document.documentElement.lang as Locale;
    const form = this.querySelector('form')!;
    this.#runner = new SearchRunner(
      pageSearchEngine(),
      this.querySelector<HTMLElement>('[data-search-results]')!,
      lang,
      () => {
        const other = form.elements.namedItem('other');
        if (other instanceof HTMLInputElement) other.checked = true;
        this.#update(form);
      },
    );
    const state = parseSearchState(location.search);
    this.#writeForm(form, state);
    // A key that reached the address anyway (a link, a form sent without JavaScript) leaves it now.
    if (maskSecrets(state.query).text !== state.query) {
      history.replaceState(null, '', location.pathname + maskedUrl(state));
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update(form);
    });
    // Results follow every keystroke: the index parts a prefix needs are the ones the
    // whole word needs, so the last key finds them loaded.
    form.addEventListener('input', () => this.#update(form, { typing: true }));
    // The box is a textarea so a pasted traceback keeps its lines; Enter still searches.
    form.querySelector('textarea')?.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.#update(form);
      }
    });
    form.addEventListener('change', () => this.#update(form));
    this.querySelectorAll<HTMLElement>('[data-needs-js]').forEach((node) => (node.hidden = false));
    // A reader on this page is about to search: load the engine now, not on the first key.
    if (state.query) void this.#runner.run(state);
    else this.#runner.engine.warm();
  }

  /**
   * The fields read one by one: `new FormData(form)` prepares the textarea's value for
   * submission, over 100 ms for a long paste, and this runs on every key.
   */
  #readForm(form: HTMLFormElement): SearchState {
    const value = (name: string) => {
      const field = form.elements.namedItem(name);
      const filled =
        field instanceof HTMLTextAreaElement ||
        field instanceof HTMLSelectElement ||
        field instanceof HTMLInputElement;
      return (filled && field.value) || undefined;
    };
    const other = form.elements.namedItem('other');
    return {
      query: value('q') ?? '',
      kind: value('kind'),
      provider: value('provider'),
      severity: value('severity'),
      other: other instanceof HTMLInputElement && other.checked,
    } as SearchState;
  }

  #writeForm(form: HTMLFormElement, state: SearchState) {
    const set = (name: string, value: string) => {
      const field = form.elements.namedItem(name);
      if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = value === '1';
      else if (
        field instanceof HTMLInputElement ||
        field instanceof HTMLSelectElement ||
        field instanceof HTMLTextAreaElement
      )
        field.value = value;
    };
    set('q', state.query);
    set('kind', state.kind ?? '');
    set('provider', state.provider ?? '');
    set('severity', state.severity ?? '');
    set('other', state.other ? '1' : '');
  }

  #update(form: HTMLFormElement, { typing = false } = {}) {
    const state = this.#readForm(form);
    if (!typing || readyToSearchWhileTyping(state.query)) void this.#runner.run(state);
    // The URL follows once typing pauses (browsers limit how often a page may rewrite it).
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => history.replaceState(null, '', location.pathname + maskedUrl(state)), 300);
  }
}

/** The query string of a search with its secrets masked: the search runs on the text as pasted, the address keeps no key. */
function maskedUrl(state: SearchState): string {
  return serializeSearchState({ ...state, query: maskSecrets(state.query).text });
}

customElements.define('search-page', SearchPage);

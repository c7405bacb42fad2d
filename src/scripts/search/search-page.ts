/**
 * `<search-page>`: the linkable search at /<lang>/search/?q=... The query in the URL runs
 * on load; the URL follows what the reader types, so any search can be shared.
 */
import type { Locale } from '../../site.config';
import { t } from '../../i18n/ui';
import { parseSearchState, serializeSearchState, type SearchState } from '../../lib/search-query';
import { resultsPerStep, SearchEngine } from './engine';
import { renderOutcome } from './render';

class SearchPage extends HTMLElement {
  #engine!: SearchEngine;
  #lang!: Locale;
  #latest = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    this.#lang = document.documentElement.lang as Locale;
    this.#engine = new SearchEngine(this.#lang, import.meta.env.BASE_URL);
    const form = this.querySelector('form')!;
    const state = parseSearchState(location.search);
    this.#writeForm(form, state);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update(form, 0);
    });
    form.addEventListener('input', () => this.#update(form, 150));
    // The box is a textarea so a pasted traceback keeps its lines; Enter still searches.
    form.querySelector('textarea')?.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.#update(form, 0);
      }
    });
    form.addEventListener('change', () => this.#update(form, 0));
    this.querySelectorAll<HTMLElement>('[data-needs-js]').forEach((node) => (node.hidden = false));
    if (state.query) void this.#run(state);
  }

  #readForm(form: HTMLFormElement): SearchState {
    const data = new FormData(form);
    const value = (name: string) => (data.get(name) as string | null) || undefined;
    return {
      query: (data.get('q') as string | null) ?? '',
      kind: value('kind'),
      provider: value('provider'),
      severity: value('severity'),
      other: data.get('other') === '1',
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

  #update(form: HTMLFormElement, delay: number) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const state = this.#readForm(form);
      history.replaceState(null, '', location.pathname + serializeSearchState(state));
      void this.#run(state);
    }, delay);
  }

  async #run(state: SearchState, limit = resultsPerStep) {
    const id = ++this.#latest;
    const container = this.querySelector<HTMLElement>('[data-search-results]')!;
    container.setAttribute('aria-busy', 'true');
    try {
      const outcome = await this.#engine.search(state, limit);
      if (id !== this.#latest) return;
      renderOutcome(container, outcome, {
        lang: this.#lang,
        onShowMore: () => void this.#run(state, limit + resultsPerStep),
        onShowOther: () => {
          const form = this.querySelector('form')!;
          const other = form.elements.namedItem('other');
          if (other instanceof HTMLInputElement) other.checked = true;
          this.#update(form, 0);
        },
      });
    } catch (error) {
      if (id !== this.#latest) return;
      console.warn(error);
      const message = document.createElement('p');
      message.textContent = t(this.#lang).searchUi.failed;
      container.replaceChildren(message);
    } finally {
      if (id === this.#latest) container.removeAttribute('aria-busy');
    }
  }
}

customElements.define('search-page', SearchPage);

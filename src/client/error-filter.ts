/**
 * `<error-filter>`: narrows the error index to a provider, an HTTP status and a severity.
 * The list is rendered in full by the server; this only hides rows (and the provider
 * sections left empty), says how many are shown in a live region, and keeps the filter in
 * the URL (`?provider=openai&status=429`) so a filtered list can be linked.
 */
import {
  errorFilterKeys,
  matchesErrorFilter,
  parseErrorFilter,
  serializeErrorFilter,
  type ErrorFilter,
  type ErrorRowFacts,
} from '~/lib/error-filter';

class ErrorFilterElement extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const select = (key: string) => form.elements.namedItem(key) as HTMLSelectElement | null;
    // A filter in the URL wins over what the browser restored into the form.
    const fromUrl = parseErrorFilter(location.search);
    if (Object.keys(fromUrl).length > 0) {
      for (const key of errorFilterKeys) {
        const field = select(key);
        if (field) field.value = fromUrl[key] ?? '';
      }
    }
    const apply = () => this.#apply(form);
    form.addEventListener('change', apply);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      apply();
    });
    // `reset` fires before the fields are reset.
    form.addEventListener('reset', () => setTimeout(apply));
    apply();
  }

  #apply(form: HTMLFormElement) {
    const filter: ErrorFilter = {};
    for (const key of errorFilterKeys) {
      // An unknown value from the URL leaves the select empty, so it filters nothing.
      const value = (form.elements.namedItem(key) as HTMLSelectElement | null)?.value;
      if (value) filter[key] = value;
    }
    const rows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-provider]')];
    let shown = 0;
    for (const row of rows) {
      const visible = matchesErrorFilter(row.dataset as ErrorRowFacts, filter);
      row.hidden = !visible;
      if (visible) shown++;
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-provider-group]')) {
      group.hidden = !group.querySelector('tr[data-provider]:not([hidden])');
    }
    const count = this.querySelector<HTMLElement>('[data-filter-count]')!;
    const text =
      shown === rows.length ? count.dataset.all! : count.dataset.some!.replace('%s', String(shown));
    // A live region speaks when its text changes; the same text is not repeated.
    if (count.textContent !== text) count.textContent = text;
    history.replaceState(history.state, '', location.pathname + serializeErrorFilter(filter) + location.hash);
  }
}

customElements.define('error-filter', ErrorFilterElement);

/**
 * Runs searches into a results container, for the search page and the dialog alike: the
 * newest search wins, the first results render before the rest of them have loaded, and a
 * failure says so instead of leaving stale results.
 */
import type { Locale } from '~/site.config';
import { searchT as t } from '~/i18n/search-ui';
import type { SearchState } from '~/search/query';
import { resultsPerStep, type SearchEngine, type SearchOutcome } from './engine';
import { renderOutcome } from './render';

export class SearchRunner {
  #latest = 0;

  constructor(
    readonly engine: SearchEngine,
    readonly container: HTMLElement,
    readonly lang: Locale,
    /** Called when the reader asks for the other language's results too. */
    readonly onShowOther: () => void,
  ) {}

  async run(state: SearchState, limit = resultsPerStep): Promise<void> {
    const id = ++this.#latest;
    const isCurrent = () => id === this.#latest;
    const render = (outcome: SearchOutcome, complete: boolean) =>
      renderOutcome(this.container, outcome, {
        lang: this.lang,
        complete,
        onShowMore: () => void this.run(state, limit + resultsPerStep),
        onShowOther: this.onShowOther,
      });
    this.container.setAttribute('aria-busy', 'true');
    try {
      // "Show more" keeps the results already on screen rather than redrawing fewer first.
      const onFirstResults =
        limit === resultsPerStep ? (first: SearchOutcome) => isCurrent() && render(first, false) : undefined;
      const outcome = await this.engine.search(state, {
        limit,
        isCurrent,
        ...(onFirstResults ? { onFirstResults } : {}),
      });
      if (isCurrent()) render(outcome, true);
    } catch (error) {
      if (!isCurrent()) return;
      console.warn(error);
      const message = document.createElement('p');
      message.textContent = t(this.lang).searchUi.failed;
      this.container.replaceChildren(message);
    } finally {
      if (isCurrent()) this.container.removeAttribute('aria-busy');
    }
  }
}

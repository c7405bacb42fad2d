/**
 * Renders a search outcome as DOM, for the search page and the dialog alike. Text from
 * the query or the index is only ever inserted as text (Pagefind's <mark> highlights are
 * rebuilt as elements), so markup in a query is shown, never run.
 */
import { providers, type Locale } from '~/site.config';
import { t } from '~/i18n/ui';
import { otherLocale } from '~/lib/content/entry-ids';
import type { ExactHit, SearchHit, SearchOutcome } from './engine';

type Strings = ReturnType<typeof t>;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Pagefind's excerpt is escaped text with <mark> tags; rebuild it without parsing HTML. */
export function excerptNodes(excerpt: string): Node[] {
  const decode = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&amp;/g, '&');
  return excerpt.split(/(<mark>.*?<\/mark>)/g).flatMap((part): Node[] => {
    if (!part) return [];
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    return marked ? [el('mark', {}, decode(marked[1]!))] : [document.createTextNode(decode(part))];
  });
}

function providerName(id: string | undefined): string | undefined {
  return id && id in providers ? providers[id as keyof typeof providers].name : id;
}

function facts(
  strings: Strings,
  parts: {
    kind: string;
    provider?: string | undefined;
    code?: string | undefined;
    status?: string | undefined;
    severity?: string | undefined;
  },
) {
  const items: (Node | string)[] = [
    el(
      'span',
      { class: 'search-kind' },
      parts.kind === 'error' ? strings.searchUi.error : strings.searchUi.article,
    ),
  ];
  const name = providerName(parts.provider);
  if (name) items.push(' · ', name);
  if (parts.code) items.push(' · ', el('code', {}, parts.code));
  if (parts.status) items.push(' · ', `HTTP ${parts.status}`);
  if (parts.severity && parts.severity in strings.severities) {
    const severity = parts.severity as keyof Strings['severities'];
    items.push(
      ' · ',
      el(
        'span',
        { class: `badge severity-${severity}`, 'data-severity': severity },
        `${strings.severity}: ${strings.severities[severity]}`,
      ),
    );
  }
  return el('p', { class: 'search-facts' }, ...items);
}

let optionCounter = 0;

function exactItem(strings: Strings, hit: ExactHit): HTMLLIElement {
  return el(
    'li',
    {
      class: 'search-result search-result-exact',
      'data-result-kind': 'error',
      'data-exact': '',
      lang: hit.lang,
      id: `search-option-${++optionCounter}`,
    },
    el('p', { class: 'search-exact-label' }, strings.searchUi.exactMatch),
    el('a', { href: hit.href, class: 'search-result-link' }, hit.title),
    facts(strings, {
      kind: 'error',
      provider: hit.card.provider,
      code: hit.card.code,
      status: String(hit.card.httpStatus),
      severity: hit.card.severity,
    }),
    el('p', { class: 'search-excerpt' }, hit.summary),
  );
}

function hitItem(strings: Strings, hit: SearchHit): HTMLLIElement {
  return el(
    'li',
    {
      class: 'search-result',
      'data-result-kind': hit.kind,
      ...(hit.lang ? { lang: hit.lang } : {}),
      id: `search-option-${++optionCounter}`,
    },
    el('a', { href: hit.path, class: 'search-result-link' }, hit.title),
    facts(strings, hit),
    el('p', { class: 'search-excerpt' }, ...excerptNodes(hit.excerpt)),
  );
}

export interface RenderOptions {
  lang: Locale;
  /**
   * False while the rest of the results are still loading: the count (a live region) and
   * the buttons wait for the complete list, so a screen reader hears the count once.
   */
  complete: boolean;
  /** Called when the reader asks for the other language. */
  onShowOther?: () => void;
  /** Called when the reader asks for more results. */
  onShowMore?: () => void;
}

/** Replaces the container's content with the outcome, in rank order. Returns the result items. */
export function renderOutcome(
  container: HTMLElement,
  outcome: SearchOutcome,
  { lang, complete, onShowOther, onShowMore }: RenderOptions,
): HTMLLIElement[] {
  const strings = t(lang);
  const otherName = t(otherLocale(lang)).languageName;
  const items: HTMLLIElement[] = [];
  const nodes: Node[] = [];
  const total = outcome.exact.length + outcome.primary.length + outcome.other.length;

  // The count is a live region: it stays in place and changes once a search is complete,
  // so a screen reader hears the count, not every result as the reader types.
  const status =
    container.querySelector<HTMLParagraphElement>(':scope > .search-status') ??
    el('p', { class: 'search-status', role: 'status' });
  if (complete) status.textContent = outcome.query ? strings.searchUi.resultCount(total) : '';
  nodes.push(status);

  if (outcome.exact.length > 0) {
    const list = el('ol', { class: 'search-list', 'aria-label': strings.searchUi.exactMatch });
    for (const hit of outcome.exact) list.append(exactItem(strings, hit));
    nodes.push(list);
  }
  if (outcome.primary.length > 0) {
    const list = el('ol', {
      class: 'search-list',
      'aria-label': strings.searchUi.resultsIn(strings.languageName),
    });
    for (const hit of outcome.primary) list.append(hitItem(strings, hit));
    nodes.push(list);
  }
  if (outcome.other.length > 0) {
    nodes.push(el('h2', { class: 'search-group-title' }, strings.searchUi.resultsIn(otherName)));
    const list = el('ol', {
      class: 'search-list',
      'aria-label': strings.searchUi.resultsIn(otherName),
      lang: otherLocale(lang),
    });
    for (const hit of outcome.other) list.append(hitItem(strings, hit));
    nodes.push(list);
  }
  if (!complete) {
    container.replaceChildren(...nodes);
    return [...container.querySelectorAll<HTMLLIElement>('li.search-result')];
  }
  if (outcome.query && total === 0) {
    nodes.push(
      el('p', { class: 'search-empty' }, strings.searchUi.noResults(outcome.query)),
      el('p', {}, strings.searchUi.noResultsHint),
    );
  }
  if (outcome.hasMore && onShowMore) {
    const button = el(
      'button',
      { type: 'button', class: 'search-other-button', 'data-show-more': '' },
      strings.searchUi.showMore,
    );
    button.addEventListener('click', onShowMore);
    nodes.push(button);
  }
  if (outcome.query && !outcome.otherSearched && onShowOther) {
    const button = el(
      'button',
      { type: 'button', class: 'search-other-button', 'data-show-other': '' },
      strings.searchUi.alsoSearchOther(otherName),
    );
    button.addEventListener('click', onShowOther);
    nodes.push(button);
  }
  container.replaceChildren(...nodes);
  container.querySelectorAll<HTMLLIElement>('li.search-result').forEach((li) => items.push(li));
  return items;
}

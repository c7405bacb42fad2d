/**
 * Renders a search outcome as DOM, for the search page and the dialog alike. Text from
 * the query or the index is only ever inserted as text (Pagefind's <mark> highlights are
 * rebuilt as elements), so markup in a query is shown, never run.
 */
import { providers, site, type Locale } from '~/site.config';
import { searchT as t } from '~/i18n/search-ui';
import { otherLocale } from '~/lib/content/entry-ids';
import { paths, withBase } from '~/lib/routing/routes';
import { entryRequest, telltale } from '~/search/answer';
import type { Answer, EntryHit, SearchHit, SearchOutcome } from './engine';

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

/** One entry the matcher named: its title as the link, its facts and its summary. */
function entryItem(strings: Strings, hit: EntryHit, extra: Node[] = []): HTMLLIElement {
  return el(
    'li',
    {
      class: 'search-result search-result-entry',
      'data-result-kind': 'error',
      lang: hit.lang,
      id: `search-option-${++optionCounter}`,
    },
    el('a', { href: hit.href, class: 'search-result-link' }, hit.title),
    facts(strings, {
      kind: 'error',
      provider: hit.card.provider,
      code: hit.card.code,
      status: hit.card.httpStatus === undefined ? undefined : String(hit.card.httpStatus),
      severity: hit.card.severity,
    }),
    ...extra,
    el('p', { class: 'search-excerpt' }, hit.summary),
  );
}

/** The matcher's answer as a labelled card: exact, same shape, a choice, or likely. */
function answerNode(strings: Strings, answer: Exclude<Answer, { kind: 'none' }>): HTMLElement {
  const ui = strings.searchUi;
  const label =
    answer.kind === 'exact'
      ? ui.exactMatch
      : answer.kind === 'shape'
        ? ui.sameShape
        : answer.kind === 'choice'
          ? ui.choiceTitle
          : ui.likelyMatch;
  const id = `search-answer-${++optionCounter}`;
  const card = el(
    'section',
    {
      class: `search-answer search-answer-${answer.kind}`,
      'data-answer': answer.kind,
      'aria-labelledby': id,
    },
    el('p', { class: 'search-exact-label', id }, label),
  );
  if (answer.kind === 'shape') {
    const hit = answer.hits[0];
    card.append(
      el('p', {}, ui.sameShapeNote(providerName(answer.provider)!, providerName(hit.card.provider)!)),
    );
  }
  if (answer.kind === 'choice') card.append(el('p', {}, ui.choiceNote));
  const list = el('ol', { class: 'search-list', 'aria-labelledby': id });
  for (const hit of answer.hits) {
    const clue =
      answer.kind === 'choice' ? [el('p', { class: 'search-clue' }, el('code', {}, telltale(hit.card)))] : [];
    const item = entryItem(strings, hit, clue);
    if (answer.kind === 'exact') {
      // Kept for links and tests that look for the exact match itself.
      item.classList.add('search-result-exact');
      item.setAttribute('data-exact', '');
    }
    list.append(item);
  }
  card.append(list);
  return card;
}

/**
 * When the reference has no entry: what the search read from the text, where to look
 * instead (the status page, the provider's page) and a prefilled request for an entry,
 * masked, with exactly what it will send shown before it is sent.
 */
function notCoveredCard(strings: Strings, lang: Locale, outcome: SearchOutcome): HTMLElement {
  const ui = strings.searchUi;
  const { understood } = outcome;
  const base = import.meta.env.BASE_URL;
  const id = `search-not-covered-${++optionCounter}`;
  const read = el('dl', { class: 'search-understood' });
  const fact = (term: string, value: Node | string) => read.append(el('dt', {}, term), el('dd', {}, value));
  const sender = providerName(understood.provider) ?? understood.service;
  if (sender) fact(strings.provider, sender);
  if (understood.status !== undefined) fact(strings.httpStatus, String(understood.status));
  if (understood.exception) fact(ui.exceptionClass, el('code', {}, understood.exception));
  const links = el('ul', { class: 'search-next-steps' });
  if (understood.status !== undefined && outcome.statusPages.has(understood.status))
    links.append(
      el(
        'li',
        {},
        el(
          'a',
          { href: withBase(paths.status(lang, understood.status), base) },
          ui.statusPage(understood.status),
        ),
      ),
    );
  if (understood.provider && outcome.providersWithEntries.has(understood.provider))
    links.append(
      el(
        'li',
        {},
        el(
          'a',
          { href: withBase(paths.providerIndex(lang, understood.provider), base) },
          ui.providerPage(providerName(understood.provider)!),
        ),
      ),
    );
  const request = entryRequest(outcome.query, understood, ui.requestTitle);
  const url = `${site.repository}/issues/new?title=${encodeURIComponent(request.title)}&body=${encodeURIComponent(request.body)}`;
  links.append(
    el('li', {}, el('a', { href: url, class: 'search-request-entry', rel: 'noopener' }, ui.requestEntry)),
  );
  const preview = el(
    'details',
    { class: 'search-request-preview' },
    el('summary', {}, ui.requestPreview),
    el('pre', { tabindex: '0' }, el('code', {}, `${request.title}\n\n${request.body}`)),
  );
  return el(
    'section',
    { class: 'search-answer search-answer-not-covered', 'data-answer': 'not-covered', 'aria-labelledby': id },
    el('p', { class: 'search-exact-label', id }, ui.notCoveredTitle),
    ...(read.childElementCount > 0 ? [el('p', {}, ui.notCoveredNote), read] : []),
    links,
    preview,
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
  const total = outcome.answer.hits.length + outcome.primary.length + outcome.other.length;

  // The count is a live region: it stays in place and changes once a search is complete,
  // so a screen reader hears the count, not every result as the reader types.
  const status =
    container.querySelector<HTMLParagraphElement>(':scope > .search-status') ??
    el('p', { class: 'search-status', role: 'status' });
  if (complete) status.textContent = outcome.query ? strings.searchUi.resultCount(total) : '';
  nodes.push(status);

  if (outcome.answer.kind !== 'none') nodes.push(answerNode(strings, outcome.answer));
  if (outcome.primary.length > 0) {
    if (outcome.relaxed)
      nodes.push(el('p', { class: 'search-group-title search-likely-label' }, strings.searchUi.likelyPages));
    const list = el('ol', {
      class: 'search-list',
      'aria-label': outcome.relaxed
        ? strings.searchUi.likelyPages
        : strings.searchUi.resultsIn(strings.languageName),
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
  const notCovered =
    outcome.understood.looksLikeError && (outcome.answer.kind === 'none' || outcome.answer.kind === 'shape');
  if (outcome.query && total === 0 && !notCovered) {
    nodes.push(
      el('p', { class: 'search-empty' }, strings.searchUi.noResults(outcome.query)),
      el('p', {}, strings.searchUi.noResultsHint),
    );
  }
  if (outcome.query && notCovered) nodes.push(notCoveredCard(strings, lang, outcome));
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

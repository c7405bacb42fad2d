/**
 * The search dialog opened from any page (Ctrl/Cmd+K, `/`, or the header box). Loaded on
 * first use by search-bootstrap.ts. Arrow keys move between results, Enter opens one,
 * Esc closes the dialog and focus returns to where it was.
 */
import type { Locale } from '~/site.config';
import { searchT as t } from '~/i18n/search-ui';
import { paths, withBase } from '~/lib/routing/routes';
import { queryForUrl, readyToSearchWhileTyping } from '~/search/query';
import { pageSearchEngine, type SearchEngine } from './engine';
import { SearchRunner } from './controller';

let dialog: HTMLDialogElement | undefined;
let engine: SearchEngine | undefined;
let runner: SearchRunner | undefined;
let returnFocusTo: HTMLElement | null = null;
let showOther = false;

function build(lang: Locale): HTMLDialogElement {
  const strings = t(lang);
  const node = document.createElement('dialog');
  node.className = 'search-dialog';
  node.setAttribute('aria-label', strings.searchUi.dialogLabel);
  node.innerHTML = `
    <form method="dialog" class="search-dialog-form">
      <label class="visually-hidden" for="search-dialog-input"></label>
      <input id="search-dialog-input" type="search" name="q" autocomplete="off" spellcheck="false" />
      <button type="button" class="search-dialog-close" data-close></button>
    </form>
    <p class="search-dialog-hint" id="search-dialog-hint"></p>
    <div class="search-dialog-results" data-search-results></div>
    <p class="search-dialog-footer"><a data-full-page></a></p>`;
  node.querySelector('label')!.textContent = strings.searchUi.dialogLabel;
  const input = node.querySelector('input')!;
  input.placeholder = strings.searchPlaceholder;
  input.setAttribute('aria-describedby', 'search-dialog-hint');
  node.querySelector('#search-dialog-hint')!.textContent = strings.searchUi.keyboardHint;
  const close = node.querySelector<HTMLButtonElement>('[data-close]')!;
  close.textContent = strings.searchUi.close;
  close.addEventListener('click', () => node.close());
  const fullPage = node.querySelector<HTMLAnchorElement>('[data-full-page]')!;
  fullPage.textContent = strings.searchUi.openFullPage;
  fullPage.href = withBase(paths.search(lang), import.meta.env.BASE_URL);

  input.addEventListener('input', () => {
    fullPage.href = withBase(paths.search(lang, queryForUrl(input.value)), import.meta.env.BASE_URL);
    // Results follow the keystrokes; a newer search makes an older one stop.
    if (readyToSearchWhileTyping(input.value)) void runner!.run({ query: input.value, other: showOther });
  });
  node.addEventListener('keydown', (event) => onKeydown(event, node));
  node.addEventListener('close', () => {
    returnFocusTo?.focus();
    returnFocusTo = null;
  });
  // A click on the backdrop (outside the dialog box) closes it.
  node.addEventListener('click', (event) => {
    if (event.target === node) node.close();
  });
  runner = new SearchRunner(engine!, node.querySelector<HTMLElement>('[data-search-results]')!, lang, () => {
    showOther = true;
    void runner!.run({ query: input.value, other: true });
  });
  document.body.append(node);
  return node;
}

function resultLinks(node: HTMLDialogElement): HTMLAnchorElement[] {
  return [...node.querySelectorAll<HTMLAnchorElement>('[data-search-results] a.search-result-link')];
}

function onKeydown(event: KeyboardEvent, node: HTMLDialogElement) {
  const input = node.querySelector('input')!;
  const links = resultLinks(node);
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    if (links.length === 0) return;
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const next = index === -1 ? (step === 1 ? 0 : links.length - 1) : index + step;
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]!.focus();
  } else if (event.key === 'Enter' && document.activeElement === input && links[0]) {
    event.preventDefault();
    links[0].click();
  } else if (index !== -1 && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    // Typing while a result has focus goes on typing in the box.
    input.focus();
  }
}

/** Opens the dialog, optionally with text already typed. */
export function openSearchDialog(initialText = ''): void {
  const lang = document.documentElement.lang as Locale;
  engine ??= pageSearchEngine();
  engine.warm();
  dialog ??= build(lang);
  if (dialog.open) return;
  returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const input = dialog.querySelector('input')!;
  if (initialText) input.value = initialText;
  dialog.showModal();
  input.focus();
  if (input.value) input.dispatchEvent(new Event('input'));
}

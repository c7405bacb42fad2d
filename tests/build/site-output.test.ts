/**
 * Checks on the built site in dist/: the pages the site promises, their language and
 * twins, the rendered content blocks (callouts, checklist, entry facts, examples, heading
 * ids), the JavaScript each page ships, and that no internal link or fragment is broken.
 *
 * dist/ is built beforehand (scripts/test.mjs runs `astro build` first).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  $,
  $$,
  assertBuilt,
  builtPages,
  readingPages,
  fileForPath,
  loadPage,
  pathExists,
  proseRuns,
  text,
  type HTMLElement,
} from '../support/site';

const articleEn = '/en/articles/openai-api-quota-error/';
const articleJa = '/ja/articles/openai-api-quota-error-jp/';
const entryEn = '/en/errors/openai/insufficient_quota/';
const entryJa = '/ja/errors/openai/insufficient_quota/';

/** Every URL the site promises, exactly as linked from outside. */
const promisedPages = [
  '/',
  '/en/',
  '/ja/',
  '/en/articles/',
  '/ja/articles/',
  articleEn,
  articleJa,
  '/en/errors/',
  '/ja/errors/',
  '/en/errors/openai/',
  '/ja/errors/openai/',
  entryEn,
  entryJa,
  '/en/tags/quota/',
  '/ja/tags/quota/',
  '/en/search/',
  '/ja/search/',
  '/en/status/429/',
  '/ja/status/429/',
  '/404.html',
  '/en/404/',
  '/ja/404/',
];

/** Pages with a twin in the other language: each must link the other, both ways. */
const twinPairs: [string, string][] = [
  ['/en/', '/ja/'],
  [articleEn, articleJa],
  [entryEn, entryJa],
  ['/en/errors/', '/ja/errors/'],
  ['/en/articles/', '/ja/articles/'],
  ['/en/errors/openai/', '/ja/errors/openai/'],
  ['/en/tags/quota/', '/ja/tags/quota/'],
  ['/en/search/', '/ja/search/'],
  ['/en/status/429/', '/ja/status/429/'],
  ['/en/404/', '/ja/404/'],
];

const entryHeadingIds = [
  'what-it-means',
  'quick-fix',
  'why-it-happens',
  'detection',
  'causes-and-fixes',
  'code',
  'workaround',
  'prevention',
  'community-notes',
];

function expectedLang(path: string): 'en' | 'ja' {
  return path.startsWith('/ja/') ? 'ja' : 'en';
}

const cache = new Map<string, HTMLElement>();
function page(path: string): HTMLElement {
  let root = cache.get(path);
  if (!root) {
    root = loadPage(path);
    cache.set(path, root);
  }
  return root;
}

/**
 * What JavaScript a page ships, one label per <script>: custom elements a module defines
 * (`theme-toggle`, `task-list`), `theme-init` for the inline anti-flash theme script,
 * `expressive-code` for the code-block helper, else the script's src or first characters.
 */
function scriptsOf(root: HTMLElement): string[] {
  return $$(root, 'script').map((script) => {
    const src = script.getAttribute('src');
    const type = script.getAttribute('type') ?? 'classic';
    let code = script.textContent;
    if (src) {
      if (src.startsWith('/')) {
        try {
          code = readFileSync(fileForPath(src), 'utf8');
        } catch {
          return `missing:${src}`;
        }
      } else {
        return `external:${src}`;
      }
    }
    const defined = [...code.matchAll(/customElements\.define\(\s*[`'"]([a-z][\w-]*)[`'"]/g)].map(
      (m) => m[1],
    );
    if (defined.length > 0) return defined.join('+');
    if (type === 'classic' && /localStorage\.getItem\(\s*['"`]theme['"`]\s*\)/.test(code))
      return 'theme-init';
    if (src && /\/ec\.[\w-]+\.js$/.test(src)) return 'expressive-code';
    return src ? `${type}:${src}` : `${type}:${code.trim().slice(0, 60)}`;
  });
}

beforeAll(() => {
  assertBuilt();
});

describe('pages the site promises', () => {
  it.each(promisedPages)('%s is built', (path) => {
    expect(pathExists(path), `${path} -> ${fileForPath(path)}`).toBe(true);
  });

  it.each(promisedPages)('%s has the right <html lang>', (path) => {
    expect($(page(path), 'html', path).getAttribute('lang')).toBe(expectedLang(path));
  });

  it('every built page has the <html lang> of its URL prefix', () => {
    const wrong = readingPages()
      .map((path) => ({ path, lang: page(path).querySelector('html')?.getAttribute('lang') }))
      .filter(({ path, lang }) => lang !== expectedLang(path));
    expect(wrong).toEqual([]);
  });
});

describe('language twins', () => {
  const directed = twinPairs.flatMap(([a, b]) => [
    [a, b],
    [b, a],
  ]);
  it.each(directed)('%s links its twin %s', (from, to) => {
    const root = page(from);
    const link = $(root, 'a[data-twin-link]', from);
    expect(link.getAttribute('href')).toBe(to);
    expect(link.getAttribute('hreflang')).toBe(expectedLang(to));
    // A not-found page is kept out of search engines, so it declares no alternates.
    if (/\/404\/$/.test(from)) {
      expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(root.querySelector('link[rel="alternate"][hreflang]')).toBeNull();
      return;
    }
    const alternate = root.querySelector(`link[rel="alternate"][hreflang="${expectedLang(to)}"]`);
    expect(alternate, `${from}: <link rel="alternate" hreflang="${expectedLang(to)}">`).not.toBeNull();
    expect(new URL(alternate!.getAttribute('href')!).pathname).toBe(to);
  });
});

describe('Markdown rendering', () => {
  /**
   * Markdown that failed to render shows its markers to the reader: bold or strikethrough
   * CommonMark did not close (`**「…」**を`), a link (`](`), a heading id (`{#`), a
   * directive (`:::`), `__bold__`. Code may contain them; the prose around it may not.
   */
  it('no page, in either language, shows unrendered Markdown outside code', () => {
    // Exactly two asterisks: a masked key the API prints (`****xxxx`, `xa***`) is text, not Markdown.
    const marker = /(?<!\*)\*\*(?!\*)|~~|\]\(|\{#|:::|(?<![\p{L}\p{N}_])__[\p{L}\p{N}]/gu;
    const pages = builtPages();
    expect(pages.filter((p) => p.startsWith('/ja/')).length).toBeGreaterThan(20);
    expect(pages.filter((p) => p.startsWith('/en/')).length).toBeGreaterThan(20);
    const leaks = pages.flatMap((path) =>
      proseRuns(page(path)).flatMap((run) =>
        [...run.matchAll(marker)].map((m) => {
          const from = Math.max(0, m.index - 30);
          const quote = run.slice(from, m.index + m[0].length + 30);
          return `${path}: "${from > 0 ? '…' : ''}${quote}${m.index + m[0].length + 30 < run.length ? '…' : ''}"`;
        }),
      ),
    );
    expect(leaks).toEqual([]);
  });

  it.each([articleEn, articleJa, entryEn, entryJa])('%s renders callouts as titled notes', (path) => {
    const callouts = $$(page(path), '.callout');
    expect(callouts.length, `${path}: .callout count`).toBeGreaterThan(0);
    for (const callout of callouts) {
      expect(callout.getAttribute('role'), `${path}: ${callout.outerHTML.slice(0, 120)}`).toBe('note');
      const title = callout.querySelector('.callout-title');
      expect(title, `${path}: callout without .callout-title`).not.toBeNull();
      expect(text(title!)).not.toBe('');
    }
    expect($$(page(path), '[role="note"].callout').length).toBe(callouts.length);
  });

  it.each([articleEn, articleJa])('%s has a checklist of 5 labelled checkboxes in <task-list>', (path) => {
    const list = $(page(path), 'task-list', path);
    const boxes = $$(list, 'input[type="checkbox"]');
    expect(boxes.length).toBe(5);
    for (const box of boxes) {
      const label = box.closest('label');
      expect(label, `${path}: checkbox outside a <label>`).not.toBeNull();
      expect(text(label!).length).toBeGreaterThan(3);
    }
  });
});

describe('error entry', () => {
  it.each([entryEn, entryJa])('%s shows the code, HTTP 429 and a severity in words', (path) => {
    const root = page(path);
    const header = $(root, 'main article header', path);
    expect($$(header, 'code').map(text)).toContain('insufficient_quota');
    expect(text($(root, '[data-fact="http-status"]', path))).toBe('429');
    const severity = $(root, '[data-severity]', path);
    expect(severity.getAttribute('data-severity')).toMatch(/^(low|medium|high|critical)$/);
    expect(text(severity)).not.toBe('');
  });

  it.each([entryEn, entryJa])('%s has captioned broken and fixed examples', (path) => {
    const root = page(path);
    for (const kind of ['broken', 'fixed']) {
      const figure = $(root, `figure[data-example="${kind}"]`, path);
      const caption = figure.querySelector(':scope > figcaption');
      expect(caption, `${path}: figure[data-example="${kind}"] without a figcaption`).not.toBeNull();
      expect(text(caption!)).not.toBe('');
      expect(figure.querySelector('pre'), `${path}: ${kind} example without code`).not.toBeNull();
    }
  });

  it.each([entryEn, entryJa])('%s has the stable heading ids', (path) => {
    const ids = new Set($$(page(path), 'h2[id], h3[id]').map((h) => h.getAttribute('id')));
    const missing = entryHeadingIds.filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
  });

  it.each([
    [entryEn, articleEn],
    [entryJa, articleJa],
    [articleEn, entryEn],
    [articleJa, entryJa],
  ])('%s links %s', (from, to) => {
    const links = $$(page(from), 'main a[href]')
      .map((a) => a.getAttribute('href')!.split('#')[0])
      .filter((href) => href === to);
    expect(links.length, `${from} has no link to ${to}`).toBeGreaterThan(0);
  });

  it('the Japanese entry gives 429 as its status and never presents 401 as it', () => {
    const root = page(entryJa);
    expect(text($(root, '[data-fact="http-status"]'))).toBe('429');
    const presented = [
      text($(root, 'title')),
      $(root, 'meta[name="description"]').getAttribute('content') ?? '',
      text($(root, 'main article header')),
      text($(root, 'section[aria-labelledby="messages"]')),
    ];
    for (const value of presented) expect(value).not.toMatch(/\b401\b/);
    expect(text($(root, 'main article header'))).toMatch(/429/);
  });
});

describe('HTTP status pages', () => {
  const entryPages = () => builtPagesSafe().filter((p) => /^\/(en|ja)\/errors\/[^/]+\/[^/]+\/$/.test(p));
  const statusOf = (entry: string) => text($(page(entry), '[data-fact="http-status"]', entry));

  it('each lists, under what the status means, exactly the entries of its language with that status', () => {
    const expected = new Map<string, string[]>();
    for (const entry of entryPages()) {
      const status = statusOf(entry);
      if (!/^\d{3}$/.test(status)) continue;
      const path = `/${expectedLang(entry)}/status/${status}/`;
      expected.set(path, [...(expected.get(path) ?? []), entry]);
    }
    expect(expected.size).toBeGreaterThan(10);
    for (const [path, entries] of expected) {
      const root = page(path);
      expect(text($(root, 'h1', path))).toMatch(new RegExp(`^HTTP ${path.split('/')[3]} \\S`));
      expect(text($(root, '[data-status-meaning]', path)).length, `${path}: meaning`).toBeGreaterThan(40);
      const listed = $$(root, '[data-status-entry] h3 a').map((a) => a.getAttribute('href')!);
      expect([...listed].sort(), path).toEqual([...entries].sort());
    }
    const built = builtPagesSafe().filter((p) => /^\/(en|ja)\/status\//.test(p));
    expect(built.sort()).toEqual([...expected.keys()].sort());
  });

  it("each entry shows the clue that tells it apart: where its code is, its provider's hosts", () => {
    const root = page('/en/status/429/');
    const clue = (key: string) => $(root, `[data-status-entry="${key}"]`, `/en/status/429/ ${key}`);
    expect(text($(clue('openai/insufficient_quota'), '[data-clue-field]'))).toBe(
      'error.code: "insufficient_quota"',
    );
    expect(text($(clue('openai/insufficient_quota'), '[data-clue-hosts]'))).toContain('api.openai.com');
    expect(text($(clue('anthropic/rate_limit_error'), '[data-clue-field]'))).toBe(
      'error.type: "rate_limit_error"',
    );
    expect(text($(clue('gemini/resource_exhausted'), '[data-clue-field]'))).toBe(
      'error.status: "RESOURCE_EXHAUSTED"',
    );
    expect(text($(clue('gemini/resource_exhausted'), '[data-clue-hosts]'))).toContain(
      'generativelanguage.googleapis.com',
    );
    expect(text($(clue('vertex-ai/resource_exhausted'), '[data-clue-hosts]'))).toContain(
      'aiplatform.googleapis.com',
    );
    expect(text($(clue('bedrock/throttlingexception'), '[data-clue-field]'))).toBe('ThrottlingException');
  });

  it('every entry with a status links its status page, from its facts and its "same status" block', () => {
    const problems: string[] = [];
    let unique = 0;
    for (const entry of entryPages()) {
      const status = statusOf(entry);
      const root = page(entry);
      if (!/^\d{3}$/.test(status)) {
        if (root.querySelector('[data-status-link]'))
          problems.push(`${entry}: links a status page without a status`);
        continue;
      }
      const target = `/${expectedLang(entry)}/status/${status}/`;
      const fact = root.querySelector('[data-fact="http-status"] a')?.getAttribute('href');
      const block = root.querySelector('[data-same-status] [data-status-link]')?.getAttribute('href');
      if (fact !== target) problems.push(`${entry}: status fact links ${fact}, expected ${target}`);
      if (block !== target) problems.push(`${entry}: same-status block links ${block}, expected ${target}`);
      if (!root.querySelector('[data-same-status] li')) unique++;
    }
    expect(problems).toEqual([]);
    // An entry whose status no other provider shares still links its page (Anthropic's 529).
    expect(unique).toBeGreaterThan(0);
  });

  it.each(['/en/errors/', '/ja/errors/'])('%s: the status column links the status pages', (path) => {
    const rows = $$(page(path), 'tbody tr[data-status]');
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      const status = row.getAttribute('data-status')!;
      const link = row.querySelector(`a[href="/${expectedLang(path)}/status/${status}/"]`);
      if (status === 'none') expect(row.querySelector('a[href*="/status/"]')).toBeNull();
      else expect(link, `${path}: row of status ${status}`).not.toBeNull();
    }
  });
});

describe('JavaScript shipped per page', () => {
  const themeOnly = [
    ...builtPagesSafe().filter((p) => /^\/(en|ja)\/tags\//.test(p)),
    '/404.html',
    '/en/404/',
    '/ja/404/',
  ];

  it('there are tag pages to check', () => {
    expect(themeOnly.filter((p) => p.includes('/tags/')).length).toBeGreaterThanOrEqual(2);
  });

  /**
   * Besides the theme scripts, every page carries the header search bootstrap
   * (`<site-search>`, src/search/client/bootstrap.ts). It is allowed only because it is a
   * stub: the dialog, Pagefind and the highlighter load through dynamic import() on use.
   */
  it.each(themeOnly)('%s ships only the theme scripts (and the on-demand search stub)', (path) => {
    const scripts = scriptsOf(page(path)).filter((label) => label !== 'site-search');
    expect(scripts.sort()).toEqual(['theme-init', 'theme-toggle']);
  });

  it('the header search stub loads everything else on demand: no static imports, no preloads', () => {
    const problems: string[] = [];
    for (const path of builtPages()) {
      const root = page(path);
      for (const link of $$(root, 'link[rel="modulepreload"], link[rel="preload"][as="script"]')) {
        problems.push(`${path}: preloads ${link.getAttribute('href')}`);
      }
      for (const script of $$(root, 'script[type="module"][src]')) {
        const src = script.getAttribute('src')!;
        if (!src.startsWith('/') || !pathExists(src)) continue;
        const code = readFileSync(fileForPath(src), 'utf8');
        if (!/customElements\.define\(\s*[`'"]site-search[`'"]/.test(code)) continue;
        // Minified static imports look like `import{a as b}from"./x.js"` or `import"./x.js"`.
        const statics =
          code.match(/(?:^|[;\n}])\s*import\s*(?:[\w*{][^;]*?from\s*)?[`'"][^`'"]+[`'"]/g) ?? [];
        if (statics.length > 0) problems.push(`${path}: ${src} statically imports ${statics.join(', ')}`);
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  // The error index's filter is its one island; without it the page is the full list.
  it.each(['/en/errors/', '/ja/errors/'])('%s ships the theme scripts and the error filter only', (path) => {
    const scripts = scriptsOf(page(path)).filter((label) => label !== 'site-search');
    expect(scripts.sort()).toEqual(['error-filter', 'theme-init', 'theme-toggle']);
  });

  it.each([articleEn, articleJa])('%s ships the task-list script', (path) => {
    expect(scriptsOf(page(path))).toContain('task-list');
  });

  it.each([entryEn, entryJa])('%s does not ship the task-list script', (path) => {
    const scripts = scriptsOf(page(path));
    expect(scripts).toContain('theme-toggle');
    expect(scripts).not.toContain('task-list');
  });

  // Each <link> or <script> is a request; entry pages linked the code blocks' files twice.
  it('no page links the same stylesheet or script file twice', () => {
    const problems: string[] = [];
    let pagesWithCode = 0;
    for (const path of builtPages()) {
      const files = $$(page(path), 'link[rel="stylesheet"], script[src]').map(
        (el) => el.getAttribute('href') ?? el.getAttribute('src')!,
      );
      for (const file of new Set(files)) {
        const count = files.filter((f) => f === file).length;
        if (count > 1) problems.push(`${path}: ${file} linked ${count} times`);
      }
      if (files.some((f) => /\/ec\.[\w-]+\.css$/.test(f))) pagesWithCode++;
    }
    expect(problems).toEqual([]);
    expect(pagesWithCode, 'pages that show code blocks').toBeGreaterThan(0);
  });

  it('no page loads a script that is missing from dist', () => {
    const missing = builtPages().flatMap((path) =>
      scriptsOf(page(path))
        .filter((label) => label.startsWith('missing:') || label.startsWith('external:'))
        .map((label) => `${path}: ${label}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('links', () => {
  it('every internal href, src and form action resolves to a file in dist', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const path of builtPages()) {
      const root = page(path);
      for (const el of $$(root, '[href], [src], form[action]')) {
        for (const attr of ['href', 'src', 'action']) {
          const value = el.getAttribute(attr);
          if (!value || !value.startsWith('/') || value.startsWith('//')) continue;
          checked++;
          if (!pathExists(value)) broken.push(`${path}: <${el.tagName.toLowerCase()} ${attr}="${value}">`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('every page declares a site icon that exists (else browsers request /favicon.ico and get a 404)', () => {
    const hasRootIcon = pathExists('/favicon.ico');
    const missing = builtPages().flatMap((path) => {
      const icons = $$(page(path), 'link[rel~="icon"][href]').map((l) => l.getAttribute('href')!);
      if (icons.length === 0) return hasRootIcon ? [] : [`${path}: no <link rel="icon"> and no /favicon.ico`];
      return icons
        .filter((href) => href.startsWith('/') && !href.startsWith('//') && !pathExists(href))
        .map((href) => `${path}: <link rel="icon" href="${href}"> does not exist`);
    });
    expect(missing).toEqual([]);
  });

  it('every #fragment link resolves to an element id on its target page', () => {
    const broken: string[] = [];
    let checked = 0;
    const idsOf = (target: string) => new Set($$(page(target), '[id]').map((el) => el.getAttribute('id')));
    for (const path of builtPages()) {
      for (const a of $$(page(path), 'a[href*="#"]')) {
        const value = a.getAttribute('href')!;
        if (value.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(value)) continue;
        const [target, fragment] = value.split('#') as [string, string];
        if (!fragment) continue;
        if (target !== '' && !target.startsWith('/')) continue;
        const targetPage = target === '' ? path : target;
        if (!pathExists(targetPage)) continue; // reported by the test above
        const id = decodeURIComponent(fragment);
        checked++;
        if (!idsOf(targetPage).has(id))
          broken.push(`${path}: <a href="${value}"> (no id="${id}" on ${targetPage})`);
      }
    }
    expect(broken).toEqual([]);
    // The skip link alone is on every page, and the article links entry headings.
    expect(checked).toBeGreaterThan(builtPagesSafe().length);
  });
});

describe('short links and old URLs', () => {
  it('every redirect page is kept out of search engines and leads to a page that exists', () => {
    const redirects = builtPagesSafe().filter((path) => path !== '/' && !readingPages().includes(path));
    expect(redirects).toContain('/e/insufficient_quota/');
    expect(redirects).toContain('/e/openai/insufficient_quota/');
    expect(redirects).toContain('/a/openai-api-quota-error/');
    expect(redirects).toContain('/s/429/');
    const sitemap = readFileSync(fileForPath('/sitemap-0.xml'), 'utf8');
    const wrong = redirects.flatMap((path) => {
      const root = page(path);
      const refresh = root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? '';
      const target = /url=(.*)$/.exec(refresh)?.[1] ?? '';
      const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      const problems: string[] = [];
      if (root.querySelector('meta[name="robots"]')?.getAttribute('content') !== 'noindex')
        problems.push('not noindex');
      if (!pathExists(target)) problems.push(`refresh to missing ${target}`);
      if (new URL(canonical).pathname !== target) problems.push(`canonical ${canonical} is not ${target}`);
      if (sitemap.includes(`${path}<`)) problems.push('listed in the sitemap');
      return problems.map((p) => `${path}: ${p}`);
    });
    expect(wrong).toEqual([]);
  });
});

/** The built page list at collection time, or [] when dist/ is missing (beforeAll then reports it). */
function builtPagesSafe(): string[] {
  try {
    return builtPages();
  } catch {
    return [];
  }
}

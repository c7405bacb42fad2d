import { describe, expect, it } from 'vitest';
import { escapeHeadingIds, needsToc, readSourceHeadings, tocHeadings } from '~/lib/content/headings';
import { readingMinutes } from '~/lib/content/reading-time';
import { formatDate, isoDay } from '~/lib/dates';
import { findInternalLinks } from '~/lib/content/markdown-links';
import { parseState, restoreChecked, storageKeyFor, toggledState } from '~/client/task-list-state';
import { sameStatusElsewhere } from '~/lib/content/related-errors';

describe('headings', () => {
  const source = [
    '---',
    'title: "# not a heading"',
    '---',
    '## Quick fix {#quick-fix}',
    '```md',
    '## inside code {#nope}',
    '```',
    '### Plain heading',
    '## 結論 {#conclusion}',
  ].join('\n');

  it('reads explicit ids and skips frontmatter and code', () => {
    expect(readSourceHeadings(source)).toEqual([
      { depth: 2, text: 'Quick fix', id: 'quick-fix', line: 4 },
      { depth: 3, text: 'Plain heading', line: 8 },
      { depth: 2, text: '結論', id: 'conclusion', line: 9 },
    ]);
  });

  it('escapes heading ids for MDX, leaving code blocks alone', () => {
    const escaped = escapeHeadingIds(source);
    expect(escaped).toContain('## Quick fix \\{#quick-fix}');
    expect(escaped).toContain('## inside code {#nope}');
    expect(escapeHeadingIds(escaped)).toBe(escaped);
  });

  it('shows a table of contents from three h2 sections on', () => {
    const h = (depth: number) => ({ depth, slug: 's', text: 't' });
    expect(needsToc([h(2), h(2), h(3)])).toBe(false);
    expect(needsToc([h(2), h(2), h(2)])).toBe(true);
    expect(tocHeadings([h(1), h(2), h(3), h(4)]).map((x) => x.depth)).toEqual([2, 3]);
  });
});

describe('reading time', () => {
  it('counts English words at about 230 a minute', () => {
    expect(readingMinutes('word '.repeat(690))).toBe(3);
  });
  it('counts Japanese characters at about 500 a minute', () => {
    expect(readingMinutes('あ'.repeat(1500))).toBe(3);
  });
  it('never says zero minutes', () => {
    expect(readingMinutes('')).toBe(1);
  });
});

describe('dates', () => {
  const day = new Date('2025-12-18T10:00:00Z');
  it('formats in the reader’s language', () => {
    expect(formatDate(day, 'en')).toBe('December 18, 2025');
    expect(formatDate(day, 'ja')).toBe('2025年12月18日');
    expect(isoDay(day)).toBe('2025-12-18');
  });
});

describe('internal links in content', () => {
  it('finds root-relative Markdown and JSX links with their line, not code or external ones', () => {
    const links = findInternalLinks(
      [
        'See [the entry](/en/errors/openai/insufficient_quota/#quick-fix).',
        '[external](https://example.com/) and [proto](//cdn.example.com/x)',
        '```',
        '[in code](/en/nowhere/)',
        '```',
        '<a href="/ja/">home</a>',
      ].join('\n'),
    );
    expect(links).toEqual([
      {
        href: '/en/errors/openai/insufficient_quota/#quick-fix',
        path: '/en/errors/openai/insufficient_quota/',
        fragment: 'quick-fix',
        line: 1,
      },
      { href: '/ja/', path: '/ja/', line: 6 },
    ]);
  });
});

describe('checklist state', () => {
  it('round-trips ticks per page and list', () => {
    const boxes = [{ checked: true }, { checked: false }, { checked: true }];
    const saved = toggledState(boxes);
    const fresh = [{ checked: false }, { checked: true }, { checked: false }];
    restoreChecked(fresh, saved);
    expect(fresh.map((b) => b.checked)).toEqual([true, false, true]);
    expect(storageKeyFor('/en/a/', 0)).not.toBe(storageKeyFor('/ja/a/', 0));
  });
  it('keeps the authored state when nothing was saved, and survives garbage', () => {
    const boxes = [{ checked: true }];
    restoreChecked(boxes, null);
    expect(boxes[0]!.checked).toBe(true);
    expect(parseState('{not json')).toEqual([]);
    expect(parseState('{"a":1}')).toEqual([]);
  });
});

describe('same status elsewhere', () => {
  it('lists other providers with the same HTTP status only', () => {
    const a = { provider: 'openai', httpStatus: 429 };
    const b = { provider: 'gemini', httpStatus: 429 };
    const c = { provider: 'openai', httpStatus: 429 };
    const d = { provider: 'anthropic', httpStatus: 529 };
    expect(sameStatusElsewhere(a, [a, b, c, d], (x) => x)).toEqual([b]);
  });
});

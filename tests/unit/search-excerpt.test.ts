/** The excerpt under a full-text result (src/search/excerpt.ts). */
import { describe, expect, it } from 'vitest';
import { bestSection, explainingExcerpt, markTerms } from '~/search/excerpt';

const page = '/en/errors/openai/insufficient_quota/';
const opening = {
  url: page,
  excerpt: '<mark>insufficient_quota</mark>. You exceeded your current quota',
  locations: [0, 1, 2],
};
const messages = {
  url: `${page}#messages`,
  excerpt: "'code': '<mark>insufficient_quota</mark>'",
  locations: [40],
};
const causes = {
  url: `${page}#causes`,
  excerpt:
    'a new project has no credit until <mark>billing</mark> is set up; the <mark>quota</mark> error stays',
  locations: [90, 95],
};

describe('explainingExcerpt', () => {
  it('shows the section under a heading holding the most matches, never the opening with the title', () => {
    expect(bestSection([opening, messages, causes])).toBe(causes);
    expect(explainingExcerpt({ excerpt: opening.excerpt, sections: [opening, messages, causes] }, [])).toBe(
      causes.excerpt,
    );
    // A tie goes to the earlier section.
    expect(bestSection([opening, messages, { ...causes, locations: [90] }])).toBe(messages);
  });

  it('falls back to the summary with the words marked when only the opening matched, then to Pagefind', () => {
    const summary = 'The OpenAI API refuses the request with HTTP 429 because the quota <is> used up.';
    expect(
      explainingExcerpt({ excerpt: opening.excerpt, sections: [opening], summary }, ['quota', '429']),
    ).toBe(
      'The OpenAI API refuses the request with HTTP <mark>429</mark> because the <mark>quota</mark> &lt;is&gt; used up.',
    );
    expect(explainingExcerpt({ excerpt: opening.excerpt, sections: [opening] }, ['quota'])).toBe(
      opening.excerpt,
    );
  });
});

describe('markTerms', () => {
  it('marks whole Latin words only, any case, and Japanese words wherever they stand', () => {
    expect(markTerms('Quota exceeded; quotas differ', ['quota'])).toBe(
      '<mark>Quota</mark> exceeded; quotas differ',
    );
    expect(markTerms('API キーが無効です', ['キー', '無効'])).toBe(
      'API <mark>キー</mark>が<mark>無効</mark>です',
    );
    expect(markTerms('a & b', [])).toBe('a &amp; b');
  });
});

import { describe, expect, it } from 'vitest';
import { paths, previewImageSlug } from '~/lib/routing/routes';
import {
  articleCard,
  cardCacheKey,
  clampText,
  errorCard,
  fitTitle,
  siteCard,
  textWidthEm,
  titleBoxWidth,
  titleSizes,
  withoutCodePrefix,
} from '~/preview-image/card';
import { ui } from '~/i18n/ui';

const quotaEntry = {
  siteName: 'Example Errors',
  title: 'insufficient_quota: You exceeded your current quota',
  providerName: 'OpenAI',
  code: 'insufficient_quota',
  status: '429',
  severity: 'high' as const,
  fixTime: { min: 5, max: 60 },
};

describe('preview image URLs', () => {
  it('names each image after its page, under /og/', () => {
    expect(paths.previewImage('/en/errors/openai/insufficient_quota/')).toBe(
      '/og/en/errors/openai/insufficient_quota.png',
    );
    expect(paths.previewImage('/ja/articles/openai-api-quota-error-jp/')).toBe(
      '/og/ja/articles/openai-api-quota-error-jp.png',
    );
    expect(paths.sitePreviewImage('ja')).toBe('/og/ja.png');
  });

  it('refuses a path that cannot name an image', () => {
    expect(() => previewImageSlug('/')).toThrow(/No preview image for the page path "\/"/);
    expect(() => previewImageSlug('/en/search/?q=429')).toThrow(/No preview image/);
  });
});

describe('title fitting', () => {
  it('counts Japanese characters wider than Latin letters', () => {
    expect(textWidthEm('課金')).toBe(2);
    expect(textWidthEm('ab')).toBeLessThan(1.2);
  });

  it('keeps a short title whole, at the largest size', () => {
    const fitted = fitTitle('  You exceeded  your current quota ', titleSizes.article);
    expect(fitted).toEqual({ title: 'You exceeded your current quota', titleSize: 64, titleLines: 3 });
  });

  it('steps down the size before it cuts anything', () => {
    const medium = 'Why the OpenAI quota error survives a payment and what to check in your billing settings';
    const fitted = fitTitle(medium, titleSizes.article);
    expect(fitted.titleSize).toBeLessThan(64);
    expect(fitted.title).toBe(medium);
  });

  it('clamps an over-long English title at a word, with an ellipsis, within the smallest size', () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const fitted = fitTitle(long, titleSizes.error);
    const smallest = titleSizes.error[titleSizes.error.length - 1]!;
    expect(fitted.titleSize).toBe(smallest.size);
    expect(fitted.title.endsWith('…')).toBe(true);
    expect(fitted.title).toMatch(/word\d+…$/); // cut between words, not inside one
    expect(long.startsWith(fitted.title.slice(0, -1))).toBe(true);
    expect(textWidthEm(fitted.title)).toBeLessThanOrEqual((titleBoxWidth / smallest.size) * smallest.lines);
  });

  it('clamps an over-long Japanese title at any character, without a dangling comma', () => {
    const long = 'お住まいの国では無料枠を利用できない、'.repeat(8);
    const clamped = clampText(long, 30);
    expect(clamped.endsWith('…')).toBe(true);
    expect(clamped).not.toMatch(/、…$/);
    expect(textWidthEm(clamped)).toBeLessThanOrEqual(30);
    expect(long.startsWith(clamped.slice(0, -1))).toBe(true);
  });

  it('leaves a title that fits untouched', () => {
    expect(clampText('rate_limit_error', 40)).toBe('rate_limit_error');
  });
});

describe('withoutCodePrefix', () => {
  it('drops the code an entry title starts with', () => {
    expect(
      withoutCodePrefix('insufficient_quota: You exceeded your current quota', 'insufficient_quota'),
    ).toBe('You exceeded your current quota');
    expect(withoutCodePrefix('RESOURCE_EXHAUSTED：クォータ超過', 'RESOURCE_EXHAUSTED')).toBe('クォータ超過');
  });

  it('keeps titles that do not start with the code, or are only the code', () => {
    expect(withoutCodePrefix('Quota errors and insufficient_quota: a guide', 'insufficient_quota')).toBe(
      'Quota errors and insufficient_quota: a guide',
    );
    expect(withoutCodePrefix('internal:', 'internal')).toBe('internal:');
  });
});

describe('card text', () => {
  it('gives an English entry its provider, code, status, severity and fix time', () => {
    const card = errorCard({ ...quotaEntry, lang: 'en', strings: ui.en });
    expect(card).toMatchObject({
      kind: 'error',
      siteName: 'Example Errors',
      kicker: 'OpenAI · Error reference',
      code: 'insufficient_quota',
      title: 'You exceeded your current quota',
      severity: { level: 'high', heading: 'Severity', label: 'High', rank: 3 },
    });
    expect(card.facts).toEqual([
      { label: 'HTTP status', value: '429' },
      { label: 'Fix time', value: '5–60 min' },
    ]);
  });

  it('labels a Japanese entry in Japanese', () => {
    const card = errorCard({ ...quotaEntry, lang: 'ja', strings: ui.ja, severity: 'critical' });
    expect(card.kicker).toBe('OpenAI · エラー一覧');
    expect(card.severity).toEqual({ level: 'critical', heading: '深刻度', label: '致命的', rank: 4 });
    expect(card.facts).toContainEqual({ label: '解決までの目安', value: '5〜60分' });
  });

  it('marks an article as one and gives its reading time', () => {
    const card = articleCard({
      lang: 'ja',
      siteName: 'Example Errors',
      strings: ui.ja,
      title: 'クォータエラーの原因',
      readingMinutes: 7,
    });
    expect(card.kicker).toBe('記事');
    expect(card.facts).toEqual([{ value: '7分で読めます' }]);
  });

  it('puts the site name, tagline and providers on the site card', () => {
    const card = siteCard({
      lang: 'en',
      siteName: 'Example Errors',
      strings: ui.en,
      tagline: 'Every error explained.',
      providerNames: ['OpenAI', 'Anthropic'],
    });
    expect(card).toMatchObject({ kind: 'site', siteName: 'Example Errors', title: 'Every error explained.' });
    expect(card.kicker).toBe('OpenAI · Anthropic');
  });
});

describe('cardCacheKey', () => {
  const layout = { type: 'div', props: { children: 'You exceeded your current quota' } };
  const key = cardCacheKey(layout, 'satori@1 resvg@1', ['font.ttf:100']);

  it('is stable for the same inputs', () => {
    expect(cardCacheKey(structuredClone(layout), 'satori@1 resvg@1', ['font.ttf:100'])).toBe(key);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
  });

  it('changes with the text, the renderer and the fonts', () => {
    const edited = { type: 'div', props: { children: 'You exceeded your quota' } };
    expect(cardCacheKey(edited, 'satori@1 resvg@1', ['font.ttf:100'])).not.toBe(key);
    expect(cardCacheKey(layout, 'satori@2 resvg@1', ['font.ttf:100'])).not.toBe(key);
    expect(cardCacheKey(layout, 'satori@1 resvg@1', ['font.ttf:101'])).not.toBe(key);
  });
});

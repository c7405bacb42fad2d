/**
 * What a preview card (the 1200x630 image a forum or chat shows for a link) says: the
 * words, already localised and clamped to fit, and the cache key of the rendered PNG.
 * Rendering lives in src/preview-image/render.ts; this module decides the text only.
 */
import { createHash } from 'node:crypto';
import type { Locale } from '~/site.config';
import type { UiStrings } from '~/i18n/ui';
import { severities, type Severity } from '~/lib/content/vocabulary';

/** The size of every preview image, as Open Graph recommends for large cards. */
export const previewImageSize = { width: 1200, height: 630 } as const;

export interface CardFact {
  /** Omitted when the value speaks for itself ("8 min read"). */
  label?: string;
  value: string;
}

export interface PreviewCard {
  kind: 'site' | 'article' | 'error';
  lang: Locale;
  siteName: string;
  /** The small line above the title: provider and section, or "Article". */
  kicker: string;
  /** The error code, shown on its own line above the title (entries only). */
  code?: string;
  title: string;
  /** Title size in px, chosen so the title fits in `titleLines` lines. */
  titleSize: number;
  titleLines: number;
  facts: CardFact[];
  /** Entries only: the level (picks the colour), its label and rank (1-4), shown as words and a meter too. */
  severity?: { level: Severity; heading: string; label: string; rank: number };
}

/** The card's text column: 1200 px less the side padding. */
export const titleBoxWidth = previewImageSize.width - 2 * 72;

export interface TitleSize {
  size: number;
  lines: number;
}

/** Title sizes to try per card kind, largest first, and how many lines each may take. */
export const titleSizes: Record<PreviewCard['kind'], readonly TitleSize[]> = {
  site: [
    { size: 56, lines: 2 },
    { size: 48, lines: 3 },
  ],
  article: [
    { size: 64, lines: 3 },
    { size: 54, lines: 3 },
    { size: 46, lines: 4 },
  ],
  // Entries give room to the code line and the facts.
  error: [
    { size: 52, lines: 2 },
    { size: 46, lines: 3 },
    { size: 40, lines: 3 },
  ],
};

/** Share of a line's width the estimate may fill: line breaks waste some. */
const fillRatio = 0.85;

const wideChar = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/**
 * The width of a character in em, estimated for a bold sans-serif: CJK and full-width
 * characters are 1 em, capitals about 0.68 em, narrow letters and punctuation 0.3 em,
 * the rest about 0.56 em. Good enough to choose a size and a cut; satori's own line
 * clamp is the hard limit.
 */
function charWidthEm(char: string): number {
  if (wideChar.test(char)) return 1;
  if (/[A-Z@%&MW]/.test(char)) return 0.68;
  if (/[ilj.,:;'|!()[\]]/.test(char)) return 0.3;
  return 0.56;
}

export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) width += charWidthEm(char);
  return width;
}

/**
 * Shortens a text to at most `maxEm` wide, ending in "…". Latin text is cut at a word
 * boundary when one is near; Japanese is cut at any character (it has no spaces).
 */
export function clampText(text: string, maxEm: number): string {
  const normalised = text.replace(/\s+/g, ' ').trim();
  if (textWidthEm(normalised) <= maxEm) return normalised;
  const budget = maxEm - 1; // room for the ellipsis
  let cut = '';
  let width = 0;
  for (const char of normalised) {
    width += charWidthEm(char);
    if (width > budget) break;
    cut += char;
  }
  const lastSpace = cut.lastIndexOf(' ');
  if (lastSpace > cut.length * 0.7) cut = cut.slice(0, lastSpace);
  return cut.replace(/[\s\p{P}]+$/u, '') + '…';
}

/**
 * The largest title size whose estimated width fits its line budget (with a margin for
 * line breaks that waste space), and the title clamped to the smallest size's budget.
 */
export function fitTitle(
  title: string,
  sizes: readonly TitleSize[],
): { title: string; titleSize: number; titleLines: number } {
  const normalised = title.replace(/\s+/g, ' ').trim();
  const capacity = ({ size, lines }: TitleSize) => (titleBoxWidth / size) * lines * fillRatio;
  const fits = sizes.find((s) => textWidthEm(normalised) <= capacity(s));
  if (fits) return { title: normalised, titleSize: fits.size, titleLines: fits.lines };
  const smallest = sizes[sizes.length - 1];
  if (!smallest) throw new Error('fitTitle needs at least one title size');
  return {
    title: clampText(normalised, capacity(smallest)),
    titleSize: smallest.size,
    titleLines: smallest.lines,
  };
}

/**
 * An entry's title without the code it starts with ("insufficient_quota: You exceeded…"):
 * the card shows the code on its own line already.
 */
export function withoutCodePrefix(title: string, code: string): string {
  const prefix = new RegExp(`^\\s*${code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[:：]\\s*`, 'i');
  const rest = title.replace(prefix, '');
  return rest.trim() ? rest : title;
}

interface CardBase {
  lang: Locale;
  siteName: string;
  strings: UiStrings;
}

export function siteCard(
  input: CardBase & { tagline: string; providerNames: readonly string[] },
): PreviewCard {
  return {
    kind: 'site',
    lang: input.lang,
    siteName: input.siteName,
    kicker: input.providerNames.join(' · '),
    ...fitTitle(input.tagline, titleSizes.site),
    facts: [],
  };
}

export function articleCard(input: CardBase & { title: string; readingMinutes: number }): PreviewCard {
  return {
    kind: 'article',
    lang: input.lang,
    siteName: input.siteName,
    kicker: input.strings.searchUi.article,
    ...fitTitle(input.title, titleSizes.article),
    facts: [{ value: input.strings.readingTime(input.readingMinutes) }],
  };
}

export function errorCard(
  input: CardBase & {
    title: string;
    providerName: string;
    code: string;
    /** The status fact as shown on the page (`strings.statusValue`). */
    status: string;
    severity: Severity;
    fixTime: { min: number; max: number };
  },
): PreviewCard {
  const { strings } = input;
  return {
    kind: 'error',
    lang: input.lang,
    siteName: input.siteName,
    kicker: `${input.providerName} · ${strings.errors}`,
    code: input.code,
    ...fitTitle(withoutCodePrefix(input.title, input.code), titleSizes.error),
    facts: [
      { label: strings.httpStatus, value: input.status },
      { label: strings.fixTime, value: strings.minutes(input.fixTime.min, input.fixTime.max) },
    ],
    severity: {
      level: input.severity,
      heading: strings.severity,
      label: strings.severities[input.severity],
      rank: severities.indexOf(input.severity) + 1,
    },
  };
}

/**
 * The name of a card's cached PNG: a hash of everything that changes its pixels (the
 * card's full layout with its words and styles, the renderer's versions and the fonts),
 * so an unchanged card is never re-rendered and a changed one never reuses a stale image.
 */
export function cardCacheKey(layout: unknown, rendererVersion: string, fontIds: readonly string[]): string {
  return createHash('sha256')
    .update(JSON.stringify({ rendererVersion, fontIds, layout }))
    .digest('hex')
    .slice(0, 32);
}

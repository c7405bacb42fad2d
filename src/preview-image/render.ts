/**
 * Renders a preview card (src/preview-image/card.ts) to a 1200x630 PNG: this module builds
 * the card's layout, and worker threads (src/preview-image/pool.ts) run satori,
 * which turns the text into paths with Noto Sans JP (so Japanese never falls back to
 * tofu), and resvg, which rasterises it. Each PNG is cached on disk under a hash of its
 * layout, fonts and renderer versions, so a rebuild with unchanged content renders nothing.
 */
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { previewImageStats } from './stats';
import { previewImagePool } from './pool';
import { hasCachedImage, previewImageCacheEnabled, readCachedImage, writeCachedImage } from './cache';
import type { Severity } from '~/lib/content/vocabulary';
import { cardCacheKey, previewImageSize, type PreviewCard } from './card';

const fontFamily = 'Noto Sans JP';
const fontFiles = [
  { weight: 400, file: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf' },
  { weight: 700, file: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf' },
] as const;

const colors = {
  background: '#ffffff',
  text: '#1b1f24',
  muted: '#4f5965',
  border: '#d5dae1',
  brand: '#0b57c2',
  brandTint: '#e8f0fc',
} as const;

/** The site's light-theme severity colours (src/styles/tokens.css), with a tint behind them. */
const severityColors: Record<Severity, { ink: string; tint: string }> = {
  low: { ink: '#11703a', tint: '#e3f4ea' },
  medium: { ink: '#8a5a00', tint: '#fbf0d9' },
  high: { ink: '#b3261e', tint: '#fbe6e4' },
  critical: { ink: '#7a1230', tint: '#f7e1e8' },
};

/** The element shape satori reads (React's, without React). */
interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | CardNode | string };
}

function el(style: Record<string, string | number>, ...children: (CardNode | string | false | undefined)[]) {
  const kept = children.filter((c): c is CardNode | string => c !== false && c !== undefined);
  return { type: 'div', props: { style: { display: 'flex', ...style }, children: kept } } satisfies CardNode;
}

/** The site's mark (favicon.svg): a blue rounded square with an exclamation mark. */
function logo(size: number): CardNode {
  return el(
    {
      width: size,
      height: size,
      borderRadius: size * 0.22,
      background: colors.brand,
      flexDirection: 'column',
      alignItems: 'center',
      justifyContent: 'center',
      gap: size * 0.09,
    },
    el({ width: size * 0.125, height: size * 0.34, borderRadius: size * 0.07, background: '#ffffff' }),
    el({ width: size * 0.15, height: size * 0.15, borderRadius: size, background: '#ffffff' }),
  );
}

function header(card: PreviewCard): CardNode {
  return el(
    { alignItems: 'center', gap: 18 },
    logo(52),
    el({ fontSize: 32, fontWeight: 700, color: colors.text }, card.siteName),
  );
}

function title(card: PreviewCard): CardNode {
  return {
    type: 'div',
    props: {
      style: {
        display: 'block',
        fontSize: card.titleSize,
        fontWeight: 700,
        lineHeight: 1.25,
        color: colors.text,
        lineClamp: card.titleLines,
        wordBreak: 'break-word',
      },
      children: card.title,
    },
  };
}

function fact(label: string | undefined, value: CardNode | string): CardNode {
  return el(
    { flexDirection: 'column', gap: 6 },
    label !== undefined && el({ fontSize: 22, color: colors.muted }, label),
    typeof value === 'string' ? el({ fontSize: 32, fontWeight: 700, color: colors.text }, value) : value,
  );
}

/** Severity as a word, a four-step meter and a colour: the colour is never the only signal. */
function severityBadge(severity: NonNullable<PreviewCard['severity']>): CardNode {
  const { ink, tint } = severityColors[severity.level];
  const steps = [1, 2, 3, 4].map((step) =>
    el({
      width: 12,
      height: 14 + step * 5,
      borderRadius: 3,
      background: step <= severity.rank ? ink : 'transparent',
      border: `2px solid ${ink}`,
    }),
  );
  return el(
    {
      alignItems: 'center',
      gap: 14,
      padding: '4px 18px 4px 14px',
      borderRadius: 10,
      background: tint,
      border: `2px solid ${ink}`,
    },
    el({ alignItems: 'flex-end', gap: 4, height: 34 }, ...steps),
    el({ fontSize: 30, fontWeight: 700, color: ink }, severity.label),
  );
}

function footer(card: PreviewCard): CardNode {
  return el(
    {
      alignItems: 'flex-start',
      gap: 56,
      paddingTop: 26,
      borderTop: `2px solid ${colors.border}`,
    },
    card.severity && fact(card.severity.heading, severityBadge(card.severity)),
    ...card.facts.map((f) => fact(f.label, f.value)),
  );
}

/** The card as satori elements; its JSON is also part of the cache key, so any change to the design re-renders. */
export function cardLayout(card: PreviewCard): CardNode {
  const content =
    card.kind === 'site'
      ? el(
          { flexDirection: 'column', gap: 28, flexGrow: 1, justifyContent: 'center' },
          el({ fontSize: 84, fontWeight: 700, color: colors.brand, lineHeight: 1.1 }, card.siteName),
          title(card),
        )
      : el(
          { flexDirection: 'column', gap: 14, flexGrow: 1, justifyContent: 'center' },
          el({ fontSize: 28, fontWeight: 700, color: colors.muted }, card.kicker),
          card.code !== undefined &&
            el(
              { alignSelf: 'flex-start', maxWidth: '100%' },
              el(
                {
                  fontSize: 40,
                  fontWeight: 700,
                  color: colors.brand,
                  background: colors.brandTint,
                  borderRadius: 10,
                  padding: '2px 16px 6px',
                  wordBreak: 'break-all',
                },
                card.code,
              ),
            ),
          title(card),
        );
  return el(
    {
      width: previewImageSize.width,
      height: previewImageSize.height,
      boxSizing: 'border-box',
      flexDirection: 'column',
      background: colors.background,
      borderTop: `14px solid ${colors.brand}`,
      padding: '40px 72px 44px',
      gap: 20,
      fontFamily,
    },
    card.kind === 'site'
      ? el({ fontSize: 28, fontWeight: 700, color: colors.muted }, card.kicker)
      : header(card),
    content,
    card.kind === 'site'
      ? el({ height: 8, width: 160, background: colors.brand, borderRadius: 4 })
      : footer(card),
  );
}

interface LoadedFonts {
  /** What the workers load (src/preview-image/worker.ts). */
  files: { path: string; name: string; weight: 400 | 700 }[];
  /** File name and size of each font: enough to notice a font update. */
  ids: string[];
}

let fontsLoaded: LoadedFonts | undefined;

function loadFonts(): LoadedFonts {
  if (fontsLoaded) return fontsLoaded;
  const require = createRequire(join(process.cwd(), 'package.json'));
  const files = fontFiles.map(({ weight, file }) => ({
    path: require.resolve(file),
    name: fontFamily,
    weight,
  }));
  fontsLoaded = { files, ids: files.map((f) => `${basename(f.path)}:${statSync(f.path).size}`) };
  return fontsLoaded;
}

const rendererVersions = (() => {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  return `satori@${version('satori')} resvg@${version('@resvg/resvg-js')}`;
})();

/**
 * Renders started ahead of their page (by `prefetchPreviewImages`), by cache key. A
 * finished one holds no image when the cache is on: its route reads the cached file, so
 * thousands of images rendered before their routes come up are not all kept in memory.
 */
const inFlight = new Map<string, Promise<Buffer | undefined>>();

function keyOf(card: PreviewCard): { layout: CardNode; key: string } {
  const layout = cardLayout(card);
  return { layout, key: cardCacheKey(layout, rendererVersions, loadFonts().ids) };
}

async function render(layout: CardNode, key: string): Promise<Buffer> {
  const fonts = loadFonts();
  const stats = previewImageStats();
  const pool = previewImagePool({ fonts: fonts.files, ...previewImageSize });
  const { png, ms } = await pool.render(layout);
  if (previewImageCacheEnabled) writeCachedImage(key, png);
  stats.rendered++;
  stats.renderMs += ms;
  stats.workers = pool.size;
  return png;
}

/**
 * Starts rendering, on the worker pool, every card not in the cache, so the workers are
 * busy while Astro renders the pages and then reaches the image routes one by one.
 */
export function prefetchPreviewImages(cards: readonly PreviewCard[]): void {
  for (const card of cards) {
    const { layout, key } = keyOf(card);
    if (inFlight.has(key) || (previewImageCacheEnabled && hasCachedImage(key))) continue;
    const rendering = render(layout, key).then((png) => (previewImageCacheEnabled ? undefined : png));
    rendering.catch(() => {}); // the route that awaits it reports the failure
    inFlight.set(key, rendering);
  }
}

/** The PNG of a card, from the cache when an identical card was rendered before. */
export async function previewImagePng(card: PreviewCard): Promise<Buffer> {
  const started = performance.now();
  const stats = previewImageStats();
  const { layout, key } = keyOf(card);
  const pending = inFlight.get(key);
  if (pending) {
    inFlight.delete(key);
    const png = await pending;
    if (png) return png;
  }
  const cached = previewImageCacheEnabled ? readCachedImage(key) : undefined;
  if (cached) {
    // Rendered ahead (counted then), or by an earlier build.
    if (!pending) {
      stats.cached++;
      stats.cachedMs += performance.now() - started;
    }
    return cached;
  }
  return render(layout, key);
}

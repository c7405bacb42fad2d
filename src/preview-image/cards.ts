/**
 * The preview cards the site builds: one per article and per error entry, and one site
 * card per language for every other page. Each card's image path comes from
 * `paths.previewImage` of the page it belongs to.
 */
import { locales, providers, site } from '~/site.config';
import { t } from '~/i18n/ui';
import { paths } from '~/lib/routing/routes';
import { entryFacts } from '~/data/entry-body';
import { articleCard, errorCard, siteCard, type PreviewCard } from './card';
import type { SiteContent } from '~/data/site-content';

export interface PreviewImage {
  /** The page the card belongs to; the site card belongs to the language's home page. */
  pagePath: string;
  /** Root-relative path of the PNG, e.g. `/og/en/errors/openai/insufficient_quota.png`. */
  imagePath: string;
  card: PreviewCard;
}

export function previewImages(content: SiteContent): PreviewImage[] {
  const images: PreviewImage[] = locales.map((lang) => ({
    pagePath: paths.home(lang),
    imagePath: paths.sitePreviewImage(lang),
    card: siteCard({
      lang,
      siteName: site.name,
      strings: t(lang),
      tagline: site.tagline[lang],
      providerNames: Object.values(providers).map((p) => p.name),
    }),
  }));
  for (const article of content.articles) {
    images.push({
      pagePath: article.path,
      imagePath: paths.previewImage(article.path),
      card: articleCard({
        lang: article.lang,
        siteName: site.name,
        strings: t(article.lang),
        title: article.entry.data.title,
        readingMinutes: entryFacts(article.entry).readingMinutes,
      }),
    });
  }
  for (const error of content.errors) {
    const { data } = error.entry;
    images.push({
      pagePath: error.path,
      imagePath: paths.previewImage(error.path),
      card: errorCard({
        lang: error.lang,
        siteName: site.name,
        strings: t(error.lang),
        title: data.title,
        providerName: providers[data.provider].name,
        code: data.code,
        status: t(error.lang).statusValue(data.origin, data.httpStatus),
        severity: data.severity,
        fixTime: data.fixTime,
      }),
    });
  }
  return images;
}

/**
 * What a fork changes first: the site's name, its public URL, its languages and the
 * providers and tags its entries may use. Everything else reads these values from here.
 */
export const site = {
  /** Shown in the header, titles and preview cards. */
  name: 'AI Error Guide',
  /** Public origin, used for canonical URLs, feeds and the sitemap. */
  url: 'https://ai-error-guide.example',
  /** One-line description per language, for the home page and meta tags. */
  tagline: {
    en: 'Every error an AI API can return: what it means and how to fix it, in English and Japanese.',
    ja: 'AI API が返すエラーの意味と直し方を、日本語と英語でまとめたリファレンス。',
  },
} as const;

/** Languages, in the order the language switch lists them. The first is the default. */
export const locales = ['en', 'ja'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';
/** Each language as Open Graph writes it (`og:locale`): language_TERRITORY. */
export const openGraphLocales: Record<Locale, string> = { en: 'en_US', ja: 'ja_JP' };

/** Providers an error entry may belong to, with the name shown on pages. */
export const providers = {
  openai: { name: 'OpenAI' },
  anthropic: { name: 'Anthropic' },
  gemini: { name: 'Google Gemini' },
} as const;
export type ProviderId = keyof typeof providers;
export const providerIds = Object.keys(providers) as ProviderId[];

/**
 * Tags an article or entry may carry. An unknown tag stops the build, so a typo never
 * creates a one-page tag. Labels are per language.
 */
export const tags = {
  openai: { en: 'OpenAI', ja: 'OpenAI' },
  anthropic: { en: 'Anthropic', ja: 'Anthropic' },
  gemini: { en: 'Gemini', ja: 'Gemini' },
  api: { en: 'API', ja: 'API' },
  chatgpt: { en: 'ChatGPT', ja: 'ChatGPT' },
  billing: { en: 'Billing', ja: '課金' },
  quota: { en: 'Quota', ja: 'クォータ' },
  'rate-limit': { en: 'Rate limits', ja: 'レート制限' },
  authentication: { en: 'Authentication', ja: '認証' },
  python: { en: 'Python', ja: 'Python' },
  typescript: { en: 'TypeScript', ja: 'TypeScript' },
} as const;
export type TagId = keyof typeof tags;
export const tagIds = Object.keys(tags) as TagId[];

/** Article categories, with labels per language (the seed article's categories). */
export const categories = {
  ai: { en: 'AI', ja: 'AI' },
  'ai-errors': { en: 'AI errors', ja: 'AI系エラー' },
  errors: { en: 'About errors', ja: 'エラーについて' },
} as const;
export type CategoryId = keyof typeof categories;
export const categoryIds = Object.keys(categories) as CategoryId[];

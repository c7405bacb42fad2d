/**
 * What a fork changes first: the site's name, its public URL, its languages and the
 * providers and tags its entries may use. Everything else reads these values from here.
 */
export const site = {
  /** Shown in the header, titles and preview cards. */
  name: 'AI Error Guide',
  /** Public origin, used for canonical URLs, feeds and the sitemap. */
  url: 'https://ai-error-guide.example',
  /**
   * The site's source repository. Its issue tracker takes requests for missing entries:
   * the search links to `<repository>/issues/new` with the (masked) paste prefilled.
   */
  repository: 'https://github.com/ai-error-guide/ai-error-guide',
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

/**
 * Providers an error entry may belong to, with the name shown on pages and what tells
 * their errors apart. `family` is the error format the provider answers with: the
 * OpenAI-compatible services reuse OpenAI's body (and often OpenAI's SDK), so a paste from
 * them is recognised by `hosts`, never by the shape alone.
 */
export const providers = {
  openai: { name: 'OpenAI', family: 'openai', hosts: ['platform.openai.com', 'api.openai.com'] },
  anthropic: {
    name: 'Anthropic',
    family: 'anthropic',
    hosts: ['api.anthropic.com', 'docs.anthropic.com', 'docs.claude.com', 'console.anthropic.com'],
  },
  gemini: {
    name: 'Google Gemini',
    family: 'google',
    hosts: ['ai.google.dev', 'generativelanguage.googleapis.com', 'aistudio.google.com'],
  },
  'azure-openai': {
    name: 'Azure OpenAI',
    family: 'openai',
    hosts: ['openai.azure.com', 'cognitiveservices.azure.com', 'aka.ms/oai'],
  },
  bedrock: { name: 'Amazon Bedrock', family: 'aws', hosts: ['bedrock-runtime', 'bedrock.amazonaws.com'] },
  'vertex-ai': {
    name: 'Vertex AI',
    family: 'google',
    hosts: ['aiplatform.googleapis.com', 'cloud.google.com/vertex-ai'],
  },
  deepseek: { name: 'DeepSeek', family: 'openai', hosts: ['api.deepseek.com', 'api-docs.deepseek.com'] },
  openrouter: { name: 'OpenRouter', family: 'openai', hosts: ['openrouter.ai'] },
  groq: { name: 'Groq', family: 'openai', hosts: ['api.groq.com', 'console.groq.com'] },
  mistral: { name: 'Mistral AI', family: 'openai', hosts: ['api.mistral.ai', 'console.mistral.ai'] },
  xai: { name: 'xAI', family: 'openai', hosts: ['api.x.ai', 'console.x.ai'] },
} as const satisfies Record<
  string,
  { name: string; family: 'openai' | 'anthropic' | 'google' | 'aws'; hosts: readonly string[] }
>;
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
  azure: { en: 'Azure', ja: 'Azure' },
  aws: { en: 'AWS', ja: 'AWS' },
  bedrock: { en: 'Bedrock', ja: 'Bedrock' },
  'google-cloud': { en: 'Google Cloud', ja: 'Google Cloud' },
  'vertex-ai': { en: 'Vertex AI', ja: 'Vertex AI' },
  deepseek: { en: 'DeepSeek', ja: 'DeepSeek' },
  openrouter: { en: 'OpenRouter', ja: 'OpenRouter' },
  groq: { en: 'Groq', ja: 'Groq' },
  mistral: { en: 'Mistral', ja: 'Mistral' },
  xai: { en: 'xAI', ja: 'xAI' },
  'openai-compatible': { en: 'OpenAI-compatible', ja: 'OpenAI 互換' },
  api: { en: 'API', ja: 'API' },
  chatgpt: { en: 'ChatGPT', ja: 'ChatGPT' },
  claude: { en: 'Claude', ja: 'Claude' },
  billing: { en: 'Billing', ja: '課金' },
  quota: { en: 'Quota', ja: 'クォータ' },
  'rate-limit': { en: 'Rate limits', ja: 'レート制限' },
  authentication: { en: 'Authentication', ja: '認証' },
  permissions: { en: 'Permissions', ja: '権限' },
  models: { en: 'Models', ja: 'モデル' },
  parameters: { en: 'Request parameters', ja: 'リクエストパラメーター' },
  tools: { en: 'Tool calling', ja: 'ツール呼び出し' },
  'context-window': { en: 'Context window', ja: 'コンテキスト長' },
  safety: { en: 'Safety and content filters', ja: '安全性・コンテンツフィルター' },
  network: { en: 'Network and connections', ja: 'ネットワーク・接続' },
  timeout: { en: 'Timeouts', ja: 'タイムアウト' },
  streaming: { en: 'Streaming', ja: 'ストリーミング' },
  'server-error': { en: 'Server errors', ja: 'サーバーエラー' },
  litellm: { en: 'LiteLLM', ja: 'LiteLLM' },
  langchain: { en: 'LangChain', ja: 'LangChain' },
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

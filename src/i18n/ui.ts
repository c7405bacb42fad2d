/**
 * Interface strings per language. Content is written per language in its own files;
 * these are the words the templates add around it.
 */
import type { Locale } from '~/site.config';
import { searchStrings } from './search-ui';

const en = {
  ...searchStrings.en,
  skipToContent: 'Skip to content',
  home: 'Home',
  articles: 'Articles',
  errors: 'Error reference',
  search: 'Search',
  searchIntro: 'Paste an error code, a message or a whole traceback',
  searchNeedsJs: 'Search needs JavaScript. Every error is listed in the error reference:',
  searchPrivacy:
    'Search runs in your browser. API keys, tokens, account IDs and e-mail addresses are masked before the text goes into the address bar.',
  searchPrivacyNoScript:
    'Without JavaScript the text is sent in the address as it is: remove API keys and tokens before you search.',
  homePage: {
    title: 'Paste an AI API error',
    providers: 'Providers',
    entryCount: (n: number) => (n === 1 ? '1 entry' : `${n} entries`),
    mostCommon: 'Most common errors',
  },
  statusPage: {
    title: (status: number, reason: string) => `HTTP ${status} ${reason}`,
    breadcrumb: 'Breadcrumb',
    byProvider: (status: number) => `HTTP ${status} by provider`,
    lead: (status: number, n: number) =>
      n === 1
        ? `One entry in the reference answers with ${status}. Under it, what in the error shows it is this one: the field that carries its code and the provider’s hosts.`
        : `${n} entries in the reference answer with ${status}. Under each, what in the error tells it from the others: the field that carries its code, the provider’s hosts, and its message where those are not enough.`,
    bodyField: 'Body field',
    exception: 'Exception',
    hosts: 'Hosts',
    message: 'Message',
    otherStatuses: 'Other HTTP statuses',
  },
  statusLink: (status: number) => `Every HTTP ${status} error, and how to tell them apart`,
  errorFilter: {
    legend: 'Filter the list',
    anyStatus: 'Any status',
    noStatus: 'None (SDK or stopped answer)',
    reset: 'Show all',
    showingAll: (total: number) => `Showing all ${total} errors`,
    /** `shown` may be a placeholder (`%s`) the filter's script fills in. */
    showing: (shown: number | string, total: number) => `Showing ${shown} of ${total} errors`,
  },
  quickSearch: 'Quick search',
  tags: 'Tags',
  tag: 'Tag',
  theme: 'Theme',
  themeToggle: 'Dark theme',
  readInOther: 'この記事を日本語で読む',
  switchLanguage: '日本語',
  twinMissing: 'Not yet available in Japanese',
  toc: 'On this page',
  linkToSection: (heading: string) => `Link to the section “${heading}”`,
  linkCopied: 'Link copied',
  readingTime: (minutes: number) => `${minutes} min read`,
  published: 'Published',
  updated: 'Updated',
  callout: { note: 'Note', tip: 'Tip', caution: 'Caution', danger: 'Danger' },
  broken: 'Broken: triggers the error',
  fixed: 'Fixed: handles it correctly',
  level: 'Level',
  levels: { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' },
  fixTime: 'Fix time',
  minutes: (min: number, max: number) => (min === max ? `${min} min` : `${min}–${max} min`),
  errorType: 'Error type',
  code: 'Code',
  retry: 'Retry helps?',
  retries: { no: 'No: fix the cause first', 'after-backoff': 'Yes, after a backoff', yes: 'Yes' },
  verified: 'Verified',
  source: 'Source',
  sources: 'Sources',
  messages: 'How it looks',
  messageSources: {
    http: 'HTTP response body',
    'openai-python': 'Python SDK (openai v1+)',
    'openai-python-v0': 'Python SDK (openai v0.28)',
    'openai-node': 'Node SDK (openai)',
    'anthropic-python': 'Python SDK (anthropic)',
    'anthropic-typescript': 'TypeScript SDK (@anthropic-ai/sdk)',
    'google-genai-python': 'Python SDK (google-genai)',
    'google-genai-js': 'JS SDK (@google/genai)',
    boto3: 'Python SDK (boto3)',
    'aws-sdk-js': 'JS SDK (@aws-sdk/client-bedrock-runtime)',
    'groq-python': 'Python SDK (groq)',
    'groq-node': 'Node SDK (groq-sdk)',
    'mistralai-python': 'Python SDK (mistralai)',
    'mistralai-js': 'JS SDK (@mistralai/mistralai)',
    litellm: 'LiteLLM',
    'langchain-python': 'LangChain (Python)',
    'langchain-js': 'LangChain.js',
    llamaindex: 'LlamaIndex',
    'vercel-ai-sdk': 'Vercel AI SDK',
    cli: 'Command-line assistant',
  },
  /** The HTTP status fact of an entry; completions and client-side errors have none. */
  statusValue: (origin: 'response' | 'completion' | 'client', status: number | undefined) =>
    status !== undefined
      ? String(status)
      : origin === 'completion'
        ? '200 OK (the answer stopped short)'
        : 'None: raised by the SDK',
  appliesTo: 'Applies to',
  relatedErrors: 'Related errors',
  sameStatusElsewhere: (status: number) => `HTTP ${status} at other providers`,
  noSameStatus: (status: number) => `No other provider in the reference answers with ${status} yet.`,
  relatedArticles: 'Related articles',
  allErrors: 'All errors',
  articlesIntro: 'Long-form articles on AI API errors: the causes behind them and how to get unstuck.',
  noEntriesYet: 'No entries yet.',
  providerErrors: (provider: string) => `${provider} errors`,
  providerErrorDocs: (provider: string) => `${provider}'s own documentation of its errors`,
  providerEntries: 'Entries',
  latestArticles: 'Latest articles',
  errorIndexIntro: 'Every error in the reference, by provider. Codes link to their entry.',
  entriesTagged: (tag: string) => `Pages tagged “${tag}”`,
  notFoundTitle: 'Page not found',
  notFoundBody: 'This page does not exist. It may have moved, or the link may be mistyped.',
  backHome: 'Go to the home page',
  codeChoice: (code: string) => `${code} is returned by more than one provider. Choose one:`,
  copyLink: {
    label: 'Copy a link to this page',
    url: 'Copy link',
    markdown: 'Copy as Markdown',
    short: 'Copy short link',
    copied: (what: string) => `Copied: ${what}`,
    failed: 'Could not copy. Select the address bar and copy it instead.',
    sectionCopied: (section: string) => `Link to “${section}” copied`,
  },
  footer: 'Facts are checked against official documentation and SDK source; each entry links its source.',
};

/** Typed against English key for key: a missing or misspelt key fails right here. */
export type UiStrings = typeof en;

const ja: UiStrings = {
  ...searchStrings.ja,
  skipToContent: '本文へ移動',
  home: 'ホーム',
  articles: '記事',
  errors: 'エラー一覧',
  search: '検索',
  searchIntro: 'エラーコード、メッセージ、トレースバック全体を貼り付けてください',
  searchNeedsJs: '検索には JavaScript が必要です。すべてのエラーはエラー一覧から探せます：',
  searchPrivacy:
    '検索はブラウザー内で動きます。API キー、トークン、アカウント ID、メールアドレスは、アドレスバーに入る前に伏せ字にします。',
  searchPrivacyNoScript:
    'JavaScript が無効なときは、入力したテキストがそのままアドレスに入ります。API キーやトークンを消してから検索してください。',
  homePage: {
    title: 'AI API のエラーを貼り付けてください',
    providers: 'プロバイダー',
    entryCount: (n: number) => `${n} 件`,
    mostCommon: 'よくあるエラー',
  },
  statusPage: {
    title: (status: number, reason: string) => `HTTP ${status} ${reason}`,
    breadcrumb: 'パンくずリスト',
    byProvider: (status: number) => `プロバイダー別の HTTP ${status}`,
    lead: (status: number, n: number) =>
      n === 1
        ? `リファレンスで ${status} を返すエントリーは 1 件です。エントリーの下に、このエラーだと見分けるための手がかりとして、コードが入るフィールドとプロバイダーのホストを示します。`
        : `リファレンスで ${status} を返すエントリーは ${n} 件です。各エントリーの下に、他と見分けるための手がかりを示します。コードが入るフィールド、プロバイダーのホスト、それだけで足りない場合はメッセージです。`,
    bodyField: 'ボディのフィールド',
    exception: '例外名',
    hosts: 'ホスト',
    message: 'メッセージ',
    otherStatuses: '他の HTTP ステータス',
  },
  statusLink: (status: number) => `HTTP ${status} のエラー一覧と見分け方`,
  errorFilter: {
    legend: '一覧の絞り込み',
    anyStatus: 'すべてのステータス',
    noStatus: 'なし（SDK 側または回答の中断）',
    reset: 'すべて表示',
    showingAll: (total: number) => `全 ${total} 件を表示しています`,
    showing: (shown: number | string, total: number) => `${total} 件中 ${shown} 件を表示しています`,
  },
  quickSearch: 'クイック検索',
  tags: 'タグ',
  tag: 'タグ',
  theme: 'テーマ',
  themeToggle: 'ダークテーマ',
  readInOther: 'Read this in English',
  switchLanguage: 'English',
  twinMissing: '英語版はまだありません',
  toc: 'このページの内容',
  linkToSection: (heading: string) => `「${heading}」へのリンク`,
  linkCopied: 'リンクをコピーしました',
  readingTime: (minutes: number) => `${minutes}分で読めます`,
  published: '公開',
  updated: '更新',
  callout: { note: 'メモ', tip: 'ヒント', caution: '注意', danger: '警告' },
  broken: '修正前：エラーになるコード',
  fixed: '修正後：正しく扱うコード',
  level: '難易度',
  levels: { beginner: '初級', intermediate: '中級', advanced: '上級' },
  fixTime: '解決までの目安',
  minutes: (min: number, max: number) => (min === max ? `${min}分` : `${min}〜${max}分`),
  errorType: 'エラー種別',
  code: 'コード',
  retry: 'リトライで直る？',
  retries: { no: 'いいえ（原因の解消が先）', 'after-backoff': '待ってから再試行で直る', yes: 'はい' },
  verified: '確認日',
  source: '出典',
  sources: '出典',
  messages: '実際の表示',
  messageSources: {
    http: 'HTTP レスポンスボディ',
    'openai-python': 'Python SDK（openai v1 以降）',
    'openai-python-v0': 'Python SDK（openai v0.28）',
    'openai-node': 'Node SDK（openai）',
    'anthropic-python': 'Python SDK（anthropic）',
    'anthropic-typescript': 'TypeScript SDK（@anthropic-ai/sdk）',
    'google-genai-python': 'Python SDK（google-genai）',
    'google-genai-js': 'JS SDK（@google/genai）',
    boto3: 'Python SDK（boto3）',
    'aws-sdk-js': 'JS SDK（@aws-sdk/client-bedrock-runtime）',
    'groq-python': 'Python SDK（groq）',
    'groq-node': 'Node SDK（groq-sdk）',
    'mistralai-python': 'Python SDK（mistralai）',
    'mistralai-js': 'JS SDK（@mistralai/mistralai）',
    litellm: 'LiteLLM',
    'langchain-python': 'LangChain（Python）',
    'langchain-js': 'LangChain.js',
    llamaindex: 'LlamaIndex',
    'vercel-ai-sdk': 'Vercel AI SDK',
    cli: 'コマンドラインのアシスタント',
  },
  statusValue: (origin: 'response' | 'completion' | 'client', status: number | undefined) =>
    status !== undefined
      ? String(status)
      : origin === 'completion'
        ? '200 OK（回答が途中で止まる）'
        : 'なし（SDK 側で発生）',
  appliesTo: '対象',
  relatedErrors: '関連するエラー',
  sameStatusElsewhere: (status: number) => `他のプロバイダーの HTTP ${status}`,
  noSameStatus: (status: number) =>
    `リファレンスには、${status} を返す他のプロバイダーのエントリーはまだありません。`,
  relatedArticles: '関連記事',
  allErrors: 'すべてのエラー',
  articlesIntro: 'AI API のエラーについて、原因と抜け出し方を詳しく解説した記事です。',
  noEntriesYet: 'まだエントリーはありません。',
  providerErrors: (provider: string) => `${provider} のエラー`,
  providerErrorDocs: (provider: string) => `${provider} 公式のエラー解説`,
  providerEntries: 'エントリー一覧',
  latestArticles: '新着記事',
  errorIndexIntro:
    'リファレンスに収録したエラーをプロバイダー別に並べています。コードから各ページへ移動できます。',
  entriesTagged: (tag: string) => `タグ「${tag}」のページ`,
  notFoundTitle: 'ページが見つかりません',
  notFoundBody: 'このページは存在しません。移動したか、リンクが誤っている可能性があります。',
  backHome: 'ホームへ戻る',
  codeChoice: (code: string) => `${code} は複数のプロバイダーが返します。どちらかを選んでください：`,
  copyLink: {
    label: 'このページへのリンクをコピー',
    url: 'リンクをコピー',
    markdown: 'Markdown 形式でコピー',
    short: '短縮リンクをコピー',
    copied: (what: string) => `コピーしました：${what}`,
    failed: 'コピーできませんでした。アドレスバーから URL をコピーしてください。',
    sectionCopied: (section: string) => `「${section}」へのリンクをコピーしました`,
  },
  footer: '記載内容は公式ドキュメントと SDK のソースで確認しており、各エントリーに出典を示しています。',
};

export const ui: Record<Locale, UiStrings> = { en, ja };

export function t(lang: Locale): UiStrings {
  return ui[lang];
}

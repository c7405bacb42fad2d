/**
 * The interface words of the search island (the search page, the dialog, the answer
 * cards), in a module of their own so that the island downloads these and not every page's
 * words; ui.ts includes them, so templates read them through t() as before.
 */
import type { Locale } from '~/site.config';

const en = {
  languageName: 'English',
  searchPlaceholder: 'Search errors, codes, messages',
  severity: 'Severity',
  severities: { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' },
  httpStatus: 'HTTP status',
  provider: 'Provider',
  searchUi: {
    exactMatch: 'Exact match',
    resultsIn: (language: string) => `Results in ${language}`,
    alsoSearchOther: (language: string) => `Also show results in ${language}`,
    noResults: (query: string) => `Nothing found for “${query}”.`,
    noResultsHint: 'Try the error code alone, or browse the error reference.',
    resultCount: (n: number) => (n === 1 ? '1 result' : `${n} results`),
    searching: 'Searching…',
    failed: 'Search could not load. Check your connection and try again.',
    article: 'Article',
    error: 'Error',
    anyKind: 'Articles and errors',
    anyProvider: 'All providers',
    anySeverity: 'Any severity',
    filters: 'Filters',
    kind: 'Type',
    close: 'Close',
    dialogLabel: 'Search the site',
    keyboardHint: '↑↓ to move, Enter to open, Esc to close',
    openFullPage: 'Open the search page',
    showMore: 'Show more results',
    likelyMatch: 'Likely match',
    likelyPages: 'Likely pages: no page has every word of your text, these have the telling ones',
    sameShape: 'Same error shape, different provider',
    sameShapeNote: (provider: string, other: string) =>
      `This reads as an error from ${provider}, which has no page for it in the reference yet. ${other} returns the same error in the same format; its page explains the fields, but the limits, prices and fixes may differ.`,
    choiceTitle: 'This text belongs to more than one error',
    choiceNote:
      'Nothing in it says which provider sent it. Look in the whole error for the clue beside each:',
    notCoveredTitle: 'This error is not in the reference yet',
    notCoveredNote: 'The search read this much from it:',
    exceptionClass: 'Exception class',
    statusPage: (status: number) => `Every provider’s HTTP ${status} errors`,
    providerPage: (provider: string) => `All ${provider} errors in the reference`,
    requestEntry: 'Ask for an entry on this error',
    requestPreview: 'What the request will contain (keys, tokens, ids and e-mail addresses masked)',
    requestTitle: (summary: string) => `Entry request: ${summary}`,
  },
};

/** Japanese, typed key for key against English: a missing key fails at that key. */
export type SearchStrings = typeof en;

const ja: SearchStrings = {
  languageName: '日本語',
  searchPlaceholder: 'エラー・コード・メッセージで検索',
  severity: '深刻度',
  severities: { low: '低', medium: '中', high: '高', critical: '致命的' },
  httpStatus: 'HTTP ステータス',
  provider: 'プロバイダー',
  searchUi: {
    exactMatch: '完全一致',
    resultsIn: (language: string) => `${language}の結果`,
    alsoSearchOther: (language: string) => `${language}の結果も表示`,
    noResults: (query: string) => `「${query}」に一致するページは見つかりませんでした。`,
    noResultsHint: 'エラーコードだけで検索するか、エラー一覧から探してください。',
    resultCount: (n: number) => `${n}件`,
    searching: '検索中…',
    failed: '検索を読み込めませんでした。接続を確認してもう一度お試しください。',
    article: '記事',
    error: 'エラー',
    anyKind: '記事とエラー',
    anyProvider: 'すべてのプロバイダー',
    anySeverity: 'すべての深刻度',
    filters: '絞り込み',
    kind: '種類',
    close: '閉じる',
    dialogLabel: 'サイト内検索',
    keyboardHint: '↑↓で移動、Enterで開く、Escで閉じる',
    openFullPage: '検索ページを開く',
    showMore: 'さらに表示',
    likelyMatch: '該当しそうなエラー',
    likelyPages:
      '該当しそうなページ：入力のすべての語を含むページはないため、決め手になる語を含むページを表示しています',
    sameShape: '同じ形式のエラー（プロバイダーは別）',
    sameShapeNote: (provider: string, other: string) =>
      `${provider} のエラーと読めますが、このリファレンスにはまだ ${provider} のページがありません。${other} も同じ形式で同じエラーを返すので、そのページでフィールドの意味がわかります。ただし制限、料金、対処は異なる場合があります。`,
    choiceTitle: 'この文は複数のエラーに共通です',
    choiceNote:
      'どのプロバイダーのエラーかは、この部分だけではわかりません。エラー全体から、それぞれの横に示した手がかりを探してください：',
    notCoveredTitle: 'このエラーはまだリファレンスにありません',
    notCoveredNote: '検索で読み取れた内容：',
    exceptionClass: '例外クラス',
    statusPage: (status: number) => `各プロバイダーの HTTP ${status} エラー`,
    providerPage: (provider: string) => `${provider} のエラー一覧`,
    requestEntry: 'このエラーのエントリーを依頼する',
    requestPreview: '依頼に含まれる内容（キー、トークン、ID、メールアドレスは伏せてあります）',
    requestTitle: (summary: string) => `エントリーの依頼：${summary}`,
  },
};

export const searchStrings: Record<Locale, SearchStrings> = { en, ja };

export function searchT(lang: Locale): SearchStrings {
  return searchStrings[lang];
}

/**
 * Japanese words for what error messages say in English. A Japanese reader describes an
 * error in their words (「APIキーが無効」「混雑」「リソースが枯渇」), while the messages and codes
 * are English: each phrase here adds the English words it means to what the matcher and
 * the full-text search read, so a Japanese question finds the entry the English text names.
 */

/** [Japanese phrase, the English words (and the codes) it means]. */
const aliases: [RegExp, string][] = [
  [
    /(?:api\s*)?キー(?:が|は)?\s*無効|無効な\s*(?:api\s*)?キー|不正な\s*(?:api\s*)?キー|キーが正しくない/i,
    // The codes too: a reader who names the provider means its invalid-key entry.
    'invalid api key invalid_api_key API_KEY_INVALID authentication_error incorrect_api_key',
  ],
  [/クォータ|割り当て(?:量)?(?:を)?超過|割り当て不足|利用上限|使用量の上限/, 'quota exceeded'],
  [
    /残高不足|残高が(?:足りない|不足|ない)|クレジット(?:が)?(?:不足|足りない|切れ)/,
    'insufficient balance credit',
  ],
  [/混雑|過負荷|オーバーロード/, 'overloaded'],
  [/レート制限|レートリミット|リクエスト(?:数)?(?:が)?(?:多すぎ|超過)/, 'rate limit too many requests'],
  [/枯渇/, 'resource exhausted RESOURCE_EXHAUSTED'],
  [/タイムアウト|時間切れ/, 'timeout timed out'],
  [/接続(?:エラー|できない|が切れ|失敗)|通信エラー/, 'connection error'],
  [
    /(?:最大)?コンテキスト長|トークン(?:数)?(?:の)?上限|コンテキストウィンドウ/,
    'context length maximum tokens context_length_exceeded',
  ],
  [/権限(?:が)?(?:ない|不足|エラー)|アクセス(?:が)?拒否/, 'permission denied'],
  [/(?:モデルが)?見つからない|存在しない/, 'not found'],
  [/課金|支払い|請求/, 'billing'],
  // 「課金したのに」「支払い済みなのに」: credit bought, the error stays. OpenAI's quota error
  // or Anthropic's low balance; which one, the provider the reader names decides.
  [
    /(?:課金|支払い|支払|チャージ|入金|購入)(?:を)?(?:した|済み|済|して(?:いる|る)|しても)(?:のに|にも(?:かか|関)わらず|けど|が)?(?:エラー|429|直らない|消えない)|支払い済み|課金済み/,
    'insufficient_quota credit_balance_too_low',
  ],
  // 「リクエストしていないのに429」「使用履歴が0でもエラー」: no traffic, yet refused: a quota, not a rate.
  [
    /リクエスト(?:を)?(?:ほとんど|まだ|一度も|1回も|一回も)?(?:して|送って|送信して|投げて)(?:い)?ない(?:のに|にも)|使用(?:履歴|量)が\s*(?:0|ゼロ)(?:でも|なのに)/,
    'insufficient_quota',
  ],
  [/コンテンツフィルター|コンテンツフィルタ/, 'content filter'],
  [/安全性(?:フィルター)?|セーフティ/, 'safety'],
  [/漏洩|漏えい|流出/, 'leaked'],
];

/** The English words a Japanese text means, for the matcher and the search; '' when none. */
export function englishFor(text: string): string {
  const words: string[] = [];
  for (const [phrase, english] of aliases) if (phrase.test(text)) words.push(english);
  return words.join('\n');
}

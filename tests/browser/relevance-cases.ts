/**
 * The relevance suite's queries: what developers paste or type, each with the page that
 * must come first. Codes, every message variant, SDK outputs, JSON bodies, Japanese
 * questions, typos and mixed languages. `lang` is the page the search runs from.
 */
export interface RelevanceCase {
  query: string;
  expected: string;
  lang?: 'en' | 'ja';
  /** What the case covers, for the report. */
  kind: 'code' | 'message' | 'sdk-output' | 'json' | 'japanese' | 'typo' | 'mixed' | 'words';
}

const QUOTA = 'You exceeded your current quota, please check your plan and billing details.';
const OPENAI_DOCS =
  'For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.';
const GEMINI_DOCS =
  'For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.';

const e = (provider: string, code: string, lang = 'en') => `/${lang}/errors/${provider}/${code}/`;
const quotaArticle = {
  en: '/en/articles/openai-api-quota-error/',
  ja: '/ja/articles/openai-api-quota-error-jp/',
};

export const relevanceCases: RelevanceCase[] = [
  // OpenAI: insufficient_quota, in every form it reaches people.
  { kind: 'code', query: 'insufficient_quota', expected: e('openai', 'insufficient_quota') },
  { kind: 'code', query: '429 insufficient_quota', expected: e('openai', 'insufficient_quota') },
  { kind: 'message', query: QUOTA, expected: e('openai', 'insufficient_quota') },
  { kind: 'message', query: `${QUOTA} ${OPENAI_DOCS}`, expected: e('openai', 'insufficient_quota') },
  {
    kind: 'sdk-output',
    query: `Traceback (most recent call last):\n  File "/app/main.py", line 12, in <module>\n    response = client.chat.completions.create(\n  File "/usr/lib/python3.12/site-packages/openai/_base_client.py", line 1047, in request\n    raise self._make_status_error_from_response(err.response) from None\nopenai.RateLimitError: Error code: 429 - {'error': {'message': '${QUOTA} ${OPENAI_DOCS}', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}`,
    expected: e('openai', 'insufficient_quota'),
  },
  {
    kind: 'sdk-output',
    query: `openai.error.RateLimitError: ${QUOTA}`,
    expected: e('openai', 'insufficient_quota'),
  },
  {
    kind: 'sdk-output',
    query: `RateLimitError: 429 ${QUOTA} ${OPENAI_DOCS}`,
    expected: e('openai', 'insufficient_quota'),
  },
  {
    kind: 'json',
    query: `{"error": {"message": "${QUOTA}", "type": "insufficient_quota", "param": null, "code": "insufficient_quota"}}`,
    expected: e('openai', 'insufficient_quota'),
  },
  {
    kind: 'json',
    query: `{'error': {'message': '${QUOTA}', 'type': 'insufficient_quota', 'param': None, 'code': None}}`,
    expected: e('openai', 'insufficient_quota'),
  },
  { kind: 'typo', query: 'insuficient_quota', expected: e('openai', 'insufficient_quota') },
  { kind: 'words', query: 'exceeded current quota billing', expected: e('openai', 'insufficient_quota') },

  // OpenAI: the other entries.
  { kind: 'code', query: 'rate_limit_exceeded', expected: e('openai', 'rate_limit_exceeded') },
  {
    kind: 'message',
    query:
      'Rate limit reached for gpt-4o-mini in organization org-Xy12Ab34 on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s. Visit https://platform.openai.com/account/rate-limits to learn more.',
    expected: e('openai', 'rate_limit_exceeded'),
  },
  {
    kind: 'sdk-output',
    query:
      "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, Used 29000, Requested 2000. Please try again in 2s.', 'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}",
    expected: e('openai', 'rate_limit_exceeded'),
  },
  { kind: 'code', query: 'invalid_api_key', expected: e('openai', 'invalid_api_key') },
  {
    kind: 'message',
    query:
      'Incorrect API key provided: sk-proj-********************************abcd. You can find your API key at https://platform.openai.com/account/api-keys.',
    expected: e('openai', 'invalid_api_key'),
  },
  {
    kind: 'message',
    query: 'OpenAI-Organization header should match organization for API key',
    expected: e('openai', 'mismatched_organization'),
  },
  {
    kind: 'message',
    query: 'Country, region, or territory not supported',
    expected: e('openai', 'unsupported_country_region_territory'),
  },
  {
    kind: 'message',
    query: 'The model `gpt-5-preview` does not exist or you do not have access to it.',
    expected: e('openai', 'model_not_found'),
  },
  {
    kind: 'message',
    query:
      "This model's maximum context length is 128000 tokens. However, your messages resulted in 131072 tokens. Please reduce the length of the messages.",
    expected: e('openai', 'context_length_exceeded'),
  },
  { kind: 'code', query: 'context_length_exceeded', expected: e('openai', 'context_length_exceeded') },
  {
    kind: 'message',
    query: 'The server had an error while processing your request. Sorry about that!',
    expected: e('openai', 'server_error'),
  },
  {
    kind: 'message',
    query: 'The engine is currently overloaded, please try again later',
    expected: e('openai', 'server_is_overloaded'),
  },

  // Anthropic.
  { kind: 'code', query: 'overloaded_error', expected: e('anthropic', 'overloaded_error') },
  { kind: 'code', query: '529', expected: e('anthropic', 'overloaded_error') },
  {
    kind: 'json',
    query:
      '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CSHoEeqs5C35K2UUqR7Fy"}',
    expected: e('anthropic', 'overloaded_error'),
  },
  { kind: 'code', query: 'rate_limit_error', expected: e('anthropic', 'rate_limit_error') },
  {
    kind: 'message',
    query:
      'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.',
    expected: e('anthropic', 'credit_balance_too_low'),
  },
  {
    kind: 'sdk-output',
    query:
      "anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.'}}",
    expected: e('anthropic', 'credit_balance_too_low'),
  },
  { kind: 'code', query: 'authentication_error', expected: e('anthropic', 'authentication_error') },
  { kind: 'code', query: 'billing_error', expected: e('anthropic', 'billing_error') },
  { kind: 'code', query: 'permission_error', expected: e('anthropic', 'permission_error') },
  { kind: 'code', query: 'not_found_error', expected: e('anthropic', 'not_found_error') },
  { kind: 'code', query: 'request_too_large', expected: e('anthropic', 'request_too_large') },
  { kind: 'code', query: 'api_error', expected: e('anthropic', 'api_error') },
  { kind: 'code', query: 'timeout_error', expected: e('anthropic', 'timeout_error') },
  { kind: 'code', query: 'invalid_request_error', expected: e('anthropic', 'invalid_request_error') },
  { kind: 'typo', query: 'overload_error', expected: e('anthropic', 'overloaded_error') },

  // Gemini.
  { kind: 'code', query: 'RESOURCE_EXHAUSTED', expected: e('gemini', 'resource_exhausted') },
  { kind: 'message', query: `${QUOTA} ${GEMINI_DOCS}`, expected: e('gemini', 'resource_exhausted') },
  {
    kind: 'sdk-output',
    query: `google.genai.errors.ClientError: 429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'message': '${QUOTA} ${GEMINI_DOCS}', 'status': 'RESOURCE_EXHAUSTED'}}`,
    expected: e('gemini', 'resource_exhausted'),
  },
  { kind: 'code', query: 'INVALID_ARGUMENT', expected: e('gemini', 'invalid_argument') },
  { kind: 'code', query: 'FAILED_PRECONDITION', expected: e('gemini', 'failed_precondition') },
  { kind: 'code', query: 'PERMISSION_DENIED', expected: e('gemini', 'permission_denied') },
  { kind: 'code', query: 'NOT_FOUND 404 gemini', expected: e('gemini', 'not_found') },
  { kind: 'code', query: 'UNAVAILABLE', expected: e('gemini', 'unavailable') },
  { kind: 'code', query: 'DEADLINE_EXCEEDED', expected: e('gemini', 'deadline_exceeded') },
  { kind: 'code', query: 'INTERNAL 500', expected: e('gemini', 'internal') },
  { kind: 'typo', query: 'RESOURCE_EXHAUSTD', expected: e('gemini', 'resource_exhausted') },

  // Japanese readers.
  { kind: 'japanese', lang: 'ja', query: '課金したのに使えない', expected: quotaArticle.ja },
  { kind: 'japanese', lang: 'ja', query: '$10 課金しても直らない', expected: quotaArticle.ja },
  { kind: 'japanese', lang: 'ja', query: 'APIキー 再発行', expected: quotaArticle.ja },
  // Questions as Japanese developers write them (no codes), each beside the page whose
  // wording it follows. Paying and still getting the quota error:
  // https://openillumi.com/openai-api-429-error-api-key-billing (「有料化後もエラーが消えない」)
  {
    kind: 'japanese',
    lang: 'ja',
    query: 'OpenAI API 課金したのにエラーが消えない',
    expected: e('openai', 'insufficient_quota', 'ja'),
  },
  // Same page: 「有料化」「リクエストしていないのに429が出る」.
  { kind: 'japanese', lang: 'ja', query: '有料化したのに429エラーが出る', expected: quotaArticle.ja },
  { kind: 'japanese', lang: 'ja', query: 'リクエストしていないのに429が出る', expected: quotaArticle.ja },
  // https://openillumi.com/?p=47392 (「クレジットをチャージする」)
  {
    kind: 'japanese',
    lang: 'ja',
    query: 'クレジットをチャージしたのにAPIが使えない',
    expected: quotaArticle.ja,
  },
  // API key errors. https://www.setsuyaku.online/%e8%a7%a3%e6%b1%ba-openai-api-401-unauthorized-openai-api
  // (「APIキーが無効である」)
  {
    kind: 'japanese',
    lang: 'ja',
    query: 'OpenAI APIキーが無効 エラー',
    expected: e('openai', 'invalid_api_key', 'ja'),
  },
  // https://watanabe.uk/gemini-apikey-check-tool (「いつの間にか無効になっていた」)
  {
    kind: 'japanese',
    lang: 'ja',
    query: 'Gemini APIキー 無効',
    expected: e('gemini', 'api_key_invalid', 'ja'),
  },
  // Rate limits. https://www.setsuyaku.online/%e8%a7%a3%e6%b1%ba-openai-api-rate-limit-exceeded-openai
  {
    kind: 'japanese',
    lang: 'ja',
    query: 'OpenAI API レート制限 エラー',
    expected: e('openai', 'rate_limit_exceeded', 'ja'),
  },
  // https://m32006400n.com/claude/claude-1327 (「Claude API…レート制限」)
  {
    kind: 'japanese',
    lang: 'ja',
    query: 'Claude API レート制限 429',
    expected: e('anthropic', 'rate_limit_error', 'ja'),
  },
  // Gemini's 429. https://help.apiyi.com/ja/google-ai-studio-free-quota-limits-solution-ja.html
  // (「無料枠」「429 エラー」)
  {
    kind: 'japanese',
    lang: 'ja',
    query: 'Gemini 429 エラー 無料枠',
    expected: e('gemini', 'resource_exhausted', 'ja'),
  },
  // https://book.st-hakky.com/data-science/gemini-pro-api-guide (「1日20〜100回のリクエスト制限」)
  {
    kind: 'japanese',
    lang: 'ja',
    query: 'Gemini API 1日の上限に達した',
    expected: e('gemini', 'resource_exhausted', 'ja'),
  },
  // Claude overloaded. https://claude-code-log.com/docs/20260521-160742 (「過負荷を示す529エラー」)
  {
    kind: 'japanese',
    lang: 'ja',
    query: 'Claude API 過負荷 エラー',
    expected: e('anthropic', 'overloaded_error', 'ja'),
  },
  // https://note.chiilabo.jp/2025-04/claude-performance-global-heatmap-time-optimization-tool-guide/
  // (混雑する時間帯のエラー)
  {
    kind: 'japanese',
    lang: 'ja',
    query: 'Claude API 混雑 エラー',
    expected: e('anthropic', 'overloaded_error', 'ja'),
  },
  // Claude's empty balance. https://zenn.dev/ryoushin/articles/eda1d8e55b4b3e (「クレジット残高が不足」)
  {
    kind: 'japanese',
    lang: 'ja',
    query: 'Claude API クレジット残高不足 エラー',
    expected: e('anthropic', 'credit_balance_too_low', 'ja'),
  },
  {
    kind: 'code',
    lang: 'ja',
    query: 'insufficient_quota',
    expected: e('openai', 'insufficient_quota', 'ja'),
  },
  { kind: 'message', lang: 'ja', query: QUOTA, expected: e('openai', 'insufficient_quota', 'ja') },
  {
    kind: 'mixed',
    lang: 'ja',
    query: 'insufficient_quota 課金',
    expected: e('openai', 'insufficient_quota', 'ja'),
  },
  {
    kind: 'mixed',
    lang: 'ja',
    query: 'RESOURCE_EXHAUSTED エラー',
    expected: e('gemini', 'resource_exhausted', 'ja'),
  },
  { kind: 'mixed', lang: 'en', query: 'クォータ 課金', expected: quotaArticle.ja },
];

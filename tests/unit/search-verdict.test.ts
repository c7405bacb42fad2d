/**
 * What search says about a paste (src/search/matcher/verdict.ts): exact only when both the
 * provider and the code (or a known message) are established; a shared text is a choice; a
 * provider without an entry gets the same error of its family as "same shape"; a server the
 * reference does not cover is never an OpenAI exact match; what is read is reported.
 */
import { describe, expect, it } from 'vitest';
import { analyzePaste, buildMatcherIndex, type MatcherEntry } from '~/search/matcher';

const QUOTA = 'You exceeded your current quota, please check your plan and billing details.';
const openaiBody = (message: string, type: string, code: string | null) =>
  `{'error': {'message': '${message}', 'type': '${type}', 'param': None, 'code': ${code ? `'${code}'` : 'None'}}}`;

const entries: MatcherEntry[] = [
  {
    key: 'openai/insufficient_quota',
    provider: 'openai',
    code: 'insufficient_quota',
    httpStatus: 429,
    errorType: 'insufficient_quota',
    prevalence: 5,
    messages: [
      {
        source: 'http',
        text: `${QUOTA} For more information on this error, read the docs: https://platform.openai.com/docs.`,
      },
      { source: 'openai-typescript', exception: 'RateLimitError', text: `RateLimitError: 429 ${QUOTA}` },
    ],
  },
  {
    key: 'openai/model_not_found',
    provider: 'openai',
    code: 'model_not_found',
    httpStatus: 404,
    errorType: 'invalid_request_error',
    messages: [
      { source: 'http', text: 'The model `gpt-4-32k` does not exist or you do not have access to it.' },
    ],
  },
  {
    key: 'gemini/resource_exhausted',
    provider: 'gemini',
    code: 'RESOURCE_EXHAUSTED',
    httpStatus: 429,
    errorType: 'RESOURCE_EXHAUSTED',
    prevalence: 4,
    messages: [
      {
        source: 'http',
        text: `{"error": {"code": 429, "message": "${QUOTA}", "status": "RESOURCE_EXHAUSTED"}}`,
      },
    ],
  },
  {
    key: 'anthropic/invalid_request_error',
    provider: 'anthropic',
    code: 'invalid_request_error',
    httpStatus: 400,
    errorType: 'invalid_request_error',
    messages: [
      {
        source: 'http',
        text: '{"type":"error","error":{"type":"invalid_request_error","message":"messages: roles must alternate"}}',
      },
    ],
  },
  {
    key: 'groq/rate_limit_exceeded',
    provider: 'groq',
    code: 'rate_limit_exceeded',
    httpStatus: 429,
    errorType: 'tokens',
    messages: [
      {
        source: 'http',
        text: 'Rate limit reached for model `llama-3.3-70b-versatile` in organization `org_x` service tier `on_demand` on tokens per minute (TPM): Limit 6000, Used 5000, Requested 2000.',
      },
    ],
  },
  {
    key: 'openai/mismatched_organization',
    provider: 'openai',
    code: 'mismatched_organization',
    httpStatus: 401,
    errorType: 'invalid_request_error',
    messages: [{ source: 'http', text: 'OpenAI-Organization header should match organization for API key' }],
  },
  {
    key: 'azure-openai/401',
    provider: 'azure-openai',
    code: '401',
    httpStatus: 401,
    errorType: '401',
    messages: [
      {
        source: 'http',
        text: '{"error":{"code":"401","message":"Access denied due to invalid subscription key."}}',
      },
    ],
  },
  {
    key: 'gemini/connection_error',
    provider: 'gemini',
    code: 'connection_error',
    errorType: 'connection_error',
    messages: [{ source: 'google-genai-js', text: 'TypeError: fetch failed' }],
  },
  {
    key: 'gemini/timeout',
    provider: 'gemini',
    code: 'timeout',
    errorType: 'timeout',
    messages: [{ source: 'google-genai-python', text: 'httpx.ReadTimeout: The read operation timed out' }],
  },
  {
    key: 'openai/invalid_tool_message_order',
    provider: 'openai',
    code: 'invalid_tool_message_order',
    httpStatus: 400,
    errorType: 'invalid_request_error',
    messages: [
      {
        source: 'http',
        text: "Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.",
      },
    ],
  },
  {
    key: 'openai/invalid_api_key',
    provider: 'openai',
    code: 'invalid_api_key',
    httpStatus: 401,
    errorType: 'invalid_request_error',
    messages: [{ source: 'http', text: 'Incorrect API key provided: sk-proj-****abcd.' }],
  },
  {
    key: 'gemini/api_key_invalid',
    provider: 'gemini',
    code: 'API_KEY_INVALID',
    httpStatus: 400,
    errorType: 'INVALID_ARGUMENT',
    messages: [{ source: 'http', text: 'API key not valid. Please pass a valid API key.' }],
  },
  {
    key: 'anthropic/credit_balance_too_low',
    provider: 'anthropic',
    code: 'credit_balance_too_low',
    httpStatus: 400,
    errorType: 'invalid_request_error',
    prevalence: 4,
    messages: [
      {
        source: 'http',
        text: 'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.',
      },
    ],
  },
  {
    key: 'openai/rate_limit_exceeded',
    provider: 'openai',
    code: 'rate_limit_exceeded',
    httpStatus: 429,
    errorType: 'requests',
    prevalence: 4,
    messages: [
      {
        source: 'http',
        text: 'Rate limit reached for gpt-4o in organization org-*** on requests per min (RPM).',
      },
      {
        source: 'openai-typescript',
        exception: 'RateLimitError',
        text: 'RateLimitError: 429 Rate limit reached for gpt-4o in organization org-*** on requests per min (RPM).',
      },
    ],
  },
  {
    key: 'xai/rate_limit',
    provider: 'xai',
    code: 'rate_limit',
    httpStatus: 429,
    errorType: 'rate_limit',
    messages: [
      { source: 'http', text: 'Too many requests: your team has exceeded its requests per second limit.' },
    ],
  },
  {
    key: 'anthropic/billing_error',
    provider: 'anthropic',
    code: 'billing_error',
    httpStatus: 402,
    errorType: 'billing_error',
    messages: [{ source: 'http', text: 'Your account has a billing issue.' }],
  },
  {
    key: 'xai/incorrect_api_key',
    provider: 'xai',
    code: 'incorrect_api_key',
    httpStatus: 400,
    errorType: 'invalid_request_error',
    messages: [
      {
        source: 'http',
        text: 'Incorrect API key provided: xa***. You can obtain an API key from https://console.x.ai.',
      },
    ],
  },
];
const index = buildMatcherIndex(entries);
const verdict = (text: string) => analyzePaste(index, text).verdict;

describe('exact is exact', () => {
  it('an OpenAI body with a code shared as another provider’s code is not that provider’s error', () => {
    // `invalid_request_error` is Anthropic's code and OpenAI's type: the openai SDK and the
    // `param` field say OpenAI's format, so Anthropic's entry is out of the running.
    const paste = `openai.BadRequestError: Error code: 400 - ${openaiBody("Unsupported parameter: 'max_tokens'", 'invalid_request_error', 'unsupported_parameter')}`;
    expect(verdict(paste)).not.toMatchObject({ kind: 'exact', key: 'anthropic/invalid_request_error' });
    expect(verdict(paste).kind).not.toBe('exact');
  });

  it('provider and code established: exact', () => {
    expect(
      verdict(
        `openai.NotFoundError: Error code: 404 - ${openaiBody('The model `gpt-5` does not exist or you do not have access to it.', 'invalid_request_error', 'model_not_found')}`,
      ),
    ).toEqual({
      kind: 'exact',
      key: 'openai/model_not_found',
    });
  });
});

describe('shared text', () => {
  it('the quota sentence alone: a choice, the more common first', () => {
    expect(verdict(QUOTA)).toEqual({
      kind: 'choice',
      keys: ['openai/insufficient_quota', 'gemini/resource_exhausted'],
    });
  });

  it('a fragment of three words counts as the sentence', () => {
    expect(verdict('exceeded your current quota')).toEqual({
      kind: 'choice',
      keys: ['openai/insufficient_quota', 'gemini/resource_exhausted'],
    });
  });
});

describe('a provider the reference has no entry for', () => {
  it('an OpenAI-compatible service is shown the same error as "same shape", never as exact', () => {
    const paste = `openai.NotFoundError: Error code: 404 - ${openaiBody('The model `llama-4` does not exist or you do not have access to it.', 'invalid_request_error', 'model_not_found')} (https://api.groq.com/openai/v1)`;
    expect(verdict(paste)).toEqual({ kind: 'shape', key: 'openai/model_not_found', provider: 'groq' });
  });

  it('a local server too, by its name', () => {
    const paste = `ERROR serving_chat.py: {'error': {'message': 'The model \`mistral\` does not exist or you do not have access to it.', 'type': 'invalid_request_error'}}`;
    expect(verdict(paste)).toEqual({ kind: 'shape', key: 'openai/model_not_found', provider: 'vLLM' });
  });

  it('the provider’s own entry by its status, when nothing else matched', () => {
    const paste =
      'httpx.HTTPStatusError: Client error 429 Too Many Requests for url https://api.groq.com/openai/v1/chat/completions';
    expect(verdict(paste)).toEqual({ kind: 'likely', keys: ['groq/rate_limit_exceeded'] });
  });
});

describe('what was understood', () => {
  it('reports the provider, the status and the exception class for the not-covered card', () => {
    const { verdict: v, understood } = analyzePaste(
      index,
      `anthropic.ConflictError: Error code: 409 - {'type': 'error', 'error': {'type': 'conflict_error', 'message': 'x'}} https://api.anthropic.com`,
    );
    expect(v.kind).toBe('none');
    expect(understood).toMatchObject({
      provider: 'anthropic',
      status: 409,
      exception: 'anthropic.ConflictError',
      looksLikeError: true,
    });
  });

  it.each([
    // vllm-project/vllm#15518: a Jupyter traceback copied before its last line.
    'File ~/.conda/envs/vllm/lib/python3.12/site-packages/httpx/_client.py:1014, in Client._send_single_request(self, request)\n   1013 with request_context(request=request):',
    '  File "/app/main.py", line 12, in <module>\n    client.chat.completions.create(model=m)',
    '    at async Promise.all (index 0)\n    at run (/srv/app/dist/index.js:41:17)',
  ])('a traceback cut before its error still reads as an error: %s', (paste) => {
    expect(analyzePaste(index, paste).understood.looksLikeError).toBe(true);
  });

  it('junk reads as no error at all', () => {
    expect(analyzePaste(index, 'qwzx plorb 7f3a9 zzzz').understood.looksLikeError).toBe(false);
  });
});

describe('pastes of any size or shape', () => {
  const junk = [
    [
      'a 100 KB log ending in the error',
      `${'INFO tick\n'.repeat(10_000)}openai.RateLimitError: Error code: 429 - ${openaiBody(QUOTA, 'insufficient_quota', 'insufficient_quota')}`,
    ],
    [
      'random bytes',
      Array.from({ length: 100_000 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join(''),
    ],
    ['unbalanced JSON', '{"error": {"message": "x", "type": [[[[{{{{'.repeat(2000)],
    ['right-to-left text', 'خطأ: تم تجاوز الحصة الحالية '.repeat(500)],
    ['one 10,000-character token', 'a'.repeat(10_000)],
  ] as const;

  it.each(junk)('%s: answers without throwing', (_what, text) => {
    expect(() => analyzePaste(index, text)).not.toThrow();
  });

  it('the long log is read by its tail', () => {
    expect(verdict(junk[0][1])).toEqual({ kind: 'exact', key: 'openai/insufficient_quota' });
  });
});

describe('what the reader typed from memory', () => {
  it('the words of a message in its order, its small words left out, count as the message', () => {
    expect(verdict('exceeded current quota billing')).toEqual({
      kind: 'choice',
      keys: ['openai/insufficient_quota', 'gemini/resource_exhausted'],
    });
  });

  it('a Japanese phrase means its English words and the codes they name', () => {
    expect(verdict('OpenAI APIキーが無効 エラー')).toEqual({ kind: 'exact', key: 'openai/invalid_api_key' });
    // API_KEY_INVALID, which the phrase means, is not read as the reader naming Gemini.
    expect(verdict('APIキーが無効')).toEqual({
      kind: 'choice',
      keys: ['openai/invalid_api_key', 'gemini/api_key_invalid', 'xai/incorrect_api_key'],
    });
  });

  it('「課金したのに」 is credit bought and the error staying: the quota or balance entry of the provider named', () => {
    expect(verdict('OpenAI API 課金したのにエラーが消えない')).toEqual({
      kind: 'exact',
      key: 'openai/insufficient_quota',
    });
    expect(verdict('Claude API 課金したのにエラー')).toEqual({
      kind: 'exact',
      key: 'anthropic/credit_balance_too_low',
    });
    expect(verdict('課金したのにエラーが消えない')).toEqual({
      kind: 'choice',
      keys: ['openai/insufficient_quota', 'anthropic/credit_balance_too_low'],
    });
  });

  it('a reason phrase the reader quoted is its status; one an alias adds is not', () => {
    expect(
      analyzePaste(index, 'Error: Failed after 3 attempts. Last error: Too Many Requests').understood.status,
    ).toBe(429);
    // 「レート制限」 adds "too many requests": read as 429, OpenAI's quota entry (the more
    // common at 429) would come before its rate-limit entry.
    expect(analyzePaste(index, 'OpenAI API レート制限 エラー').understood.status).toBeUndefined();
  });
});

describe('what a paste says in words, when it quotes no code or message', () => {
  // openclaw-billing-proxy#54, charmbracelet/crush#1100, run-llama/llama_index#1900.
  it('a provider’s code written as words is that provider’s entry, likely', () => {
    expect(
      verdict(
        '⚠️ anthropic (claude-sonnet-5) returned a billing error — check your account, then try again.',
      ),
    ).toEqual({ kind: 'likely', keys: ['anthropic/billing_error'] });
  });

  it('a key refused in words is the provider’s wrong-key entry', () => {
    expect(verdict('Paste xAI key, show "Invalid xAI API Key. Try again?".')).toEqual({
      kind: 'likely',
      keys: ['xai/incorrect_api_key'],
    });
  });

  it('a class from a wrapper’s OpenAI module points at OpenAI’s entries for it, the more common first', () => {
    const paste =
      'RateLimitError                            Traceback (most recent call last)\nFile c:\\Users\\me\\anaconda3\\lib\\site-packages\\llama_index\\embeddings\\openai.py:165, in get_embeddings';
    const v = verdict(paste);
    expect(v.kind).toBe('likely');
    expect(v.kind === 'likely' ? v.keys.slice(0, 2) : []).toEqual([
      'openai/insufficient_quota',
      'openai/rate_limit_exceeded',
    ]);
  });
});

describe('requests that got no answer', () => {
  it('the provider’s connection or timeout entry, by the failure the paste names last', () => {
    expect(
      verdict(
        '[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1/models: Failed to fetch',
      ),
    ).toEqual({ kind: 'likely', keys: ['gemini/connection_error'] });
    expect(
      verdict(
        "ConnectTimeout: HTTPSConnectionPool(host='generativelanguage.googleapis.com', port=443): timed out",
      ),
    ).toEqual({ kind: 'likely', keys: ['gemini/connection_error'] });
    expect(verdict('Error in readBin: Timeout was reached [generativelanguage.googleapis.com]')).toEqual({
      kind: 'likely',
      keys: ['gemini/timeout'],
    });
  });
});

describe('providers named equally, or in passing', () => {
  it('an app’s "OpenAI API error" before DeepSeek’s words: a message proves neither, so not exact', () => {
    const body = openaiBody(
      "Messages with role 'tool' must be a response to a preceding message with 'tool_calls'",
      'invalid_request_error',
      'invalid_request_error',
    );
    expect(verdict(`ERROR app.llm - OpenAI API error: Error code: 400 - ${body}`).kind).not.toBe('exact');
  });

  it('an Azure logger around OpenAI’s 401: the OpenAI-Organization header is OpenAI’s', () => {
    const paste = `azure.ai.evaluation ERROR AsyncOpenAI request failed. AuthenticationError: Error code: 401 - ${openaiBody('OpenAI-Organization header should match organization for API key', 'invalid_request_error', 'mismatched_organization')}`;
    expect(verdict(paste)).toEqual({ kind: 'exact', key: 'openai/mismatched_organization' });
  });

  it('another provider’s own code says more than a status: Azure named, OpenAI’s code', () => {
    const paste = `Azure request failed. Error code: 401 - {'error': {'message': 'x', 'code': 'mismatched_organization'}}`;
    expect(verdict(paste)).toEqual({
      kind: 'shape',
      key: 'openai/mismatched_organization',
      provider: 'azure-openai',
    });
  });
});

import { describe, expect, it } from 'vitest';
import {
  analyzePaste,
  buildMatcherIndex,
  readProvider,
  editDistance,
  needsMessageTemplates,
  packMatcherIndex,
  unpackMatcherIndex,
  extractClues,
  matchError,
  MIN_SCORE,
  normaliseForMatching,
  type ErrorMatch,
  type MatcherEntry,
} from '~/search/matcher/index';

// ---------------------------------------------------------------------------
// Fixtures: realistic messages (see /work/shared/facts/ai-api-errors.md).

const OPENAI_QUOTA =
  'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.';
const QUOTA_SENTENCE = 'You exceeded your current quota, please check your plan and billing details.';
const OPENAI_RATE =
  'Rate limit reached for gpt-4o in organization org-abc123 on tokens per min (TPM): Limit 30000, Used 29750, Requested 1200. Please try again in 644ms. Visit https://platform.openai.com/account/rate-limits to learn more.';
const OPENAI_KEY =
  'Incorrect API key provided: sk-abc12***************************************wxyz. You can find your API key at https://platform.openai.com/account/api-keys.';
const OPENAI_CONTEXT =
  "This model's maximum context length is 16385 tokens. However, your messages resulted in 36153 tokens. Please reduce the length of the messages.";
const OPENAI_MODEL = 'The model `gpt-4-32k` does not exist or you do not have access to it.';
const ANTHROPIC_RATE =
  "This request would exceed your organization's rate limit of 30,000 input tokens per minute (org: 679abe92-92c4-46b0-a952-e528847bd206, model: claude-opus-4-6). For details, refer to: https://docs.claude.com/en/api/rate-limits. You can see the response headers for current usage. Please reduce the prompt length or the maximum tokens requested, or try again later. You may also contact sales at https://www.anthropic.com/contact-sales to discuss your options for a rate limit increase.";
const ANTHROPIC_RATE_SHORT = 'Number of request tokens has exceeded your per-minute rate limit';
const ANTHROPIC_CREDIT =
  'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.';
const ANTHROPIC_ROLES =
  'messages: roles must alternate between \\"user\\" and \\"assistant\\", but found multiple \\"user\\" roles in a row';
const GEMINI_QUOTA =
  'You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. To monitor your current usage, head to: https://ai.dev/rate-limit. \\n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 5, model: gemini-2.5-flash\\nPlease retry in 53.812100167s.';

const openaiBody = (message: string, type: string, code: string) =>
  `{'error': {'message': '${message}', 'type': '${type}', 'param': None, 'code': '${code}'}}`;
const anthropicBody = (type: string, message: string) =>
  `{'type': 'error', 'error': {'type': '${type}', 'message': '${message}'}}`;
const geminiBody = (code: number, message: string, status: string) =>
  `{'error': {'code': ${code}, 'message': '${message}', 'status': '${status}'}}`;

function openai(
  code: string,
  httpStatus: number,
  errorType: string,
  message: string,
  exceptions: { v1: string; v0: string; node: string },
): MatcherEntry {
  return {
    key: `openai/${code}`,
    provider: 'openai',
    code,
    httpStatus,
    errorType,
    messages: [
      { source: 'http', text: message },
      {
        source: 'openai-python',
        exception: `openai.${exceptions.v1}`,
        text: `Error code: ${httpStatus} - ${openaiBody(message, errorType, code)}`,
      },
      { source: 'openai-python-v0', exception: `openai.error.${exceptions.v0}`, text: message },
      { source: 'openai-node', exception: exceptions.node, text: `${httpStatus} ${message}` },
    ],
  };
}

function anthropic(
  key: string,
  code: string,
  httpStatus: number,
  errorType: string,
  message: string,
  exception: string,
): MatcherEntry {
  return {
    key: `anthropic/${key}`,
    provider: 'anthropic',
    code,
    httpStatus,
    errorType,
    messages: [
      {
        source: 'http',
        text: `{"type":"error","error":{"type":"${errorType}","message":"${message}"},"request_id":"req_011CYYc3J1X8TQSFat6bg7VX"}`,
      },
      {
        source: 'anthropic-python',
        exception: `anthropic.${exception}`,
        text: `Error code: ${httpStatus} - ${anthropicBody(errorType, message)}`,
      },
    ],
  };
}

function gemini(code: string, httpStatus: number, message: string): MatcherEntry {
  return {
    key: `gemini/${code.toLowerCase()}`,
    provider: 'gemini',
    code,
    httpStatus,
    errorType: code,
    messages: [
      {
        source: 'http',
        text: `{"error": {"code": ${httpStatus}, "message": "${message}", "status": "${code}"}}`,
      },
      {
        source: 'google-genai-python',
        exception: 'google.genai.errors.ClientError',
        text: `${httpStatus} ${code}. ${geminiBody(httpStatus, message, code)}`,
      },
    ],
  };
}

const ENTRIES: MatcherEntry[] = [
  openai('insufficient_quota', 429, 'insufficient_quota', OPENAI_QUOTA, {
    v1: 'RateLimitError',
    v0: 'RateLimitError',
    node: 'RateLimitError',
  }),
  openai('rate_limit_exceeded', 429, 'tokens', OPENAI_RATE, {
    v1: 'RateLimitError',
    v0: 'RateLimitError',
    node: 'RateLimitError',
  }),
  openai('invalid_api_key', 401, 'invalid_request_error', OPENAI_KEY, {
    v1: 'AuthenticationError',
    v0: 'AuthenticationError',
    node: 'AuthenticationError',
  }),
  openai('context_length_exceeded', 400, 'invalid_request_error', OPENAI_CONTEXT, {
    v1: 'BadRequestError',
    v0: 'InvalidRequestError',
    node: 'BadRequestError',
  }),
  openai('model_not_found', 404, 'invalid_request_error', OPENAI_MODEL, {
    v1: 'NotFoundError',
    v0: 'InvalidRequestError',
    node: 'NotFoundError',
  }),
  {
    ...anthropic(
      'rate_limit_error',
      'rate_limit_error',
      429,
      'rate_limit_error',
      ANTHROPIC_RATE,
      'RateLimitError',
    ),
    messages: [
      ...anthropic(
        'rate_limit_error',
        'rate_limit_error',
        429,
        'rate_limit_error',
        ANTHROPIC_RATE,
        'RateLimitError',
      ).messages,
      {
        source: 'anthropic-typescript',
        exception: 'RateLimitError',
        text: `429 ${ANTHROPIC_RATE_SHORT}`,
      },
    ],
  },
  anthropic('overloaded_error', 'overloaded_error', 529, 'overloaded_error', 'Overloaded', 'OverloadedError'),
  anthropic(
    'invalid_request_error',
    'invalid_request_error',
    400,
    'invalid_request_error',
    ANTHROPIC_ROLES,
    'BadRequestError',
  ),
  anthropic(
    'credit_balance_too_low',
    'credit_balance_too_low',
    400,
    'invalid_request_error',
    ANTHROPIC_CREDIT,
    'BadRequestError',
  ),
  gemini('RESOURCE_EXHAUSTED', 429, GEMINI_QUOTA),
  {
    ...gemini('INVALID_ARGUMENT', 400, 'API key not valid. Please pass a valid API key.'),
    messages: [
      ...gemini('INVALID_ARGUMENT', 400, 'API key not valid. Please pass a valid API key.').messages,
      ...gemini('INVALID_ARGUMENT', 400, 'Request contains an invalid argument.').messages,
    ],
  },
];

const index = buildMatcherIndex(ENTRIES);
const match = (query: string): ErrorMatch[] => matchError(index, query);
const keys = (query: string): string[] => match(query).map((m) => m.key);
const first = (query: string): string | undefined => match(query)[0]?.key;
/** What search says: `exact:<key>`, `choice:<keys>`, `likely:<keys>`, `shape:<key>@<provider>` or `none`. */
function verdict(query: string, on = index): string {
  const v = analyzePaste(on, query).verdict;
  if (v.kind === 'none') return 'none';
  if (v.kind === 'shape') return `shape:${v.key}@${v.provider}`;
  return `${v.kind}:${'key' in v ? v.key : v.keys.join(',')}`;
}

// ---------------------------------------------------------------------------

describe('normalisation', () => {
  it('lowercases, drops punctuation and masks variable parts', () => {
    expect(
      normaliseForMatching(
        'Rate limit reached for gpt-4o in organization org-abc123: Used 29,750. Please try again in 644ms.',
      ),
    ).toBe('rate limit reached for # in organization # used # please try again in #');
  });

  it('gives the same form to different variable values', () => {
    const a = normaliseForMatching(OPENAI_KEY);
    const b = normaliseForMatching(
      'Incorrect API key provided: sk-proj-Xy12****************QZ9a. You can find your API key at https://platform.openai.com/account/api-keys.',
    );
    expect(a).toBe(b);
  });

  it('reads structured clues from SDK output', () => {
    const clues = extractClues(
      `openai.RateLimitError: Error code: 429 - ${openaiBody('x', 'insufficient_quota', 'insufficient_quota')}`,
    );
    expect([...clues.statuses]).toEqual([429]);
    expect(clues.fieldValues.has('insufficient_quota')).toBe(true);
    expect(clues.exceptions).toContain('openai.ratelimiterror');
    expect(readProvider('openai.RateLimitError: x').family).toBe('openai');
  });
});

describe('1. bare codes and statuses', () => {
  it.each([
    ['insufficient_quota', 'openai/insufficient_quota'],
    ['INSUFFICIENT_QUOTA', 'openai/insufficient_quota'],
    ['RESOURCE_EXHAUSTED', 'gemini/resource_exhausted'],
    ['resource_exhausted', 'gemini/resource_exhausted'],
    ['overloaded_error', 'anthropic/overloaded_error'],
    ['  rate_limit_exceeded\n', 'openai/rate_limit_exceeded'],
    ['model_not_found', 'openai/model_not_found'],
  ])('%j is recognised', (query, key) => {
    expect(keys(query)).toEqual([key]);
  });

  it('code plus status: "429 insufficient_quota"', () => {
    const [top] = match('429 insufficient_quota');
    expect(top?.key).toBe('openai/insufficient_quota');
    expect(top?.reasons).toEqual(expect.arrayContaining(['code', 'status']));
  });

  it('a status exactly one entry has matches on its own: "529"', () => {
    expect(keys('529')).toEqual(['anthropic/overloaded_error']);
    expect(keys('error 529')).toEqual(['anthropic/overloaded_error']);
  });

  it('a status several entries share matches nothing: "429"', () => {
    expect(match('429')).toEqual([]);
  });

  it('codes beat statuses', () => {
    const [top] = match('529 rate_limit_error');
    expect(top?.key).toBe('anthropic/rate_limit_error');
    const status = match('529')[0]!.score;
    const code = match('rate_limit_error')[0]!.score;
    expect(code).toBeGreaterThan(status);
  });

  it('a code that is also a common type still finds its own entry', () => {
    expect(first('invalid_request_error')).toBe('anthropic/invalid_request_error');
  });

  it('a code inside a Japanese sentence', () => {
    expect(first('insufficient_quotaというエラーが出ました')).toBe('openai/insufficient_quota');
  });
});

describe('1a. a code that is only digits (Azure OpenAI writes the status as the code)', () => {
  const AZURE_429 =
    'Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-10-21 have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after 6 seconds.';
  const azure: MatcherEntry = {
    key: 'azure-openai/429',
    provider: 'azure-openai',
    code: '429',
    httpStatus: 429,
    errorType: '429',
    messages: [{ source: 'http', text: `{"error": {"code": "429", "message": "${AZURE_429}"}}` }],
  };
  const withAzure = buildMatcherIndex([...ENTRIES, azure]);
  const top = (query: string) => matchError(withAzure, query)[0]?.key;

  it('is not matched by a bare status, which every provider shares', () => {
    expect(matchError(withAzure, '429')).toEqual([]);
    expect(top('429 insufficient_quota')).toBe('openai/insufficient_quota');
    expect(
      top(
        `openai.RateLimitError: Error code: 429 - ${openaiBody(OPENAI_RATE, 'tokens', 'rate_limit_exceeded')}`,
      ),
    ).toBe('openai/rate_limit_exceeded');
  });

  it("is matched as the body's code field", () => {
    expect(top(`{'error': {'code': '429', 'message': 'Requests exceeded the limit.'}}`)).toBe(
      'azure-openai/429',
    );
  });
});

describe('1b. codes typed from memory', () => {
  it.each([
    ['insuficient_quota', 'openai/insufficient_quota'],
    ['insufficient_qouta', 'openai/insufficient_quota'],
    ['RESOURCE_EXHAUSTD', 'gemini/resource_exhausted'],
    ['overload_error', 'anthropic/overloaded_error'],
    ['rate_limit_exeeded 429', 'openai/rate_limit_exceeded'],
  ])('%j finds the code it was meant to be', (query, key) => {
    const [top] = match(query);
    expect(top?.key).toBe(key);
    expect(top?.reasons).toContain('code:typo');
  });

  it('ranks a typo below the exact code', () => {
    expect(match('insuficient_quota')[0]!.score).toBeLessThan(match('insufficient_quota')[0]!.score);
  });

  it('does not guess inside a long paste, or for short codes', () => {
    expect(
      match(
        `Traceback (most recent call last):\n  File "x.py", line 3\nSomeError: insuficient_quota happened while reading the configuration file`,
      ),
    ).toEqual([]);
    expect(editDistance('quota_exceeded', 'insufficient_quota', 2)).toBeGreaterThan(2);
  });

  it('takes a code that an entry has as that code, not as a typo of its neighbours', () => {
    const neighbours = buildMatcherIndex(
      ['synthetic_error_4', 'synthetic_error_42', 'synthetic_error_43'].map((code) => ({
        key: `openai/${code}`,
        provider: 'openai',
        code,
        httpStatus: 400,
        errorType: 'invalid_request_error',
        messages: [],
      })),
    );
    expect(matchError(neighbours, 'synthetic_error_42').map((m) => m.key)).toEqual([
      'openai/synthetic_error_42',
    ]);
    // A code none has is still a typo of the ones one edit away.
    expect(matchError(neighbours, 'synthetic_error_44').map((m) => m.key)).toEqual([
      'openai/synthetic_error_4',
      'openai/synthetic_error_42',
      'openai/synthetic_error_43',
    ]);
  });

  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('qouta', 'quota', 2)).toBe(1);
    expect(editDistance('abc', 'abc', 1)).toBe(0);
    expect(editDistance('abcdef', 'a', 2)).toBe(3);
  });
});

describe('2. the message alone', () => {
  it('with the trailing "read the docs" sentence, whose host names OpenAI', () => {
    expect(keys(OPENAI_QUOTA)).toContain('openai/insufficient_quota');
    expect(verdict(OPENAI_QUOTA)).toBe('exact:openai/insufficient_quota');
  });

  it('rate limit message with other model, org, numbers and duration', () => {
    expect(
      first(
        'Rate limit reached for gpt-4o-mini in organization org-Zx9QwErTy on tokens per min (TPM): Limit 200000, Used 199812, Requested 2400. Please try again in 1.2s.',
      ),
    ).toBe('openai/rate_limit_exceeded');
  });

  it('rate limit message on requests per min (RPM)', () => {
    expect(
      first(
        'Rate limit reached for gpt-3.5-turbo in organization org-xyz on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s.',
      ),
    ).toBe('openai/rate_limit_exceeded');
  });

  it('invalid key message with a project key', () => {
    expect(first('Incorrect API key provided: sk-proj-AbC1***********************************xYz9.')).toBe(
      'openai/invalid_api_key',
    );
  });

  it('model message with another model name', () => {
    expect(first('The model `gpt-5-turbo` does not exist or you do not have access to it.')).toBe(
      'openai/model_not_found',
    );
  });

  it('context length message with other numbers', () => {
    expect(
      first(
        "This model's maximum context length is 128000 tokens. However, your messages resulted in 130512 tokens. Please reduce the length of the messages.",
      ),
    ).toBe('openai/context_length_exceeded');
  });

  it('Anthropic credit balance message', () => {
    expect(first(ANTHROPIC_CREDIT)).toBe('anthropic/credit_balance_too_low');
  });

  it('Anthropic rate limit message, first sentence only, other org and model', () => {
    expect(
      first(
        "This request would exceed your organization's rate limit of 8,000 output tokens per minute (org: 9bdecd1f-f807-4ccd-b7ed-13c62f0e8eaf, model: claude-sonnet-4-6).",
      ),
    ).toBe('anthropic/rate_limit_error');
  });

  it('whitespace, case and line breaks do not matter', () => {
    expect(first('  THE MODEL `o3-mini`\n  does not exist or you do not\n\nhave access to it  ')).toBe(
      'openai/model_not_found',
    );
  });

  it('Gemini invalid API key message', () => {
    expect(first('API key not valid. Please pass a valid API key.')).toBe('gemini/invalid_argument');
  });

  it('a message with a request id next to it', () => {
    expect(first(`${ANTHROPIC_CREDIT} (request_id: req_011CSHoEeqs5C35K2UUqR7Fy)`)).toBe(
      'anthropic/credit_balance_too_low',
    );
  });
});

describe('3. whole SDK outputs', () => {
  it('Python v1 traceback (insufficient_quota)', () => {
    const paste = `Traceback (most recent call last):
  File "/home/me/app/main.py", line 12, in <module>
    response = client.chat.completions.create(
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/home/me/.venv/lib/python3.12/site-packages/openai/_utils/_utils.py", line 279, in wrapper
    return func(*args, **kwargs)
  File "/home/me/.venv/lib/python3.12/site-packages/openai/_base_client.py", line 1059, in _request
    raise self._make_status_error_from_response(err.response) from None
openai.RateLimitError: Error code: 429 - ${openaiBody(OPENAI_QUOTA, 'insufficient_quota', 'insufficient_quota')}`;
    const [top] = match(paste);
    expect(top?.key).toBe('openai/insufficient_quota');
    expect(top?.reasons).toEqual(expect.arrayContaining(['code', 'message', 'exception']));
    expect(verdict(paste)).toBe('exact:openai/insufficient_quota');
  });

  it('Python v0.28 (openai.error.RateLimitError)', () => {
    expect(verdict(`openai.error.RateLimitError: ${QUOTA_SENTENCE}`)).toBe('exact:openai/insufficient_quota');
  });

  it('Node (RateLimitError: 429 ...)', () => {
    expect(
      first(
        `RateLimitError: 429 ${OPENAI_QUOTA}\n    at APIError.generate (node_modules/openai/error.js:66:20)`,
      ),
    ).toBe('openai/insufficient_quota');
  });

  it('raw JSON body, double quotes, pretty-printed', () => {
    const body = `{
  "error": {
    "message": "${OPENAI_RATE.replace('gpt-4o', 'gpt-4.1')}",
    "type": "tokens",
    "param": null,
    "code": "rate_limit_exceeded"
  }
}`;
    expect(first(body)).toBe('openai/rate_limit_exceeded');
  });

  it('raw body as a Python repr (single quotes)', () => {
    expect(
      first(
        openaiBody(OPENAI_MODEL.replace('gpt-4-32k', 'gpt-5'), 'invalid_request_error', 'model_not_found'),
      ),
    ).toBe('openai/model_not_found');
  });

  it('Anthropic Python RateLimitError', () => {
    const paste = `anthropic.RateLimitError: Error code: 429 - ${anthropicBody('rate_limit_error', ANTHROPIC_RATE_SHORT)}`;
    const [top] = match(paste);
    expect(top?.key).toBe('anthropic/rate_limit_error');
    expect(keys(paste)).toEqual(['anthropic/rate_limit_error']);
  });

  it('Anthropic overloaded (529)', () => {
    expect(
      keys(`anthropic.OverloadedError: Error code: 529 - ${anthropicBody('overloaded_error', 'Overloaded')}`),
    ).toEqual(['anthropic/overloaded_error']);
  });

  it('Anthropic credit balance beats the generic invalid_request_error code', () => {
    const paste = `anthropic.BadRequestError: Error code: 400 - ${anthropicBody('invalid_request_error', ANTHROPIC_CREDIT)}`;
    const results = match(paste);
    expect(results[0]?.key).toBe('anthropic/credit_balance_too_low');
    expect(results.map((r) => r.key)).not.toContain('openai/invalid_api_key');
  });

  it('Gemini python-genai ClientError', () => {
    const paste = `google.genai.errors.ClientError: 429 RESOURCE_EXHAUSTED. ${geminiBody(
      429,
      GEMINI_QUOTA.replace('limit: 5', 'limit: 20').replace('53.812100167s', '40.016907282s'),
      'RESOURCE_EXHAUSTED',
    )}`;
    const [top] = match(paste);
    expect(top?.key).toBe('gemini/resource_exhausted');
    expect(top?.reasons).toEqual(expect.arrayContaining(['code', 'message']));
    expect(verdict(paste)).toBe('exact:gemini/resource_exhausted');
  });

  it('Gemini invalid key as python-genai ClientError', () => {
    expect(
      first(
        `google.genai.errors.ClientError: 400 INVALID_ARGUMENT. ${geminiBody(400, 'API key not valid. Please pass a valid API key.', 'INVALID_ARGUMENT')}`,
      ),
    ).toBe('gemini/invalid_argument');
  });
});

describe('4. the same sentence from two providers', () => {
  it('with no clue, both entries match and search offers a choice, OpenAI (the format owner) first', () => {
    const results = match(QUOTA_SENTENCE);
    expect(results.map((r) => r.key).sort()).toEqual([
      'gemini/resource_exhausted',
      'openai/insufficient_quota',
    ]);
    expect(results[0]!.score).toBe(results[1]!.score);
    expect(verdict(QUOTA_SENTENCE)).toBe('choice:openai/insufficient_quota,gemini/resource_exhausted');
  });

  it('the choice follows the declared prevalence, not the provider order', () => {
    const commonGemini = buildMatcherIndex(
      ENTRIES.map((e) => (e.key === 'gemini/resource_exhausted' ? { ...e, prevalence: 5 } : e)),
    );
    expect(verdict(QUOTA_SENTENCE, commonGemini)).toBe(
      'choice:gemini/resource_exhausted,openai/insufficient_quota',
    );
  });

  it('three words of the sentence are the sentence too', () => {
    expect(verdict('exceeded your current quota')).toBe(
      'choice:openai/insufficient_quota,gemini/resource_exhausted',
    );
  });

  it.each([
    [
      'ai.google.dev',
      `${QUOTA_SENTENCE} For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.`,
    ],
    ['RESOURCE_EXHAUSTED', `429 RESOURCE_EXHAUSTED: ${QUOTA_SENTENCE}`],
    ['google.genai', `google.genai.errors.ClientError: ${QUOTA_SENTENCE}`],
    [
      'generativelanguage',
      `${QUOTA_SENTENCE}\n* Quota exceeded for metric: generativelanguage.googleapis.com/x`,
    ],
  ])('%s => gemini, exactly', (_clue, query) => {
    expect(verdict(query)).toBe('exact:gemini/resource_exhausted');
  });

  it.each([
    ['platform.openai.com', OPENAI_QUOTA],
    ['openai. module prefix', `openai.RateLimitError: ${QUOTA_SENTENCE}`],
    ['insufficient_quota', `insufficient_quota: ${QUOTA_SENTENCE}`],
  ])('%s => openai, exactly', (_clue, query) => {
    expect(verdict(query)).toBe('exact:openai/insufficient_quota');
  });

  it('Gemini body through the OpenAI SDK (OpenAI-compatible endpoint) => gemini first', () => {
    const paste = `openai.RateLimitError: Error code: 429 - [${geminiBody(429, GEMINI_QUOTA, 'RESOURCE_EXHAUSTED')}]`;
    expect(first(paste)).toBe('gemini/resource_exhausted');
    expect(verdict(paste)).toBe('exact:gemini/resource_exhausted');
  });

  it('the Anthropic "type": "error" envelope shows Anthropic\'s format', () => {
    expect(readProvider('{"type": "error", "error": {"type": "x"}}').family).toBe('anthropic');
  });
});

describe('4b. a code shared with an OpenAI-compatible service', () => {
  const GROQ_KEY_BODY =
    '{"error":{"message":"Invalid API Key","type":"invalid_request_error","code":"invalid_api_key"}}';
  const shared = buildMatcherIndex([
    ...ENTRIES,
    {
      key: 'groq/invalid_api_key',
      provider: 'groq',
      code: 'invalid_api_key',
      httpStatus: 401,
      errorType: 'invalid_request_error',
      messages: [{ source: 'http', text: GROQ_KEY_BODY }],
    },
  ]);
  const firstOf = (query: string) => matchError(shared, query)[0]?.key;
  const verdictOf = (query: string) => verdict(query, shared);

  it("a message that is only a code's words does not outrank that code", () => {
    const index = buildMatcherIndex([
      ...ENTRIES,
      {
        key: 'mistral/rate_limit',
        provider: 'mistral',
        code: 'rate_limit',
        httpStatus: 429,
        errorType: 'rate_limited',
        messages: [
          {
            source: 'http',
            text: '{"object":"error","message":"Rate limit exceeded","type":"rate_limited"}',
          },
        ],
      },
    ]);
    expect(matchError(index, 'rate_limit_exceeded')[0]?.key).toBe('openai/rate_limit_exceeded');
  });

  it('a bare shared code is a choice, the format owner first: the code names neither', () => {
    const results = matchError(shared, 'invalid_api_key');
    expect(results.map((r) => r.key).slice(0, 2)).toEqual(['openai/invalid_api_key', 'groq/invalid_api_key']);
    expect(results[0]!.score).toBe(results[1]!.score);
    expect(verdictOf('invalid_api_key')).toBe('choice:openai/invalid_api_key,groq/invalid_api_key');
  });

  it("the service's wording or host names it", () => {
    expect(verdictOf(`AuthenticationError: 401 ${GROQ_KEY_BODY}`)).toBe('exact:groq/invalid_api_key');
    expect(verdictOf(`invalid_api_key from https://api.groq.com/openai/v1/chat/completions`)).toBe(
      'exact:groq/invalid_api_key',
    );
    // The openai SDK's class name does not make a Groq paste OpenAI's.
    expect(verdictOf(`openai.AuthenticationError: Error code: 401 - ${GROQ_KEY_BODY}`)).toBe(
      'exact:groq/invalid_api_key',
    );
  });

  it("OpenAI's wording and module prefix still name OpenAI", () => {
    expect(
      firstOf(
        `openai.AuthenticationError: Error code: 401 - ${openaiBody(OPENAI_KEY, 'invalid_request_error', 'invalid_api_key')}`,
      ),
    ).toBe('openai/invalid_api_key');
    expect(
      verdictOf(
        `openai.AuthenticationError: Error code: 401 - ${openaiBody(OPENAI_KEY, 'invalid_request_error', 'invalid_api_key')}`,
      ),
    ).toBe('exact:openai/invalid_api_key');
  });
});

describe('5. near misses', () => {
  it.each([
    ['an unrelated English question', 'how do I stream responses in python'],
    ['a Japanese question', '課金したのに使えない'],
    ['a common phrase', 'please try again later'],
    ['part of the quota sentence made of common words', 'please check your'],
    ['plain words', 'rate limit'],
    ['a code prefix', 'insufficient'],
    ['a code lookalike', 'quota_exceeded'],
    ['a code with other separators', 'insufficient-quota-error'],
    [
      'a status in a long unrelated text',
      'The server answered 404 when I opened the dashboard page in my browser',
    ],
  ])('%s matches nothing', (_what, query) => {
    expect(match(query)).toEqual([]);
  });

  it('"rate limit" is never an exact match for insufficient_quota', () => {
    expect(keys('I hit a rate limit')).not.toContain('openai/insufficient_quota');
  });

  it('every returned score is at least MIN_SCORE', () => {
    for (const query of ['429', 'please try again later', QUOTA_SENTENCE, OPENAI_QUOTA]) {
      for (const m of match(query)) expect(m.score).toBeGreaterThanOrEqual(MIN_SCORE);
    }
  });
});

describe('6. sibling 429s', () => {
  it("'code': 'rate_limit_exceeded' puts rate_limit_exceeded first", () => {
    const paste = `openai.RateLimitError: Error code: 429 - ${openaiBody(OPENAI_RATE, 'tokens', 'rate_limit_exceeded')}`;
    expect(keys(paste)).toEqual(['openai/rate_limit_exceeded']);
  });

  it('a rate-limit body with a short message still prefers the code', () => {
    const paste = `openai.RateLimitError: Error code: 429 - ${openaiBody('Rate limit reached for requests', 'requests', 'rate_limit_exceeded')}`;
    expect(first(paste)).toBe('openai/rate_limit_exceeded');
  });

  it("'code': 'insufficient_quota' puts insufficient_quota first", () => {
    const paste = `openai.RateLimitError: Error code: 429 - ${openaiBody(OPENAI_QUOTA, 'insufficient_quota', 'insufficient_quota')}`;
    expect(first(paste)).toBe('openai/insufficient_quota');
    expect(verdict(paste)).toBe('exact:openai/insufficient_quota');
  });
});

describe('7. robustness', () => {
  it.each(['', '   ', '\n\t\n'])('empty query %j => []', (query) => {
    expect(match(query)).toEqual([]);
  });

  it('a 20 KB paste is matched by its tail', () => {
    const noise = Array.from(
      { length: 260 },
      (_, i) =>
        `  File "/srv/app/module_${i}.py", line ${i + 10}, in handler_${i}\n    result = await call(x)\n`,
    ).join('');
    const paste = `Traceback (most recent call last):\n${noise}openai.RateLimitError: Error code: 429 - ${openaiBody(
      OPENAI_RATE,
      'tokens',
      'rate_limit_exceeded',
    )}`;
    expect(paste.length).toBeGreaterThan(20_000);
    expect(match(paste)[0]?.key).toBe('openai/rate_limit_exceeded');
    // The error is in the last lines: a longer head of noise does not hide it.
    expect(verdict(`${'x'.repeat(200_000)}\n${paste}`)).toBe('exact:openai/rate_limit_exceeded');
  });

  it('markup is just text', () => {
    expect(match('<img src=x onerror=alert(1)>')).toEqual([]);
    expect(keys('<b>insufficient_quota</b><script>alert(1)</script>')).toEqual(['openai/insufficient_quota']);
  });

  it('the index survives a JSON round trip', () => {
    const revived = JSON.parse(JSON.stringify(index)) as typeof index;
    expect(revived).toEqual(index);
    expect(matchError(revived, OPENAI_QUOTA)).toEqual(match(OPENAI_QUOTA));
  });

  it('entries in two languages are merged by key', () => {
    const ja = ENTRIES.map((e) => ({ ...e }));
    const twoLanguages = buildMatcherIndex([...ENTRIES, ...ja]);
    expect(twoLanguages.entries.length).toBe(ENTRIES.length);
    expect(matchError(twoLanguages, 'insufficient_quota')).toEqual(match('insufficient_quota'));
  });

  it('results are deterministic', () => {
    const query = `google.genai.errors.ClientError: 429 RESOURCE_EXHAUSTED. ${geminiBody(429, GEMINI_QUOTA, 'RESOURCE_EXHAUSTED')}`;
    expect(match(query)).toEqual(match(query));
    expect(buildMatcherIndex([...ENTRIES].reverse())).toEqual(index);
  });
});

describe('packing for the browser', () => {
  const codes = new Map(ENTRIES.map((e) => [e.key, e.code]));

  it('unpacks to the same index it packed', () => {
    const index = buildMatcherIndex(ENTRIES);
    const { core, messages } = packMatcherIndex(index, codes);
    expect(
      unpackMatcherIndex(JSON.parse(JSON.stringify(core)), JSON.parse(JSON.stringify(messages))),
    ).toEqual(index);
  });

  it('answers code queries from the core alone, and message queries once messages are loaded', () => {
    const { core, messages } = packMatcherIndex(buildMatcherIndex(ENTRIES), codes);
    const coreOnly = unpackMatcherIndex(core);
    expect(matchError(coreOnly, 'insufficient_quota')[0]?.key).toBe('openai/insufficient_quota');
    expect(needsMessageTemplates('insufficient_quota')).toBe(false);
    expect(needsMessageTemplates(OPENAI_CONTEXT)).toBe(true);
    expect(matchError(coreOnly, OPENAI_CONTEXT)).toEqual([]);
    expect(matchError(unpackMatcherIndex(core, messages), OPENAI_CONTEXT)[0]?.key).toBe(
      'openai/context_length_exceeded',
    );
  });

  it('writes each provider once and keeps a key that is not its code', () => {
    const renamed = { ...ENTRIES[0]!, key: `${ENTRIES[0]!.provider}/quota-renamed` };
    const entries = [renamed, ...ENTRIES.slice(1)];
    const index = buildMatcherIndex(entries);
    const { core, messages } = packMatcherIndex(index, new Map(entries.map((e) => [e.key, e.code])));
    expect(core.providers.map(([provider]) => provider)).toEqual([
      ...new Set(index.entries.map((e) => e.provider)),
    ]);
    const unpacked = unpackMatcherIndex(JSON.parse(JSON.stringify(core)), messages);
    expect(unpacked).toEqual(index);
    expect(matchError(unpacked, 'insufficient_quota')[0]?.key).toBe('openai/quota-renamed');
  });

  it('is smaller than the plain index', () => {
    const index = buildMatcherIndex(ENTRIES);
    const { core, messages } = packMatcherIndex(index, codes);
    expect(JSON.stringify(core).length + JSON.stringify(messages).length).toBeLessThan(
      JSON.stringify(index).length / 2,
    );
  });
});

describe('a stop reason named like a request parameter', () => {
  const PARAM =
    "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.";
  const CLI =
    "API Error: Claude's response exceeded the 32000 output token maximum. To configure this behavior, set the CLAUDE_CODE_MAX_OUTPUT_TOKENS environment variable.";
  const entries: MatcherEntry[] = [
    openai('unsupported_parameter', 400, 'invalid_request_error', PARAM, {
      v1: 'BadRequestError',
      v0: 'InvalidRequestError',
      node: 'BadRequestError',
    }),
    {
      // A completion: no HTTP status, and the type is the stop reason itself.
      key: 'anthropic/max_tokens',
      provider: 'anthropic',
      code: 'max_tokens',
      errorType: 'max_tokens',
      messages: [
        { source: 'http', text: '{"type":"message","stop_reason":"max_tokens","stop_sequence":null}' },
        { source: 'cli', text: CLI },
      ],
    },
  ];
  const built = buildMatcherIndex(entries);
  const { core, messages } = packMatcherIndex(built, new Map(entries.map((e) => [e.key, e.code])));
  const indexes = { built, unpacked: unpackMatcherIndex(JSON.parse(JSON.stringify(core)), messages) };

  it.each(Object.entries(indexes))('%s: the parameter does not pull in the stop reason', (_, index) => {
    expect(matchError(index, PARAM).map((m) => m.key)).toEqual(['openai/unsupported_parameter']);
    expect(
      matchError(index, `Error code: 400 - ${openaiBody(PARAM, 'invalid_request_error', 'x')}`)[0]?.key,
    ).toBe('openai/unsupported_parameter');
  });

  it.each(Object.entries(indexes))(
    '%s: the stop reason still matches as a field and by message',
    (_, index) => {
      expect(matchError(index, '"stop_reason": "max_tokens"')[0]?.key).toBe('anthropic/max_tokens');
      expect(matchError(index, CLI)[0]?.key).toBe('anthropic/max_tokens');
    },
  );
});

describe('a code that is the type of its own provider’s narrower entry', () => {
  const entries: MatcherEntry[] = [
    gemini('PERMISSION_DENIED', 403, 'Your project has been denied access. Please contact support.'),
    {
      // A narrower Gemini entry whose status is PERMISSION_DENIED, keyed by its message.
      key: 'gemini/api_key_leaked',
      provider: 'gemini',
      code: 'api_key_leaked',
      httpStatus: 403,
      errorType: 'PERMISSION_DENIED',
      messages: [
        { source: 'http', text: 'Your API key was reported as leaked. Please use another API key.' },
      ],
    },
    anthropic(
      'permission_error',
      'permission_error',
      403,
      'permission_error',
      'Permission denied',
      'PermissionDeniedError',
    ),
  ];
  const built = buildMatcherIndex(entries);
  const { core, messages } = packMatcherIndex(built, new Map(entries.map((e) => [e.key, e.code])));
  const indexes = { built, unpacked: unpackMatcherIndex(JSON.parse(JSON.stringify(core)), messages) };

  it.each(Object.entries(indexes))('%s: the bare code still finds its own entry first', (_, index) => {
    expect(index.entries.find((e) => e.key === 'gemini/permission_denied')?.genericCode).toBe(false);
    expect(matchError(index, 'PERMISSION_DENIED')[0]?.key).toBe('gemini/permission_denied');
  });

  it.each(Object.entries(indexes))('%s: the narrower entry wins on its own message', (_, index) => {
    expect(
      matchError(
        index,
        geminiBody(
          403,
          'Your API key was reported as leaked. Please use another API key.',
          'PERMISSION_DENIED',
        ),
      )[0]?.key,
    ).toBe('gemini/api_key_leaked');
  });
});

/**
 * Reading the provider from a paste's shape (src/search/matcher/providers.ts): each kind of
 * clue on a real-shaped line, and the rules that combine them.
 */
import { describe, expect, it } from 'vitest';
import { readProvider } from '~/search/matcher';

const provider = (text: string, short = false) => readProvider(text, short).provider;
const family = (text: string) => readProvider(text).family;

describe('clues that name a provider', () => {
  it.each([
    // Hosts and documentation URLs (site.config.ts `hosts`).
    ['openai', 'See https://platform.openai.com/docs/guides/error-codes/api-errors.'],
    ['anthropic', 'For details, refer to: https://docs.claude.com/en/api/rate-limits.'],
    ['gemini', 'head to: https://ai.google.dev/gemini-api/docs/rate-limits'],
    ['azure-openai', 'POST https://my-resource.openai.azure.com/openai/deployments/gpt-4o/chat/completions'],
    ['vertex-ai', 'Quota exceeded for aiplatform.googleapis.com/generate_content_requests_per_minute'],
    ['deepseek', 'POST https://api.deepseek.com/chat/completions 402'],
    ['openrouter', 'https://openrouter.ai/api/v1/chat/completions'],
    ['groq', 'Upgrade at https://console.groq.com/settings/billing'],
    ['mistral', 'POST https://api.mistral.ai/v1/chat/completions 422'],
    ['xai', 'You can obtain an API key from https://console.x.ai.'],
    // SDK and wrapper labels.
    ['anthropic', "anthropic.RateLimitError: Error code: 429 - {'type': 'error'}"],
    ['gemini', 'litellm.RateLimitError: GeminiException - {"error": {"code": 429}}'],
    ['vertex-ai', 'litellm.RateLimitError: VertexAIException - Resource exhausted'],
    [
      'bedrock',
      'botocore.errorfactory.ThrottlingException: An error occurred (ThrottlingException) when calling the InvokeModel operation',
    ],
    [
      'bedrock',
      'An error occurred (ValidationException) when calling the Converse operation: Malformed input request',
    ],
    ['groq', 'litellm.RateLimitError: GroqException - rate limit'],
    ['deepseek', 'litellm.BadRequestError: DeepseekException - Insufficient Balance'],
    ['mistral', 'litellm.BadRequestError: MistralException - Extra inputs are not permitted'],
    ['azure-openai', 'openai.BadRequestError: ... code: content_filter ... ResponsibleAIPolicyViolation'],
    // Wording only that provider uses.
    [
      'groq',
      'Rate limit reached for model `llama-3.3-70b-versatile` in organization `org_x` service tier `on_demand`',
    ],
    ['deepseek', 'Authentication Fails, Your api key: ****abcd is invalid'],
    [
      'openrouter',
      'Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day',
    ],
    // Claude on Vertex AI: Google's envelope around Anthropic's body.
    [
      'vertex-ai',
      '{"error": {"code": 400, "message": "{\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"invalid_request_error\\"}}"}}',
    ],
    // Gemini Code Assist (the Gemini CLI's sign-in) is not Vertex AI.
    [
      'gemini',
      "Permission 'cloudaicompanion.companions.generateChat' denied on resource '//cloudaicompanion.googleapis.com/projects/p/locations/global'",
    ],
  ])('%s: %s', (expected, text) => {
    expect(provider(text)).toBe(expected);
  });

  it("a provider's name counts in a short query, not in a long paste", () => {
    expect(provider('gemini 429', true)).toBe('gemini');
    expect(provider('claude overloaded', true)).toBe('anthropic');
  });
});

describe('clues that show only a format', () => {
  it('the openai SDK is used for many services: it shows the format, not the provider', () => {
    const reading = readProvider(
      "openai.RateLimitError: Error code: 429 - {'error': {'message': 'x', 'param': None}}",
    );
    expect(reading.provider).toBeUndefined();
    expect(reading.family).toBe('openai');
  });

  it.each([
    ['anthropic', '{"type":"error","error":{"type":"rate_limit_error","message":"x"}}'],
    ['google', '{"error": {"code": 429, "message": "x", "status": "RESOURCE_EXHAUSTED"}}'],
    ['google', 'google.api_core.exceptions.ResourceExhausted: 429 Resource has been exhausted'],
  ])('%s format: %s', (expected, text) => {
    expect(family(text)).toBe(expected);
  });

  it('a code string shared by providers never decides the provider', () => {
    for (const code of [
      'invalid_request_error',
      'rate_limit',
      'permission_denied',
      'not_found',
      'invalid_api_key',
    ])
      expect(provider(`{"error": {"type": "${code}"}}`)).toBeUndefined();
  });
});

describe('combining clues', () => {
  it('a cloud or router wins over the vendor of the model it serves', () => {
    expect(provider('anthropic.RateLimitError ... bedrock-runtime.us-east-1.amazonaws.com')).toBe('bedrock');
    expect(provider('AnthropicVertex: anthropic.RateLimitError: Error code: 429')).toBe('vertex-ai');
    expect(provider('openrouter ... model deepseek/deepseek-chat ... Insufficient credits')).toBe(
      'openrouter',
    );
  });

  it('a host beats a name an app puts in front of the error', () => {
    expect(provider('OpenAI API error: 401 Invalid API Key (https://api.groq.com/openai/v1)')).toBe('groq');
  });

  it('a model name alone establishes nothing', () => {
    expect(provider('model: gpt-4o')).toBeUndefined();
    expect(provider('claude-3-5-sonnet-20241022')).toBeUndefined();
  });

  it('servers the reference has no provider for are named, and are never OpenAI', () => {
    const vllm = readProvider("ValueError: 'max_tokens' or 'max_completion_tokens' is too large: 64000.");
    expect(vllm).toMatchObject({ provider: undefined, service: 'vLLM', family: 'openai' });
    expect(readProvider('ollama: model "llama3" not found, try pulling it first').service).toBe('Ollama');
    expect(readProvider('POST http://localhost:8000/v1/chat/completions 400').service).toBe('a local server');
    expect(readProvider('OpenAI API error 400: {"error":{"type":"upstream_error"}}')).toMatchObject({
      provider: undefined,
      service: 'an API relay',
    });
  });
});

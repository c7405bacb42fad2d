/**
 * Which provider sent a pasted error, read from its shape before any code is matched. A
 * code string is not an identity (`invalid_request_error` is OpenAI's type and Anthropic's
 * code; `rate_limit_exceeded` is OpenAI's and Groq's), and OpenAI-compatible services
 * answer in OpenAI's format, often through OpenAI's own SDK: what names a provider is
 * around the code.
 *
 * Each clue names a provider, or only a family (the error format: `openai.` SDK classes,
 * Anthropic's `{"type": "error"}` envelope, Google's `status`, AWS's "An error occurred
 * (X) when calling the Y operation"), with a weight:
 * - 100: a host or documentation URL (`api.groq.com`, `ai.google.dev`, `openai.azure.com`);
 * - 80: an SDK or wrapper label of that provider (`anthropic.RateLimitError`, LiteLLM's
 *   `GroqException`, `botocore`), wording only that provider uses (Groq's "service tier
 *   `on_demand`", DeepSeek's "Authentication Fails"), or the provider's name in a short
 *   query (`gemini 429`);
 * - 40: a body shape or an SDK shared by a family (`openai.RateLimitError` is the openai
 *   SDK, which Groq and DeepSeek users call too);
 * - 30: a model name (`gpt-4o`, `deepseek-reasoner`): routers and clouds serve them too.
 *
 * A provider is established at 80 or more when no other reaches 80, or when it leads the
 * next by 20 (a host beats a name). Clouds and routers (Azure OpenAI, Bedrock, Vertex AI,
 * OpenRouter) serve other vendors' models, so on a tie they win over the vendor
 * (`anthropic.RateLimitError` with `bedrock` in the paste is Bedrock).
 */
import { providerIds, providers, type ProviderId } from '~/site.config';
import type { Family, ProviderClue, ProviderReading } from './types';

export const ESTABLISHED_WEIGHT = 80;
const MARGIN = 20;

/** Providers that serve other vendors' models: named, they outrank the model's vendor. */
const hosting: ReadonlySet<ProviderId> = new Set(['azure-openai', 'bedrock', 'vertex-ai', 'openrouter']);

export function familyOf(provider: string): Family | undefined {
  return provider in providers ? providers[provider as ProviderId].family : undefined;
}

interface CluePattern {
  provider?: ProviderId;
  family?: Family;
  weight: number;
  /** Tested on the lowercased paste; the first match is the clue's label. */
  pattern: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each provider's hosts from src/site.config.ts: the strongest clue there is. */
const hostPatterns: CluePattern[] = providerIds.map((provider) => ({
  provider,
  weight: 100,
  pattern: new RegExp(providers[provider].hosts.map(escape).join('|')),
}));

const patterns: CluePattern[] = [
  ...hostPatterns,
  // OpenAI
  { provider: 'openai', weight: 100, pattern: /help\.openai\.com|openai-organization\b|\bsk-proj-/ },
  // Azure OpenAI
  {
    provider: 'azure-openai',
    weight: 100,
    pattern:
      /\bazure ?openai\b|azureopenai|azure_openai|azureexception|azureopenaiexception|@ai-sdk\/azure|responsibleaipolicyviolation|deploymentnotfound|\bapi-version=|pricing tier\b.{0,40}\bazure|\bazure\/[\w.-]+/,
  },
  {
    provider: 'azure-openai',
    weight: 80,
    pattern: /\bazure\b|content_filter_result|innererror|\bs0 pricing tier\b/,
  },
  // Anthropic
  {
    provider: 'anthropic',
    weight: 80,
    pattern:
      /\banthropic\.\w*(?:error|exception)\b|@anthropic-ai\/sdk|\bfrom anthropic\b|anthropicexception|\bsk-ant-|\breq_011\w+|\bclaude code\b|claude_code_max_output_tokens/,
  },
  // The envelope, also escaped inside another string (`\"type\":\"error\"`).
  {
    family: 'anthropic',
    weight: 40,
    pattern: /\\*["']type\\*["']\s*:\s*\\*["']error\\*["']\s*,\s*\\*["']error\\*["']/,
  },
  // The SDK's own files in a traceback or stack (`site-packages/anthropic/_base_client.py`).
  {
    family: 'anthropic',
    weight: 40,
    pattern: /[\\/](?:site-packages|node_modules)[\\/](?:anthropic|@anthropic-ai)[\\/]/,
  },
  {
    family: 'anthropic',
    weight: 40,
    pattern:
      /\b(?:overloaded_error|authentication_error|permission_error|not_found_error|billing_error|api_error|request_too_large)\b/,
  },
  // Gemini API (AI Studio keys) and Vertex AI share Google's format and the google-genai SDK.
  {
    provider: 'gemini',
    weight: 80,
    pattern:
      /google\.generativeai|google-generativeai|generative-ai-(?:js|python)|@google\/generative-ai|geminiexception|\bapi_key_invalid\b|\bgemini api\b|\bgemini[- ]cli\b|\bgemini\/gemini-/,
  },
  {
    provider: 'vertex-ai',
    weight: 100,
    pattern:
      /\bvertex(?: ?ai)?\b|vertexaiexception|vertex_ai|aiplatform\.|anthropicvertex|@anthropic-ai\/vertex-sdk|\bclaude-[\w.-]+@\d{8}/,
  },
  // Claude on Vertex AI: Google's error envelope around Anthropic's body.
  {
    provider: 'vertex-ai',
    weight: 100,
    pattern: /["']message["']\s*:\s*["']\{\\*["']type\\*["']\s*:\s*\\*["']error/,
  },
  // A Google Cloud resource name: Vertex AI's, unless a product of its own is named.
  { provider: 'vertex-ai', weight: 80, pattern: /\bprojects\/[^/\s]+\/locations\// },
  // Gemini Code Assist, which the Gemini CLI signs in to: Google's format, not Vertex AI.
  {
    provider: 'gemini',
    weight: 100,
    pattern: /cloudaicompanion|cloudcode-pa\.googleapis|generative language api/,
  },

  // LangChain's integrations name the API they call.
  { provider: 'gemini', weight: 80, pattern: /langchain_google_genai|chatgooglegenerativeai/ },
  { provider: 'vertex-ai', weight: 80, pattern: /langchain_google_vertexai|chatvertexai/ },
  // google.api_core's exception classes, which the older Gemini and Vertex AI SDKs raise.
  {
    family: 'google',
    weight: 40,
    pattern:
      /\b(?:resourceexhausted|deadlineexceeded|invalidargument|permissiondenied|failedprecondition|serviceunavailable|internalservererror): \d{3}\b/,
  },
  {
    family: 'google',
    weight: 40,
    pattern:
      /google\.genai|google\.api_core|@google\/genai|[\\/]google[\\/](?:genai|api_core)[\\/]|googleapis|\b(?:resource_exhausted|invalid_argument|permission_denied|failed_precondition|deadline_exceeded)\b|["']status["']\s*:\s*["'][a-z_]+["']/,
  },
  // Amazon Bedrock: boto3/botocore, the JS SDK, and Bedrock's model ids.
  {
    provider: 'bedrock',
    weight: 100,
    pattern:
      /\bbedrock\b|bedrockexception|botocore|\bboto3\b|@aws-sdk\/|amazonaws\.com|x-amzn-|an error occurred \(\w+\) when calling the \w+ operation|\b(?:us|eu|apac|global)\.anthropic\.claude|\banthropic\.claude-[\w.-]+-v\d/,
  },
  // OpenAI-compatible services.
  {
    provider: 'openrouter',
    weight: 100,
    pattern: /\bopenrouter\b|openrouterexception|free-models-per-(?:day|min)/,
  },
  { provider: 'groq', weight: 100, pattern: /\bgroq\b|groqexception|x-groq-region|\bgsk_/ },
  {
    provider: 'groq',
    weight: 80,
    pattern: /service tier `?on_demand`?|need more tokens\? upgrade to dev tier/,
  },
  // Groq's 401 says "Invalid API Key" in these words; OpenAI's says "Incorrect API key provided".
  { provider: 'groq', weight: 80, pattern: /["']message["']\s*:\s*["']invalid api key["']/ },
  { provider: 'deepseek', weight: 80, pattern: /\bdeepseek\b|deepseekexception|authentication fails/ },
  // DeepSeek spells the tool-message error right ("preceding"); OpenAI writes "preceeding".
  { provider: 'deepseek', weight: 80, pattern: /must be a response to a\s+preceding\s+message/ },
  { provider: 'mistral', weight: 80, pattern: /\bmistral(?:ai)?\b|mistralexception|\bcodestral\b/ },
  { provider: 'xai', weight: 80, pattern: /\bx\.ai\b|xaiexception|\bxai\b|\bgrok\b/ },
  // OpenAI's format: the openai SDK's classes, files and body (the compatible services share them).
  {
    family: 'openai',
    weight: 40,
    pattern:
      /(?:^|[^\w-])openai\.\w*(?:error|exception)\b|[\\/](?:site-packages|node_modules)[\\/]openai[\\/]|openaiexception|\bopenai\.error\b|\bfrom openai\b|["']param["']\s*:|\binsufficient_quota\b|\blangchain_openai\b|llama_index[\\/.](?:llms|embeddings)[\\/.]openai\b/,
  },
  // Not inside a name or path: "chatgpt-plugin" is a project, not the provider.
  { provider: 'openai', weight: 80, pattern: /\bopenai api\b|(?<![\w/.-])chatgpt(?![\w/.-])/ },
  // The name alone ("Failed to get response from OpenAI"): a hint, as a model name is.
  { provider: 'openai', weight: 30, pattern: /(?<![\w/.-])openai(?![\w/.-])/ },
  // Model names: weak, since routers and clouds serve them too.
  {
    provider: 'openai',
    weight: 30,
    pattern: /\b(?:gpt-[\w.-]+|o[134](?:-mini|-pro)?|text-embedding-[\w-]+|dall-e-\d|whisper-1)\b/,
  },
  { provider: 'anthropic', weight: 30, pattern: /\bclaude\b|\bclaude-[\w.-]+/ },
  { provider: 'gemini', weight: 30, pattern: /\bgemini\b|\bgemini-?\d[\w.-]*/ },
  { provider: 'deepseek', weight: 30, pattern: /\bdeepseek-(?:chat|reasoner|coder|r1|v3)[\w.-]*/ },
];

/**
 * OpenAI-compatible servers the reference has no provider for: a paste from one is never an
 * OpenAI error, whatever its shape. The name is what the reader sees.
 */
const otherServices: [name: string, pattern: RegExp, family?: Family][] = [
  // Claude's web app, reached through unofficial proxies: Anthropic's words, not its API.
  ['Claude.ai (the web app)', /\bclaude ai\b|claude\.ai\/(?:api|chat)|\bclove\b/, 'anthropic'],
  // vLLM's own wording for a request over the context: "'max_tokens' or 'max_completion_tokens' is too large".
  ['vLLM', /\bvllm\b|serving_chat\.py|'max_tokens' or 'max_completion_tokens' is too large/],
  ['Alibaba Cloud Model Studio (Qwen)', /dashscope|internalerror\.algo|\bqwen/],
  ['an API relay', /["']type["']\s*:\s*["']upstream_error["']|\bone-api\b|\bnew-api\b/],
  ['Ollama', /\bollama\b|:11434\b/],
  ['LM Studio', /\blm ?studio\b|:1234\/v1/],
  ['llama.cpp', /llama\.cpp|llama-server/],
  ['Text Generation Inference', /text-generation-inference|\btgi\b/],
  ['TensorRT-LLM', /tensorrt-llm|\btrt-?llm\b/],
  ['LocalAI', /\blocalai\b/],
  ['a local server', /\b(?:localhost|127\.0\.0\.1|0\.0\.0\.0):\d{2,5}\b/],
];

/** Provider names that, in a short query, are the reader saying which provider they mean. */
const namedInShortQuery: [ProviderId, RegExp][] = [
  ['openai', /\bopenai\b/],
  ['anthropic', /\banthropic\b|\bclaude\b/],
  ['gemini', /\bgemini\b/],
];

/** What a paste says about who sent it. `short`: a query of a few words, typed rather than pasted. */
export function readProvider(text: string, short = false): ProviderReading {
  const lower = text.toLowerCase();
  const clues: ProviderClue[] = [];
  for (const { provider, family, weight, pattern } of patterns) {
    const found = pattern.exec(lower);
    if (found)
      clues.push({
        provider,
        family: family ?? (provider ? familyOf(provider) : undefined),
        label: found[0],
        weight,
      });
  }
  if (short) {
    for (const [provider, pattern] of namedInShortQuery) {
      const found = pattern.exec(lower);
      if (found)
        clues.push({ provider, family: familyOf(provider), label: found[0], weight: ESTABLISHED_WEIGHT });
    }
  }

  // Each provider's strongest clue, and each family's.
  const byProvider = new Map<ProviderId, number>();
  const byFamily = new Map<Family, number>();
  for (const clue of clues) {
    if (clue.provider)
      byProvider.set(clue.provider, Math.max(byProvider.get(clue.provider) ?? 0, clue.weight));
    if (clue.family) byFamily.set(clue.family, Math.max(byFamily.get(clue.family) ?? 0, clue.weight));
  }
  // Strongest first; on a tie, the cloud or router before the vendor whose model it serves.
  const ranked = [...byProvider].sort(
    (a, b) => b[1] - a[1] || Number(hosting.has(b[0])) - Number(hosting.has(a[0])),
  );
  const [top, second] = ranked;
  // The strongest provider named at all, even by a model name: a hint where nothing else decides.
  const hint = top && top[1] >= 30 ? top[0] : undefined;
  let provider: ProviderId | undefined;
  if (
    top &&
    top[1] >= ESTABLISHED_WEIGHT &&
    (!second ||
      second[1] < ESTABLISHED_WEIGHT ||
      top[1] - second[1] >= MARGIN ||
      (hosting.has(top[0]) && !hosting.has(second[0])))
  )
    provider = top[0];

  // A server the reference does not cover outranks a provider only named (an app's "OpenAI
  // API error" prefix in front of a relay's answer), not one whose host is in the paste.
  const other = otherServices.find(([, pattern]) => pattern.test(lower));
  if (other && provider && (byProvider.get(provider) ?? 0) < 100) provider = undefined;
  const service = provider ? undefined : other?.[0];
  const family = provider
    ? familyOf(provider)
    : other && service
      ? (other[2] ?? 'openai')
      : [...byFamily].sort((a, b) => b[1] - a[1]).find(([, weight]) => weight >= 40)?.[0];
  // Two providers named as strongly as it takes to establish one, and neither won: the
  // paste is one of them, and a message both could send proves neither.
  const contested = provider
    ? undefined
    : ranked.filter(([, weight]) => weight >= ESTABLISHED_WEIGHT).map(([id]) => id);
  return {
    provider,
    family,
    service,
    hint: provider ?? (service ? undefined : hint),
    contested: contested && contested.length >= 2 ? contested : undefined,
    clues,
  };
}

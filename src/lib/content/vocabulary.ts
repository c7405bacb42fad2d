/**
 * The closed vocabularies of an error entry, without zod: the schemas (src/schemas/) turn
 * them into enums, and pure code (the preview card, the JSON API, the search page) reads
 * the same lists, so each is written once.
 */

/** How far an error stops an application. */
export const severities = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof severities)[number];
/** What the fix needs. */
export const levels = ['beginner', 'intermediate', 'advanced'] as const;
export type Level = (typeof levels)[number];
/** Whether sending the same request again can succeed. */
export const retryPolicies = ['no', 'after-backoff', 'yes'] as const;
export type RetryPolicy = (typeof retryPolicies)[number];
/**
 * Where the error comes from: an HTTP error `response` (4xx/5xx, with a status); a
 * `completion` that succeeded (HTTP 200) but stopped for a reason the caller must handle
 * (`finish_reason: SAFETY`, `stop_reason: max_tokens`); or the `client` SDK itself, with no
 * error response at all (connection refused, timeout, a stream cut off).
 */
export const errorOrigins = ['response', 'completion', 'client'] as const;
export type ErrorOrigin = (typeof errorOrigins)[number];

/**
 * Where a message was printed. `http` is the raw response body (or stream event); the
 * others are the official SDKs, which wrap the body in their own exception text, the
 * wrappers that relabel it (LiteLLM, LangChain, LlamaIndex, the Vercel AI SDK), and `cli`
 * for what a command-line assistant prints (Claude Code, Gemini CLI, Codex).
 */
export const messageSources = [
  'http',
  'openai-python',
  'openai-python-v0',
  'openai-node',
  'anthropic-python',
  'anthropic-typescript',
  'google-genai-python',
  'google-genai-js',
  'boto3',
  'aws-sdk-js',
  'groq-python',
  'groq-node',
  'mistralai-python',
  'mistralai-js',
  'litellm',
  'langchain-python',
  'langchain-js',
  'llamaindex',
  'vercel-ai-sdk',
  'cli',
] as const;
export type MessageSource = (typeof messageSources)[number];


import { z } from 'astro/zod';
import {
  oneOf,
  text,
  aliasSchema,
  articleIdSchema,
  dateSchema,
  errorKeySchema,
  localeSchema,
  providerSchema,
  tagSchema,
} from './shared';

export const severities = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof severities)[number];
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

/** The error as one SDK (or the raw HTTP response) shows it. */
export const errorMessageSchema = z.strictObject({
  /** Who printed it: `http` for the response body, else the SDK. */
  source: oneOf(messageSources).describe('Who printed the message: "http" or an SDK id.'),
  /** SDK versions that print it this way, as a semver range. */
  versions: z.string().min(1).optional().describe('SDK versions, e.g. ">=1.0.0".'),
  /** The exception class raised, fully qualified as the traceback shows it. */
  exception: z.string().min(1).optional().describe('Exception class, e.g. "openai.RateLimitError".'),
  /** The text exactly as printed; variable parts may differ in real output. */
  text: text('the message as printed').min(1).describe('The message as printed.'),
});

/** An SDK and the versions an entry was written for. */
export const applicabilitySchema = z.strictObject({
  /** Package or runtime name, e.g. `openai` (Python) or `Python`. */
  name: z.string().min(1).describe('Package or runtime, e.g. "openai (Python)".'),
  /** Version range the entry applies to. */
  versions: z.string().min(1).describe('Version range, e.g. ">=1.0.0".'),
});

/** Frontmatter of an error entry: `content/errors/<provider>/<code>.<lang>.mdx`. */
export const errorEntrySchema = z
  .strictObject({
    /** The provider that returns the error; must match the folder. */
    provider: providerSchema.describe('Provider id: must match the folder name.'),
    /** The code as the API writes it (`insufficient_quota`, `RESOURCE_EXHAUSTED`). */
    code: text('the error code as the API writes it')
      .regex(/^[A-Za-z0-9_.-]+$/, 'expected the code as the API writes it, e.g. "insufficient_quota"')
      .describe('The error code as the API writes it.'),
    /** Language of the text; must match the file name's language suffix. */
    lang: localeSchema.describe('Language of the text: "en" or "ja".'),
    /** The page's headline: the code and what it means, in a few words. */
    title: text('a title').min(1).describe('Headline shown on the page and in search.'),
    /** One sentence: what the error means. Shown in lists, search and previews. */
    summary: text('a one-sentence summary of 20-320 characters')
      .min(20, 'expected at least 20 characters')
      .max(320, 'expected at most 320 characters')
      .describe('One-sentence meaning, 20-320 characters.'),
    /** Where the error comes from; `response` unless the entry says otherwise. */
    origin: oneOf(errorOrigins).default('response').describe('response | completion | client.'),
    /** The HTTP status of the error response; only errors with `origin: response` have one. */
    httpStatus: z
      .number({
        error: (issue) =>
          issue.code === 'invalid_type' ? 'expected the HTTP status as a number, e.g. 429' : undefined,
      })
      .int()
      .min(400, 'expected an HTTP error status between 400 and 599')
      .max(599, 'expected an HTTP error status between 400 and 599')
      .optional()
      .describe('HTTP status of the error response, e.g. 429.'),
    /**
     * The `type` (OpenAI, Anthropic), `status` (Google) or exception name (AWS) of the error
     * body; for a `completion`, the finish or stop reason; for a `client` error, the class.
     */
    errorType: text('the error body\'s "type" or "status" value')
      .min(1)
      .describe('The error body\'s "type" or "status" field.'),
    /** How badly it stops an application. */
    severity: oneOf(severities).describe('low | medium | high | critical.'),
    /** How much experience the fix needs. */
    level: oneOf(levels).describe('beginner | intermediate | advanced.'),
    /** Usual time to fix, in minutes. */
    fixTime: z
      .strictObject({
        min: z.number().int().positive().describe('Fastest usual fix, minutes.'),
        max: z.number().int().positive().describe('Slowest usual fix, minutes.'),
      })
      .refine((t) => t.min <= t.max, { error: 'expected min <= max', path: ['max'] })
      .describe('Usual time to fix, in minutes.'),
    /** Whether retrying the same request can succeed. */
    retry: oneOf(retryPolicies).describe('no | after-backoff | yes.'),
    /** The error as each SDK and the raw response show it; search matches on these. */
    messages: z.array(errorMessageSchema).min(1).describe('The error as each SDK prints it.'),
    /** SDKs and versions the entry was written and checked for. */
    appliesTo: z.array(applicabilitySchema).min(1).describe('SDKs and versions covered.'),
    /** When and against what the facts were last checked. */
    verified: z
      .strictObject({
        /** The day the facts were last checked. */
        date: dateSchema.describe('Day the facts were last checked.'),
        /** The primary source they were checked against. */
        source: z.url({ error: 'expected an absolute https URL' }).describe('Primary source URL.'),
      })
      .describe('Last check of the facts, with its source.'),
    /** Further primary sources: documentation pages, SDK source, public issue threads. */
    sources: z
      .array(
        z.strictObject({
          /** What the source is, e.g. "openai-python: _client.py". */
          title: text('a title for the source').min(1),
          /** Where it is. */
          url: z.url({ error: 'expected an absolute https URL' }),
        }),
      )
      .default([])
      .describe('Further sources, each with a title and URL.'),
    /** Topic tags, from the list in src/site.config.ts. */
    tags: z.array(tagSchema).default([]).describe('Tags from src/site.config.ts.'),
    /** Other entries (by key) and articles (by id) worth reading next. */
    related: z
      .strictObject({
        errors: z.array(errorKeySchema).default([]).describe('Keys of related entries.'),
        articles: z.array(articleIdSchema).default([]).describe('Ids of related articles.'),
      })
      .default({ errors: [], articles: [] })
      .describe('Related entries and articles.'),
    /** Old URLs of this entry; each redirects here. Must not be any other page or alias. */
    aliases: z.array(aliasSchema).default([]).describe('Old root-relative URLs that redirect here.'),
  })
  // An error response always has a status; a completion (HTTP 200) or a client-side error
  // has none, and writing one would put the entry on a status page it does not belong to.
  // It runs even when other fields failed (`when`), so one build reports every problem.
  .superRefine(
    (entry, ctx) => {
      if (typeof entry !== 'object' || entry === null || !errorOrigins.includes(entry.origin)) return;
      if (entry.origin === 'response' && entry.httpStatus === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['httpStatus'],
          message:
            'required: expected the HTTP status as a number, e.g. 429 (or set origin: completion | client)',
        });
      if (entry.origin !== 'response' && entry.httpStatus !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['httpStatus'],
          message: `expected no HTTP status for origin "${entry.origin}" (only error responses have one), got ${entry.httpStatus}`,
        });
    },
    { when: () => true },
  );

export type ErrorEntryData = z.infer<typeof errorEntrySchema>;

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
import { errorOrigins, levels, messageSources, retryPolicies, severities } from '~/lib/content/vocabulary';

/** The error as one SDK (or the raw HTTP response) shows it. */
export const errorMessageSchema = z.strictObject({
  /** Who printed it: `http` for the response body, else the SDK. */
  source: oneOf(messageSources),
  /** SDK versions that print it this way, as a semver range. */
  versions: z.string().min(1).optional(),
  /** The exception class raised, fully qualified as the traceback shows it. */
  exception: z.string().min(1).optional(),
  /** The text exactly as printed; variable parts may differ in real output. */
  text: text('the message as printed').min(1),
});

/** An SDK and the versions an entry was written for. */
export const applicabilitySchema = z.strictObject({
  /** Package or runtime name, e.g. `openai` (Python) or `Python`. */
  name: z.string().min(1),
  /** Version range the entry applies to. */
  versions: z.string().min(1),
});

/** Frontmatter of an error entry: `content/errors/<provider>/<code>.<lang>.mdx`. */
export const errorEntrySchema = z
  .strictObject({
    /** The provider that returns the error; must match the folder. */
    provider: providerSchema,
    /** The code as the API writes it (`insufficient_quota`, `RESOURCE_EXHAUSTED`). */
    code: text('the error code as the API writes it').regex(
      /^[A-Za-z0-9_.-]+$/,
      'expected the code as the API writes it, e.g. "insufficient_quota"',
    ),
    /** Language of the text; must match the file name's language suffix. */
    lang: localeSchema,
    /** The page's headline: the code and what it means, in a few words. */
    title: text('a title').min(1),
    /** One sentence: what the error means. Shown in lists, search and previews. */
    summary: text('a one-sentence summary of 20-320 characters')
      .min(20, 'expected at least 20 characters')
      .max(320, 'expected at most 320 characters'),
    /** Where the error comes from; `response` unless the entry says otherwise. */
    origin: oneOf(errorOrigins).default('response'),
    /** The HTTP status of the error response; only errors with `origin: response` have one. */
    httpStatus: z
      .number({
        error: (issue) =>
          issue.code === 'invalid_type' ? 'expected the HTTP status as a number, e.g. 429' : undefined,
      })
      .int()
      .min(400, 'expected an HTTP error status between 400 and 599')
      .max(599, 'expected an HTTP error status between 400 and 599')
      .optional(),
    /**
     * The `type` (OpenAI, Anthropic), `status` (Google) or exception name (AWS) of the error
     * body; for a `completion`, the finish or stop reason; for a `client` error, the class.
     */
    errorType: text('the error body\'s "type" or "status" value').min(1),
    /** How far it stops an application, and who must act (the rule: CONTRIBUTING.md). */
    severity: oneOf(severities),
    /** What the fix needs: a setting, a code change, or infrastructure (CONTRIBUTING.md). */
    level: oneOf(levels),
    /** Usual time to fix, in minutes. */
    fixTime: z
      .strictObject({
        /** The quick fix when the cause is known. */
        min: z.number().int().positive(),
        /** The usual worst case, finding the cause included. */
        max: z.number().int().positive(),
      })
      .refine((t) => t.min <= t.max, { error: 'expected min <= max', path: ['max'] }),
    /** Whether retrying the same request can succeed. */
    retry: oneOf(retryPolicies),
    /**
     * How often the error is met, 1 (rare) to 5 (among the most pasted): where one text
     * belongs to several entries (Gemini reuses OpenAI's quota sentence), search lists the
     * more common first, and the home page lists the most common.
     */
    prevalence: z
      .number({ error: 'expected how common the error is, from 1 (rare) to 5 (among the most pasted)' })
      .int('expected a whole number from 1 to 5')
      .min(1, 'expected a whole number from 1 to 5')
      .max(5, 'expected a whole number from 1 to 5')
      .default(3),
    /** The error as each SDK and the raw response show it; search matches on these. */
    messages: z.array(errorMessageSchema).min(1),
    /** SDKs and versions the entry was written and checked for. */
    appliesTo: z.array(applicabilitySchema).min(1),
    /** When and against what the facts were last checked. */
    verified: z.strictObject({
      /** The day the facts were last checked. */
      date: dateSchema,
      /** The primary source they were checked against. */
      source: z.url({ error: 'expected an absolute https URL' }),
    }),
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
      .default([]),
    /** Topic tags, from the list in src/site.config.ts. */
    tags: z.array(tagSchema).default([]),
    /** Other entries (by key) and articles (by id) worth reading next. */
    related: z
      .strictObject({
        errors: z.array(errorKeySchema).default([]),
        articles: z.array(articleIdSchema).default([]),
      })
      .default({ errors: [], articles: [] }),
    /** Old URLs of this entry; each redirects here. Must not be any other page or alias. */
    aliases: z.array(aliasSchema).default([]),
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

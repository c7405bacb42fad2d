/**
 * The static JSON API for tools and bots: one record per error (both languages merged),
 * served all together at /api/errors.json and one per file at /api/errors/<provider>/<code>.json.
 * Both endpoints call `buildErrorRecords`, so the two can never disagree, and
 * `errorApiJsonSchema` describes exactly what it returns. /api/status.json lists the HTTP
 * statuses with their entries' keys (`statusIndex`, built from the same records), described
 * by the same schema's `#/$defs/statusIndex`.
 *
 * Stability: within `version` 1 fields are only ever added, never renamed, removed or
 * retyped. A breaking change would bump `version` and move to new URLs.
 */
import { isoDay } from '~/lib/dates';

export const errorApiVersion = 1;

export interface ErrorRecordMessage {
  source: string;
  text: string;
  versions?: string;
  exception?: string;
}

/** The page of one language: what a tool shows and where it links. */
export interface ErrorRecordPage {
  title: string;
  summary: string;
  /** Absolute URL of the entry's page in this language. */
  url: string;
  /** Day the facts in this language were last verified, `YYYY-MM-DD`. */
  updated: string;
}

export interface ErrorRecord {
  version: typeof errorApiVersion;
  /** `<provider>/<code>` with the code lowercased, e.g. `gemini/resource_exhausted`. */
  key: string;
  provider: string;
  providerName: string;
  /** The code as the API writes it, e.g. `RESOURCE_EXHAUSTED`. */
  code: string;
  /** `response`: an HTTP error response; `completion`: a 200 that stopped short; `client`: raised by the SDK. */
  origin: string;
  /** The error response's status; null when there is no error response (`origin` is not `response`). */
  httpStatus: number | null;
  /** The error body's `type` (OpenAI, Anthropic) or `status` (Gemini). */
  errorType: string;
  severity: string;
  level: string;
  retry: string;
  /** How often the error is met: 1 (rare) to 5 (among the most pasted). */
  prevalence: number;
  fixTimeMinutes: { min: number; max: number };
  /** The error as the raw response and each SDK print it. */
  messages: ErrorRecordMessage[];
  /** One page per language the entry is written in, keyed by language code. */
  pages: Record<string, ErrorRecordPage>;
  /** The latest `updated` of the pages, `YYYY-MM-DD`. */
  updated: string;
  /** The primary source the facts were checked against. */
  source: string;
  /** Absolute URL of this record's own file. */
  api: string;
}

/** The whole API in one file. */
export interface ErrorIndex {
  $schema: string;
  version: typeof errorApiVersion;
  count: number;
  errors: ErrorRecord[];
}

/** One entry file in one language, as the content layer gives it. */
export interface ErrorRecordSource {
  key: string;
  lang: string;
  /** For build errors: the file an inconsistency is in. */
  filePath: string;
  /** Absolute URL of the page. */
  url: string;
  data: {
    provider: string;
    code: string;
    title: string;
    summary: string;
    origin: string;
    httpStatus?: number | undefined;
    errorType: string;
    severity: string;
    level: string;
    retry: string;
    prevalence: number;
    fixTime: { min: number; max: number };
    messages: readonly {
      source: string;
      text: string;
      versions?: string | undefined;
      exception?: string | undefined;
    }[];
    verified: { date: Date; source: string };
  };
}

export interface ErrorRecordOptions {
  /** The language whose file supplies the shared facts when twins are compared. */
  defaultLocale: string;
  providerName: (provider: string) => string;
  /** Absolute URL of an entry's API file. */
  apiUrl: (provider: string, code: string) => string;
}

/** Facts that do not depend on the language: both files of an entry must agree on them. */
const sharedFields = [
  'code',
  'origin',
  'httpStatus',
  'errorType',
  'severity',
  'level',
  'retry',
  'prevalence',
  'fixTime',
] as const;

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function messageRecord(m: ErrorRecordSource['data']['messages'][number]): ErrorRecordMessage {
  return {
    source: m.source,
    ...(m.versions ? { versions: m.versions } : {}),
    ...(m.exception ? { exception: m.exception } : {}),
    text: m.text,
  };
}

/**
 * One record per entry key, sorted by key. Throws, naming the file and field, when the
 * language versions of an entry disagree on a language-independent fact: the API can
 * state only one value.
 */
export function buildErrorRecords(
  sources: readonly ErrorRecordSource[],
  options: ErrorRecordOptions,
): ErrorRecord[] {
  const byKey = new Map<string, ErrorRecordSource[]>();
  for (const source of sources) byKey.set(source.key, [...(byKey.get(source.key) ?? []), source]);

  return [...byKey.keys()].sort().map((key) => {
    const versions = byKey
      .get(key)!
      .slice()
      .sort(
        (a, b) =>
          Number(b.lang === options.defaultLocale) - Number(a.lang === options.defaultLocale) ||
          a.lang.localeCompare(b.lang),
      );
    const main = versions[0]!;
    for (const other of versions.slice(1)) {
      for (const field of sharedFields) {
        if (!sameValue(other.data[field], main.data[field])) {
          throw new Error(
            `${other.filePath}\n    field "${field}": expected the same value as ${main.filePath} ` +
              `(${JSON.stringify(main.data[field])}), got ${JSON.stringify(other.data[field])}`,
          );
        }
      }
    }
    // Messages of every language, each once, the main language's first.
    const messages: ErrorRecordMessage[] = [];
    for (const message of versions.flatMap((v) => v.data.messages.map(messageRecord))) {
      if (!messages.some((m) => sameValue(m, message))) messages.push(message);
    }
    const pages: Record<string, ErrorRecordPage> = {};
    for (const v of [...versions].sort((a, b) => a.lang.localeCompare(b.lang))) {
      pages[v.lang] = {
        title: v.data.title,
        summary: v.data.summary,
        url: v.url,
        updated: isoDay(v.data.verified.date),
      };
    }
    const latest = versions.reduce((a, b) => (b.data.verified.date > a.data.verified.date ? b : a));
    const { data } = main;
    return {
      version: errorApiVersion,
      key,
      provider: data.provider,
      providerName: options.providerName(data.provider),
      code: data.code,
      origin: data.origin,
      httpStatus: data.httpStatus ?? null,
      errorType: data.errorType,
      severity: data.severity,
      level: data.level,
      retry: data.retry,
      prevalence: data.prevalence,
      fixTimeMinutes: { min: data.fixTime.min, max: data.fixTime.max },
      messages,
      pages,
      updated: isoDay(latest.data.verified.date),
      source: latest.data.verified.source,
      api: options.apiUrl(data.provider, data.code),
    };
  });
}

export function errorIndex(records: readonly ErrorRecord[], schemaUrl: string): ErrorIndex {
  return { $schema: schemaUrl, version: errorApiVersion, count: records.length, errors: [...records] };
}

/** The page of one HTTP status in one language. */
export interface StatusRecordPage {
  /** `HTTP 429 Too Many Requests`. */
  title: string;
  /** What the status means in general, before any provider's reading of it. */
  summary: string;
  /** Absolute URL of the status page in this language. */
  url: string;
}

/** One HTTP status and every entry that answers with it. */
export interface StatusRecord {
  status: number;
  /** The reason phrase: `Too Many Requests`. */
  reason: string;
  count: number;
  /** Keys of the entries with this status, sorted, as in /api/errors.json. */
  errors: string[];
  /** One page per language that has entries with the status, keyed by language code. */
  pages: Record<string, StatusRecordPage>;
}

/** /api/status.json. */
export interface StatusIndex {
  $schema: string;
  version: typeof errorApiVersion;
  count: number;
  statuses: StatusRecord[];
}

export interface StatusIndexOptions {
  /** Where `$schema` points: the error schema's `#/$defs/statusIndex`. */
  schemaUrl: string;
  reason: (status: number) => string;
  page: (lang: string, status: number) => StatusRecordPage;
}

/**
 * The statuses of the records (those with one: errors that are not an HTTP response have
 * none), ascending, each with the keys of its entries and its page in every language one of
 * those entries is written in.
 */
export function statusIndex(records: readonly ErrorRecord[], options: StatusIndexOptions): StatusIndex {
  const byStatus = new Map<number, ErrorRecord[]>();
  for (const record of records) {
    if (record.httpStatus === null) continue;
    byStatus.set(record.httpStatus, [...(byStatus.get(record.httpStatus) ?? []), record]);
  }
  const statuses = [...byStatus.keys()]
    .sort((a, b) => a - b)
    .map((status): StatusRecord => {
      const withStatus = byStatus.get(status)!;
      const langs = [...new Set(withStatus.flatMap((r) => Object.keys(r.pages)))].sort();
      return {
        status,
        reason: options.reason(status),
        count: withStatus.length,
        errors: withStatus.map((r) => r.key).sort(),
        pages: Object.fromEntries(langs.map((lang) => [lang, options.page(lang, status)])),
      };
    });
  return { $schema: options.schemaUrl, version: errorApiVersion, count: statuses.length, statuses };
}

export interface ErrorApiVocabulary {
  providers: readonly string[];
  locales: readonly string[];
  severities: readonly string[];
  levels: readonly string[];
  retryPolicies: readonly string[];
  messageSources: readonly string[];
  origins: readonly string[];
}

/**
 * JSON Schema (draft 2020-12) of /api/errors.json; a per-entry file is `#/$defs/error`.
 * The allowed values come from the content schemas, so the two cannot drift.
 */
export function errorApiJsonSchema(
  schemaUrl: string,
  vocabulary: ErrorApiVocabulary,
): Record<string, unknown> {
  const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
  const absoluteUrl = { type: 'string', format: 'uri', pattern: '^https?://' };
  const text = { type: 'string', minLength: 1 };
  const page = {
    type: 'object',
    additionalProperties: false,
    required: ['title', 'summary', 'url', 'updated'],
    properties: { title: text, summary: text, url: absoluteUrl, updated: day },
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title: 'AI Error Guide: error index',
    description:
      'Every error entry of the site. Each file under /api/errors/<provider>/<code>.json is one #/$defs/error; /api/status.json is one #/$defs/statusIndex.',
    type: 'object',
    additionalProperties: false,
    required: ['$schema', 'version', 'count', 'errors'],
    properties: {
      $schema: { type: 'string', format: 'uri' },
      version: { const: errorApiVersion },
      count: { type: 'integer', minimum: 0 },
      errors: { type: 'array', items: { $ref: '#/$defs/error' } },
    },
    $defs: {
      error: {
        type: 'object',
        additionalProperties: false,
        required: [
          'version',
          'key',
          'provider',
          'providerName',
          'code',
          'origin',
          'httpStatus',
          'errorType',
          'severity',
          'level',
          'retry',
          'prevalence',
          'fixTimeMinutes',
          'messages',
          'pages',
          'updated',
          'source',
          'api',
        ],
        properties: {
          version: { const: errorApiVersion, description: 'Version of this format.' },
          key: {
            type: 'string',
            pattern: '^[a-z][a-z0-9-]*/[a-z0-9_.-]+$',
            description: '<provider>/<code>, code lowercased.',
          },
          provider: { enum: [...vocabulary.providers] },
          providerName: text,
          code: { ...text, description: 'The code as the API writes it.' },
          origin: {
            enum: [...vocabulary.origins],
            description:
              'response: an HTTP error response; completion: HTTP 200 that stopped for a reason the caller must handle; client: raised by the SDK with no error response.',
          },
          httpStatus: {
            type: ['integer', 'null'],
            minimum: 400,
            maximum: 599,
            description: 'The error response\'s status; null unless origin is "response".',
          },
          errorType: {
            ...text,
            description: 'The error body\'s "type" (OpenAI, Anthropic) or "status" (Gemini).',
          },
          severity: { enum: [...vocabulary.severities] },
          level: { enum: [...vocabulary.levels] },
          retry: {
            enum: [...vocabulary.retryPolicies],
            description: 'Whether sending the request again can succeed.',
          },
          prevalence: {
            type: 'integer',
            minimum: 1,
            maximum: 5,
            description: 'How often the error is met: 1 (rare) to 5 (among the most pasted).',
          },
          fixTimeMinutes: {
            type: 'object',
            additionalProperties: false,
            required: ['min', 'max'],
            properties: { min: { type: 'integer', minimum: 1 }, max: { type: 'integer', minimum: 1 } },
          },
          messages: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['source', 'text'],
              properties: {
                source: { enum: [...vocabulary.messageSources] },
                versions: text,
                exception: text,
                text,
              },
            },
          },
          pages: {
            type: 'object',
            minProperties: 1,
            additionalProperties: false,
            properties: Object.fromEntries(vocabulary.locales.map((lang) => [lang, page])),
          },
          updated: day,
          source: absoluteUrl,
          api: absoluteUrl,
        },
      },
      statusIndex: {
        type: 'object',
        description: '/api/status.json: every HTTP status the entries answer with, ascending.',
        additionalProperties: false,
        required: ['$schema', 'version', 'count', 'statuses'],
        properties: {
          $schema: { type: 'string', format: 'uri' },
          version: { const: errorApiVersion },
          count: { type: 'integer', minimum: 0 },
          statuses: { type: 'array', items: { $ref: '#/$defs/status' } },
        },
      },
      status: {
        type: 'object',
        additionalProperties: false,
        required: ['status', 'reason', 'count', 'errors', 'pages'],
        properties: {
          status: { type: 'integer', minimum: 400, maximum: 599 },
          reason: { ...text, description: 'The reason phrase, e.g. "Too Many Requests".' },
          count: { type: 'integer', minimum: 1 },
          errors: {
            type: 'array',
            minItems: 1,
            items: { type: 'string', pattern: '^[a-z][a-z0-9-]*/[a-z0-9_.-]+$' },
            description: 'Keys of the entries with this status, as #/$defs/error key.',
          },
          pages: {
            type: 'object',
            minProperties: 1,
            additionalProperties: false,
            properties: Object.fromEntries(
              vocabulary.locales.map((lang) => [
                lang,
                {
                  type: 'object',
                  additionalProperties: false,
                  required: ['title', 'summary', 'url'],
                  properties: { title: text, summary: text, url: absoluteUrl },
                },
              ]),
            ),
          },
        },
      },
    },
  };
}

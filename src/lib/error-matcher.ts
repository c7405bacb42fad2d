/**
 * Error matcher: recognises which error entry (or entries) a pasted error is about — a
 * bare code, a message, a whole traceback, an SDK's one-line error or a raw JSON body —
 * so that search can show it first as the exact match. Full-text search ranks such
 * pastes badly: a traceback is mostly noise, and the useful part (a code, one sentence)
 * is drowned in it.
 *
 * Runs in the browser: no Node APIs, no dependencies. The index is built at build time
 * from the entries' frontmatter (`buildMatcherIndex`) and shipped as JSON; a query costs
 * a few regular-expression passes over the paste plus set look-ups per entry.
 *
 * ## Signals and weights
 *
 * An entry is scored only when it has a *primary* signal, one that can identify an
 * error on its own; *supporting* signals are then added to separate close candidates.
 *
 * Primary:
 * - CODE_WEIGHT (60): the entry's code appears as a whole token (`insufficient_quota`,
 *   `RESOURCE_EXHAUSTED`, in any case). Codes are identifiers made to be matched, so they
 *   are the strongest single signal. Prefixes (`insufficient`) and lookalikes
 *   (`quota_exceeded`) are different tokens and never match. Plain-word codes that are
 *   also English words (`INTERNAL`) match only in capitals or as a field value. So does
 *   a completion's stop or finish reason (an entry without an HTTP status whose type is
 *   its code, such as Anthropic's `max_tokens`): as a bare token it is far more often the
 *   request parameter of the same name, so it counts only as a `stop_reason` /
 *   `finish_reason` / `block_reason` value.
 * - CODE_GENERIC_WEIGHT (40): the code is also the `type` of another provider's entry
 *   (`invalid_request_error` is Anthropic's code and the type of many OpenAI errors), so
 *   its presence says less; a full message match beats it. A provider's own sub-entries
 *   (Gemini's `api_key_leaked`, whose status is PERMISSION_DENIED) do not weaken its code.
 * - MESSAGE_WEIGHT (70) x coverage: the share of an entry message's word 3-grams
 *   (shingles) found in the paste, after variable parts (numbers, durations, ids, keys,
 *   model names, URLs) are replaced by one placeholder on both sides. Counted only from
 *   MIN_COVERAGE (0.6): a paste holding the whole sentence matches, a few shared common
 *   words do not. A message is the error's most specific text, so a full match weighs a
 *   little more than a code. Help sentences that point elsewhere ("For more information
 *   ...", "Please try again in 644ms", "Visit ... to learn more") are left out of the
 *   template, so a paste with or without them scores the same; and any single sentence
 *   of at least MIN_SENTENCE_TOKENS words found whole counts as full coverage (people
 *   paste the first sentence of a long message).
 * - CODE_TYPO_WEIGHT (45): in a short query only, a token one edit away from a code of
 *   at least 8 characters, or two edits from one of at least 14 (`insuficient_quota`,
 *   `RESOURCE_EXHAUSTD`). People type codes from memory; a long paste is copied, so
 *   its near-misses are other identifiers and are not trusted.
 * - STATUS_UNIQUE_WEIGHT (40): a short query (at most SHORT_QUERY_WORDS words, such as
 *   `529` or `error 529`) states an HTTP status that exactly one entry has. A status
 *   several entries share (`429`) is not an identification: a bare `429` returns [] and
 *   full-text search lists those entries. In a longer paste whose code and message
 *   matched nothing, the status alone is not trusted either: the paste is probably an
 *   error the knowledge base does not have, with the same status.
 *
 * Supporting:
 * - STATUS_WEIGHT (10), EXCEPTION_WEIGHT (10): the status (`Error code: 429`,
 *   `"code": 429`, `RateLimitError: 429`) or exception class (`openai.RateLimitError`)
 *   agrees with the entry. Many siblings share them (every OpenAI 429 is a
 *   RateLimitError), and a class unique in this knowledge base is not unique among all
 *   errors, so they only break near-ties.
 * - TYPE_WEIGHT (15): a `type`/`status` field of the body equals the entry's errorType
 *   (when that differs from its code: the code itself is already counted).
 * - PROVIDER_CLUE_WEIGHT (20): the paste names the entry's provider (`openai.` module
 *   prefix, `platform.openai.com`, `google.genai`, `ai.google.dev`, `RESOURCE_EXHAUSTED`,
 *   `anthropic.`, the `"type": "error"` envelope, or an unambiguous code of that
 *   provider). Gemini's quota message reuses OpenAI's sentence word for word; only the
 *   surrounding text tells them apart.
 * - PROVIDER_MISMATCH_FACTOR (0.5): the paste names providers and not this entry's: its
 *   primary score is halved and no supporting signal is added. A message match alone
 *   (at most 70) then falls below MIN_SCORE, so an OpenAI paste does not also list
 *   Gemini's entry for the shared sentence; a code plus a message still survives a
 *   spurious clue. With no clue at all, both entries are returned with equal scores,
 *   ordered by key.
 *
 * Results scoring at least MIN_SCORE are returned, best first; ties are ordered by key,
 * so the output is deterministic. Scores are rounded to two decimals.
 */

// ---------------------------------------------------------------------------
// Public types

/** One message of an entry, as in the frontmatter's `messages`. */
export interface MatcherMessage {
  source: string;
  exception?: string;
  text: string;
}

/** What the build passes in for each entry (from its frontmatter). */
export interface MatcherEntry {
  /** `provider/code`, code lowercased: `openai/insufficient_quota`. */
  key: string;
  provider: string;
  /** As written: `insufficient_quota`, `RESOURCE_EXHAUSTED`. */
  code: string;
  /** Absent for errors that are not an HTTP error response (client-side, a 200 that stopped short). */
  httpStatus?: number | undefined;
  /** The body's `type` (OpenAI, Anthropic) or `status` (Gemini). */
  errorType: string;
  messages: MatcherMessage[];
}

export interface ErrorMatch {
  key: string;
  score: number;
  /** Signals that contributed, e.g. `["code", "message", "provider-clue:gemini"]`. */
  reasons: string[];
}

/** How an entry's code may be recognised in a paste. */
export type CodeMatchMode =
  /** As a whole token in any case (codes with `_`, `.`, `-` or digits). */
  | 'token'
  /** Only as written in capitals, or as a field value (`INTERNAL`, `UNAVAILABLE`). */
  | 'upper'
  /** Only as a field value: `type`/`code`/`status` (a plain lowercase word), or a stop or finish reason. */
  | 'field';

/** One message of an entry, reduced to what matching needs. */
export interface IndexedTemplate {
  /** The template's tokens joined by spaces (short templates must equal the query). */
  text: string;
  tokenCount: number;
  /** Shingles of each sentence of the template. */
  sentences: { tokenCount: number; shingles: string[] }[];
}

export interface IndexedEntry {
  key: string;
  provider: string;
  /** Lowercased. */
  code: string;
  codeMatch: CodeMatchMode;
  /** The code is also the `type` of another entry. */
  genericCode: boolean;
  httpStatus: number | null;
  /** No other entry has this status. */
  uniqueStatus: boolean;
  /** Lowercased. */
  errorType: string;
  /** Exception classes, lowercased, both qualified (`openai.ratelimiterror`) and short. */
  exceptions: string[];
  templates: IndexedTemplate[];
}

/** The precomputed index: plain JSON data. */
export interface MatcherIndex {
  version: 1;
  entries: IndexedEntry[];
}

/** Structured hints read from a paste. */
export interface QueryClues {
  /** Whole tokens, lowercased, for code look-up. */
  codeTokens: Set<string>;
  /** Whole tokens as written, for capitalised plain-word codes. */
  rawTokens: Set<string>;
  /** Values of `type`/`code`/`status` fields, lowercased. */
  fieldValues: Set<string>;
  /** HTTP statuses. */
  statuses: Set<number>;
  /** Exception class names, lowercased. */
  exceptions: string[];
  /** Providers named by the text itself (code-derived clues are added when scoring). */
  providers: Set<string>;
  /** At most SHORT_QUERY_WORDS words: read as a list of clues (`429 insufficient_quota`). */
  short: boolean;
}

// ---------------------------------------------------------------------------
// Thresholds and weights

/** Results below this score are not returned. */
export const MIN_SCORE = 40;
/** Share of a template's shingles a paste must contain to count as a message match. */
export const MIN_COVERAGE = 0.6;
/** Words per shingle. */
export const SHINGLE_SIZE = 3;
/** A single sentence found whole counts as a full match only from this many words. */
export const MIN_SENTENCE_TOKENS = 5;
/** Templates shorter than this (`Overloaded`) match only a query that equals them. */
export const MIN_TEMPLATE_TOKENS = 4;
/** A query of at most this many words is a list of clues: a bare 3-digit number is a status. */
export const SHORT_QUERY_WORDS = 4;
/** Longer pastes are cut to their last this-many characters (errors end tracebacks). */
export const MAX_QUERY_CHARS = 100_000;

export const CODE_WEIGHT = 60;
export const CODE_GENERIC_WEIGHT = 40;
export const CODE_TYPO_WEIGHT = 45;
export const MESSAGE_WEIGHT = 70;
export const STATUS_UNIQUE_WEIGHT = 40;
export const STATUS_WEIGHT = 10;
export const EXCEPTION_WEIGHT = 10;
export const TYPE_WEIGHT = 15;
export const PROVIDER_CLUE_WEIGHT = 20;
export const PROVIDER_MISMATCH_FACTOR = 0.5;

// ---------------------------------------------------------------------------
// Normalisation

/** The placeholder that replaces every variable part. */
const VAR = '#';

/**
 * Variable parts, replaced by the placeholder in templates and queries alike. Applied in
 * order on lowercased text. Matches stop before a sentence's final punctuation so that
 * sentences can still be split afterwards.
 */
const VARIABLE_PARTS: RegExp[] = [
  // URLs, and bare host paths such as generativelanguage.googleapis.com/...
  /\b(?:https?|wss?):\/\/[^\s'"`<>]*[^\s'"`<>.,;:)\]}]/g,
  /\b(?:[a-z0-9-]+\.)+(?:com|dev|ai|io|org|net)\b(?:\/[^\s'"`<>]*[^\s'"`<>.,;:)\]}])?/g,
  // API keys: sk-..., sk-proj-..., sk-ant-..., AIza...
  /\bsk-[\w\-*.…]*[\w*…]/g,
  /\baiza[\w-]{10,}/g,
  // Ids with known prefixes: org-..., proj_..., req_..., msg_..., chatcmpl-...
  /\b(?:org|proj|req|msg|chatcmpl|batch|asst|resp|toolu)[-_][\w\-*.…]*[\w*…]/g,
  // Model names: gpt-4o, o1-mini, claude-3-5-sonnet-20241022, gemini-2.5-flash, ft:gpt-...
  /\b(?:ft:)?(?:gpt|chatgpt|text|davinci|babbage|whisper|tts|dall-e|claude|gemini|gemma|imagen|veo)-[\w.:\-/]*\w/g,
  /\bo[1-9](?:-[\w.-]*\w)?\b/g,
  // Short backticked names: `gpt-5`, `X`
  /`[^`\s]{1,100}`/g,
  // UUIDs, and long opaque ids mixing letters and digits
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g,
  /\b(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{16,}\b/g,
  // Durations: 644ms, 1.2s, 20 seconds, 53.812100167s
  /\b\d+(?:\.\d+)?\s?(?:ms|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)\b/g,
  // Ellipses standing for an elided value: "Used …", "sk-...."
  /…|\.{3,}/g,
  // Numbers: 429, 30000, 30,000, 3.5
  /\b\d+(?:[.,]\d+)*\b/g,
];

/** Sentences that only point elsewhere; left out of templates. */
const BOILERPLATE_SENTENCE =
  /^(?:for more information|for details|please (?:try|retry) again|please retry|retry in|visit # to learn more|to monitor your current usage|you can find your api key|(?:you can )?see the response headers|you may also contact|learn more)/;

/** Lowercases, unescapes and masks variable parts. */
function maskVariableParts(text: string): string {
  let s = text
    .toLowerCase()
    .replace(/\\[nrt]/g, ' ')
    .replace(/\\(["'])/g, '$1')
    // Apostrophes inside words ("model's") vanish so quoting styles don't matter.
    .replace(/(\w)['’](\w)/g, '$1$2');
  for (const pattern of VARIABLE_PARTS) s = s.replace(pattern, ` ${VAR} `);
  return s;
}

/** Words and placeholders; runs of placeholders collapse into one. */
function tokenize(masked: string): string[] {
  const raw = masked.match(/#|[\p{L}\p{N}]+/gu) ?? [];
  const tokens: string[] = [];
  for (const t of raw) {
    if (t === VAR && tokens[tokens.length - 1] === VAR) continue;
    tokens.push(t);
  }
  return tokens;
}

/**
 * The matching form of a text: lowercase words separated by single spaces, punctuation
 * and quoting dropped, variable parts (numbers, durations, ids, keys, model names, URLs)
 * replaced by `#`.
 */
export function normaliseForMatching(text: string): string {
  return tokenize(maskVariableParts(text)).join(' ');
}

/** Sentences of a text, each as tokens. */
function sentenceTokens(text: string): string[][] {
  return maskVariableParts(text)
    .split(/[.!?;]+(?=\s|$)|\n/)
    .map(tokenize)
    .filter((tokens) => tokens.length > 0);
}

/** Word n-grams of exactly `size` tokens (one n-gram of all tokens when fewer). */
function shingles(tokens: string[], size = SHINGLE_SIZE): string[] {
  if (tokens.length <= size) return tokens.length > 0 ? [tokens.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + size <= tokens.length; i++) out.push(tokens.slice(i, i + size).join(' '));
  return out;
}

/** Every 1- to SHINGLE_SIZE-gram of a query, so that short template sentences match too. */
function queryGrams(tokens: string[]): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    let gram = '';
    for (let n = 0; n < SHINGLE_SIZE && i + n < tokens.length; n++) {
      gram = n === 0 ? tokens[i]! : `${gram} ${tokens[i + n]!}`;
      grams.add(gram);
    }
  }
  return grams;
}

// ---------------------------------------------------------------------------
// Templates (build time)

/** `'message': '...'` / `"message": "..."` values inside an SDK's text. */
const MESSAGE_FIELD = /["']message["']\s*:\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')/g;

/**
 * The human message inside a message text: the body's `message` field(s) when the text
 * wraps a body, else the text without its `Exception: ` / `Error code: 429 - ` / `429 `
 * prefix.
 */
function messageCores(text: string): string[] {
  const fields = [...text.matchAll(MESSAGE_FIELD)].map((m) => m[1] ?? m[2] ?? '');
  const nonEmpty = fields.filter((f) => f.trim() !== '');
  if (nonEmpty.length > 0) return nonEmpty;
  const stripped = text
    .replace(/^\s*(?:[\w.]*(?:Error|Exception)\s*:\s*)?/, '')
    .replace(/^\s*error code:?\s*\d{3}\s*-?\s*/i, '')
    .replace(/^\s*\d{3}\s+/, '');
  return [stripped];
}

function buildTemplate(core: string): IndexedTemplate | null {
  const all = sentenceTokens(core);
  const kept = all.filter((tokens) => !BOILERPLATE_SENTENCE.test(tokens.join(' ')));
  const sentences = kept.length > 0 ? kept : all;
  const tokens = sentences.flat();
  if (tokens.length === 0 || tokens.every((t) => t === VAR)) return null;
  return {
    text: tokens.join(' '),
    tokenCount: tokens.length,
    sentences: sentences.map((s) => ({ tokenCount: s.length, shingles: shingles(s) })),
  };
}

/**
 * How a code may be recognised. `stopReason`: the entry is a completion's stop or finish
 * reason (no HTTP status, its type is its code), which as a token would also match the
 * request parameter of the same name (`max_tokens`), so it counts only as a field value.
 */
function codeMatchMode(code: string, stopReason = false): CodeMatchMode {
  if (/[_.\-\d]/.test(code)) return stopReason ? 'field' : 'token';
  return code === code.toUpperCase() ? 'upper' : 'field';
}

function exceptionNames(exception: string): string[] {
  const full = exception.trim().toLowerCase();
  const short = full.slice(full.lastIndexOf('.') + 1);
  return full === short ? [full] : [full, short];
}

function countBy<T>(items: T[][]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const list of items) for (const item of new Set(list)) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/**
 * The entries whose code is also the `type` of another provider's entry with another code
 * (Anthropic's code `invalid_request_error` is the type of many OpenAI errors): a weaker
 * signal, returned as `provider/code`. A type shared within one provider (Gemini's
 * `api_key_leaked` is a PERMISSION_DENIED) does not make that provider's own code
 * ambiguous. One pass over the entries, so a large knowledge base does not compare every
 * pair.
 */
function genericCodes(entries: readonly { provider: string; code: string; type: string }[]): Set<string> {
  const byType = new Map<string, { provider: string; code: string }[]>();
  for (const { provider, code, type } of entries)
    byType.set(type, [...(byType.get(type) ?? []), { provider, code }]);
  const generic = new Set<string>();
  for (const { provider, code } of entries) {
    const others = byType.get(code) ?? [];
    if (others.some((other) => other.code !== code && other.provider !== provider))
      generic.add(`${provider}/${code}`);
  }
  return generic;
}

/**
 * Builds the matcher index. Entries sharing a key (the same error in two languages) are
 * merged: their messages are pooled and de-duplicated.
 */
export function buildMatcherIndex(entries: MatcherEntry[]): MatcherIndex {
  const byKey = new Map<string, MatcherEntry>();
  for (const entry of entries) {
    const key = entry.key.toLowerCase();
    const seen = byKey.get(key);
    if (seen) byKey.set(key, { ...seen, messages: [...seen.messages, ...entry.messages] });
    else byKey.set(key, { ...entry, key });
  }
  const merged = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const statusCounts = countBy(merged.map((e) => [e.httpStatus]));
  const generic = genericCodes(
    merged.map((e) => ({
      provider: e.provider.toLowerCase(),
      code: e.code.toLowerCase(),
      type: e.errorType.toLowerCase(),
    })),
  );

  const indexed = merged.map((entry): IndexedEntry => {
    const code = entry.code.toLowerCase();
    const templates = new Map<string, IndexedTemplate>();
    for (const message of entry.messages) {
      for (const core of messageCores(message.text)) {
        const template = buildTemplate(core);
        if (template && !templates.has(template.text)) templates.set(template.text, template);
      }
    }
    const exceptions = [
      ...new Set(entry.messages.flatMap((m) => (m.exception ? exceptionNames(m.exception) : []))),
    ];
    return {
      key: entry.key,
      provider: entry.provider.toLowerCase(),
      code,
      codeMatch: codeMatchMode(
        entry.code,
        entry.httpStatus === undefined && entry.errorType.toLowerCase() === code,
      ),
      genericCode: generic.has(`${entry.provider.toLowerCase()}/${code}`),
      httpStatus: entry.httpStatus ?? null,
      uniqueStatus: entry.httpStatus !== undefined && statusCounts.get(entry.httpStatus) === 1,
      errorType: entry.errorType.toLowerCase(),
      exceptions,
      // Shortest first: the order the packed form restores (see packMatcherIndex).
      templates: [...templates.values()].sort(
        (a, b) => a.tokenCount - b.tokenCount || (a.text < b.text ? -1 : 1),
      ),
    };
  });
  return { version: 1, entries: indexed };
}

// ---------------------------------------------------------------------------
// Clues (query time)

/**
 * `"type": "x"`, `'code': 'x'`, `status: 'X'`, `type=x`, and the reason a completion
 * stopped: `"stop_reason": "max_tokens"`, `finish_reason`, `finishReason`, `blockReason`.
 */
const FIELD_VALUE =
  /["']?\b(?:type|code|status|stop_reason|finish_reason|finishReason|block_reason|blockReason)\b["']?\s*[:=]\s*["']([\w.-]+)["']/gi;

/** Where an HTTP status is stated, on lowercased text. */
const STATUS_PATTERNS: RegExp[] = [
  /\berror code:?\s*(\d{3})\b/g,
  /\bstatus(?:[ _]?code)?["']?\s*[:=]?\s*(\d{3})\b/g,
  /["']code["']\s*:\s*(\d{3})\b/g,
  /\bhttp(?:\/\d(?:\.\d)?)?\s+(\d{3})\b/g,
  /(?:error|exception):\s*(\d{3})\b/g,
  /\b(\d{3})\s+(?:[a-z]+_[a-z_]+|too many requests|bad request|unauthorized|forbidden|not found|payment required|internal server error|service unavailable|gateway timeout|overloaded)\b/g,
];

const EXCEPTION_NAME = /\b(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception)\b/g;

/** Text that names a provider, on lowercased text. */
const PROVIDER_PATTERNS: [string, RegExp][] = [
  [
    'gemini',
    /resource_exhausted|google\.genai|google\.api_core|google\.generativeai|google\/genai|ai\.google\.dev|generativelanguage|aistudio\.google|\bgemini-\d/,
  ],
  ['openai', /(?:^|[^\w-])openai[./\\]|\b(?:from|import)\s+openai\b|insufficient_quota|\bsk-proj-/],
  ['anthropic', /\banthropic\b|@anthropic-ai|["']type["']\s*:\s*["']error["']|\bsk-ant-|\bclaude-/],
];

function isStatus(n: number): boolean {
  return n >= 100 && n <= 599;
}

function extractStatuses(lower: string, short: boolean): Set<number> {
  const statuses = new Set<number>();
  for (const pattern of STATUS_PATTERNS) {
    for (const m of lower.matchAll(pattern)) {
      const n = Number(m[1]);
      if (isStatus(n)) statuses.add(n);
    }
  }
  if (short) {
    for (const m of lower.matchAll(/\b\d{3}\b/g)) {
      const n = Number(m[0]);
      if (isStatus(n)) statuses.add(n);
    }
  }
  return statuses;
}

/** Tokens that may be codes: split on anything but letters, digits, `_`, `.`, `-`. */
function codeTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const raw of text.split(/[^A-Za-z0-9_.-]+/)) {
    const token = raw.replace(/^[.-]+|[.-]+$/g, '');
    if (token === '') continue;
    tokens.add(token);
    if (token.includes('.')) for (const part of token.split('.')) if (part) tokens.add(part);
  }
  return tokens;
}

/** Structured hints in a paste: field values, statuses, exception classes, providers. */
export function extractClues(text: string): QueryClues {
  const lower = text.toLowerCase();
  const rawTokens = codeTokens(text);
  const short = (lower.match(/[\p{L}\p{N}_]+/gu) ?? []).length <= SHORT_QUERY_WORDS;
  const providers = new Set<string>();
  for (const [provider, pattern] of PROVIDER_PATTERNS) if (pattern.test(lower)) providers.add(provider);
  return {
    codeTokens: new Set([...rawTokens].map((t) => t.toLowerCase())),
    rawTokens,
    fieldValues: new Set([...text.matchAll(FIELD_VALUE)].map((m) => (m[1] ?? '').toLowerCase())),
    statuses: extractStatuses(lower, short),
    exceptions: [...new Set([...text.matchAll(EXCEPTION_NAME)].map((m) => m[0].toLowerCase()))],
    providers,
    short,
  };
}

// ---------------------------------------------------------------------------
// Scoring

interface PreparedQuery {
  clues: QueryClues;
  /** The query's tokens joined by spaces. */
  text: string;
  grams: Set<string>;
  /** Providers named by the text or by an unambiguous code. */
  providers: Set<string>;
  /**
   * Code-like tokens that may be typos: not any entry's exact code. `synthetic_error_42`
   * is that entry's code, not a misspelling of `synthetic_error_4`.
   */
  typoTokens: string[];
}

function codeMatches(entry: IndexedEntry, clues: QueryClues): boolean {
  if (clues.fieldValues.has(entry.code)) return true;
  if (entry.codeMatch === 'token') return clues.codeTokens.has(entry.code);
  if (entry.codeMatch === 'upper') return clues.rawTokens.has(entry.code.toUpperCase());
  return false;
}

/** Edits allowed between a typed token and a code: none for short codes. */
function allowedTypos(code: string): number {
  return code.length >= 14 ? 2 : code.length >= 8 ? 1 : 0;
}

/** Optimal-string-alignment distance (adjacent swaps count once), or max + 1 past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previousRow: number[] = [];
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const beforePrevious = previousRow;
    previousRow = row;
    row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previousRow[j]! + 1, row[j - 1]! + 1, previousRow[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      }
      row[j] = value;
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
  }
  return row[b.length]!;
}

function codeTypoMatches(entry: IndexedEntry, query: PreparedQuery): boolean {
  const max = allowedTypos(entry.code);
  if (!query.clues.short || max === 0 || entry.codeMatch === 'field') return false;
  return query.typoTokens.some((token) => editDistance(token, entry.code, max) <= max);
}

/** Share of a template found in the query, 0..1 (see MIN_COVERAGE, MIN_SENTENCE_TOKENS). */
function templateCoverage(template: IndexedTemplate, query: PreparedQuery): number {
  if (template.tokenCount < MIN_TEMPLATE_TOKENS) return query.text === template.text ? 1 : 0;
  let found = 0;
  let total = 0;
  let bestSentence = 0;
  for (const sentence of template.sentences) {
    const hits = sentence.shingles.filter((s) => query.grams.has(s)).length;
    found += hits;
    total += sentence.shingles.length;
    if (sentence.tokenCount >= MIN_SENTENCE_TOKENS && sentence.shingles.length > 0) {
      bestSentence = Math.max(bestSentence, hits / sentence.shingles.length);
    }
  }
  return Math.max(total > 0 ? found / total : 0, bestSentence);
}

function messageCoverage(entry: IndexedEntry, query: PreparedQuery): number {
  let best = 0;
  for (const template of entry.templates) best = Math.max(best, templateCoverage(template, query));
  return best >= MIN_COVERAGE ? best : 0;
}

function exceptionMatches(entry: IndexedEntry, clues: QueryClues): boolean {
  return clues.exceptions.some((name) => entry.exceptions.includes(name));
}

function scoreEntry(entry: IndexedEntry, query: PreparedQuery): ErrorMatch | null {
  const { clues } = query;
  const reasons: string[] = [];
  let score = 0;

  // Primary signals.
  if (codeMatches(entry, clues)) {
    score += entry.genericCode ? CODE_GENERIC_WEIGHT : CODE_WEIGHT;
    reasons.push(entry.genericCode ? 'code:generic' : 'code');
  } else if (codeTypoMatches(entry, query)) {
    score += CODE_TYPO_WEIGHT;
    reasons.push('code:typo');
  }
  const coverage = messageCoverage(entry, query);
  if (coverage > 0) {
    score += MESSAGE_WEIGHT * coverage;
    reasons.push('message');
  }
  const statusMatch = entry.httpStatus !== null && clues.statuses.has(entry.httpStatus);
  const statusIdentifies = statusMatch && entry.uniqueStatus && clues.short;
  if (statusIdentifies) {
    score += STATUS_UNIQUE_WEIGHT;
    reasons.push('status:unique');
  }
  if (score === 0) return null;
  if (query.providers.size > 0 && !query.providers.has(entry.provider)) {
    reasons.push('provider-mismatch');
    return { key: entry.key, score: round(score * PROVIDER_MISMATCH_FACTOR), reasons };
  }

  // Supporting signals.
  if (statusMatch && !statusIdentifies) {
    score += STATUS_WEIGHT;
    reasons.push('status');
  }
  if (exceptionMatches(entry, clues)) {
    score += EXCEPTION_WEIGHT;
    reasons.push('exception');
  }
  if (entry.errorType !== entry.code && clues.fieldValues.has(entry.errorType)) {
    score += TYPE_WEIGHT;
    reasons.push('type');
  }
  if (query.providers.has(entry.provider)) {
    score += PROVIDER_CLUE_WEIGHT;
    reasons.push(`provider-clue:${entry.provider}`);
  }
  return { key: entry.key, score: round(score), reasons };
}

function round(score: number): number {
  return Math.round(score * 100) / 100;
}

const codesOfIndex = new WeakMap<MatcherIndex, Set<string>>();

function prepareQuery(index: MatcherIndex, query: string): PreparedQuery {
  const clues = extractClues(query);
  const tokens = tokenize(maskVariableParts(query));
  const providers = new Set(clues.providers);
  for (const entry of index.entries) {
    if (!entry.genericCode && codeMatches(entry, clues)) providers.add(entry.provider);
  }
  let codes = codesOfIndex.get(index);
  if (!codes) codesOfIndex.set(index, (codes = new Set(index.entries.map((e) => e.code))));
  const typoTokens = [...clues.codeTokens].filter((token) => !codes.has(token));
  return { clues, text: tokens.join(' '), grams: queryGrams(tokens), providers, typoTokens };
}

/**
 * The entries a pasted error is about, best first; [] when nothing is recognised. Only
 * matches scoring at least MIN_SCORE are returned; ties are ordered by key.
 */
export function matchError(index: MatcherIndex, query: string): ErrorMatch[] {
  if (query.trim() === '') return [];
  const text = query.length > MAX_QUERY_CHARS ? query.slice(-MAX_QUERY_CHARS) : query;
  const prepared = prepareQuery(index, text);
  const matches: ErrorMatch[] = [];
  for (const entry of index.entries) {
    const match = scoreEntry(entry, prepared);
    if (match && match.score >= MIN_SCORE) matches.push(match);
  }
  return matches.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

// ---------------------------------------------------------------------------
// Packing (the index as shipped to the browser)

/**
 * The index as the browser downloads it, in two parts so a short query fetches only the
 * small one: `core` (codes, statuses, types, exception names, and templates too short to
 * need shingles) and `messages` (the longer templates, needed only for queries of at
 * least MIN_TEMPLATE_TOKENS words). Everything derivable (provider, match modes,
 * shingles, uniqueness) is recomputed on unpacking.
 */
export interface PackedMatcherCore {
  version: 3;
  /** Exception class names, referred to by index. */
  exceptions: string[];
  /** Error types that differ from their entry's code, referred to by index. */
  types: string[];
  /**
   * Entries in index order, as runs of one provider each: the provider is written once per
   * run, and each key (`<provider>/<code in lowercase>`) is derived rather than written.
   * At 3,000 entries this is 8.5 KB gzipped where one full row per entry was 18.6 KB.
   */
  providers: [provider: string, rows: PackedMatcherRow[]][];
}

/**
 * [code as written, HTTP status, index into `types` (-1: the type is the code), exception
 * indexes, short templates, the key's part after the provider when it is not the code].
 * Trailing empty fields are left out.
 */
export type PackedMatcherRow = [
  code: string,
  httpStatus: number | null,
  type: number,
  exceptions?: number[],
  shortTemplates?: string[],
  id?: string,
];

/** Long templates per key; each template is its sentences joined by newlines, tokens by spaces. */
export type PackedMatcherMessages = Record<string, string[]>;

function packTemplate(sentences: string[][]): string {
  return sentences.map((s) => s.join(' ')).join('\n');
}

function unpackTemplate(packed: string): IndexedTemplate {
  const sentences = packed.split('\n').map((s) => s.split(' ').filter(Boolean));
  const tokens = sentences.flat();
  return {
    text: tokens.join(' '),
    tokenCount: tokens.length,
    sentences: sentences.map((s) => ({ tokenCount: s.length, shingles: shingles(s) })),
  };
}

/** The sentences of an indexed template, as token lists (shingles overlap by design). */
function templateSentences(template: IndexedTemplate): string[][] {
  return template.sentences.map((sentence) => {
    const [first, ...rest] = sentence.shingles;
    if (first === undefined) return [];
    return [...first.split(' '), ...rest.map((s) => s.slice(s.lastIndexOf(' ') + 1))];
  });
}

export function packMatcherIndex(
  index: MatcherIndex,
  codesAsWritten: ReadonlyMap<string, string>,
): { core: PackedMatcherCore; messages: PackedMatcherMessages } {
  const exceptions = [...new Set(index.entries.flatMap((e) => e.exceptions))].sort();
  const types = [
    ...new Set(index.entries.filter((e) => e.errorType !== e.code).map((e) => e.errorType)),
  ].sort();
  const messages: PackedMatcherMessages = {};
  const providers: PackedMatcherCore['providers'] = [];
  for (const entry of index.entries) {
    const short: string[] = [];
    const long: string[] = [];
    for (const template of entry.templates) {
      const packed = packTemplate(templateSentences(template));
      (template.tokenCount < MIN_TEMPLATE_TOKENS ? short : long).push(packed);
    }
    if (long.length > 0) messages[entry.key] = long;
    const code = codesAsWritten.get(entry.key) ?? entry.code;
    // Keys are `<provider>/<id>`: the browser takes the provider from the key too.
    const provider = entry.key.slice(0, entry.key.indexOf('/'));
    const id = entry.key.slice(provider.length + 1);
    const row: PackedMatcherRow = [
      code,
      entry.httpStatus,
      entry.errorType === entry.code ? -1 : types.indexOf(entry.errorType),
      entry.exceptions.map((name) => exceptions.indexOf(name)),
      short,
      id === code.toLowerCase() ? '' : id,
    ];
    while (row.length > 3 && isEmptyField(row.at(-1))) row.pop();
    const run = providers.at(-1);
    if (run?.[0] === provider) run[1].push(row);
    else providers.push([provider, [row]]);
  }
  return { core: { version: 3, exceptions, types, providers }, messages };
}

function isEmptyField(value: unknown): boolean {
  return value === '' || (Array.isArray(value) && value.length === 0);
}

/** Rebuilds a MatcherIndex from its packed parts; without `messages`, long templates are left out. */
export function unpackMatcherIndex(core: PackedMatcherCore, messages?: PackedMatcherMessages): MatcherIndex {
  const rows = core.providers.flatMap(([provider, rows]) => rows.map((row) => ({ provider, row })));
  const statusCounts = countBy(rows.map(({ row }) => [row[1]]));
  const codes = rows.map(({ row }) => row[0].toLowerCase());
  const typeOf = (row: PackedMatcherRow, code: string) => (row[2] === -1 ? code : core.types[row[2]]!);
  const generic = genericCodes(
    rows.map(({ provider, row }, i) => ({ provider, code: codes[i]!, type: typeOf(row, codes[i]!) })),
  );
  const entries = rows.map(({ provider, row }, i): IndexedEntry => {
    const [code, httpStatus, , exceptionIndexes = [], short = [], id] = row;
    const lower = codes[i]!;
    const key = `${provider}/${id || lower}`;
    return {
      key,
      provider,
      code: lower,
      codeMatch: codeMatchMode(code, httpStatus === null && row[2] === -1),
      genericCode: generic.has(`${provider}/${lower}`),
      httpStatus,
      uniqueStatus: httpStatus !== null && statusCounts.get(httpStatus) === 1,
      errorType: typeOf(row, lower),
      exceptions: exceptionIndexes.map((x) => core.exceptions[x]!),
      templates: [...short, ...(messages?.[key] ?? [])].map(unpackTemplate),
    };
  });
  return { version: 1, entries };
}

/** Whether a query is long enough for the long templates to matter. */
export function needsMessageTemplates(query: string): boolean {
  return tokenize(maskVariableParts(query)).length >= MIN_TEMPLATE_TOKENS;
}

/** Structured hints read from a paste: field values, statuses, exception classes, code-like tokens. */
import { messageFields, normaliseForMatching } from './normalize';
import type { ClientFailure, QueryClues } from './types';

/** A query of at most this many words is a list of clues: a bare 3-digit number is a status. */
export const SHORT_QUERY_WORDS = 4;

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
  /\b(\d{3}):\s*(?:gateway|bad gateway|service unavailable|too many|internal server|bad request|unauthorized|forbidden|not found|overloaded|payment required)/g,
  // A status opening the message after a prefix: "…projects section: 504 Deadline expired".
  /:\s+(\d{3})\s+[a-z]/g,
  // A status before a Japanese word: 「429エラー」「401 エラーが出る」.
  /\b(\d{3})\s*(?:エラー|error)/g,
  // Python requests' HTTPError: "401 Client Error: Unauthorized for url".
  /\b(\d{3}) (?:client|server) error\b/g,
  /\b(\d{3})\s+(?:quota exceeded|resource has been exhausted|resource exhausted|deadline exceeded|rate limit|[a-z]+_[a-z_]+|too many|bad request|unauthorized|forbidden|not found|payment required|internal server error|service unavailable|gateway timeout|overloaded|throttl(?:ed|ing)|status code)\b/g,
];

export const EXCEPTION_NAME = /\b(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception)\b/g;

function isStatus(n: number): boolean {
  return n >= 400 && n <= 599;
}

/**
 * Reason phrases only one status has, quoted on their own ("「Too Many Requests」というエラー",
 * "Last error: Too Many Requests"): the status they name.
 */
const REASON_PHRASES: [RegExp, number][] = [
  [/\btoo many requests\b/, 429],
  [/\bpayment required\b/, 402],
  [/\binternal server error\b/, 500],
  [/\bbad gateway\b/, 502],
  [/\bservice unavailable\b/, 503],
  [/\bgateway time-?out\b/, 504],
];

/** `reader`: the reader's own words, lowercased; the aliases' English is not a status they quoted. */
function extractStatuses(lower: string, short: boolean, reader: string): Set<number> {
  const statuses = new Set<number>();
  for (const [phrase, status] of REASON_PHRASES) if (phrase.test(reader)) statuses.add(status);
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
    if (token === '' || token.length > 80) continue;
    tokens.add(token);
    if (token.includes('.')) for (const part of token.split('.')) if (part) tokens.add(part);
  }
  return tokens;
}

/** Whether a query is a few typed words rather than a paste. */
export function isShortQuery(text: string): boolean {
  return (text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).length <= SHORT_QUERY_WORDS;
}

/**
 * google.api_core's exception classes are Google's statuses in CamelCase: a paste that
 * raises `DeadlineExceeded` states DEADLINE_EXCEEDED.
 */
const GOOGLE_CLASSES: Record<string, string> = {
  ResourceExhausted: 'RESOURCE_EXHAUSTED',
  DeadlineExceeded: 'DEADLINE_EXCEEDED',
  PermissionDenied: 'PERMISSION_DENIED',
  InvalidArgument: 'INVALID_ARGUMENT',
  FailedPrecondition: 'FAILED_PRECONDITION',
  ServiceUnavailable: 'UNAVAILABLE',
  InternalServerError: 'INTERNAL',
  NotFound: 'NOT_FOUND',
};
/** The same statuses in words after a status number: "504 Deadline Exceeded". */
const GOOGLE_WORDS: Record<string, string> = {
  'deadline exceeded': 'DEADLINE_EXCEEDED',
  'resource exhausted': 'RESOURCE_EXHAUSTED',
  'resource has been exhausted': 'RESOURCE_EXHAUSTED',
  'permission denied': 'PERMISSION_DENIED',
  'invalid argument': 'INVALID_ARGUMENT',
  'failed precondition': 'FAILED_PRECONDITION',
};
const GOOGLE_WORDS_PATTERN = new RegExp(`\\b\\d{3}\\s+(${Object.keys(GOOGLE_WORDS).join('|')})\\b`, 'g');
const GOOGLE_CLASS = new RegExp(
  `\\b(?:google\\.api_core\\.exceptions\\.)?(${Object.keys(GOOGLE_CLASSES).join('|')}):\\s*\\d{3}\\b`,
  'g',
);

/**
 * Where on a line a short message may stand whole: the line, what follows its last colon
 * ("Error calling OpenAI API: Connection error."), and each sentence of it without an
 * "API Error: 500" prefix ("API Error: 500 Internal server error. This is ...").
 */
function messageCandidates(line: string): string[] {
  const afterColon = line.slice(line.lastIndexOf(': ') + 2);
  const sentences = line
    .split(/[.!?](?:\s|$)/)
    .map((s) => s.replace(/^\s*(?:api |http )?error(?: code)?:?\s*\d{3}\s*-?\s*/i, ''));
  return [line, afterColon, ...sentences];
}

/**
 * The words of a request that got no answer, in the forms SDKs, HTTP clients and runtimes
 * print them. A connect timeout is a connection that never opened (the SDKs' connection
 * entries cover it); any other timeout is a reply that did not come in time.
 */
const CLIENT_FAILURES: [ClientFailure, RegExp][] = [
  [
    'connection',
    /\b(?:econnreset|econnrefused|econnaborted|enotfound|eai_again|etimedout|ehostunreach|socket hang up|failed to fetch|fetch failed|max retries exceeded|connecterror|connect ?timeout(?:error)?|connection (?:error|errored|refused|reset|aborted|dropped|closed)|error sending request|getaddrinfo|name resolution|network ?error|remotedisconnected|server disconnected|cannot connect)\b/gi,
  ],
  [
    'timeout',
    /\b(?:timed out|read ?timeout(?:error)?|timeout ?error|timeout was reached|request timeout|apitimeouterror)\b/gi,
  ],
];

/** A refused key in words: "Invalid xAI API Key", "API key not valid", "wrong api key". */
const BAD_KEY =
  /\b(?:invalid|incorrect|wrong|bad)\s+(?:[\w-]+\s+){0,2}api[ _-]?key\b|\bapi[ _-]?key\s+(?:is\s+)?(?:not valid|invalid|incorrect)\b/i;

/** The failure named last in a paste (its last lines are the error), with connect timeouts as connections. */
function clientFailureOf(text: string): ClientFailure | undefined {
  let found: { failure: ClientFailure; at: number } | undefined;
  for (const [failure, pattern] of CLIENT_FAILURES)
    for (const match of text.matchAll(pattern))
      if (!found || match.index > found.at) found = { failure, at: match.index };
  if (found?.failure === 'timeout' && /connect ?timeout/i.test(text)) return 'connection';
  return found?.failure;
}

/**
 * `reader`: the reader's own words, when `text` adds the English of a Japanese question
 * (aliases.ts); `short`: whether those are a short query.
 */
export function extractClues(text: string, short = isShortQuery(text), reader = text): QueryClues {
  const lower = text.toLowerCase();
  const rawTokens = codeTokens(text);
  for (const [, name] of text.matchAll(GOOGLE_CLASS)) rawTokens.add(GOOGLE_CLASSES[name!]!);
  for (const [, words] of lower.matchAll(GOOGLE_WORDS_PATTERN)) rawTokens.add(GOOGLE_WORDS[words!]!);
  return {
    codeTokens: new Set([...rawTokens].map((t) => t.toLowerCase())),
    rawTokens,
    fieldValues: new Set([...text.matchAll(FIELD_VALUE)].map((m) => (m[1] ?? '').toLowerCase())),
    messageFields: new Set(
      [...messageFields(text), ...text.split('\n').flatMap(messageCandidates)]
        .map((line) => normaliseForMatching(line).replace(/^(?:# )+|(?: #)+$/g, ''))
        .filter((line) => line !== '' && line !== '#'),
    ),
    statuses: extractStatuses(lower, short, reader.toLowerCase()),
    exceptions: [...new Set([...text.matchAll(EXCEPTION_NAME)].map((m) => m[0].toLowerCase()))],
    short,
    clientFailure: clientFailureOf(text),
    badKey: BAD_KEY.test(reader),
    readerWords: ` ${reader
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `,
  };
}

/** Structured hints read from a paste: field values, statuses, exception classes, code-like tokens. */
import { messageFields, normaliseForMatching } from './normalize';
import type { QueryClues } from './types';

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
  /\b(\d{3})\s+(?:[a-z]+_[a-z_]+|too many|bad request|unauthorized|forbidden|not found|payment required|internal server error|service unavailable|gateway timeout|overloaded|status code)\b/g,
];

export const EXCEPTION_NAME = /\b(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception)\b/g;

function isStatus(n: number): boolean {
  return n >= 400 && n <= 599;
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
const GOOGLE_CLASS = new RegExp(
  `\\b(?:google\\.api_core\\.exceptions\\.)?(${Object.keys(GOOGLE_CLASSES).join('|')}):\\s*\\d{3}\\b`,
  'g',
);

export function extractClues(text: string): QueryClues {
  const lower = text.toLowerCase();
  const rawTokens = codeTokens(text);
  for (const [, name] of text.matchAll(GOOGLE_CLASS)) rawTokens.add(GOOGLE_CLASSES[name!]!);
  const short = isShortQuery(text);
  return {
    codeTokens: new Set([...rawTokens].map((t) => t.toLowerCase())),
    rawTokens,
    fieldValues: new Set([...text.matchAll(FIELD_VALUE)].map((m) => (m[1] ?? '').toLowerCase())),
    messageFields: new Set(
      [...messageFields(text), ...text.split('\n')]
        .map((line) => normaliseForMatching(line).replace(/^(?:# )+|(?: #)+$/g, ''))
        .filter((line) => line !== '' && line !== '#'),
    ),
    statuses: extractStatuses(lower, short),
    exceptions: [...new Set([...text.matchAll(EXCEPTION_NAME)].map((m) => m[0].toLowerCase()))],
    short,
  };
}

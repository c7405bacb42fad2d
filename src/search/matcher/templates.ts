/**
 * The matcher's index, built from the entries' frontmatter at build time: each entry's code
 * and how it may be recognised, its status, type and exception classes, and its messages
 * reduced to templates (their human sentence, variable parts masked).
 */
import { VAR, messageFields, sentenceTokens, shingles } from './normalize';
import type { CodeMatchMode, IndexedEntry, IndexedTemplate, MatcherEntry, MatcherIndex } from './types';

/** Sentences that only point elsewhere; left out of templates. */
const BOILERPLATE_SENTENCE =
  /^(?:for more information|for details|please (?:try|retry) again|please retry|retry in|visit # to learn more|to monitor your current usage|you can find your api key|(?:you can )?see the response headers|you may also contact|learn more|this is a server side issue|if it persists|retrying in #|you can retry your request|please include the request id|\(?please include the request id)/;

/**
 * The human message inside a message text: the body's `message` field(s) when the text
 * wraps a body, else the text without its `Exception: ` / `Error code: 429 - ` / `429 `
 * prefix.
 */
export function messageCores(text: string): string[] {
  const fields = messageFields(text);
  if (fields.length > 0) return fields;
  const stripped = text
    // AWS's frame around every error: "An error occurred (X) when calling the Y operation: ".
    .replace(/^[\s\S]*?an error occurred \(\w+\) when calling the \w+ operation(?: \([^)]*\))?:\s*/i, '')
    // A qualified class name before the message: `google.api_core.exceptions.InvalidArgument: `.
    .replace(/^\s*(?:[A-Za-z_]\w*\.)+[A-Za-z_]\w*:\s*/, '')
    .replace(/^\s*(?:[\w.]*(?:Error|Exception)\s*:\s*)?/, '')
    .replace(/^\s*error code:?\s*\d{3}\s*-?\s*/i, '')
    .replace(/^\s*\d{3}\s+/, '');
  return [stripped];
}

export function buildTemplate(core: string): IndexedTemplate | null {
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
 * reason (no HTTP status, its type is its code, Anthropic's `max_tokens`): as a token it
 * would also match the request parameter of the same name, so it counts only as a field
 * value (`"stop_reason": "max_tokens"`).
 */
export function codeMatchMode(code: string, stopReason = false): CodeMatchMode {
  if (stopReason) return 'field';
  // A code that is only digits is an HTTP status written as a code (Azure OpenAI's "401",
  // "404", "429"): as a bare token it is in every paste of that status, from any provider.
  if (/^\d+$/.test(code)) return 'field';
  if (/[_.\-\d]/.test(code)) return 'token';
  // A class name (ThrottlingException, APIConnectionError, DeploymentNotFound) is made to be
  // matched as written; a plain capitalised word (INTERNAL) is an English word too.
  if (/[a-z]/.test(code) && /[A-Z].*[A-Z]/.test(code)) return 'token';
  return code === code.toUpperCase() ? 'upper' : 'field';
}

export function exceptionNames(exception: string): string[] {
  const full = exception.trim().toLowerCase();
  const short = full.slice(full.lastIndexOf('.') + 1);
  return full === short ? [full] : [full, short];
}

export function countBy<T>(items: T[][]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const list of items) for (const item of new Set(list)) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/**
 * The entries whose code is also the `type` of another provider's entry with another code
 * (Anthropic's code `invalid_request_error` is the type of many OpenAI errors): a weaker
 * signal, returned as `provider/code`. A type shared within one provider (Gemini's
 * `api_key_leaked` is a PERMISSION_DENIED) does not make that provider's own code
 * ambiguous. One pass over the entries, so a large knowledge base does not compare every pair.
 */
export function genericCodes(
  entries: readonly { provider: string; code: string; type: string }[],
): Set<string> {
  const byType = new Map<string, { provider: string; code: string }[]>();
  for (const { provider, code, type } of entries) {
    const list = byType.get(type) ?? [];
    list.push({ provider, code });
    byType.set(type, list);
  }
  const generic = new Set<string>();
  for (const { provider, code } of entries) {
    const others = byType.get(code) ?? [];
    if (others.some((other) => other.code !== code && other.provider !== provider))
      generic.add(`${provider}/${code}`);
  }
  return generic;
}

/** An entry's prevalence, defaulted and clamped to 1-5. */
export function prevalenceOf(value: number | undefined): number {
  return Math.min(5, Math.max(1, Math.round(value ?? 3)));
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
      prevalence: prevalenceOf(entry.prevalence),
      exceptions,
      // Shortest first: the order the packed form restores (see packMatcherIndex).
      templates: [...templates.values()].sort(
        (a, b) => a.tokenCount - b.tokenCount || (a.text < b.text ? -1 : 1),
      ),
    };
  });
  return { version: 2, entries: indexed };
}

/**
 * How well a paste matches each entry. An entry is scored only when it has a *primary*
 * signal, one that can identify an error on its own; *supporting* signals then separate
 * close candidates. Which provider the paste is from is decided apart, before this
 * (providers.ts), and restricts the entries that are scored (verdict.ts).
 *
 * Primary:
 * - CODE_WEIGHT (60): the entry's code appears as a whole token (`insufficient_quota`,
 *   `RESOURCE_EXHAUSTED` in any case, `ThrottlingException`). Prefixes (`insufficient`) and
 *   lookalikes (`quota_exceeded`) are other tokens. Plain-word codes that are also English
 *   words (`INTERNAL`) match only in capitals or as a field value; digit-only codes (Azure's
 *   "429") only as the body's `code` field.
 * - CODE_GENERIC_WEIGHT (40): the code is also another entry's `type`
 *   (`invalid_request_error` is Anthropic's code and the type of many OpenAI errors).
 * - MESSAGE_WEIGHT (70) x coverage: the share of an entry message's word 3-grams (shingles)
 *   found in the paste, variable parts masked on both sides, from MIN_COVERAGE (0.6). Help
 *   sentences ("For more information ...") are left out of templates, and any one sentence
 *   of at least MIN_SENTENCE_TOKENS words found whole counts as full coverage. A message
 *   shorter than MIN_TEMPLATE_TOKENS words ("Overloaded", "Insufficient Balance") matches
 *   only a paste that is that message, or a body whose `message` field is.
 * - PARTIAL_MESSAGE_WEIGHT (45) + up to 10: a run of words from one of the entry's messages
 *   that no more than two entries share ("exceeded your current quota"), plus a point per
 *   content word in the run: people paste, and type, fragments. A typed query needs a run of
 *   3 words; a long paste, of 5.
 * - CODE_TYPO_WEIGHT (45): in a short query only, a token one edit away from a code of at
 *   least 8 characters, or two from one of at least 14 (`insuficient_quota`).
 * - STATUS_UNIQUE_WEIGHT (40): a short query (`529`, `error 529`) states a status exactly
 *   one entry has.
 *
 * Supporting: STATUS_WEIGHT (10) and EXCEPTION_WEIGHT (10) when the status or exception class
 * agrees; TYPE_WEIGHT (15) when a `type`/`status` field equals the entry's error type.
 *
 * Results scoring at least MIN_SCORE are returned, best first; ties go to the more common
 * entry (its `prevalence`), then to the provider listed first in src/site.config.ts (the
 * format owners before the services that copy them), then by key. Scores are rounded to two decimals.
 */
import { providerIds, type ProviderId } from '~/site.config';
import { SHINGLE_SIZE, maskVariableParts, queryGrams, tokenize, VAR } from './normalize';
import { extractClues, isShortQuery } from './clues';
import type { ErrorMatch, IndexedEntry, IndexedTemplate, MatcherIndex, QueryClues } from './types';

export const MIN_SCORE = 40;
export const MIN_COVERAGE = 0.6;
export const MIN_SENTENCE_TOKENS = 5;
export const MIN_TEMPLATE_TOKENS = 4;
/** A paste longer than this many words needs a longer run of a message to count it. */
export const TYPED_QUERY_TOKENS = 12;
/** At most this many entries may share a run of words for it to identify a message. */
export const MAX_RUN_OWNERS = 2;

export const CODE_WEIGHT = 60;
export const CODE_GENERIC_WEIGHT = 40;
export const CODE_TYPO_WEIGHT = 45;
export const MESSAGE_WEIGHT = 70;
export const PARTIAL_MESSAGE_WEIGHT = 45;
export const STATUS_UNIQUE_WEIGHT = 40;
export const STATUS_WEIGHT = 10;
export const EXCEPTION_WEIGHT = 10;
export const TYPE_WEIGHT = 15;
/**
 * Taken off an entry that has no HTTP status (a client-side error, a completion) when the
 * paste states an error status: an error response is not a dropped connection.
 */
export const STATUS_CONFLICT_PENALTY = 15;

/**
 * Words that say nothing about which message a run of words comes from: function words,
 * SDK wrappers' words, and the field names and values of error bodies (a template made from a body whose
 * message is not a plain string keeps them: "type invalid request error param none").
 */
const STOPWORDS = new Set(
  (
    'a an the to of in on at for from by with and or but is are was were be been it its this that these those ' +
    'you your we our please try again not no do does can could would should will may any all has have had ' +
    'error errors request type param code message status object detail details loc msg input body none null ' +
    'true false invalid exceptions exception google core api openai anthropic aws ' +
    // The wrappers SDKs put around any message: "[GoogleGenerativeAI Error]: Error fetching from".
    'googlegenerativeai fetching'
  ).split(' '),
);
/** Content words a run must hold to identify a message. */
const MIN_RUN_CONTENT_WORDS = 2;

export interface PreparedQuery {
  clues: QueryClues;
  /** Words were added to the reader's (see prepareQuery): they are not a message typed from memory. */
  aliased: boolean;
  /**
   * The query is one identifier (`rate_limit_exceeded`): a code, not a message. A message of
   * the same words (Mistral's "Rate limit exceeded") must not outrank the entry whose code it is.
   */
  identifier: boolean;
  /** The query's tokens joined by spaces. */
  text: string;
  tokenCount: number;
  grams: Set<string>;
  /**
   * Code-like tokens that may be typos: not any entry's exact code. `synthetic_error_42`
   * is that entry's code, not a misspelling of `synthetic_error_4`.
   */
  typoTokens: string[];
}

/** Per index: how many entries each shingle of their templates belongs to. */
const shingleOwnersOf = new WeakMap<MatcherIndex, Map<string, number>>();
const codesOf = new WeakMap<MatcherIndex, Set<string>>();

function shingleOwners(index: MatcherIndex): Map<string, number> {
  let owners = shingleOwnersOf.get(index);
  if (!owners) {
    owners = new Map();
    for (const entry of index.entries) {
      const own = new Set(entry.templates.flatMap((t) => t.sentences.flatMap((s) => s.shingles)));
      for (const shingle of own) owners.set(shingle, (owners.get(shingle) ?? 0) + 1);
    }
    shingleOwnersOf.set(index, owners);
  }
  return owners;
}

export function codeMatches(entry: IndexedEntry, clues: QueryClues): boolean {
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
  if (template.tokenCount < MIN_TEMPLATE_TOKENS)
    return query.text === template.text || query.clues.messageFields.has(template.text) ? 1 : 0;
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

function contentWords(shingle: string): string[] {
  return shingle.split(' ').filter((word) => word !== VAR && !STOPWORDS.has(word));
}

/** Whether few entries have a shingle: it says which message a run of words is from. */
function rare(shingle: string, owners: Map<string, number>): boolean {
  return (owners.get(shingle) ?? 0) <= MAX_RUN_OWNERS;
}

/**
 * The longest run of a template's words the query holds, as its number of content words:
 * at least `needed` consecutive shingles (1 = three words), one of them rare, and at least
 * MIN_RUN_CONTENT_WORDS content words ("the model # does not exist": model, exist); 0 when
 * there is none.
 */
function bestRun(template: IndexedTemplate, query: PreparedQuery, owners: Map<string, number>): number {
  const needed = query.tokenCount <= TYPED_QUERY_TOKENS ? 1 : MIN_SENTENCE_TOKENS - SHINGLE_SIZE + 1;
  let best = 0;
  for (const sentence of template.sentences) {
    let run = 0;
    let rareSeen = false;
    const words = new Set<string>();
    for (const shingle of sentence.shingles) {
      // The set first: most shingles are not in the query, and counting words allocates.
      if (!query.grams.has(shingle) || shingle.split(' ').length < SHINGLE_SIZE) {
        run = 0;
        rareSeen = false;
        words.clear();
        continue;
      }
      run++;
      rareSeen ||= rare(shingle, owners);
      for (const word of contentWords(shingle)) words.add(word);
      if (run >= needed && rareSeen && words.size >= MIN_RUN_CONTENT_WORDS) best = Math.max(best, words.size);
    }
  }
  return best;
}

function messageMatch(
  entry: IndexedEntry,
  query: PreparedQuery,
  owners: Map<string, number>,
): { coverage: number; partial: number } {
  let best = 0;
  for (const template of entry.templates) best = Math.max(best, templateCoverage(template, query));
  if (best >= MIN_COVERAGE) return { coverage: best, partial: 0 };
  let partial = 0;
  for (const template of entry.templates)
    if (template.tokenCount >= MIN_TEMPLATE_TOKENS)
      partial = Math.max(partial, bestRun(template, query, owners), wordsInOrder(template, query));
  return { coverage: 0, partial };
}

/** Words at most this far apart in a message still read as its phrase ("exceeded [your] current"). */
const MAX_WORD_GAP = 2;
/** Typed words, in order, that make a phrase of a message. */
const MIN_WORDS_IN_ORDER = 3;

/**
 * For a typed query: the most of its content words, taken in its order, that a template
 * holds in that order with at most MAX_WORD_GAP between neighbours, when at least
 * MIN_WORDS_IN_ORDER; else 0. People type a message from memory without its small words
 * ("exceeded current quota" for "You exceeded your current quota").
 */
function wordsInOrder(template: IndexedTemplate, query: PreparedQuery): number {
  if (query.aliased || query.tokenCount > TYPED_QUERY_TOKENS) return 0;
  const typed = query.text.split(' ').filter((word) => word !== VAR && !STOPWORDS.has(word));
  if (typed.length < MIN_WORDS_IN_ORDER) return 0;
  const words = template.text.split(' ');
  let best = 0;
  for (let first = 0; first < typed.length; first++) {
    for (
      let start = words.indexOf(typed[first]!);
      start !== -1;
      start = words.indexOf(typed[first]!, start + 1)
    ) {
      let at = start;
      let count = 1;
      for (const next of typed.slice(first + 1)) {
        const found = words.slice(at + 1, at + 2 + MAX_WORD_GAP).indexOf(next);
        if (found === -1) break;
        at += found + 1;
        count++;
      }
      if (count >= MIN_WORDS_IN_ORDER) best = Math.max(best, count);
    }
  }
  return best;
}

function exceptionMatches(entry: IndexedEntry, clues: QueryClues): boolean {
  return clues.exceptions.some((name) => entry.exceptions.includes(name));
}

export function scoreEntry(
  entry: IndexedEntry,
  query: PreparedQuery,
  owners: Map<string, number>,
): ErrorMatch | null {
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
  const message = query.identifier ? { coverage: 0, partial: 0 } : messageMatch(entry, query, owners);
  if (message.coverage > 0) {
    score += MESSAGE_WEIGHT * message.coverage;
    reasons.push('message');
  } else if (message.partial > 0) {
    // A longer run of the message's own words says more: a point per content word, up to 10.
    score += PARTIAL_MESSAGE_WEIGHT + Math.min(10, message.partial);
    reasons.push('message:partial');
  }
  const statusMatch = entry.httpStatus !== null && clues.statuses.has(entry.httpStatus);
  const statusIdentifies = statusMatch && entry.uniqueStatus && clues.short;
  if (statusIdentifies) {
    score += STATUS_UNIQUE_WEIGHT;
    reasons.push('status:unique');
  }
  if (score === 0) return null;
  if (entry.httpStatus === null && clues.statuses.size > 0) {
    score -= STATUS_CONFLICT_PENALTY;
    reasons.push('status:conflict');
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
  return { key: entry.key, score: Math.round(score * 100) / 100, reasons };
}

/**
 * `reader`: what the reader wrote, when `text` adds words for it (a Japanese question's
 * English meaning, aliases.ts): its shortness decides how the clues are read, and only its
 * own words are taken as a message typed from memory.
 */
export function prepareQuery(index: MatcherIndex, text: string, reader = text): PreparedQuery {
  const clues = extractClues(text, isShortQuery(reader), reader);
  const tokens = tokenize(maskVariableParts(text));
  let codes = codesOf.get(index);
  if (!codes) codesOf.set(index, (codes = new Set(index.entries.map((e) => e.code))));
  const typoTokens = [...clues.codeTokens].filter((token) => !codes.has(token));
  return {
    clues,
    aliased: reader !== text,
    identifier: /^[\w.-]*_[\w.-]*$/.test(text.trim()),
    text: tokens.join(' '),
    tokenCount: tokens.length,
    grams: queryGrams(tokens),
    typoTokens,
  };
}

/**
 * The entries a text matches among `entries` (all of the index when omitted), best first;
 * [] when nothing is recognised. Only matches scoring at least MIN_SCORE are returned.
 */
export function scoreEntries(
  index: MatcherIndex,
  query: PreparedQuery,
  entries: readonly IndexedEntry[] = index.entries,
): ErrorMatch[] {
  const owners = shingleOwners(index);
  const prevalence = new Map(entries.map((e) => [e.key, e.prevalence]));
  const matches: ErrorMatch[] = [];
  for (const entry of entries) {
    const match = scoreEntry(entry, query, owners);
    if (match && match.score >= MIN_SCORE) matches.push(match);
  }
  return matches.sort(
    (a, b) =>
      b.score - a.score ||
      (prevalence.get(b.key) ?? 3) - (prevalence.get(a.key) ?? 3) ||
      providerRank(a.key) - providerRank(b.key) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** A key's provider in the order of src/site.config.ts: the format owners come first. */
export function providerRank(key: string): number {
  const rank = providerIds.indexOf(key.slice(0, key.indexOf('/')) as ProviderId);
  return rank === -1 ? providerIds.length : rank;
}

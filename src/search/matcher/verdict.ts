/**
 * What search says about a paste: read the provider first (providers.ts), score the
 * entries that provider could have sent (score.ts), then decide.
 *
 * - A provider is established: only its entries count. Its best strong match is exact. If
 *   it has none, the same error of another provider of its family is offered as "same
 *   error shape, different provider" (a Mistral 429 read through OpenAI's page), never as
 *   exact.
 * - Only the family is known (`openai.RateLimitError`, Google's `status`): the entries of
 *   that family's providers count, and the match is exact only when the strong matches
 *   that tie for first all belong to one provider (a code or message only it has).
 * - Nothing is known: the same, over every entry. A message or code several providers
 *   share (the quota sentence Gemini reuses from OpenAI) becomes a choice between them,
 *   the more common first, never an exact match.
 *
 * A strong match is a code or a message (whole or a run of its words); a code typed from
 * memory or a status only one entry has is only likely.
 */
import { EXCEPTION_NAME } from './clues';
import { englishFor } from './aliases';
import { boundPaste } from './normalize';
import { familyOf, readProvider } from './providers';
import { prepareQuery, providerRank, scoreEntries } from './score';
import type {
  ClientFailure,
  ErrorMatch,
  IndexedEntry,
  MatcherIndex,
  PasteAnalysis,
  QueryClues,
  Understood,
  Verdict,
} from './types';

/** Strong matches within this many points of the best are a tie: all of them are candidates. */
const TIE = 15;

const ERROR_WORDS =
  /\b(?:error|exception|failed|failure|invalid|denied|exceeded|unauthorized|forbidden|timeout|timed out|refused|limit|quota|overloaded|unavailable|not found|traceback)\b|エラー|失敗|制限|無効|上限|タイムアウト|拒否|できません|課金/i;

/** A stack frame (Python's `File "…", line 12` or `File …/x.py:1014`, Node's `at f (…:3:9)`): a traceback cut before its error. */
const STACK_FRAME = /^\s*(?:File\s.*(?:, line \d+|\.py:\d+)|at\s.*:\d+:\d+\)?\s*$)/m;

function isStrong(match: ErrorMatch): boolean {
  return match.reasons.some((r) => r === 'code' || r === 'message' || r === 'message:partial');
}

function providerOf(key: string): string {
  return key.slice(0, key.indexOf('/'));
}

/** The order of entries offered together: the more common first, then the site's provider order. */
function moreCommonFirst(a: IndexedEntry, b: IndexedEntry): number {
  return b.prevalence - a.prevalence || providerRank(a.key) - providerRank(b.key);
}

/** A choice's order: moreCommonFirst, then by key. */
function choiceOrder(keys: string[], entries: ReadonlyMap<string, IndexedEntry>): string[] {
  return keys
    .flatMap((key) => entries.get(key) ?? [])
    .sort((a, b) => moreCommonFirst(a, b) || (a.key < b.key ? -1 : 1))
    .map((e) => e.key);
}

function likely(matches: ErrorMatch[]): Verdict {
  return matches.length > 0
    ? { kind: 'likely', keys: matches.slice(0, 3).map((m) => m.key) }
    : { kind: 'none' };
}

/** Among matches that could all be right: exact when the best ones are one provider's, else a choice. */
/**
 * The providers whose format the others copy. Without a provider named, a message is taken
 * as theirs; another provider's entry is exact only by its code, since its messages reach
 * the reader through the same SDKs (DeepSeek's empty 503 is a JSON decode error in any SDK).
 */
const formatOwners = new Set(['openai', 'anthropic', 'gemini', 'bedrock']);

/**
 * `contested`: the paste names two providers equally (see ProviderReading), so only a code
 * makes a match exact; a message may be either provider's.
 */
function decideAmong(
  matches: ErrorMatch[],
  entries: ReadonlyMap<string, IndexedEntry>,
  contested = false,
): Verdict {
  const strong = matches.filter(isStrong);
  const top = strong[0];
  if (!top) return likely(matches);
  const tied = strong.filter((m) => m.score >= top.score - TIE);
  const providers = new Set(tied.map((m) => providerOf(m.key)));
  if (providers.size === 1) {
    // Without a provider named, a message establishes one only when it is a format owner's
    // own error response: another provider's messages, and any client-side error's (httpx's
    // ReadTimeout is the same for every SDK), reach readers through shared code.
    const entry = entries.get(top.key);
    const byCode = top.reasons.includes('code');
    const ownersResponse = !contested && formatOwners.has(providerOf(top.key)) && entry?.httpStatus !== null;
    return byCode || ownersResponse ? { kind: 'exact', key: top.key } : likely(matches);
  }
  // One entry per provider: a provider's second-best is not a rival of another provider's best.
  const perProvider = [...providers].map((p) => tied.find((m) => providerOf(m.key) === p)!.key);
  return { kind: 'choice', keys: choiceOrder(perProvider, entries) };
}

/**
 * What a client-side entry (no HTTP status: the SDK raised it) is about, read from its code:
 * the SDKs name these for the failure (`APIConnectionError`, `connection_error`,
 * `APITimeoutError`, `timeout`).
 */
function failureOfEntry(entry: IndexedEntry): ClientFailure | undefined {
  if (entry.httpStatus !== null) return undefined;
  if (entry.code.includes('timeout')) return 'timeout';
  if (entry.code.includes('connection')) return 'connection';
  return undefined;
}

/** The one entry among `entries` for the paste's failure to get an answer, if exactly one is. */
function byClientFailure(entries: readonly IndexedEntry[], clues: QueryClues): IndexedEntry | undefined {
  if (!clues.clientFailure) return undefined;
  const found = entries.filter((e) => failureOfEntry(e) === clues.clientFailure);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * A choice when the paste names a provider, if only by a model name or in passing ("Gemini
 * AIのAPIを使っていると…"): that provider's candidates; none when it has none, since the
 * reader said whose error it is (the full text then searches).
 */
function byHintedProvider(verdict: Verdict, hint: string | undefined): Verdict {
  if (verdict.kind !== 'choice' || !hint) return verdict;
  const own = verdict.keys.filter((key) => providerOf(key) === hint);
  if (own.length === 0) return { kind: 'none' };
  return own.length === 1 ? { kind: 'likely', keys: own } : { kind: 'choice', keys: own };
}

/** Codes whose words tools print before any error ("API Error: 500 …"). */
const PREFIX_PHRASES = new Set(['api error', 'server error', 'internal error', 'unknown error']);

/** At most this many of a provider's entries share a status for it to point at them. */
const MAX_BY_STATUS = 3;

/**
 * A provider's entries told apart by what the paste says besides a code or message, in
 * this order: its code written as words ("a billing error"); its status (the more common
 * first, at most MAX_BY_STATUS: OpenAI's 401 is a wrong key far more often than a wrong
 * organization); the one with its exception class; its wrong-key entry for a key refused
 * in words; the one for its failure to get an answer. [] when none is told apart.
 */
function ownByClues(own: readonly IndexedEntry[], clues: QueryClues): IndexedEntry[] {
  // The code written as words ("returned a billing error"): only the provider's own entries,
  // and not "API Error", which tools print before any error.
  const byCodeWords = own.filter((e) => {
    const words = e.code
      .toLowerCase()
      .split(/[_\s]+/)
      .join(' ');
    return words.includes(' ') && !PREFIX_PHRASES.has(words) && clues.readerWords.includes(` ${words} `);
  });
  if (byCodeWords.length > 0 && byCodeWords.length <= MAX_BY_STATUS) return byCodeWords;
  const byStatus = own.filter((e) => e.httpStatus !== null && clues.statuses.has(e.httpStatus));
  if (byStatus.length > 0 && byStatus.length <= MAX_BY_STATUS) return [...byStatus].sort(moreCommonFirst);
  const byClass = own.filter((e) => clues.exceptions.some((name) => e.exceptions.includes(name)));
  if (byClass.length === 1) return byClass;
  // A key refused in words: the provider's entry for a wrong key (not a leaked or expired one).
  const byKey = clues.badKey
    ? own.filter((e) => /api_?key|authentication/i.test(e.code) && !/leak|expire/i.test(e.code))
    : [];
  if (byKey.length > 0 && byKey.length <= MAX_BY_STATUS) return byKey;
  // No status: the request got no answer ("Failed to fetch", "timed out").
  const byFailure = clues.statuses.size === 0 ? byClientFailure(own, clues) : undefined;
  return byFailure ? [byFailure] : [];
}

export function analyzePaste(index: MatcherIndex, paste: string): PasteAnalysis {
  const bounded = boundPaste(paste).trim();
  // A Japanese question is read with the English words its phrases mean (aliases.ts).
  const english = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(bounded)
    ? englishFor(bounded)
    : '';
  const text = english ? `${bounded}\n${english}` : bounded;
  if (text === '') return { verdict: { kind: 'none' }, understood: { looksLikeError: false }, matches: [] };
  const query = prepareQuery(index, text, bounded);
  // The provider is read from what the reader wrote: the alias codes (API_KEY_INVALID) are Gemini's clues.
  const reading = readProvider(bounded, query.clues.short);
  const entries = new Map(index.entries.map((e) => [e.key, e]));
  const all = scoreEntries(index, query);

  let verdict: Verdict;
  let matches: ErrorMatch[];
  if (reading.provider) {
    const provider = reading.provider;
    matches = all.filter((m) => providerOf(m.key) === provider);
    const best = matches.find(isStrong);
    const own = index.entries.filter((e) => e.provider === provider);
    const family = familyOf(provider);
    const alike = all.filter((m) => isStrong(m) && familyOf(providerOf(m.key)) === family);
    // Another provider's own code (`mismatched_organization`) says more than a status.
    const alikeByCode = alike.find((m) => m.reasons.includes('code') && !entries.get(m.key)?.genericCode);
    // The provider's own entry for a shared code (`invalid_request_error`) comes before
    // the entries that merely share its status.
    const byOwnCode = matches
      .filter((m) => m.reasons.includes('code:generic'))
      .map((m) => entries.get(m.key))
      .filter((e): e is IndexedEntry => e !== undefined);
    const byClue =
      best || alikeByCode
        ? []
        : [...byOwnCode, ...ownByClues(own, query.clues).filter((e) => !byOwnCode.includes(e))].slice(
            0,
            MAX_BY_STATUS,
          );
    if (best) verdict = { kind: 'exact', key: best.key };
    else if (byClue.length > 0) {
      // Nothing in the text is an entry's own code or message, but the provider is known and
      // the paste's status, class or words tell a few of its entries apart: likely those.
      verdict = { kind: 'likely', keys: byClue.map((e) => e.key) };
      matches = [...byClue.map((e) => ({ key: e.key, score: 0, reasons: ['provider+status'] })), ...matches];
    } else {
      verdict = alike[0] ? { kind: 'shape', key: alike[0].key, provider } : likely(matches);
      if (alike[0]) matches = [alike[0], ...matches];
    }
  } else if (reading.service) {
    // A server the reference has no provider for: the same error of an OpenAI-format entry
    // is the closest there is, and never an exact match.
    matches = all.filter((m) => familyOf(providerOf(m.key)) === 'openai');
    const best = matches.find(isStrong);
    verdict = best ? { kind: 'shape', key: best.key, provider: reading.service } : likely(matches);
  } else if (reading.family) {
    matches = all.filter((m) => familyOf(providerOf(m.key)) === reading.family);
    verdict = byHintedProvider(decideAmong(matches, entries, reading.contested !== undefined), reading.hint);
  } else {
    matches = all;
    verdict = byHintedProvider(decideAmong(matches, entries), reading.hint);
  }

  // Nothing recognised in the words: the provider a model name hints at, with the paste's
  // status, class or words; the format's one entry for a request that got no answer (an
  // `openai` traceback that timed out); or else the class alone (`RateLimitError` in a
  // Jupyter traceback): the most common entries that raise it, its format's own first.
  if (verdict.kind === 'none') {
    const hinted = reading.hint ? index.entries.filter((e) => e.provider === reading.hint) : [];
    const byHint = ownByClues(hinted, query.clues);
    const byClass = index.entries
      .filter((e) => query.clues.exceptions.some((name) => e.exceptions.includes(name)))
      .filter((e) => !reading.family || familyOf(e.provider) === reading.family)
      .sort(moreCommonFirst);
    const inFamily = reading.family
      ? index.entries.filter((e) => familyOf(e.provider) === reading.family)
      : [];
    const byFailure = query.clues.statuses.size === 0 ? byClientFailure(inFamily, query.clues) : undefined;
    if (byHint.length > 0) verdict = { kind: 'likely', keys: byHint.map((e) => e.key) };
    else if (byFailure) verdict = { kind: 'likely', keys: [byFailure.key] };
    else {
      // A format's own SDK (OpenAI's files, not a compatible service's host) calls its own
      // provider unless told otherwise: its entries for the class come first.
      const home = byClass.filter((e) => e.provider === reading.family);
      const candidates = home.length > 0 ? home : byClass;
      // A class many entries raise (`RateLimitError` alone) still offers the most common of them.
      if (candidates.length > 0) verdict = { kind: 'likely', keys: candidates.slice(0, 3).map((e) => e.key) };
    }
  }

  const exception = [...text.matchAll(EXCEPTION_NAME)].at(-1)?.[0];
  const understood: Understood = {
    provider: reading.provider,
    service: reading.service,
    family: reading.family,
    status: [...query.clues.statuses][0],
    exception,
    looksLikeError:
      reading.clues.length > 0 ||
      query.clues.statuses.size > 0 ||
      exception !== undefined ||
      ERROR_WORDS.test(text) ||
      STACK_FRAME.test(text),
  };
  return { verdict, understood, matches };
}

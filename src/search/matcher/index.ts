/**
 * The error matcher: recognises which error entry a pasted error is about (a bare code,
 * a message or a fragment of one, a whole traceback, an SDK's one-line error, a raw or
 * double-encoded JSON body, a wrapper's relabelled error) so that search can answer
 * before, and better than, full-text ranking, which a traceback's noise drowns.
 *
 * It reads the provider first (providers.ts), scores the entries that provider could have
 * sent (score.ts) and decides what to say (verdict.ts); normalize.ts and templates.ts make
 * a message and a paste comparable; pack.ts is the index as the browser downloads it;
 * terms.ts picks a paste's words for the full-text search. Runs in the browser: no Node
 * APIs, no dependencies.
 */
export type * from './types';
export { normaliseForMatching, boundPaste, MAX_MATCH_CHARS } from './normalize';
export { buildMatcherIndex } from './templates';
export { extractClues, SHORT_QUERY_WORDS } from './clues';
export { readProvider, familyOf } from './providers';
export { editDistance, MIN_SCORE, prepareQuery, scoreEntries } from './score';
export { analyzePaste } from './verdict';
export { packMatcherIndex, unpackMatcherIndex, needsMessageTemplates } from './pack';
export type { PackedMatcherCore, PackedMatcherMessages, PackedMatcherRow } from './pack';
export { distinctiveTerms, fullTextQueryFor, isPaste, type SearchTerm } from './terms';

import { prepareQuery, scoreEntries } from './score';
import { boundPaste } from './normalize';
import type { ErrorMatch, MatcherIndex } from './types';

/** Every entry a text matches, best first, whatever its provider (analyzePaste decides). */
export function matchError(index: MatcherIndex, query: string): ErrorMatch[] {
  const text = boundPaste(query).trim();
  return text === '' ? [] : scoreEntries(index, prepareQuery(index, text));
}

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
import { providerIds, type ProviderId } from '~/site.config';
import { EXCEPTION_NAME } from './clues';
import { boundPaste } from './normalize';
import { familyOf, readProvider } from './providers';
import { prepareQuery, scoreEntries } from './score';
import type {
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

function isStrong(match: ErrorMatch): boolean {
  return match.reasons.some((r) => r === 'code' || r === 'message' || r === 'message:partial');
}

function providerOf(key: string): string {
  return key.slice(0, key.indexOf('/'));
}

function providerRank(key: string): number {
  const rank = providerIds.indexOf(providerOf(key) as ProviderId);
  return rank === -1 ? providerIds.length : rank;
}

/** A choice's order: the more common entry first, then the site's provider order. */
function choiceOrder(keys: string[], entries: ReadonlyMap<string, IndexedEntry>): string[] {
  return [...keys].sort(
    (a, b) =>
      (entries.get(b)?.prevalence ?? 3) - (entries.get(a)?.prevalence ?? 3) ||
      providerRank(a) - providerRank(b) ||
      (a < b ? -1 : 1),
  );
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

function decideAmong(matches: ErrorMatch[], entries: ReadonlyMap<string, IndexedEntry>): Verdict {
  const strong = matches.filter(isStrong);
  const top = strong[0];
  if (!top) return likely(matches);
  const tied = strong.filter((m) => m.score >= top.score - TIE);
  const providers = new Set(tied.map((m) => providerOf(m.key)));
  if (providers.size === 1) {
    const byCode = top.reasons.includes('code');
    return byCode || formatOwners.has(providerOf(top.key))
      ? { kind: 'exact', key: top.key }
      : likely(matches);
  }
  // One entry per provider: a provider's second-best is not a rival of another provider's best.
  const perProvider = [...providers].map((p) => tied.find((m) => providerOf(m.key) === p)!.key);
  return { kind: 'choice', keys: choiceOrder(perProvider, entries) };
}

/** The one entry of a provider with the paste's status or exception class, if exactly one has it. */
function ownByStatusOrClass(own: readonly IndexedEntry[], clues: QueryClues): IndexedEntry | undefined {
  const byStatus = own.filter((e) => e.httpStatus !== null && clues.statuses.has(e.httpStatus));
  if (byStatus.length === 1) return byStatus[0];
  const byClass = own.filter((e) => clues.exceptions.some((name) => e.exceptions.includes(name)));
  return byClass.length === 1 ? byClass[0] : undefined;
}

export function analyzePaste(index: MatcherIndex, paste: string): PasteAnalysis {
  const text = boundPaste(paste).trim();
  if (text === '') return { verdict: { kind: 'none' }, understood: { looksLikeError: false }, matches: [] };
  const query = prepareQuery(index, text);
  const reading = readProvider(text, query.clues.short);
  const entries = new Map(index.entries.map((e) => [e.key, e]));
  const all = scoreEntries(index, query);

  let verdict: Verdict;
  let matches: ErrorMatch[];
  if (reading.provider) {
    const provider = reading.provider;
    matches = all.filter((m) => providerOf(m.key) === provider);
    const best = matches.find(isStrong);
    const own = index.entries.filter((e) => e.provider === provider);
    const byClue = best ? undefined : ownByStatusOrClass(own, query.clues);
    if (best) verdict = { kind: 'exact', key: best.key };
    else if (byClue) {
      // Nothing in the text is the entry's, but the provider is known and only one of its
      // entries has the stated status (or exception class): likely that one.
      verdict = { kind: 'likely', keys: [byClue.key] };
      matches = [{ key: byClue.key, score: 0, reasons: ['provider+status'] }, ...matches];
    } else {
      const family = familyOf(provider);
      const alike = all.filter((m) => isStrong(m) && familyOf(providerOf(m.key)) === family);
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
    verdict = decideAmong(matches, entries);
  } else {
    matches = all;
    verdict = decideAmong(matches, entries);
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
      ERROR_WORDS.test(text),
  };
  return { verdict, understood, matches };
}

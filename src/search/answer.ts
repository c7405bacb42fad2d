/**
 * Words of search's answers that are pure logic: the clue that tells one candidate of a
 * shared message from another, and the request for a missing entry, masked.
 */
import { providers, type ProviderId } from '~/site.config';
import { familyOf, type Understood } from './matcher';
import { maskedTail } from './mask-secrets';

/** Longest paste a request carries: its tail, where tracebacks and logs put the error. */
export const MAX_REQUEST_CHARS = 4_000;

/**
 * What to look for in a whole error to tell this entry from others with the same text: the
 * body field that carries its code and a host its messages mention, e.g.
 * `type: insufficient_quota · platform.openai.com` against `status: RESOURCE_EXHAUSTED · ai.google.dev`.
 */
export function telltale(card: { provider: string; code: string; errorType: string }): string {
  const family = familyOf(card.provider);
  const [field, value] =
    family === 'google'
      ? ['status', card.errorType]
      : family === 'aws'
        ? ['exception', card.code]
        : family === 'anthropic' || card.errorType === card.code
          ? ['type', card.errorType]
          : ['code', card.code];
  const host = card.provider in providers ? providers[card.provider as ProviderId].hosts[0] : undefined;
  return host ? `${field}: ${value} · ${host}` : `${field}: ${value}`;
}

/** A request for an entry, from the paste (masked, its tail when long) and what was read from it. */
export function entryRequest(
  paste: string,
  understood: Understood,
  title: (summary: string) => string,
): { title: string; body: string } {
  const trimmed = paste.trim();
  const tail = maskedTail(trimmed, MAX_REQUEST_CHARS);
  const text = trimmed.length > MAX_REQUEST_CHARS ? `…\n${tail}` : tail;
  const head = maskedTail(trimmed.slice(0, 1_000), 1_000);
  const firstLine = head.split('\n').find((line) => line.trim() !== '') ?? '';
  const summary = understood.exception ?? (firstLine.length > 80 ? `${firstLine.slice(0, 79)}…` : firstLine);
  const facts = [
    understood.provider
      ? `Provider: ${providers[understood.provider].name}`
      : understood.service
        ? `Provider: ${understood.service}`
        : undefined,
    understood.status !== undefined ? `HTTP status: ${understood.status}` : undefined,
    understood.exception ? `Exception class: ${understood.exception}` : undefined,
  ].filter((line) => line !== undefined);
  // A fence longer than any backtick run in the paste, so the paste cannot close it.
  const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  const body = [
    'An error the reference does not cover yet.',
    '',
    ...(facts.length > 0 ? [...facts, ''] : []),
    `${fence}text`,
    text,
    fence,
  ].join('\n');
  return { title: title(summary.trim()), body };
}

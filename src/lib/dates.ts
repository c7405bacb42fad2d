/** Dates shown in the reader's language. Content dates are calendar days, so UTC. */
import type { Locale } from '~/site.config';

const formatters = new Map<Locale, Intl.DateTimeFormat>();

export function formatDate(date: Date, lang: Locale): string {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-US', {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
    formatters.set(lang, formatter);
  }
  return formatter.format(date);
}

/** `YYYY-MM-DD`, for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

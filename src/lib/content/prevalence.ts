/**
 * The most common errors, for the home page: entries by their declared `prevalence`
 * (1 rare .. 5 among the most pasted, 3 when not declared), highest first, then by key so
 * the order is the same on every build.
 */
export interface PrevalenceFacts {
  key: string;
  prevalence: number;
}

export function mostCommon<T>(entries: readonly T[], count: number, facts: (entry: T) => PrevalenceFacts): T[] {
  return entries
    .map((entry) => ({ entry, ...facts(entry) }))
    .sort((a, b) => b.prevalence - a.prevalence || a.key.localeCompare(b.key))
    .slice(0, count)
    .map(({ entry }) => entry);
}

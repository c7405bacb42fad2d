/**
 * Ranking for the last full-text fallback: pages that hold the most of a query's telling
 * words. Pagefind ANDs every word, and a question ends in words no page has ("最速解決法",
 * "対処法"), so the few words that name the error find nothing together. Searching each
 * word alone and adding up what every page holds finds the pages that answer the question.
 * Pagefind has no OR search of its own (its query is always all the words), hence this.
 */

/** One word's search: its weight (see SearchTerm) and the pages found, best first. */
export interface TermResults<T> {
  weight: number;
  results: readonly { id: string; value: T }[];
}

/**
 * A page must hold this much weight to be listed: a code or a class (3), a status (2) or two
 * plain words. One common word alone ("model") says nothing about which error it is.
 */
export const MIN_TERMS_WEIGHT = 2;

/**
 * The pages holding the most weight, best first. Ties go to the page the searches ranked
 * highest, on the sum of its ranks' shares (1 for a first place, 1/2 for a second, ...), so a
 * page ranked first for two words comes before one ranked tenth for both.
 */
export function rankByTerms<T>(searches: readonly TermResults<T>[]): T[] {
  const pages = new Map<string, { value: T; weight: number; rank: number }>();
  for (const { weight, results } of searches) {
    results.forEach(({ id, value }, position) => {
      const page = pages.get(id) ?? { value, weight: 0, rank: 0 };
      page.weight += weight;
      page.rank += 1 / (position + 1);
      pages.set(id, page);
    });
  }
  return [...pages.values()]
    .filter((page) => page.weight >= MIN_TERMS_WEIGHT)
    .sort((a, b) => b.weight - a.weight || b.rank - a.rank)
    .map((page) => page.value);
}

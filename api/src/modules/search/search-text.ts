/**
 * What a search query becomes before it reaches SQL, and the position a search cursor carries.
 * Pure: no I/O, unit-tested beside it.
 */

/** Fewer characters than this are refused: one character has no trigram and would scan every row. */
export const SEARCH_MIN_CHARACTERS = 2;
/** More than this is refused at the edge (text-limits.ts): no account name or phrase is longer. */
export const SEARCH_MAX_CHARACTERS = 64;
/** Below this length a query has no trigram of its own, so it reads the doubled-text indexes. */
export const TRIGRAM_CHARACTERS = 3;

const codePoints = (text: string) => Array.from(text);

/** A query as searched: trimmed, whitespace runs collapsed to one space. */
export function normalizeSearchText(raw: string): string {
  return raw.trim().replace(/\s+/gu, ' ');
}

export function characterCount(text: string): number {
  return codePoints(text).length;
}

/** `%`, `_` and `\` match themselves, not as LIKE's wildcards (backslash is LIKE's escape). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Every character twice, as the `regexp_replace(col, '(.)', '\1\1', 'g')` index expression
 * writes the column: "性能" becomes "性性能能", whose trigrams the doubled column holds exactly
 * where the original holds "性能". Doubled before escaping, so a `%` stays one escaped `%%`.
 */
export function doubled(text: string): string {
  return codePoints(text)
    .map((c) => c + c)
    .join('');
}

/**
 * How well a row matches, best first: the whole name or title, its beginning, anywhere in it,
 * and (articles) only in the body.
 */
export const MATCH_TIERS = ['EXACT', 'PREFIX', 'CONTAINS', 'BODY'] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];

/**
 * A result's place in the order: tier, then the matched field's length (for a field containing
 * the query, trigram similarity is about |trigrams(query)| / |trigrams(field)|, so the shorter
 * field is the more similar; as a length it has an index), then the newest first, then the id.
 */
export interface SearchPosition {
  tier: number;
  length: number;
  at: Date;
}

export function positionKey(position: SearchPosition): string {
  return `${position.tier}:${position.length}:${position.at.toISOString()}`;
}

/** The position in a cursor's key, or null when it is not one a search wrote. */
export function parsePositionKey(key: string): SearchPosition | null {
  const match = /^(\d):(\d{1,6}):(.+)$/.exec(key);
  if (!match) return null;
  const tier = Number(match[1]);
  const length = Number(match[2]);
  const at = new Date(match[3] as string);
  if (tier >= MATCH_TIERS.length || Number.isNaN(at.getTime())) return null;
  if (at.getUTCFullYear() < 1900 || at.getUTCFullYear() > 9999) return null;
  return { tier, length, at };
}

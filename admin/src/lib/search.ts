/** The API's bounds on a search query (search-text.ts): shorter is refused, longer too. */
export const SEARCH_MIN_CHARACTERS = 2;
export const SEARCH_MAX_CHARACTERS = 64;
/** How long typing pauses before the search runs (and the URL changes). */
export const SEARCH_DEBOUNCE_MS = 300;

/** The query as the API searches it: trimmed, whitespace runs as one space. */
export function normalizeSearch(text: string): string {
  return text.trim().replace(/\s+/gu, ' ');
}

/** Long enough to search (counted in characters, as the API counts them). */
export function searchable(text: string): boolean {
  return Array.from(normalizeSearch(text)).length >= SEARCH_MIN_CHARACTERS;
}

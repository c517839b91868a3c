/** The user's own saved queries, kept in this browser (localStorage), newest first. */
export interface SavedQuery {
  id: string;
  name: string;
  query: string;
  /** The variables editor's text ('' for none). */
  variables: string;
  /** ISO time of the last save or rename. */
  savedAt: string;
}

export const SAVED_QUERIES_KEY = 'oap.playground.saved';

function isSavedQuery(value: unknown): value is SavedQuery {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.id === 'string' &&
    typeof entry.name === 'string' &&
    typeof entry.query === 'string' &&
    typeof entry.variables === 'string' &&
    typeof entry.savedAt === 'string'
  );
}

/** The saved queries; malformed entries (or storage switched off) read as none. */
export function readSavedQueries(storage: Storage | null = safeLocalStorage()): SavedQuery[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(SAVED_QUERIES_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isSavedQuery) : [];
  } catch {
    return [];
  }
}

/** Stores the list; false when the browser refuses (private mode, quota). */
export function writeSavedQueries(list: readonly SavedQuery[], storage: Storage | null = safeLocalStorage()): boolean {
  if (!storage) return false;
  try {
    storage.setItem(SAVED_QUERIES_KEY, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function newId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Saves under `name`: a query already saved under that name (trimmed, case-sensitive) is
 * replaced, and moves to the top. Returns the new list and whether an entry was replaced.
 */
export function saveQuery(
  list: readonly SavedQuery[],
  name: string,
  query: string,
  variables: string,
  now = new Date(),
): { list: SavedQuery[]; replaced: boolean } {
  const trimmed = name.trim();
  const existing = list.find((entry) => entry.name === trimmed);
  const entry: SavedQuery = {
    id: existing?.id ?? newId(),
    name: trimmed,
    query,
    variables,
    savedAt: now.toISOString(),
  };
  return { list: [entry, ...list.filter((other) => other !== existing)], replaced: Boolean(existing) };
}

export function renameQuery(list: readonly SavedQuery[], id: string, name: string, now = new Date()): SavedQuery[] {
  const trimmed = name.trim();
  return list.map((entry) => (entry.id === id ? { ...entry, name: trimmed, savedAt: now.toISOString() } : entry));
}

export function deleteQuery(list: readonly SavedQuery[], id: string): SavedQuery[] {
  return list.filter((entry) => entry.id !== id);
}

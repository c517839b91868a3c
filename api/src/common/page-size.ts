/** The page size of a list asked for without `first` (no dependencies: the query limits use it too). */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * Label values for the metrics that come from what clients send (pure). Every distinct label value
 * is a time series Prometheus keeps, so a client choosing operation names freely could make the
 * server and Prometheus hold unbounded series: names are kept only when they look like names, and
 * only the first `max` distinct ones of a process; later ones count together as `other`.
 */
export const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** The admin sends a few dozen named operations; the playground adds analysts' own. */
export const MAX_OPERATION_NAMES = 200;

export class OperationNames {
  private readonly seen = new Set<string>();

  constructor(private readonly max = MAX_OPERATION_NAMES) {}

  /** `anonymous` for no name, `other` for a name not kept (malformed, or past the bound). */
  label(name: string | null | undefined): string {
    if (name === null || name === undefined || name === '') return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.seen.has(name)) return name;
    if (this.seen.size >= this.max) return 'other';
    this.seen.add(name);
    return name;
  }
}

/** GraphQL operation types, and `unknown` when the request never got as far as naming one. */
export function operationType(type: string | undefined): 'query' | 'mutation' | 'subscription' | 'unknown' {
  return type === 'query' || type === 'mutation' || type === 'subscription' ? type : 'unknown';
}

/** A code or reason as a label: one of our UPPER_SNAKE words, or `OTHER` (they come from one vocabulary). */
export function refusalWord(word: unknown): string {
  return typeof word === 'string' && /^[A-Z][A-Z0-9_]{0,63}$/.test(word) ? word : 'OTHER';
}

/**
 * How an operation ended: `success` (no errors), `error` (something failed on our side), or
 * `refused` (every error a refusal the client can act on).
 */
export function operationOutcome(codes: readonly unknown[]): 'success' | 'refused' | 'error' {
  if (codes.length === 0) return 'success';
  return codes.some((code) => code === 'INTERNAL_SERVER_ERROR' || code === undefined) ? 'error' : 'refused';
}

/** A violation's claim as the queue reads it. */
export interface ClaimView {
  claimedBy?: { id: string; displayName: string } | null;
  claimedAt?: string | null;
  claimExpiresAt?: string | null;
}

/** Whether another moderator holds the violation with a live claim (not lapsed at `now`). */
export function heldByOther(violation: ClaimView, viewerId: string | undefined, now: number): boolean {
  const expires = violation.claimExpiresAt ? Date.parse(violation.claimExpiresAt) : Number.NaN;
  return Boolean(violation.claimedBy && violation.claimedBy.id !== viewerId && expires > now);
}

/** The queue's claim views (the URL's `view`) and the API's ClaimFilter for each. */
export const CLAIM_VIEWS = ['open', 'mine', 'all'] as const;
export type QueueView = (typeof CLAIM_VIEWS)[number];
export const CLAIM_FILTER_OF = { open: 'UNCLAIMED_OR_MINE', mine: 'MINE', all: 'ANY' } as const;

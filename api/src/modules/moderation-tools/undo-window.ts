/**
 * The undo window of a dismissal (rule `moderation.undoMinutes`): pure arithmetic, no I/O.
 */

/** When a dismissal made at `decidedAt` can no longer be undone. */
export function undoDeadline(decidedAt: Date, minutes: number): Date {
  return new Date(decidedAt.getTime() + minutes * 60_000);
}

/** Whether a dismissal made at `decidedAt` can still be undone at `now` (the deadline itself is too late). */
export function undoWindowOpen(decidedAt: Date, minutes: number, now: Date): boolean {
  return now.getTime() < undoDeadline(decidedAt, minutes).getTime();
}

/**
 * Who may undo a dismissal: the moderator who made it, or an admin. The decider may be null
 * (a dismissal recorded without a viewer, e.g. seeded): then only an admin.
 */
export function mayUndo(decidedById: string | null, viewerId: string, viewerIsAdmin: boolean): boolean {
  return viewerIsAdmin || (decidedById !== null && decidedById === viewerId);
}

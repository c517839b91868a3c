import type { Role } from '../graphql/generated/graphql';

export type { Role };

/** Who may open each page; a page not listed is open to everyone signed in. */
export const PAGE_ROLES = {
  audit: ['ADMIN', 'MODERATOR'],
  // The dashboard reads the statistics API: staff.
  dashboard: ['ADMIN', 'MODERATOR', 'REVIEWER', 'ANALYST'],
  // REVIEWER and ADMIN act on requests; MODERATOR and ANALYST read them.
  quotaRequests: ['ADMIN', 'REVIEWER', 'MODERATOR', 'ANALYST'],
  // MODERATOR and ADMIN act on the queue and on appeals; ANALYST reads them.
  moderation: ['ADMIN', 'MODERATOR', 'ANALYST'],
  appeals: ['ADMIN', 'MODERATOR', 'ANALYST'],
  // REVIEWER and ADMIN review certifications; MODERATOR and ANALYST read them.
  certifications: ['ADMIN', 'REVIEWER', 'MODERATOR', 'ANALYST'],
  // The applicant's flow: the account's operators (publishers) and ADMIN.
  certify: ['ADMIN', 'PUBLISHER'],
  // Staff read the working-day calendar (deadlines depend on it); only ADMIN edits it.
  calendar: ['ADMIN', 'MODERATOR', 'REVIEWER', 'ANALYST'],
  // Between accounts' operators (publishers); ADMIN may act for any account.
  reprintRequests: ['ADMIN', 'PUBLISHER'],
  // People: creating users, their roles, deactivation and password links.
  users: ['ADMIN'],
  // An enterprise account's follows, verification log and administrators: its system
  // administrators (operators: publishers) and ADMIN. Its address book is open to hierarchical
  // administrators too (any user holding a directory scope).
  enterprise: ['ADMIN', 'PUBLISHER'],
  // Search (searchAccounts, searchArticles): staff find anything; a publisher its own accounts' rows.
  search: ['ADMIN', 'MODERATOR', 'REVIEWER', 'ANALYST', 'PUBLISHER'],
  // The delivery provider's outbox (codes and contacts).
  deliveries: ['ADMIN'],
  // Canned reasons: moderators read (and pick) them; only ADMIN edits them.
  cannedReasons: ['ADMIN', 'MODERATOR'],
} as const satisfies Record<string, readonly Role[]>;

/** True when the roles include one of the allowed ones (no list: anyone signed in). */
export function canAccess(roles: readonly Role[], allowed: readonly Role[] | undefined): boolean {
  return !allowed || allowed.some((role) => roles.includes(role));
}

/**
 * The page each role starts on, first match wins: moderators work the queue, reviewers their
 * certifications, analysts read the dashboard.
 */
const HOME_ROUTES = [
  { roles: ['ADMIN', 'MODERATOR'], name: 'moderation' },
  { roles: ['REVIEWER'], name: 'certifications' },
  { roles: ['ANALYST'], name: 'dashboard' },
] as const satisfies ReadonlyArray<{ roles: readonly Role[]; name: string }>;

export type HomeRouteName = (typeof HOME_ROUTES)[number]['name'] | 'accounts';

/** The first page a user with these roles should see: where `/` and sign-in lead (publishers: accounts). */
export function homeRouteName(roles: readonly Role[]): HomeRouteName {
  return HOME_ROUTES.find((home) => canAccess(roles, home.roles))?.name ?? 'accounts';
}

/** Who may act on a quota request at each step (the API decides; the page hides what it would refuse). */
export const QUOTA_ACTION_ROLES = {
  preliminary: ['ADMIN', 'REVIEWER'],
  authority: ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

/** Who may block and unblock articles. */
export const MODERATION_ROLES = ['ADMIN', 'MODERATOR'] as const satisfies readonly Role[];
/** Who reads moderators' notes on accounts (the API's policy: never publishers or analysts). */
export const ACCOUNT_NOTE_READERS = ['ADMIN', 'MODERATOR', 'REVIEWER'] as const satisfies readonly Role[];

/** Who reviews certifications (the one it was dispatched to, or ADMIN) and invites accounts to them. */
export const CERTIFICATION_REVIEW_ROLES = ['ADMIN', 'REVIEWER'] as const satisfies readonly Role[];

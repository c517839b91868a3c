import type { Role } from '../graphql/generated/graphql';

export type { Role };

/** Who may open each page; a page not listed is open to everyone signed in. */
export const PAGE_ROLES = {
  audit: ['ADMIN', 'MODERATOR'],
  // REVIEWER and ADMIN act on requests; MODERATOR and ANALYST read them.
  quotaRequests: ['ADMIN', 'REVIEWER', 'MODERATOR', 'ANALYST'],
} as const satisfies Record<string, readonly Role[]>;

/** True when the roles include one of the allowed ones (no list: anyone signed in). */
export function canAccess(roles: readonly Role[], allowed: readonly Role[] | undefined): boolean {
  return !allowed || allowed.some((role) => roles.includes(role));
}

/** The first page a user with these roles may see: where `/` and sign-in lead. */
export function homeRouteName(roles: readonly Role[]): 'audit' | 'rules' {
  return canAccess(roles, PAGE_ROLES.audit) ? 'audit' : 'rules';
}

/** Who may act on a quota request at each step (the API decides; the page hides what it would refuse). */
export const QUOTA_ACTION_ROLES = {
  preliminary: ['ADMIN', 'REVIEWER'],
  authority: ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

/** Who may block and unblock articles. */
export const MODERATION_ROLES = ['ADMIN', 'MODERATOR'] as const satisfies readonly Role[];

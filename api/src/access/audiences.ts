import type { Viewer } from './viewer';

/**
 * The audiences of the visibility policy, as bits: a viewer belongs to several at once (everyone is
 * PUBLIC; a moderator who also operates an account is MODERATOR and, for that account's rows,
 * OPERATOR). Relation audiences (OPERATOR, REPORTER, SELF, ASSIGNED_REVIEWER) depend on the row.
 */
export const AUDIENCES = {
  /** Everyone, signed out included. */
  PUBLIC: 1,
  SIGNED_IN: 2,
  /** Operates the account the row belongs to. */
  OPERATOR: 4,
  /** Filed this report. */
  REPORTER: 8,
  /** The row is the viewer (a user) or addressed to the viewer (a notification). */
  SELF: 16,
  ANALYST: 32,
  MODERATOR: 64,
  REVIEWER: 128,
  /** The reviewer this certification is dispatched to, while its review call is pending. */
  ASSIGNED_REVIEWER: 256,
  ADMIN: 512,
  /** Holds a VIEW or MANAGE directory scope over the row's departments (seed 003: hierarchical administrators). */
  DIRECTORY_VIEWER: 1024,
  /** Holds a MANAGE directory scope over the row's departments. */
  DIRECTORY_MANAGER: 2048,
} as const;

export type AudienceName = keyof typeof AUDIENCES;
/** A set of audiences, as bits. */
export type Who = number;

export const {
  PUBLIC,
  SIGNED_IN,
  OPERATOR,
  REPORTER,
  SELF,
  ANALYST,
  MODERATOR,
  REVIEWER,
  ASSIGNED_REVIEWER,
  ADMIN,
  DIRECTORY_VIEWER,
  DIRECTORY_MANAGER,
} = AUDIENCES;

/** Every audience: ADMIN may do and see anything any other role may (contract). */
const EVERY_AUDIENCE = Object.values(AUDIENCES).reduce((all, bit) => all | bit, 0);

/** Platform staff (ADMIN is in every audience anyway). */
export const STAFF = ANALYST | MODERATOR | REVIEWER | ADMIN;
/** Staff and the account's own operators. */
export const OWNER_AND_STAFF = OPERATOR | STAFF;
/**
 * An enterprise's address book: its system administrators (the account's operators), the
 * hierarchical administrators whose scope covers the row, and ADMIN. Not other staff: an
 * employee directory is the enterprise's, not the platform's moderation material.
 */
export const DIRECTORY_READERS = OPERATOR | DIRECTORY_VIEWER | DIRECTORY_MANAGER | ADMIN;
/** The enterprise's system administrators and ADMIN: settings, follows, scopes, apps. */
export const ENTERPRISE_ADMINS = OPERATOR | ADMIN;

/** The audiences a viewer is in whatever the row: PUBLIC, SIGNED_IN and its roles. */
export function baseAudiences(viewer: Viewer | null): Who {
  if (!viewer) return PUBLIC;
  if (viewer.roles.includes('ADMIN')) return EVERY_AUDIENCE;
  let who = PUBLIC | SIGNED_IN;
  if (viewer.roles.includes('ANALYST')) who |= ANALYST;
  if (viewer.roles.includes('MODERATOR')) who |= MODERATOR;
  if (viewer.roles.includes('REVIEWER')) who |= REVIEWER;
  return who;
}

/** The names of the audiences in a set, for messages and tests. */
export function audienceNames(who: Who): AudienceName[] {
  return (Object.entries(AUDIENCES) as Array<[AudienceName, number]>)
    .filter(([, bit]) => (who & bit) !== 0)
    .map(([name]) => name);
}

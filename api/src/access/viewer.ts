import type { RoleName } from '../db/tables/auth';
import type { DirectoryPermissionName } from '../db/tables/enterprise';

/** The signed-in user, as every service and the access policy see it. */
export interface Viewer {
  id: string;
  email: string;
  displayName: string;
  roles: RoleName[];
  sessionId: string;
  /**
   * The accounts this user operates (account id → subject id), read with the session so that
   * field visibility is decided without a statement per row. Services that add or remove the
   * viewer as an operator within a request update it.
   */
  operated: Map<string, string>;
  /**
   * The directory scopes a system administrator granted this user (seed 003: hierarchical
   * administrators), by account: the permission and the paths of the granted departments (a
   * department or member is in scope when one of its paths starts with one of these). Read with
   * the session, like `operated`.
   */
  directory: Map<string, DirectoryScope>;
  /**
   * The primary's WAL position after this user's last write (only with a read replica): their
   * reads may come from the replica once it has replayed this far (db/read-replica.ts).
   */
  readAfterLsn?: string | null;
}

export interface DirectoryScope {
  permission: DirectoryPermissionName;
  paths: string[];
}

export function hasRole(viewer: Viewer | null, ...roles: RoleName[]): boolean {
  if (!viewer) return false;
  // ADMIN may do anything any other role may (contract: a superuser, every action audited).
  return viewer.roles.includes('ADMIN') || roles.some((role) => viewer.roles.includes(role));
}

/** Staff see every account and subject (masked where the policy says); publishers only their own. */
export function isStaff(viewer: Viewer | null): boolean {
  return hasRole(viewer, 'MODERATOR', 'REVIEWER', 'ANALYST');
}

/** Only ADMIN sees identity numbers and contact details in clear (and the assigned reviewer, per field). */
export function isAdmin(viewer: Viewer | null): boolean {
  return viewer?.roles.includes('ADMIN') ?? false;
}

/** Whether the viewer operates the account. */
export function operates(viewer: Viewer | null, accountId: string): boolean {
  return viewer?.operated.has(accountId) ?? false;
}

/** Stands in for "no user" in conditions, so a missing viewer matches nothing. */
export const NO_USER = '00000000-0000-0000-0000-000000000000';

/** A viewer whose only role is ANALYST: their queries run on the analysts' pool (server.ts). */
export function onlyAnalyst(viewer: Viewer): boolean {
  return viewer.roles.length > 0 && viewer.roles.every((role) => role === 'ANALYST');
}

/** The viewer's directory scope in an account, if any. */
export function directoryScopeIn(viewer: Viewer | null, accountId: string): DirectoryScope | undefined {
  return viewer?.directory.get(accountId);
}

/** Whether one of `paths` (a department's, or a member's departments') lies in the scope. */
export function inDirectoryScope(scope: DirectoryScope | undefined, paths: readonly string[]): boolean {
  if (!scope) return false;
  return paths.some((path) => scope.paths.some((granted) => path.startsWith(granted)));
}

import type { Clock } from './common/clock';
import type { Config } from './config';
import type { Db } from './db/client';
import type { RoleName } from './db/tables/auth';
import { createLoaders, type Loaders } from './loaders';

/** The signed-in user, as every service sees it. */
export interface Viewer {
  id: string;
  email: string;
  displayName: string;
  roles: RoleName[];
  sessionId: string;
}

/** How a request may set or clear its session cookie (login/logout). */
export interface SessionCookieJar {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** Per-request context: the first argument of every service. */
export interface Context {
  requestId: string;
  viewer: Viewer | null;
  db: Db;
  clock: Clock;
  config: Config;
  loaders: Loaders;
  cookies: SessionCookieJar;
}

export function createContext(fields: Omit<Context, 'loaders'>): Context {
  const context = { ...fields } as Context;
  context.loaders = createLoaders(context);
  return context;
}

export function hasRole(viewer: Viewer | null, ...roles: RoleName[]): boolean {
  if (!viewer) return false;
  // ADMIN may do anything any other role may (contract: a superuser, every action audited).
  return viewer.roles.includes('ADMIN') || roles.some((role) => viewer.roles.includes(role));
}

import type { Viewer } from './access/viewer';
import type { Clock } from './common/clock';
import type { Locale } from './common/locale';
import type { Config } from './config';
import type { Db } from './db/client';
import type { Loaders } from './db/loaders';
import type { QueueEventSource } from './modules/violations/queue-events';

export type { Viewer };

/** How a request may set or clear its session cookie (login/logout). */
export interface SessionCookieJar {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** Per-request context: the first argument of every service. Built by request-context.ts. */
export interface Context {
  requestId: string;
  /** The client's address (behind a proxy: as `TRUST_PROXY` allows X-Forwarded-For to say). */
  clientIp?: string;
  /** The client's User-Agent header, kept with a session it opens (the sessions list). */
  userAgent?: string;
  /** The reader's language (Accept-Language), for text the API writes itself (notifications); zh-CN when absent. */
  locale?: Locale;
  viewer: Viewer | null;
  db: Db;
  /**
   * Where reads that may be a little behind run (stats; analysts' queries and exports use it as
   * `db`): the read replica when it has what this viewer wrote, else the same as `db`.
   */
  readDb: Db;
  clock: Clock;
  config: Config;
  loaders: Loaders;
  cookies: SessionCookieJar;
  /** The moderation queue's events: set only for operations over the WebSocket (live-socket.ts). */
  queueEvents?: QueueEventSource;
}

import { sql } from 'drizzle-orm';
import { boolean, customType, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A WAL position (`16/B374D848`), compared as one by PostgreSQL. */
const pgLsn = customType<{ data: string }>({ dataType: () => 'pg_lsn' });

export const ROLES = ['ADMIN', 'MODERATOR', 'REVIEWER', 'ANALYST', 'PUBLISHER'] as const;
export type RoleName = (typeof ROLES)[number];

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-cased so sign-in is case-insensitive and unique. */
    email: text('email').notNull().unique(),
    displayName: text('display_name').notNull(),
    /**
     * `scrypt$N$r$p$salt$hash`, never the password itself. Empty while the user has no password: an
     * invitation not yet accepted, or a reset whose link is not yet used (nothing verifies against it).
     */
    passwordHash: text('password_hash').notNull(),
    roles: text('roles').array().$type<RoleName[]>().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** A deactivated user cannot sign in and has no sessions; their rows (decisions, audit) stay. */
    active: boolean('active').notNull().default(true),
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
    deactivationReason: text('deactivation_reason'),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    /**
     * The primary's WAL position just after this user's latest write (set only with a read
     * replica): a replica that has not replayed this far would show them an older version of what
     * they wrote, so their reads stay on the primary until it has (db/read-replica.ts). On the
     * user, not the session, so their other sessions (a phone beside the laptop) see it too.
     */
    readAfterLsn: pgLsn('read_after_lsn'),
  },
  (t) => [index('users_created_idx').on(t.createdAt, t.id)],
);

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** SHA-256 of the bearer token: a stolen table does not yield usable tokens. */
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** Where the session was opened from, so its user can recognise it (their sessions list). */
    client: text('client').notNull().default(''),
    userAgent: text('user_agent').notNull().default(''),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const PASSWORD_LINK_PURPOSES = ['INVITATION', 'RESET'] as const;
export type PasswordLinkPurposeName = (typeof PASSWORD_LINK_PURPOSES)[number];

/**
 * A one-time link that lets a user set their password: an invitation, or a reset by an admin. The
 * token is shown once, to the admin who made it; only its hash is kept. A user has at most one
 * usable link: making a new one, setting the password, or deactivation ends the others.
 */
export const passwordLinks = pgTable(
  'password_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose').$type<PasswordLinkPurposeName>().notNull(),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** Set when used, or when ended by a newer link or a deactivation. */
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [index('password_links_user_idx').on(t.userId)],
);

/** One row per failed sign-in; counted over a sliding window so every API process agrees. */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    /** The client address the attempt came from. */
    client: text('client').notNull().default(''),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('login_failures_email_at_idx').on(t.email, t.at),
    index('login_failures_client_at_idx').on(t.client, t.at),
  ],
);

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type PasswordLinkRow = typeof passwordLinks.$inferSelect;

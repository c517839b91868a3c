import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { articles } from './articles';
import { users } from './auth';

/** PENDING → GRANTED → USED (by the reprint it allowed), or PENDING → DECLINED. */
export const REPRINT_REQUEST_STATUSES = ['PENDING', 'GRANTED', 'DECLINED', 'USED'] as const;
export type ReprintRequestStatusName = (typeof REPRINT_REQUEST_STATUSES)[number];

/**
 * An account's request to reprint an article not open to it (seed 004: before open reprint,
 * every reprint needed the author's confirmation). A grant allows exactly one reprint.
 */
export const reprintRequests = pgTable(
  'reprint_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The original article (never a reprint). */
    sourceArticleId: uuid('source_article_id')
      .notNull()
      .references(() => articles.id),
    /** The source's account, kept here so its operators' incoming list is one index scan. */
    sourceAccountId: uuid('source_account_id')
      .notNull()
      .references(() => accounts.id),
    /** The account asking to reprint. */
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    note: text('note'),
    status: text('status').$type<ReprintRequestStatusName>().notNull(),
    requestedById: uuid('requested_by_id').references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    decidedById: uuid('decided_by_id').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionReason: text('decision_reason'),
    usedAt: timestamp('used_at', { withTimezone: true }),
    /** The reprint the grant was spent on. */
    reprintId: uuid('reprint_id').references(() => articles.id),
  },
  (t) => [
    // One open (pending or granted, unused) request per article and account: a second is refused,
    // also when two arrive at once. It is also the grant's lookup when the reprint spends it.
    uniqueIndex('reprint_requests_one_open_uq')
      .on(t.sourceArticleId, t.accountId)
      .where(sql`${t.status} in ('PENDING', 'GRANTED')`),
    // Outgoing (the requesting account's) and incoming (the source account's) lists, newest first.
    index('reprint_requests_account_requested_idx').on(t.accountId, t.requestedAt, t.id),
    index('reprint_requests_source_account_requested_idx').on(t.sourceAccountId, t.requestedAt, t.id),
  ],
);

export type ReprintRequestRow = typeof reprintRequests.$inferSelect;

import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { articles } from './articles';
import { users } from './auth';

export const VIOLATION_TYPES = ['LIKE_FARMING', 'INDUCED_SHARING', 'FALSE_ORIGINAL', 'INFRINGEMENT', 'OTHER'] as const;
export type ViolationTypeName = (typeof VIOLATION_TYPES)[number];
export const VIOLATION_SOURCES = ['AUTOMATED', 'USER_REPORT', 'MODERATOR'] as const;
export type ViolationSourceName = (typeof VIOLATION_SOURCES)[number];
/** OVERTURNED: confirmed, then undone by a granted appeal; it no longer counts for the ladder. */
export const VIOLATION_STATUSES = ['PENDING', 'CONFIRMED', 'DISMISSED', 'OVERTURNED'] as const;
export type ViolationStatusName = (typeof VIOLATION_STATUSES)[number];
export const APPEAL_STATUSES = ['PENDING', 'GRANTED', 'REJECTED'] as const;
export type AppealStatusName = (typeof APPEAL_STATUSES)[number];

export const violations = pgTable(
  'violations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    articleId: uuid('article_id').references(() => articles.id),
    type: text('type').$type<ViolationTypeName>().notNull(),
    /** How it first arrived; later reports of the same thing are merged into it. */
    source: text('source').$type<ViolationSourceName>().notNull(),
    status: text('status').$type<ViolationStatusName>().notNull(),
    evidence: text('evidence').notNull(),
    /** The article as it was when reported (frozen evidence). */
    evidenceTitle: text('evidence_title'),
    evidenceBody: text('evidence_body'),
    reportCount: integer('report_count').notNull().default(1),
    reportedById: uuid('reported_by_id').references(() => users.id),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(),
    claimedById: uuid('claimed_by_id').references(() => users.id),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    decidedById: uuid('decided_by_id').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    /** Set when confirmed: 1 for the account's first confirmed violation of this type. */
    ordinal: integer('ordinal'),
    /**
     * Set when confirmed: the earlier violations that made the ordinal (the account's confirmed,
     * not overturned violations of the type at that moment), oldest first. Kept as they were then:
     * a later overturn does not rewrite why this penalty was what it was.
     */
    countedViolationIds: uuid('counted_violation_ids').array(),
    /** Set when confirmed: the ladder rule applied and the moment its version took effect. */
    ruleKey: text('rule_key'),
    ruleEffectiveFrom: timestamp('rule_effective_from', { withTimezone: true }),
    /** Merges duplicate open reports: one PENDING violation per account, article and type. */
    dedupeKey: text('dedupe_key').notNull(),
  },
  (t) => [
    uniqueIndex('violations_one_open_per_key_uq').on(t.dedupeKey).where(sql`${t.status} = 'PENDING'`),
    index('violations_status_reported_idx').on(t.status, t.reportedAt, t.id),
    // The moderation queue (pending, by claim, oldest first): its page and its bounded totalCount
    // read this index alone (index-only, the claim columns in it), not 2,000 heap pages per count.
    index('violations_pending_queue_idx')
      .on(t.reportedAt, t.id, t.claimedById, t.claimedAt)
      .where(sql`${t.status} = 'PENDING'`),
    index('violations_account_type_status_idx').on(t.accountId, t.type, t.status),
    // An account's violations newest first (Account.violations, batched per page of accounts).
    index('violations_account_reported_idx').on(t.accountId, t.reportedAt, t.id),
    index('violations_reported_idx').on(t.reportedAt, t.id),
    index('violations_type_reported_idx').on(t.type, t.reportedAt),
  ],
);

/** Every report that arrived, merged or not: who, how, and what they said. */
export const violationReports = pgTable(
  'violation_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    violationId: uuid('violation_id')
      .notNull()
      .references(() => violations.id),
    source: text('source').$type<ViolationSourceName>().notNull(),
    reporterId: uuid('reporter_id').references(() => users.id),
    evidence: text('evidence').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('violation_reports_violation_idx').on(t.violationId, t.at)],
);

export const violationNotes = pgTable(
  'violation_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    violationId: uuid('violation_id')
      .notNull()
      .references(() => violations.id),
    authorId: uuid('author_id').references(() => users.id),
    text: text('text').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('violation_notes_violation_idx').on(t.violationId, t.at)],
);

/** A ban. Whether it is in force is computed from the clock: no job flips a flag. */
export const penalties = pgTable(
  'penalties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    violationId: uuid('violation_id').references(() => violations.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    /** Null when permanent. */
    endsAt: timestamp('ends_at', { withTimezone: true }),
    permanent: boolean('permanent').notNull(),
    reason: text('reason').notNull(),
    liftedAt: timestamp('lifted_at', { withTimezone: true }),
    liftedById: uuid('lifted_by_id').references(() => users.id),
    liftReason: text('lift_reason'),
  },
  (t) => [
    index('penalties_account_starts_idx').on(t.accountId, t.startsAt),
    index('penalties_ends_idx').on(t.endsAt),
    index('penalties_violation_idx').on(t.violationId),
  ],
);

/** An appeal (申诉): once per penalty. */
export const appeals = pgTable(
  'appeals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    penaltyId: uuid('penalty_id')
      .notNull()
      .unique()
      .references(() => penalties.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    filedById: uuid('filed_by_id').references(() => users.id),
    text: text('text').notNull(),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull(),
    /** When the decision is due (working days after filing, from the rule in force). */
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    /** The working days counted ran into a year with no calendar: only weekends were skipped there. */
    deadlineUncertain: boolean('deadline_uncertain').notNull().default(false),
    status: text('status').$type<AppealStatusName>().notNull(),
    decidedById: uuid('decided_by_id').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionReason: text('decision_reason'),
  },
  (t) => [index('appeals_status_due_idx').on(t.status, t.dueAt, t.id), index('appeals_filed_idx').on(t.filedAt, t.id)],
);

/** In-app notifications (站内信) for an account's operators. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    accountId: uuid('account_id').references(() => accounts.id),
    /** What happened (NotificationKind in notifications/notification-messages.ts). */
    kind: text('kind').notNull(),
    /** The kind's values (names, types, instants as ISO): rendered in the reader's language when read. */
    params: jsonb('params').$type<Record<string, unknown>>().notNull().default({}),
    targetType: text('target_type'),
    targetId: text('target_id'),
    /** Makes scheduled reminders idempotent: one notification per user and key. */
    dedupeKey: text('dedupe_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_user_created_idx').on(t.userId, t.createdAt, t.id),
    uniqueIndex('notifications_user_dedupe_uq').on(t.userId, t.dedupeKey),
  ],
);

export type ViolationRow = typeof violations.$inferSelect;
export type PenaltyRow = typeof penalties.$inferSelect;
export type AppealRow = typeof appeals.$inferSelect;
export type NotificationRow = typeof notifications.$inferSelect;
export type ViolationNoteRow = typeof violationNotes.$inferSelect;

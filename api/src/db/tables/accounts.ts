import { bigint, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';

export const SUBJECT_KINDS = ['INDIVIDUAL', 'ENTERPRISE', 'ORGANIZATION'] as const;
export type SubjectKindName = (typeof SUBJECT_KINDS)[number];
/** The kinds of subject that may own an enterprise account (seed 003: not an individual). */
export const ENTERPRISE_ACCOUNT_OWNERS = ['ENTERPRISE', 'ORGANIZATION'] as const;
export const ORGANIZATION_CATEGORIES = ['GOVERNMENT', 'MEDIA', 'OTHER'] as const;
export type OrganizationCategoryName = (typeof ORGANIZATION_CATEGORIES)[number];
export const ACCOUNT_KINDS = ['SUBSCRIPTION', 'SERVICE', 'MINI_PROGRAM', 'ENTERPRISE'] as const;
export type AccountKindName = (typeof ACCOUNT_KINDS)[number];
export const QUOTA_REQUEST_STATUSES = ['AWAITING_PRELIMINARY', 'AWAITING_AUTHORITY', 'APPROVED', 'REJECTED'] as const;
export type QuotaRequestStatusName = (typeof QUOTA_REQUEST_STATUSES)[number];

/** The real-name verified owner of accounts: a person, an enterprise or an organization. */
export const subjects = pgTable(
  'subjects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<SubjectKindName>().notNull(),
    organizationCategory: text('organization_category').$type<OrganizationCategoryName>(),
    name: text('name').notNull(),
    /** ID-card number or unified social credit code. Personal data: shown masked except to ADMIN. */
    idNumber: text('id_number').notNull().unique(),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    /** Raised by an approved quota increase request; the rule applies while it is higher. */
    grantedQuota: integer('granted_quota'),
    /** The publisher who registered the subject (may act for it). */
    ownerId: uuid('owner_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('subjects_created_idx').on(t.createdAt, t.id), index('subjects_owner_idx').on(t.ownerId)],
);

export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => subjects.id),
    kind: text('kind').$type<AccountKindName>().notNull(),
    /** Not unique: early accounts registered with no duplicate-name rule (seed 000). */
    name: text('name').notNull(),
    originalId: text('original_id').notNull().unique(),
    appId: text('app_id').notNull().unique(),
    intro: text('intro').notNull().default(''),
    followerCount: bigint('follower_count', { mode: 'number' }).notNull().default(0),
    readCount: bigint('read_count', { mode: 'number' }).notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('accounts_subject_idx').on(t.subjectId),
    index('accounts_created_idx').on(t.createdAt, t.id),
    index('accounts_name_idx').on(t.name, t.id),
    index('accounts_kind_created_idx').on(t.kind, t.createdAt),
  ],
);

/** The PUBLISHER users who may act for an account. */
export const accountOperators = pgTable(
  'account_operators',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.userId] }), index('account_operators_user_idx').on(t.userId)],
);

/** Record registration (备案): what the regional authority keeps of an account (seed 004). */
export const accountRecords = pgTable(
  'account_records',
  {
    accountId: uuid('account_id')
      .primaryKey()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    region: text('region').notNull(),
    responsiblePerson: text('responsible_person').notNull(),
    contactPhone: text('contact_phone').notNull(),
    /** Null until the authority has filed it. */
    filingNumber: text('filing_number').unique(),
    filedOn: date('filed_on', { mode: 'string' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('account_records_region_idx').on(t.region)],
);

/** A subject's request for more accounts: preliminary examination, then the competent authority. */
export const quotaRequests = pgTable(
  'quota_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => subjects.id),
    requestedQuota: integer('requested_quota').notNull(),
    reason: text('reason').notNull(),
    status: text('status').$type<QuotaRequestStatusName>().notNull(),
    filedById: uuid('filed_by_id').references(() => users.id),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull(),
    preliminaryById: uuid('preliminary_by_id').references(() => users.id),
    preliminaryAt: timestamp('preliminary_at', { withTimezone: true }),
    preliminaryNote: text('preliminary_note'),
    authorityById: uuid('authority_by_id').references(() => users.id),
    authorityAt: timestamp('authority_at', { withTimezone: true }),
    authorityName: text('authority_name'),
    authorityReference: text('authority_reference'),
    grantedQuota: integer('granted_quota'),
    rejectedAt: timestamp('rejected_at', { withTimezone: true }),
    rejectionReason: text('rejection_reason'),
  },
  (t) => [
    index('quota_requests_status_filed_idx').on(t.status, t.filedAt, t.id),
    index('quota_requests_subject_idx').on(t.subjectId),
    index('quota_requests_filed_idx').on(t.filedAt, t.id),
  ],
);

export type SubjectRow = typeof subjects.$inferSelect;
export type AccountRow = typeof accounts.$inferSelect;
export type AccountRecordRow = typeof accountRecords.$inferSelect;
export type QuotaRequestRow = typeof quotaRequests.$inferSelect;

import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { users } from './auth';

/**
 * Enterprise accounts (seed 003): the address book (departments in a tree, members in one or more
 * departments), follow verification, and the directory scopes of hierarchical administrators.
 */

export const FOLLOW_STATUSES = ['UNVERIFIED', 'AWAITING_CODE', 'AWAITING_APPROVAL', 'FOLLOWED'] as const;
export type FollowStatusName = (typeof FOLLOW_STATUSES)[number];
/** How a follower was matched to a member. */
export const FOLLOW_METHODS = ['WECHAT_ID', 'BOUND_MOBILE', 'CODE'] as const;
export type FollowMethodName = (typeof FOLLOW_METHODS)[number];
export const DELIVERY_CHANNELS = ['SMS', 'EMAIL'] as const;
export type DeliveryChannelName = (typeof DELIVERY_CHANNELS)[number];
export const DIRECTORY_PERMISSIONS = ['VIEW', 'MANAGE'] as const;
export type DirectoryPermissionName = (typeof DIRECTORY_PERMISSIONS)[number];
/** The verification log's events. */
export const FOLLOW_EVENT_KINDS = [
  'FOLLOWED',
  'MATCHED',
  'NOT_MATCHED',
  'CONTACT_UNKNOWN',
  'CODE_SENT',
  'WRONG_CODE',
  'EXPIRED_CODE',
  'RATE_LIMITED',
  'VERIFIED',
  'APPROVED',
] as const;
export type FollowEventKindName = (typeof FOLLOW_EVENT_KINDS)[number];

/** An enterprise account's administrator settings; absent means the defaults (two-step off, no message). */
export const enterpriseSettings = pgTable('enterprise_settings', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => accounts.id),
  twoStepVerification: boolean('two_step_verification').notNull().default(false),
  /** What a follower is told when verification fails (seed 003: 失败提醒, set by the administrator). */
  failureMessage: text('failure_message'),
  updatedById: uuid('updated_by_id').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/**
 * A department. `path` is the chain of ids from the top department down to this one, each
 * followed by '/', so a subtree is `path LIKE '<path>%'` (one index range) and a move rewrites
 * the subtree's paths in one statement. `depth` is 1 for a top department (at most 15).
 */
export const departments = pgTable(
  'departments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    parentId: uuid('parent_id').references((): AnyPgColumn => departments.id),
    name: text('name').notNull(),
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    /** Order among siblings (WeCom's `order`); ties by name. */
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    // Unique among its siblings (top departments are siblings of each other).
    uniqueIndex('departments_sibling_name_uq').on(
      t.accountId,
      sql`coalesce(${t.parentId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.name,
    ),
    index('departments_account_path_idx').on(t.accountId, t.path.op('text_pattern_ops')),
    index('departments_parent_idx').on(t.parentId),
  ],
);

/** A person in the address book. Mobile, email and WeChat id identify a follower, so each is unique per account. */
export const members = pgTable(
  'members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    /** The enterprise's own id for the person (WeCom's userid): 1–64 of [0-9A-Za-z_-@.], unique ignoring case. */
    memberId: text('member_id').notNull(),
    name: text('name').notNull(),
    /** Normalized: digits only, with the country code (86…) for a Chinese mobile. */
    mobile: text('mobile'),
    /** Lower-cased. */
    email: text('email'),
    wechatId: text('wechat_id'),
    position: text('position'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('members_member_id_uq').on(t.accountId, sql`lower(${t.memberId})`),
    uniqueIndex('members_mobile_uq').on(t.accountId, t.mobile),
    uniqueIndex('members_email_uq').on(t.accountId, t.email),
    uniqueIndex('members_wechat_id_uq').on(t.accountId, t.wechatId),
    index('members_account_name_idx').on(t.accountId, t.name, t.id),
  ],
);

/** A member's departments (one or more). */
export const memberDepartments = pgTable(
  'member_departments',
  {
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
  },
  (t) => [
    primaryKey({ columns: [t.memberId, t.departmentId] }),
    index('member_departments_department_idx').on(t.departmentId),
  ],
);

/**
 * A WeChat user's follow of an enterprise account and its verification (seed 003). Codes are
 * stored hashed; the day's wrong codes and sent codes are counted on the row, per China-time day.
 */
export const follows = pgTable(
  'follows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    wechatId: text('wechat_id').notNull(),
    /** The mobile bound to the WeChat id, as WeChat reports it (normalized). */
    boundMobile: text('bound_mobile'),
    memberId: uuid('member_id').references(() => members.id, { onDelete: 'set null' }),
    status: text('status').$type<FollowStatusName>().notNull(),
    method: text('method').$type<FollowMethodName>(),
    /** The registered mobile or email the follower gave (normalized), while a code is out. */
    contact: text('contact'),
    codeHash: text('code_hash'),
    codeExpiresAt: timestamp('code_expires_at', { withTimezone: true }),
    /** The China-time day the counters below count. */
    countersDay: date('counters_day'),
    wrongCodes: integer('wrong_codes').notNull().default(0),
    codesSent: integer('codes_sent').notNull().default(0),
    followedAt: timestamp('followed_at', { withTimezone: true }).notNull(),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedById: uuid('approved_by_id').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('follows_account_wechat_uq').on(t.accountId, t.wechatId),
    index('follows_account_status_idx').on(t.accountId, t.status, t.followedAt, t.id),
    index('follows_account_followed_idx').on(t.accountId, t.followedAt, t.id),
    // One follow per member.
    uniqueIndex('follows_member_uq').on(t.memberId),
  ],
);

/** The verification log: what happened to each follow, for the administrators. */
export const followEvents = pgTable(
  'follow_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    followId: uuid('follow_id')
      .notNull()
      .references(() => follows.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    kind: text('kind').$type<FollowEventKindName>().notNull(),
    /** Masked contact, attempts left, the approver…: for people, not parsed. */
    detail: text('detail'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('follow_events_account_at_idx').on(t.accountId, t.at, t.id),
    index('follow_events_follow_at_idx').on(t.followId, t.at),
  ],
);

/**
 * The outbox of the built-in delivery provider (SMS and email): what would have been sent. ADMIN
 * reads it; a real provider would send instead (delivery.ts).
 */
export const deliveries = pgTable(
  'deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    channel: text('channel').$type<DeliveryChannelName>().notNull(),
    to: text('to').notNull(),
    body: text('body').notNull(),
    accountId: uuid('account_id').references(() => accounts.id),
    followId: uuid('follow_id').references(() => follows.id, { onDelete: 'set null' }),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('deliveries_sent_idx').on(t.sentAt, t.id)],
);

/** A hierarchical administrator's directory scope in one account: VIEW or MANAGE over departments (with subtrees). */
export const directoryScopes = pgTable(
  'directory_scopes',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    permission: text('permission').$type<DirectoryPermissionName>().notNull(),
    grantedById: uuid('granted_by_id').references(() => users.id),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.userId] }), index('directory_scopes_user_idx').on(t.userId)],
);

export const directoryScopeDepartments = pgTable(
  'directory_scope_departments',
  {
    accountId: uuid('account_id').notNull(),
    userId: uuid('user_id').notNull(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.userId, t.departmentId] }),
    index('directory_scope_departments_department_idx').on(t.departmentId),
  ],
);

/** An application of the enterprise account, shown to followed members of the departments it is visible to. */
export const enterpriseApps = pgTable(
  'enterprise_apps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('enterprise_apps_name_uq').on(t.accountId, t.name)],
);

export const enterpriseAppDepartments = pgTable(
  'enterprise_app_departments',
  {
    appId: uuid('app_id')
      .notNull()
      .references(() => enterpriseApps.id, { onDelete: 'cascade' }),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.appId, t.departmentId] }),
    index('enterprise_app_departments_department_idx').on(t.departmentId),
  ],
);

export type EnterpriseSettingsRow = typeof enterpriseSettings.$inferSelect;
export type DepartmentRow = typeof departments.$inferSelect;
export type MemberRow = typeof members.$inferSelect;
/** A member as services hand it to the graph: with its departments' ids and paths (the scope check needs them). */
export type MemberWithDepartments = MemberRow & { departmentIds: string[]; departmentPaths: string[] };
export type FollowRow = typeof follows.$inferSelect;
export type FollowEventRow = typeof followEvents.$inferSelect;
export type DeliveryRow = typeof deliveries.$inferSelect;
export type DirectoryScopeRow = typeof directoryScopes.$inferSelect;
export type EnterpriseAppRow = typeof enterpriseApps.$inferSelect;

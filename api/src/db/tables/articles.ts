import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { EditOperation } from '../../modules/articles/edit-distance';
import { accounts } from './accounts';
import { users } from './auth';

/** The kinds of change a correction can make (which are allowed is a dated rule). */
export const CORRECTION_OPERATIONS = ['INSERT', 'DELETE', 'REPLACE'] as const;

export const REPRINT_POLICIES = ['OPEN', 'WHITELIST', 'CLOSED'] as const;
export type ReprintPolicyName = (typeof REPRINT_POLICIES)[number];

/**
 * A sent article (群发). A reprint keeps its own row (account, time, title and summary as sent)
 * and shows its source's current body, so a correction of the source shows in every reprint.
 */
export const articles = pgTable(
  'articles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    /** Empty for a reprint: its body is the source's. */
    body: text('body').notNull(),
    author: text('author').notNull().default(''),
    original: boolean('original').notNull(),
    reprintPolicy: text('reprint_policy').$type<ReprintPolicyName>().notNull(),
    /** The original article a reprint credits; never another reprint. */
    reprintOfId: uuid('reprint_of_id'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    /** How many of the article's corrections are spent. */
    correctionsUsed: integer('corrections_used').notNull().default(0),
    blockedAt: timestamp('blocked_at', { withTimezone: true }),
    blockedReason: text('blocked_reason'),
  },
  (t) => [
    index('articles_account_published_idx').on(t.accountId, t.publishedAt, t.id),
    index('articles_published_idx').on(t.publishedAt, t.id),
    // An article's reprints newest first (Article.reprints), with the id that breaks ties.
    index('articles_reprint_of_idx').on(t.reprintOfId, t.publishedAt, t.id),
    uniqueIndex('articles_one_reprint_per_account_uq')
      .on(t.reprintOfId, t.accountId)
      .where(sql`${t.reprintOfId} is not null`),
  ],
);

/** Accounts a WHITELIST article may be reprinted by. */
export const articleReprintWhitelist = pgTable(
  'article_reprint_whitelist',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.accountId] })],
);

/** The one correction after sending: what it changed, who, when, and under which limit. */
export const articleCorrections = pgTable(
  'article_corrections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id),
    previousBody: text('previous_body').notNull(),
    changedCharacters: integer('changed_characters').notNull(),
    limitApplied: integer('limit_applied').notNull(),
    operations: jsonb('operations').$type<EditOperation[]>().notNull(),
    correctedById: uuid('corrected_by_id').references(() => users.id),
    correctedAt: timestamp('corrected_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('article_corrections_article_idx').on(t.articleId, t.correctedAt),
    index('article_corrections_at_idx').on(t.correctedAt),
  ],
);

export type ArticleRow = typeof articles.$inferSelect;
export type ArticleCorrectionRow = typeof articleCorrections.$inferSelect;

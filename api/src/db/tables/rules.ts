import { index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';

/** Platform rules as data: each row is a value of a rule from `effective_from` on. */
export const platformRules = pgTable(
  'platform_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    value: jsonb('value').$type<unknown>().notNull(),
    effectiveFrom: timestamp('effective_from', { withTimezone: true }).notNull(),
    note: text('note'),
    /** Null for the seeded history. */
    authorId: uuid('author_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('platform_rules_key_effective_from_uq').on(t.key, t.effectiveFrom),
    index('platform_rules_key_effective_from_idx').on(t.key, t.effectiveFrom),
  ],
);

export type PlatformRuleRow = typeof platformRules.$inferSelect;

import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { users } from './auth';
import type { ViolationTypeName } from './violations';

/**
 * A canned reason (常用理由) for one violation type: a sentence a moderator picks with one key to
 * fill the note of a confirmation or a dismissal. One text, in the language the platform works in:
 * the note it fills is stored and shown as written (penalty reason, audit log), not translated.
 */
export const cannedReasons = pgTable(
  'canned_reasons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type').$type<ViolationTypeName>().notNull(),
    text: text('text').notNull(),
    /** Its place in the type's list: the key (1–9) that picks it is position + 1 after sorting. */
    position: integer('position').notNull(),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('canned_reasons_type_text_uq').on(t.type, t.text),
    index('canned_reasons_type_position_idx').on(t.type, t.position, t.id),
  ],
);

/** A moderator's note on an account (staff only: never shown to its operators or readers). */
export const accountNotes = pgTable(
  'account_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    authorId: uuid('author_id').references(() => users.id),
    text: text('text').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('account_notes_account_at_idx').on(t.accountId, t.at, t.id)],
);

export type CannedReasonRow = typeof cannedReasons.$inferSelect;
export type AccountNoteRow = typeof accountNotes.$inferSelect;

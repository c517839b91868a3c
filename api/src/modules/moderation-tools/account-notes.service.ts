import { badInput } from '../../common/errors';
import type { Context } from '../../context';
import { type AccountNoteRow, type AccountRow, accountNotes } from '../../db/schema';
import { accountForAction } from '../accounts/accounts.service';
import { recordAudit } from '../audit/audit.service';

/**
 * A moderator writes a note on an account (MODERATOR, ADMIN): staff-only, with its author and
 * time; audited in the same transaction. The text limit is common/text-limits.ts's.
 */
export async function addAccountNote(ctx: Context, accountId: string, text: string): Promise<AccountRow> {
  const note = text.trim();
  if (Array.from(note).length < 2) throw badInput('text', 'TOO_SHORT', 'A note is at least 2 characters.');
  const account = await accountForAction(ctx, accountId, 'accountId');
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(accountNotes)
      .values({ accountId, authorId: ctx.viewer?.id ?? null, text: note, at: ctx.clock.now() })
      .returning();
    if (!row) throw new Error('account note insert returned nothing');
    await recordAudit(ctx, tx, {
      action: 'account.note',
      targetType: 'Account',
      targetId: accountId,
      after: { noteId: row.id, note },
    });
  });
  return account;
}

/** The account's moderator notes, oldest first (batched across a page of accounts). */
export function accountNotesOf(ctx: Context, accountId: string): Promise<AccountNoteRow[]> {
  return ctx.loaders.accountNotesByAccountId.load(accountId);
}

import { and, eq, sql } from 'drizzle-orm';
import { badInput } from '../../common/errors';
import { localIdOf } from '../../common/ids';
import type { Context } from '../../context';
import { users } from '../../db/schema';
import { normalizeEmail } from '../auth/auth.service';

/**
 * Who a directory scope is granted to: by user id, or by email as system administrators know
 * their colleagues (they cannot list the platform's users). The grantee is an active publisher:
 * the people who run an enterprise's account.
 */
export async function granteeId(
  ctx: Context,
  input: { userId?: string | null; email?: string | null },
): Promise<string> {
  if (input.userId) return localIdOf('User', input.userId, 'input.userId');
  const email = normalizeEmail(input.email ?? '');
  if (!email) throw badInput('input.email', 'REQUIRED', 'Give the user’s id or email.');
  const [user] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email), eq(users.active, true), sql`'PUBLISHER' = any(${users.roles})`));
  if (!user) {
    throw badInput(
      'input.email',
      'UNKNOWN_PUBLISHER',
      'No active publisher has this email. They need a publisher account first: an admin can create one.',
    );
  }
  return user.id;
}

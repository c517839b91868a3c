import { count, sql } from 'drizzle-orm';
import { log } from '../../common/log';
import type { RoleName } from '../../db/schema';
import { accountOperators, users } from '../../db/schema';
import { createUser } from '../../modules/auth/auth.service';
import { hashPassword } from '../../modules/auth/password';
import type { Db } from '../client';
import { seedAccounts } from './accounts';
import { seedArticles } from './articles';
import { seedCertifications } from './certifications';
import { seedEnterprise } from './enterprise';
import { seedAccountNotes, seedCannedReasons } from './moderation-tools';
import { seedViolations } from './violations';

export const DEMO_PASSWORD = 'demo-password';

const SEED_LOCK = 7_240_002;

export const DEMO_USERS: Array<{ email: string; displayName: string; roles: RoleName[] }> = [
  { email: 'admin@example.com', displayName: '管理员 Admin', roles: ['ADMIN'] },
  { email: 'moderator@example.com', displayName: '审核员 Moderator', roles: ['MODERATOR'] },
  // A second moderator: two people working one queue (claims, the live queue).
  { email: 'moderator2@example.com', displayName: '审核员二 Second Moderator', roles: ['MODERATOR'] },
  { email: 'reviewer@example.com', displayName: '认证审核 Reviewer', roles: ['REVIEWER'] },
  { email: 'analyst@example.com', displayName: '数据分析 Analyst', roles: ['ANALYST'] },
  { email: 'publisher@example.com', displayName: '运营者 Publisher', roles: ['PUBLISHER'] },
  // A second publisher, operating nothing yet: the other side of reprint requests (and a foreign viewer).
  { email: 'publisher2@example.com', displayName: '运营者二 Second Publisher', roles: ['PUBLISHER'] },
];

/**
 * Seeds the demo data set, only on an empty database (no users yet): running it twice, or on a
 * database somebody already uses, changes nothing.
 */
export async function seedDemoData(db: Db): Promise<boolean> {
  const seeded = await db.transaction(async (tx) => {
    // Several processes may start at once on one database: one seeds, the others find it done.
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const [row] = await tx.select({ value: count() }).from(users);
    if ((row?.value ?? 0) > 0) return false;
    const ids: Record<string, string> = {};
    // The demo users share one public password: hashed once (a few hundred ms), not once per user.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const user of DEMO_USERS) {
      const row = await createUser(tx, { ...user, passwordHash });
      ids[user.email.split('@')[0] ?? user.email] = row.id;
    }
    const accountRows = await seedAccounts(tx, ids);
    await seedArticles(tx, accountRows, ids.publisher);
    const operated = await tx.select({ id: accountOperators.accountId }).from(accountOperators);
    const publisherAccounts = new Set(operated.map((row) => row.id));
    await seedViolations(tx, accountRows, ids, publisherAccounts);
    await seedCertifications(tx, accountRows, ids, publisherAccounts);
    await seedEnterprise(tx, ids);
    await seedCannedReasons(tx, ids.admin);
    await seedAccountNotes(tx, ids.moderator, [...publisherAccounts].sort()[0]);
    return true;
  });
  if (seeded) log.info('seeded demo data', { users: DEMO_USERS.length });
  return seeded;
}

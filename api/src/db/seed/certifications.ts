import { eq, inArray } from 'drizzle-orm';
import type { CertificationStatusName } from '../../modules/certifications/certification-flow';
import type { Executor } from '../client';
import {
  type AccountRow,
  accounts,
  type CertificationKindName,
  certificationInvitations,
  certifications,
  payments,
  subjects,
} from '../schema';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * Certifications in every state and kind: some expiring within 30 days, some expired, one
 * dispatched over an hour ago without a review call; invitations for personal certification.
 */
export async function seedCertifications(
  tx: Executor,
  accountRows: AccountRow[],
  users: Record<string, string>,
  publisherAccountIds: Set<string>,
): Promise<void> {
  const now = Date.now();
  const ids = accountRows.map((a) => a.id);
  const kinds = await tx
    .select({ id: accounts.id, subjectKind: subjects.kind, subjectName: subjects.name })
    .from(accounts)
    .innerJoin(subjects, eq(subjects.id, accounts.subjectId))
    .where(inArray(accounts.id, ids));
  const subjectOf = new Map(kinds.map((row) => [row.id, row]));
  const free = accountRows.filter((a) => !publisherAccountIds.has(a.id));
  const individualsMini = free.filter(
    (a) => a.kind === 'MINI_PROGRAM' && subjectOf.get(a.id)?.subjectKind === 'INDIVIDUAL',
  );
  const individualsOfficial = free.filter(
    (a) => a.kind !== 'MINI_PROGRAM' && subjectOf.get(a.id)?.subjectKind === 'INDIVIDUAL',
  );
  const organisations = free.filter((a) => subjectOf.get(a.id)?.subjectKind !== 'INDIVIDUAL');
  let sequence = 1;
  const reviewerId = users.reviewer ?? null;

  const make = async (
    account: AccountRow | undefined,
    kind: CertificationKindName,
    status: CertificationStatusName,
    ageDays: number,
    extra: Partial<typeof certifications.$inferInsert> = {},
  ) => {
    if (!account) return;
    const startedAt = new Date(now - ageDays * DAY);
    const fee = kind === 'PERSONAL_MINI_PROGRAM' ? 3000 : kind === 'ENTERPRISE' ? 30000 : 0;
    const reached = (step: CertificationStatusName) => {
      const order: CertificationStatusName[] = [
        'AWAITING_TERMS',
        'AWAITING_INFORMATION',
        'AWAITING_INVOICE',
        'AWAITING_PAYMENT',
        'DISPATCHED',
        'REVIEW_CALL_DONE',
        'APPROVED',
      ];
      const target = status === 'REJECTED' ? 'APPROVED' : status;
      return order.indexOf(target) >= order.indexOf(step);
    };
    const at = (hoursAfterStart: number) => new Date(startedAt.getTime() + hoursAfterStart * HOUR);
    const paid = fee > 0 && reached('DISPATCHED');
    const nickname = extra.nickname ?? account.name;
    const [row] = await tx
      .insert(certifications)
      .values({
        accountId: account.id,
        kind,
        status,
        nickname,
        feeCents: fee,
        startedById: users.admin ?? null,
        startedAt,
        termsAcceptedAt: reached('AWAITING_INFORMATION') ? at(0.1) : null,
        contactName: reached('AWAITING_INVOICE') || (fee === 0 && reached('DISPATCHED')) ? '张先生' : null,
        contactPhone: reached('AWAITING_INVOICE') || (fee === 0 && reached('DISPATCHED')) ? '13900001111' : null,
        informationAt: reached('AWAITING_INVOICE') || (fee === 0 && reached('DISPATCHED')) ? at(0.3) : null,
        invoiceTitle:
          fee > 0 && reached('AWAITING_PAYMENT') ? (subjectOf.get(account.id)?.subjectName ?? '个人') : null,
        invoiceAt: fee > 0 && reached('AWAITING_PAYMENT') ? at(0.4) : null,
        paidAt: paid ? at(0.5) : null,
        dispatchedAt: reached('DISPATCHED') ? at(0.5) : null,
        reviewerId: reached('DISPATCHED') ? reviewerId : null,
        reviewCallAt: reached('REVIEW_CALL_DONE') ? at(20) : null,
        identityConfirmed: reached('REVIEW_CALL_DONE') ? true : null,
        recordingPlayed: reached('REVIEW_CALL_DONE') ? true : null,
        ...extra,
      })
      .returning();
    if (row && paid) {
      await tx.insert(payments).values({
        certificationId: row.id,
        amountCents: fee,
        payerId: users.publisher ?? null,
        provider: 'internal-ledger',
        reference: `LEDGER-SEED-${sequence}`,
        refundable: false,
        paidAt: at(0.5),
      });
    }
    sequence += 1;
    return row;
  };
  const approved = (
    ageDays: number,
    validDaysLeft: number,
    kind: CertificationKindName,
    naming: 'PASSED' | 'FAILED' = 'PASSED',
  ) => ({
    decidedAt: new Date(now - ageDays * DAY + DAY),
    qualification: 'PASSED' as const,
    naming,
    approvedAt: new Date(now - ageDays * DAY + DAY),
    expiresAt: new Date(now + validDaysLeft * DAY),
    badge: naming === 'PASSED' ? (kind === 'PERSONAL_MINI_PROGRAM' ? '个人开发者' : '认证') : null,
    certificationNumber: `WXRZ-${new Date(now - ageDays * DAY).getUTCFullYear()}-${String(sequence).padStart(6, '0')}`,
    suggestedNickname: naming === 'FAILED' ? '建议使用主体全称' : null,
  });

  // Every state, across kinds.
  await make(individualsMini[0], 'PERSONAL_MINI_PROGRAM', 'AWAITING_TERMS', 1);
  await make(individualsMini[1], 'PERSONAL_MINI_PROGRAM', 'AWAITING_INFORMATION', 2);
  await make(organisations[0], 'ENTERPRISE', 'AWAITING_INVOICE', 3);
  await make(organisations[1], 'ENTERPRISE', 'AWAITING_PAYMENT', 2);
  // Dispatched: one just now, one over the one-hour window without a call (overdue).
  await make(individualsMini[2], 'PERSONAL_MINI_PROGRAM', 'DISPATCHED', 0.01, {
    nickname: `${individualsMini[2]?.name ?? ''}小工具`,
  });
  await make(organisations[2], 'ENTERPRISE', 'DISPATCHED', 0.2);
  await make(organisations[3], 'ENTERPRISE', 'REVIEW_CALL_DONE', 2);
  await make(individualsOfficial[0], 'PERSONAL_ACCOUNT', 'REVIEW_CALL_DONE', 3);
  // Approved: in force, expiring within 30 days, and expired (a year and more ago).
  for (const [i, account] of organisations.slice(4, 8).entries()) {
    const validLeft = [200, 20, 80, 6][i] ?? 100;
    await make(account, 'ENTERPRISE', 'APPROVED', 365 - validLeft, {
      ...approved(365 - validLeft, validLeft, 'ENTERPRISE'),
      memberScale: 200 + i * 100,
    });
  }
  await make(individualsMini[3], 'PERSONAL_MINI_PROGRAM', 'APPROVED', 100, approved(100, 265, 'PERSONAL_MINI_PROGRAM'));
  await make(
    individualsMini[4],
    'PERSONAL_MINI_PROGRAM',
    'APPROVED',
    60,
    approved(60, 305, 'PERSONAL_MINI_PROGRAM', 'FAILED'),
  );
  await make(organisations[8], 'ENTERPRISE', 'APPROVED', 420, approved(420, -55, 'ENTERPRISE'));
  await make(individualsOfficial[1], 'PERSONAL_ACCOUNT', 'APPROVED', 30, approved(30, 335, 'PERSONAL_ACCOUNT'));
  await make(individualsOfficial[2], 'PERSONAL_ACCOUNT', 'REJECTED', 40, {
    decidedAt: new Date(now - 38 * DAY),
    qualification: 'FAILED',
    naming: 'PASSED',
    decisionReason: '内容原创度不足，暂不符合个人认证条件',
  });
  await make(organisations[9], 'ENTERPRISE', 'REJECTED', 50, {
    decidedAt: new Date(now - 48 * DAY),
    qualification: 'FAILED',
    naming: 'FAILED',
    decisionReason: '营业执照信息与主体不一致',
  });
  await make(individualsMini[5], 'PERSONAL_MINI_PROGRAM', 'EXPIRED', 120, { expiredAt: new Date(now - 90 * DAY) });

  // Certified names replace account names (seed 002): the seed's approved ones already use theirs.
  // Invitations to personal certification: two staff-picked accounts and the demo publisher's own.
  const invited = [
    individualsOfficial[0],
    individualsOfficial[1],
    individualsOfficial[2],
    individualsOfficial[3],
    ...accountRows.filter((a) => publisherAccountIds.has(a.id) && subjectOf.get(a.id)?.subjectKind === 'INDIVIDUAL'),
  ];
  const invitations = invited
    .filter((account): account is AccountRow => Boolean(account))
    .map((account) => ({ accountId: account.id, invitedById: reviewerId, invitedAt: new Date(now - 10 * DAY) }));
  if (invitations.length) await tx.insert(certificationInvitations).values(invitations).onConflictDoNothing();
}

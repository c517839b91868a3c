import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { CertificationStatusName } from '../../modules/certifications/certification-flow';
import { accounts } from './accounts';
import { users } from './auth';

export const CERTIFICATION_KINDS = ['PERSONAL_ACCOUNT', 'PERSONAL_MINI_PROGRAM', 'ENTERPRISE'] as const;
export type CertificationKindName = (typeof CERTIFICATION_KINDS)[number];
export type VerdictName = 'PASSED' | 'FAILED';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** Uploaded material (JPEG/PNG judged by a decodable header, image-judge.ts), kept in the database: never executable. */
export const uploads = pgTable(
  'uploads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id),
    contentType: text('content_type').notNull(),
    bytes: integer('bytes').notNull(),
    data: bytea('data').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('uploads_owner_idx').on(t.ownerId)],
);

/** Invitations to personal-account certification (seed 000): they last until revoked. */
export const certificationInvitations = pgTable('certification_invitations', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => accounts.id),
  invitedById: uuid('invited_by_id').references(() => users.id),
  invitedAt: timestamp('invited_at', { withTimezone: true }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

export const certifications = pgTable(
  'certifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    kind: text('kind').$type<CertificationKindName>().notNull(),
    status: text('status').$type<CertificationStatusName>().notNull(),
    nickname: text('nickname').notNull(),
    /** The fee in force when it started; never refunded. */
    feeCents: integer('fee_cents').notNull(),
    startedById: uuid('started_by_id').references(() => users.id),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    renewalOfId: uuid('renewal_of_id'),
    termsAcceptedAt: timestamp('terms_accepted_at', { withTimezone: true }),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    profession: text('profession'),
    informationAt: timestamp('information_at', { withTimezone: true }),
    invoiceTitle: text('invoice_title'),
    invoiceTaxNumber: text('invoice_tax_number'),
    invoiceAt: timestamp('invoice_at', { withTimezone: true }),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    dispatchedAt: timestamp('dispatched_at', { withTimezone: true }),
    reviewerId: uuid('reviewer_id').references(() => users.id),
    reviewCallAt: timestamp('review_call_at', { withTimezone: true }),
    identityConfirmed: boolean('identity_confirmed'),
    recordingPlayed: boolean('recording_played'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    qualification: text('qualification').$type<VerdictName>(),
    naming: text('naming').$type<VerdictName>(),
    decisionReason: text('decision_reason'),
    suggestedNickname: text('suggested_nickname'),
    previousAccountName: text('previous_account_name'),
    badge: text('badge'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    certificationNumber: text('certification_number').unique(),
    /** ENTERPRISE: the certified member scale (raises the member cap). */
    memberScale: integer('member_scale'),
    supplementsUsed: integer('supplements_used').notNull().default(0),
    expiredAt: timestamp('expired_at', { withTimezone: true }),
  },
  (t) => [
    index('certifications_account_started_idx').on(t.accountId, t.startedAt),
    index('certifications_status_dispatched_idx').on(t.status, t.dispatchedAt),
    index('certifications_reviewer_status_idx').on(t.reviewerId, t.status),
    index('certifications_expires_idx').on(t.expiresAt),
    index('certifications_started_idx').on(t.startedAt, t.id),
    // The reminder sweep asks, for every certification due, whether a renewal of it is under way;
    // partial, as most certifications renew nothing.
    index('certifications_renewal_of_idx').on(t.renewalOfId).where(sql`${t.renewalOfId} is not null`),
  ],
);

export const certificationMaterials = pgTable(
  'certification_materials',
  {
    certificationId: uuid('certification_id')
      .notNull()
      .references(() => certifications.id),
    uploadId: uuid('upload_id')
      .notNull()
      .references(() => uploads.id),
    /** IDENTITY or PROFESSION_PROOF. */
    purpose: text('purpose').notNull(),
    /** Added as a supplement after dispatch. */
    supplement: boolean('supplement').notNull().default(false),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.certificationId, t.uploadId] })],
);

/** The payment ledger: entries are never refunded (seed 001: 认证成功与否，概不退费). */
export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    certificationId: uuid('certification_id')
      .notNull()
      .references(() => certifications.id),
    amountCents: integer('amount_cents').notNull(),
    payerId: uuid('payer_id').references(() => users.id),
    provider: text('provider').notNull(),
    reference: text('reference').notNull(),
    refundable: boolean('refundable').notNull().default(false),
    paidAt: timestamp('paid_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('payments_one_per_certification_uq').on(t.certificationId)],
);

export type CertificationRow = typeof certifications.$inferSelect;
export type UploadRow = typeof uploads.$inferSelect;
export type PaymentRow = typeof payments.$inferSelect;

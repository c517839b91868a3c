import { randomBytes } from 'node:crypto';
import {
  and,
  asc,
  count,
  desc,
  eq,
  exists,
  getTableColumns,
  ilike,
  inArray,
  isNotNull,
  not,
  or,
  type SQL,
  type SQLWrapper,
  sql,
} from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import * as conditions from '../../access/conditions';
import { isStaff, NO_USER } from '../../access/viewer';
import { boundedCount } from '../../common/bounded-count';
import { AppError, badInput, forbidden, notFound } from '../../common/errors';
import { byTime, keysetPage } from '../../common/keyset';
import { decodeCursor, decodeTimeCursor, pageSize, toConnection } from '../../common/pagination';
import { preparedOnce } from '../../common/prepared';
import type { Context } from '../../context';
import type { Executor } from '../../db/client';
import {
  type AccountKindName,
  type AccountRecordRow,
  type AccountRow,
  accountOperators,
  accountRecords,
  accounts,
  type OrganizationCategoryName,
  type PenaltyRow,
  penalties,
  type SubjectKindName,
  type SubjectRow,
  subjects,
} from '../../db/schema';
import { recordAudit } from '../audit/audit.service';
import { integerAt } from '../rules/rules.service';
import { banStatus, certificationStatus } from './account-status';
import { checkCreditCode, checkIdCardNumber, maskIdNumber, normalizeIdNumber } from './identity-number';
import {
  canRegisterAnother,
  effectiveQuota,
  kindsOfFamily,
  type QuotaFamily,
  quotaFamilyOf,
  quotaRuleKey,
  subjectMayOwn,
} from './quota';

const QUOTA_FAMILY_WORDS: Record<QuotaFamily, string> = {
  OFFICIAL: 'official account(s) (subscription and service)',
  MINI_PROGRAM: 'mini-program(s)',
  ENTERPRISE_ACCOUNT: 'enterprise account(s)',
};

export { NO_USER };

// The access conditions live in access/ (one place for who sees which rows); these bind them to a
// request's context for the services.

/** Staff who see every account and subject (masked); publishers see only their own. */
export function seesAllAccounts(ctx: Context): boolean {
  return isStaff(ctx.viewer);
}

/** The ids of the accounts the viewer operates, as a subquery. */
export function operatedAccountIds(ctx: Context) {
  return conditions.operatedAccountIds(ctx.db, ctx.viewer);
}

/** Rows of other tables the viewer may see through their account (undefined: no restriction). */
export function visibleThroughAccount(ctx: Context, accountIdColumn: AnyPgColumn): SQL | undefined {
  return conditions.visibleThroughAccount(ctx.db, ctx.viewer, accountIdColumn);
}

/** Accounts the viewer operates, as a condition on `accounts.id`. */
function operatedByViewer(ctx: Context): SQL {
  return conditions.operatedByViewer(ctx.db, ctx.viewer);
}

/** Subjects the viewer registered or whose accounts it operates. */
function subjectVisibleToPublisher(ctx: Context): SQL {
  const userId = ctx.viewer?.id ?? NO_USER;
  return or(
    eq(subjects.ownerId, userId),
    exists(
      ctx.db
        .select({ one: accountOperators.userId })
        .from(accountOperators)
        .innerJoin(accounts, eq(accounts.id, accountOperators.accountId))
        .where(and(eq(accounts.subjectId, subjects.id), eq(accountOperators.userId, userId))),
    ),
  ) as SQL;
}

export async function findAccount(ctx: Context, id: string): Promise<AccountRow | null> {
  const account = await ctx.loaders.accountById.load(id);
  if (!account) return null;
  if (seesAllAccounts(ctx)) return account;
  const operators = await ctx.loaders.operatorIdsByAccountId.load(id);
  return ctx.viewer && operators.includes(ctx.viewer.id) ? account : null;
}

/** The account, or NOT_FOUND naming `field` when it does not exist or the viewer may not act on it. */
export async function accountForAction(ctx: Context, id: string, field: string): Promise<AccountRow> {
  const account = await findAccount(ctx, id);
  if (!account) throw notFound('account', field);
  return account;
}

export async function findSubject(ctx: Context, id: string): Promise<SubjectRow | null> {
  const subject = await ctx.loaders.subjectById.load(id);
  if (!subject) return null;
  if (seesAllAccounts(ctx)) return subject;
  const [visible] = await ctx.db
    .select({ id: subjects.id })
    .from(subjects)
    .where(and(eq(subjects.id, id), subjectVisibleToPublisher(ctx)));
  return visible ? subject : null;
}

export interface CreateSubjectInput {
  kind: SubjectKindName;
  organizationCategory?: OrganizationCategoryName | null;
  name: string;
  idNumber: string;
  contactName?: string | null;
  contactPhone?: string | null;
}

/** Registers a real-name verified subject. Its identity number is checked by format and check digit. */
export async function createSubject(ctx: Context, input: CreateSubjectInput): Promise<SubjectRow> {
  const idNumber = normalizeIdNumber(input.idNumber);
  const problem = input.kind === 'INDIVIDUAL' ? checkIdCardNumber(idNumber) : checkCreditCode(idNumber);
  if (problem) throw badInput('input.idNumber', 'INVALID_FORMAT', `The identity number is not valid: ${problem}.`);
  if (input.kind === 'ORGANIZATION' && !input.organizationCategory) {
    throw badInput(
      'input.organizationCategory',
      'REQUIRED',
      'An organization needs its category: GOVERNMENT, MEDIA or OTHER.',
    );
  }
  if (input.kind !== 'ORGANIZATION' && input.organizationCategory) {
    throw badInput('input.organizationCategory', 'NOT_APPLICABLE', 'Only organizations have a category.');
  }
  return ctx.db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: subjects.id }).from(subjects).where(eq(subjects.idNumber, idNumber));
    if (taken)
      throw badInput('input.idNumber', 'DUPLICATE', 'A subject with this identity number is already registered.');
    const [subject] = await tx
      .insert(subjects)
      .values({
        kind: input.kind,
        organizationCategory: input.organizationCategory ?? null,
        name: input.name.trim(),
        idNumber,
        contactName: input.contactName ?? null,
        contactPhone: input.contactPhone ?? null,
        ownerId: ctx.viewer?.roles.includes('PUBLISHER') ? ctx.viewer.id : null,
        createdAt: ctx.clock.now(),
      })
      .onConflictDoNothing()
      .returning();
    if (!subject)
      throw badInput('input.idNumber', 'DUPLICATE', 'A subject with this identity number is already registered.');
    await recordAudit(ctx, tx, {
      action: 'subject.create',
      targetType: 'Subject',
      targetId: subject.id,
      // Personal data never enters the audit log in clear.
      after: { kind: subject.kind, name: subject.name, idNumber: maskIdNumber(subject.idNumber) },
    });
    return subject;
  });
}

/**
 * The official-account quota in force for a subject now (the seed's quota): the rule for its kind,
 * or what an increase granted.
 */
export async function quotaOf(executor: Executor, subject: SubjectRow, now: Date): Promise<number> {
  return quotaOfFamily(executor, subject, 'OFFICIAL', now);
}

/** A family's quota in force for a subject now; increases raise the official-account quota only. */
async function quotaOfFamily(executor: Executor, subject: SubjectRow, family: QuotaFamily, now: Date) {
  const rule = await integerAt(executor, quotaRuleKey(family, subject.kind), now);
  return family === 'OFFICIAL' ? effectiveQuota(rule, subject.grantedQuota) : rule;
}

/** Subjects a viewer may register accounts or file requests for. */
export async function subjectForAction(ctx: Context, subjectId: string, field: string): Promise<SubjectRow> {
  const subject = await findSubject(ctx, subjectId);
  if (!subject) throw notFound('subject', field);
  if (!ctx.viewer?.roles.includes('ADMIN') && subject.ownerId !== ctx.viewer?.id) {
    // Publishers act only for the subjects they registered.
    throw forbidden('NOT_SUBJECT_OWNER', 'Only the subject’s own publisher or an admin may do this.');
  }
  return subject;
}

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

export interface RegisterAccountInput {
  subjectId: string;
  kind: AccountKindName;
  name: string;
  intro?: string | null;
}

/**
 * Registers an account for a subject, refusing with QUOTA_EXCEEDED at the quota in force.
 * The subject row is locked for the count and the insert, so simultaneous registrations queue.
 */
export async function registerAccount(ctx: Context, input: RegisterAccountInput): Promise<AccountRow> {
  const checked = await subjectForAction(ctx, input.subjectId, 'input.subjectId');
  if (!subjectMayOwn(checked.kind, input.kind)) {
    throw badInput(
      'input.kind',
      'SUBJECT_KIND',
      'An individual cannot register an enterprise account: only enterprises and organizations can.',
      { subjectKind: checked.kind },
    );
  }
  const family = quotaFamilyOf(input.kind);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [subject] = await tx.select().from(subjects).where(eq(subjects.id, input.subjectId)).for('update');
    if (!subject) throw notFound('subject', 'input.subjectId');
    const quota = await quotaOfFamily(tx, subject, family, now);
    const [owned] = await tx
      .select({ value: count() })
      .from(accounts)
      .where(and(eq(accounts.subjectId, subject.id), inArray(accounts.kind, [...kindsOfFamily(family)])));
    const ownedCount = owned?.value ?? 0;
    if (!canRegisterAnother(ownedCount, quota)) {
      const what = QUOTA_FAMILY_WORDS[family];
      throw new AppError(
        'QUOTA_EXCEEDED',
        'ACCOUNTS',
        `This subject already owns ${ownedCount} ${what}; its quota is ${quota}.` +
          (family === 'OFFICIAL' ? ' File a quota increase request to register more.' : ''),
        { quota, owned: ownedCount, limit: quota, family },
      );
    }
    const [account] = await tx
      .insert(accounts)
      .values({
        subjectId: subject.id,
        kind: input.kind,
        name: input.name.trim(),
        intro: input.intro?.trim() ?? '',
        originalId: `gh_${hex(6)}`,
        appId: `wx${hex(8)}`,
        createdAt: now,
      })
      .returning();
    if (!account) throw new Error('account insert returned nothing');
    if (ctx.viewer?.roles.includes('PUBLISHER')) {
      await tx.insert(accountOperators).values({ accountId: account.id, userId: ctx.viewer.id, addedAt: now });
    }
    await recordAudit(ctx, tx, {
      action: 'account.register',
      targetType: 'Account',
      targetId: account.id,
      after: { subjectId: subject.id, kind: account.kind, name: account.name, originalId: account.originalId },
    });
    return account;
  });
}

export interface AccountFilter {
  kind?: AccountKindName | null;
  subjectKind?: SubjectKindName | null;
  subjectId?: string | null;
  nameContains?: string | null;
  certified?: boolean | null;
  banned?: boolean | null;
  region?: string | null;
  filed?: boolean | null;
}

export type AccountOrder = 'CREATED_AT' | 'NAME';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function accountConditions(ctx: Context, filter: AccountFilter): SQL[] {
  const now = ctx.clock.now();
  const conditions: SQL[] = [];
  if (!seesAllAccounts(ctx)) conditions.push(operatedByViewer(ctx));
  if (filter.kind) conditions.push(eq(accounts.kind, filter.kind));
  if (filter.subjectId) conditions.push(eq(accounts.subjectId, filter.subjectId));
  if (filter.subjectKind) {
    conditions.push(
      exists(
        ctx.db
          .select({ one: subjects.id })
          .from(subjects)
          .where(and(eq(subjects.id, accounts.subjectId), eq(subjects.kind, filter.subjectKind))),
      ),
    );
  }
  if (filter.nameContains?.trim()) conditions.push(ilike(accounts.name, `%${escapeLike(filter.nameContains.trim())}%`));
  if (filter.certified === true) conditions.push(certificationStatus.certifiedCondition(now));
  if (filter.certified === false) conditions.push(not(certificationStatus.certifiedCondition(now)));
  if (filter.banned === true) conditions.push(banStatus.bannedCondition(now));
  if (filter.banned === false) conditions.push(not(banStatus.bannedCondition(now)));
  if (filter.region || filter.filed !== undefined) {
    const recordConditions: SQL[] = [eq(accountRecords.accountId, accounts.id)];
    if (filter.region) recordConditions.push(eq(accountRecords.region, filter.region));
    if (filter.filed === true) recordConditions.push(isNotNull(accountRecords.filingNumber));
    const hasRecord = exists(
      ctx.db
        .select({ one: accountRecords.accountId })
        .from(accountRecords)
        .where(and(...recordConditions)),
    );
    if (filter.filed === false) {
      // Not filed: no record in that region at all, or one without a filing number.
      const filedInRegion = exists(
        ctx.db
          .select({ one: accountRecords.accountId })
          .from(accountRecords)
          .where(and(...recordConditions, isNotNull(accountRecords.filingNumber))),
      );
      conditions.push(filter.region ? (and(hasRecord, not(filedInRegion)) ?? hasRecord) : not(filedInRegion));
    } else if (filter.filed === true || filter.region) {
      conditions.push(hasRecord);
    }
  }
  return conditions;
}

/** Accounts the viewer may see, filtered, keyset-paginated by creation (newest first) or name. */
/** Accounts with their subject and their ban in force (or null), as one statement. */
function accountsWithSubjectAndBan(db: Executor, now: Date | SQLWrapper, where: SQL[]) {
  const banInForce = db
    .select()
    .from(penalties)
    .where(and(eq(penalties.accountId, accounts.id), conditions.activePenaltyCondition(now)))
    .orderBy(sql`${penalties.endsAt} desc nulls first`, desc(penalties.startsAt), desc(penalties.id))
    .limit(1)
    .as('ban_in_force');
  const banColumns = Object.fromEntries(
    Object.keys(getTableColumns(penalties)).map((key) => [key, banInForce[key as keyof PenaltyRow]]),
  ) as { [K in keyof PenaltyRow]: (typeof banInForce)[K] };
  return db
    .select({ account: accounts, subject: subjects, ban: banColumns })
    .from(accounts)
    .innerJoin(subjects, eq(subjects.id, accounts.subjectId))
    .leftJoinLateral(banInForce, sql`true`)
    .where(and(...where))
    .$dynamic();
}

export async function listAccounts(
  ctx: Context,
  args: { first?: number | null; after?: string | null; filter?: AccountFilter | null; orderBy?: AccountOrder | null },
) {
  const limit = pageSize(args.first, ctx.config.limits.maxPageSize);
  const conditions = accountConditions(ctx, args.filter ?? {});
  const byName = args.orderBy === 'NAME';
  const pageConditions = [...conditions];
  if (args.after) {
    const position = decodeCursor(args.after);
    // Row comparisons: one range of the (sort, id) index, not a scan from the list's start (keyset.ts).
    if (byName) {
      pageConditions.push(sql`(${accounts.name}, ${accounts.id}) > (${position.key}::text, ${position.id}::uuid)`);
    } else {
      const { at } = decodeTimeCursor(args.after);
      pageConditions.push(
        sql`(${accounts.createdAt}, ${accounts.id}) < (${at.toISOString()}::timestamptz, ${position.id}::uuid)`,
      );
    }
  }
  const order = byName ? [asc(accounts.name), asc(accounts.id)] : [desc(accounts.createdAt), desc(accounts.id)];
  // Each account comes with its subject and the ban in force, in the same statement: every accounts
  // page shows both (Account.banned reads the ban), so those loaders start primed and the page
  // costs two fewer round trips. The first page of everything (staff, no filter) is prepared once.
  const plain = !args.after && !byName && conditions.length === 0;
  const joined = plain
    ? await preparedOnce(ctx.db, 'accountsFirstPage', (base) =>
        accountsWithSubjectAndBan(base, sql.placeholder('now'), [])
          .orderBy(...order)
          .limit(sql.placeholder('limit'))
          .prepare('accountsFirstPage'),
      ).execute({ now: ctx.clock.now().toISOString(), limit: limit + 1 })
    : await accountsWithSubjectAndBan(ctx.db, ctx.clock.now(), pageConditions)
        .orderBy(...order)
        .limit(limit + 1);
  // Counted only when the client selects totalCount (or totalCountIsExact), up to the bound.
  const total = () =>
    boundedCount(
      ctx.db,
      ctx.db
        .select({ one: sql`1` })
        .from(accounts)
        .where(and(...conditions)),
      ctx.config.limits.exactCountLimit,
    );
  const rows = joined.map(({ account, subject, ban }) => {
    ctx.loaders.accountById.prime(account.id, account);
    ctx.loaders.subjectById.prime(subject.id, subject);
    ctx.loaders.activePenaltyByAccountId.prime(account.id, (ban as PenaltyRow | null) ?? null);
    return account;
  });
  return toConnection(
    rows,
    limit,
    (row) => ({ key: byName ? row.name : row.createdAt.toISOString(), id: row.id }),
    total,
    Boolean(args.after),
  );
}

export interface SubjectFilter {
  kind?: SubjectKindName | null;
  nameContains?: string | null;
}

export async function listSubjects(
  ctx: Context,
  args: { first?: number | null; after?: string | null; filter?: SubjectFilter | null },
) {
  const filter = args.filter ?? {};
  const conditions: SQL[] = [];
  if (!seesAllAccounts(ctx)) conditions.push(subjectVisibleToPublisher(ctx));
  if (filter.kind) conditions.push(eq(subjects.kind, filter.kind));
  if (filter.nameContains?.trim()) conditions.push(ilike(subjects.name, `%${escapeLike(filter.nameContains.trim())}%`));
  const page = await keysetPage<SubjectRow>(
    ctx.db,
    {
      table: subjects,
      order: byTime(subjects.createdAt, subjects.id, 'desc', (row) => row.createdAt),
      where: conditions,
      limits: ctx.config.limits,
    },
    args,
  );
  for (const edge of page.edges) ctx.loaders.subjectById.prime(edge.node.id, edge.node);
  return page;
}

export interface AccountRecordInput {
  region: string;
  responsiblePerson: string;
  contactPhone: string;
  filingNumber?: string | null;
  filedOn?: string | null;
}

/**
 * Records (or updates) an account's record registration. Operators and admins submit the details;
 * the filing number and date are the authority's, entered by an ADMIN.
 */
export async function recordAccountRegistration(
  ctx: Context,
  accountId: string,
  input: AccountRecordInput,
): Promise<AccountRecordRow> {
  const account = await accountForAction(ctx, accountId, 'accountId');
  const isAdmin = ctx.viewer?.roles.includes('ADMIN') ?? false;
  if (!isAdmin) {
    const operators = await ctx.loaders.operatorIdsByAccountId.load(account.id);
    if (!ctx.viewer || !operators.includes(ctx.viewer.id))
      throw forbidden('NOT_OPERATOR', 'Only the account’s operators or an admin may record it.');
    if (input.filingNumber || input.filedOn)
      throw forbidden('ADMIN_ONLY_FIELD', 'The filing number and date are entered by an admin for the authority.');
  }
  if (Boolean(input.filingNumber) !== Boolean(input.filedOn)) {
    throw badInput(
      input.filingNumber ? 'input.filedOn' : 'input.filingNumber',
      'REQUIRED',
      'A filing needs both its number and its date.',
    );
  }
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(accountRecords)
      .where(eq(accountRecords.accountId, account.id))
      .for('update');
    if (input.filingNumber) {
      const [taken] = await tx
        .select({ accountId: accountRecords.accountId })
        .from(accountRecords)
        .where(and(eq(accountRecords.filingNumber, input.filingNumber), not(eq(accountRecords.accountId, account.id))));
      if (taken) throw badInput('input.filingNumber', 'DUPLICATE', 'That filing number belongs to another account.');
    }
    const values = {
      region: input.region.trim(),
      responsiblePerson: input.responsiblePerson.trim(),
      contactPhone: input.contactPhone.trim(),
      // An operator's update keeps the authority's filing as it was.
      filingNumber: isAdmin ? (input.filingNumber ?? null) : (before?.filingNumber ?? null),
      filedOn: isAdmin ? (input.filedOn ?? null) : (before?.filedOn ?? null),
      updatedAt: ctx.clock.now(),
    };
    const [row] = await tx
      .insert(accountRecords)
      .values({ accountId: account.id, ...values })
      .onConflictDoUpdate({ target: accountRecords.accountId, set: values })
      .returning();
    if (!row) throw new Error('record upsert returned nothing');
    const summary = (r: AccountRecordRow | undefined) =>
      r && { region: r.region, filingNumber: r.filingNumber, filedOn: r.filedOn, responsiblePerson: '(personal data)' };
    await recordAudit(ctx, tx, {
      action: 'account.record',
      targetType: 'Account',
      targetId: account.id,
      before: summary(before) ?? null,
      after: summary(row),
    });
    return row;
  });
}

/** Per region: how many accounts have a record, and how many of those are filed. */
export async function recordRegistrationByRegion(ctx: Context) {
  const filed = count(accountRecords.filingNumber);
  const rows = await ctx.db
    .select({ region: accountRecords.region, accounts: count(), filed })
    .from(accountRecords)
    .groupBy(accountRecords.region)
    .orderBy(asc(accountRecords.region));
  return rows.map((row) => ({ ...row, unfiled: row.accounts - row.filed }));
}

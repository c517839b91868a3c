import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { localIdOf, toGlobalId } from '../../common/ids';
import { registerNodeType } from '../../common/node';
import type { Context } from '../../context';
import type { AccountRecordRow, AccountRow, QuotaRequestRow, SubjectRow, UserRow } from '../../db/schema';
import { User } from '../auth/user.type';
import {
  AccountFilter,
  AccountRecordInput,
  AuthorityApprovalInput,
  CreateSubjectInput,
  FileQuotaRequestInput,
  QuotaRequestFilter,
  RegisterAccountInput,
  SubjectFilter,
} from './account.input';
import {
  Account,
  AccountConnection,
  AccountOrder,
  AccountRecord,
  Capability,
  QuotaRequest,
  QuotaRequestConnection,
  RegionFilingCount,
  Subject,
  SubjectConnection,
} from './account.type';
import { banStatus, certificationStatus } from './account-status';
import {
  createSubject,
  findAccount,
  findSubject,
  listAccounts,
  listSubjects,
  recordAccountRegistration,
  recordRegistrationByRegion,
  registerAccount,
} from './accounts.service';
import { type CapabilityName, capabilitiesFor } from './capabilities';
import { addAccountOperator, removeAccountOperator } from './operators.service';
import {
  fileQuotaRequest,
  findQuotaRequest,
  listQuotaRequests,
  passPreliminaryExamination,
  recordAuthorityApproval,
  rejectQuotaRequest,
} from './quota-requests.service';

registerNodeType('Account', (ctx, id) => (ctx.viewer ? findAccount(ctx, id) : Promise.resolve(null)));
registerNodeType('Subject', (ctx, id) => (ctx.viewer ? findSubject(ctx, id) : Promise.resolve(null)));
registerNodeType('QuotaRequest', (ctx, id) => (ctx.viewer ? findQuotaRequest(ctx, id) : Promise.resolve(null)));

const STAFF_AND_PUBLISHERS = ['MODERATOR', 'REVIEWER', 'ANALYST', 'PUBLISHER'] as const;

/** A person's name, masked for anyone but ADMIN: 张三丰 → 张**. */

@Resolver(() => Account)
export class AccountResolver {
  @Authorized(...STAFF_AND_PUBLISHERS)
  @Query(() => Account, { nullable: true, description: 'An account the viewer may see.' })
  async account(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<AccountRow | null> {
    return findAccount(ctx, localIdOf('Account', id, 'id'));
  }

  @Authorized(...STAFF_AND_PUBLISHERS)
  @Query(() => AccountConnection, { description: 'Accounts the viewer may see (a publisher: the ones it operates).' })
  async accounts(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('filter', () => AccountFilter, { nullable: true }) filter?: AccountFilter | null,
    @Arg('orderBy', () => AccountOrder, { nullable: true }) orderBy?: keyof typeof AccountOrder | null,
  ) {
    return listAccounts(ctx, {
      first,
      after,
      orderBy,
      filter: filter && {
        ...filter,
        subjectId: filter.subjectId ? localIdOf('Subject', filter.subjectId, 'filter.subjectId') : null,
      },
    });
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => Account, { description: 'Registers an account; QUOTA_EXCEEDED at the quota in force.' })
  async registerAccount(@Ctx() ctx: Context, @Arg('input') input: RegisterAccountInput): Promise<AccountRow> {
    return registerAccount(ctx, { ...input, subjectId: localIdOf('Subject', input.subjectId, 'input.subjectId') });
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => Account, {
    description: 'Records the account’s record registration (备案). Filing number and date: ADMIN.',
  })
  async recordAccountRegistration(
    @Ctx() ctx: Context,
    @Arg('accountId', () => ID) accountId: string,
    @Arg('input') input: AccountRecordInput,
  ): Promise<AccountRow | null> {
    const id = localIdOf('Account', accountId, 'accountId');
    await recordAccountRegistration(ctx, id, input);
    return findAccount(ctx, id);
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => Account, {
    description:
      'Adds an active publisher, by email, as an operator of the account (its operators, or ADMIN). They are notified.',
  })
  async addAccountOperator(
    @Ctx() ctx: Context,
    @Arg('accountId', () => ID) accountId: string,
    @Arg('email', () => String) email: string,
  ): Promise<AccountRow> {
    return addAccountOperator(ctx, localIdOf('Account', accountId, 'accountId'), email);
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => Account, {
    description:
      'Removes an operator from the account (its operators, or ADMIN); the last operator cannot be removed. They are notified.',
  })
  async removeAccountOperator(
    @Ctx() ctx: Context,
    @Arg('accountId', () => ID) accountId: string,
    @Arg('userId', () => ID) userId: string,
  ): Promise<AccountRow> {
    return removeAccountOperator(
      ctx,
      localIdOf('Account', accountId, 'accountId'),
      localIdOf('User', userId, 'userId'),
    );
  }

  @Authorized('ANALYST', 'MODERATOR', 'REVIEWER')
  @Query(() => [RegionFilingCount], {
    description: 'Record registration by region: accounts recorded, filed, not filed.',
  })
  async recordRegistrationByRegion(@Ctx() ctx: Context) {
    return recordRegistrationByRegion(ctx);
  }

  @FieldResolver(() => ID)
  id(@Root() account: AccountRow): string {
    return toGlobalId('Account', account.id);
  }

  @FieldResolver(() => Subject)
  async subject(@Ctx() ctx: Context, @Root() account: AccountRow): Promise<SubjectRow | null> {
    return ctx.loaders.subjectById.load(account.subjectId);
  }

  @FieldResolver(() => [User])
  async operators(@Ctx() ctx: Context, @Root() account: AccountRow): Promise<UserRow[]> {
    return ctx.loaders.operatorsByAccountId.load(account.id);
  }

  @FieldResolver(() => AccountRecord, { nullable: true })
  async record(@Ctx() ctx: Context, @Root() account: AccountRow) {
    const record = await ctx.loaders.recordByAccountId.load(account.id);
    if (!record) return null;
    const shown: AccountRecordRow & { filed: boolean } = { ...record, filed: record.filingNumber !== null };
    return shown;
  }

  @FieldResolver(() => Boolean)
  async certified(@Ctx() ctx: Context, @Root() account: AccountRow): Promise<boolean> {
    return certificationStatus.isCertified(ctx, account);
  }

  @FieldResolver(() => Boolean)
  async banned(@Ctx() ctx: Context, @Root() account: AccountRow): Promise<boolean> {
    return banStatus.isBanned(ctx, account);
  }

  @FieldResolver(() => [Capability])
  async capabilities(@Ctx() ctx: Context, @Root() account: AccountRow): Promise<CapabilityName[]> {
    const [certified, deadline] = await Promise.all([
      certificationStatus.isCertified(ctx, account),
      ctx.loaders.ruleNow.load('certification.miniProgramDeadline'),
    ]);
    return capabilitiesFor({
      kind: account.kind,
      certified,
      now: ctx.clock.now(),
      miniProgramDeadline: new Date(deadline as string),
    });
  }
}

@Resolver(() => Subject)
export class SubjectResolver {
  @Authorized(...STAFF_AND_PUBLISHERS)
  @Query(() => Subject, { nullable: true })
  async subject(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<SubjectRow | null> {
    return findSubject(ctx, localIdOf('Subject', id, 'id'));
  }

  @Authorized(...STAFF_AND_PUBLISHERS)
  @Query(() => SubjectConnection)
  async subjects(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('filter', () => SubjectFilter, { nullable: true }) filter?: SubjectFilter | null,
  ) {
    return listSubjects(ctx, { first, after, filter });
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => Subject, { description: 'Registers a real-name verified subject.' })
  async createSubject(@Ctx() ctx: Context, @Arg('input') input: CreateSubjectInput): Promise<SubjectRow> {
    return createSubject(ctx, input);
  }

  @FieldResolver(() => ID)
  id(@Root() subject: SubjectRow): string {
    return toGlobalId('Subject', subject.id);
  }

  @FieldResolver(() => Int)
  async quota(@Ctx() ctx: Context, @Root() subject: SubjectRow): Promise<number> {
    const rule = (await ctx.loaders.ruleNow.load(`account.quota.${subject.kind}`)) as number;
    return Math.max(rule, subject.grantedQuota ?? 0);
  }

  @FieldResolver(() => Int)
  async accountCount(@Ctx() ctx: Context, @Root() subject: SubjectRow): Promise<number> {
    return ctx.loaders.accountCountBySubjectId.load(subject.id);
  }

  @FieldResolver(() => [Account])
  async accounts(@Ctx() ctx: Context, @Root() subject: SubjectRow): Promise<AccountRow[]> {
    return ctx.loaders.accountsBySubjectId.load(subject.id);
  }
}

@Resolver(() => QuotaRequest)
export class QuotaRequestResolver {
  @Authorized(...STAFF_AND_PUBLISHERS)
  @Query(() => QuotaRequestConnection, { description: 'Quota increase requests, oldest first.' })
  async quotaRequests(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('filter', () => QuotaRequestFilter, { nullable: true }) filter?: QuotaRequestFilter | null,
  ) {
    return listQuotaRequests(ctx, {
      first,
      after,
      filter: filter && {
        ...filter,
        subjectId: filter.subjectId ? localIdOf('Subject', filter.subjectId, 'filter.subjectId') : null,
      },
    });
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => QuotaRequest, { description: 'Files a quota increase request for a subject.' })
  async fileQuotaRequest(@Ctx() ctx: Context, @Arg('input') input: FileQuotaRequestInput): Promise<QuotaRequestRow> {
    return fileQuotaRequest(ctx, { ...input, subjectId: localIdOf('Subject', input.subjectId, 'input.subjectId') });
  }

  @Authorized('REVIEWER')
  @Mutation(() => QuotaRequest, {
    description: 'Step 1: the platform’s preliminary examination passes (ADMIN or REVIEWER).',
  })
  async passQuotaPreliminaryExamination(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<QuotaRequestRow> {
    return passPreliminaryExamination(ctx, localIdOf('QuotaRequest', id, 'id'), note);
  }

  @Authorized('ADMIN')
  @Mutation(() => QuotaRequest, {
    description: 'Step 2: records the competent authority’s approval; the quota rises (ADMIN).',
  })
  async recordQuotaAuthorityApproval(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: AuthorityApprovalInput,
  ): Promise<QuotaRequestRow> {
    return recordAuthorityApproval(ctx, localIdOf('QuotaRequest', id, 'id'), input);
  }

  @Authorized('REVIEWER')
  @Mutation(() => QuotaRequest, { description: 'Rejects at either step, with a reason (the authority step: ADMIN).' })
  async rejectQuotaRequest(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
  ): Promise<QuotaRequestRow> {
    return rejectQuotaRequest(ctx, localIdOf('QuotaRequest', id, 'id'), reason);
  }

  @FieldResolver(() => ID)
  id(@Root() request: QuotaRequestRow): string {
    return toGlobalId('QuotaRequest', request.id);
  }

  @FieldResolver(() => Subject)
  async subject(@Ctx() ctx: Context, @Root() request: QuotaRequestRow): Promise<SubjectRow | null> {
    return ctx.loaders.subjectById.load(request.subjectId);
  }

  @FieldResolver(() => User, { nullable: true })
  async filedBy(@Ctx() ctx: Context, @Root() request: QuotaRequestRow): Promise<UserRow | null> {
    return ctx.loaders.userById.load(request.filedById);
  }

  @FieldResolver(() => User, { nullable: true })
  async preliminaryBy(@Ctx() ctx: Context, @Root() request: QuotaRequestRow): Promise<UserRow | null> {
    return ctx.loaders.userById.load(request.preliminaryById);
  }
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { localIdOf, toGlobalId } from '../../common/ids';
import { registerNodeType } from '../../common/node';
import type { Context } from '../../context';
import type { AccountRow, CertificationRow, UserRow } from '../../db/schema';
import { Account } from '../accounts/account.type';
import { User } from '../auth/user.type';
import {
  Certification,
  CertificationConnection,
  CertificationDecisionInput,
  CertificationExclusion,
  CertificationFilter,
  CertificationInformationInput,
  CertificationInvoiceInput,
  CertificationMaterial,
  NamingAdvice,
  Payment,
  ReviewCallInput,
  StartCertificationInput,
} from './certification.type';
import {
  acceptTerms,
  adviseNickname,
  certificationCandidateExclusions,
  certificationCandidates,
  decideCertification,
  effectiveStatus,
  findCertification,
  inviteToCertification,
  listCertifications,
  payFee,
  recordReviewCall,
  renewCertification,
  revokeInvitation,
  sendCertificationReminders,
  startCertification,
  submitInformation,
  submitInvoice,
  supplementMaterials,
} from './certifications.service';
import { checkNickname } from './nickname-check';

registerNodeType('Certification', (ctx, id) => (ctx.viewer ? findCertification(ctx, id) : Promise.resolve(null)));

const EVERYONE = ['MODERATOR', 'REVIEWER', 'ANALYST', 'PUBLISHER'] as const;
const certId = (id: string) => localIdOf('Certification', id, 'id');
const uploadIds = (ids: string[] | null | undefined, field: string) =>
  (ids ?? []).map((id) => localIdOf('Upload', id, field));

@Resolver(() => Certification)
export class CertificationResolver {
  @Authorized(...EVERYONE)
  @Query(() => Certification, { nullable: true })
  async certification(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<CertificationRow | null> {
    return findCertification(ctx, certId(id));
  }

  @Authorized(...EVERYONE)
  @Query(() => CertificationConnection, { description: 'Certifications, oldest started first.' })
  async certifications(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('filter', () => CertificationFilter, { nullable: true }) filter?: CertificationFilter | null,
  ) {
    return listCertifications(ctx, {
      first,
      after,
      filter: filter && {
        ...filter,
        accountId: filter.accountId ? localIdOf('Account', filter.accountId, 'filter.accountId') : null,
        reviewerId: filter.mine ? (ctx.viewer?.id ?? null) : null,
      },
    });
  }

  @Authorized(...EVERYONE)
  @Query(() => NamingAdvice, {
    description: 'Checks a certification nickname before applying (advice; the reviewer decides).',
  })
  async checkCertificationNickname(
    @Ctx() ctx: Context,
    @Arg('name') name: string,
    @Arg('accountId', () => ID, { nullable: true }) accountId?: string | null,
  ) {
    return adviseNickname(ctx, name, accountId ? localIdOf('Account', accountId, 'accountId') : null);
  }

  @Authorized('REVIEWER')
  @Query(() => [CertificationExclusion], {
    description:
      'The accounts worth inviting that the eligibility rules leave out of certificationCandidates, each with the reason (by reads and followers).',
  })
  async certificationCandidateExclusions(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ) {
    return certificationCandidateExclusions(ctx, first);
  }

  @Authorized('REVIEWER')
  @Query(() => [Account], {
    description:
      'Individuals’ accounts worth inviting to personal certification, by reads and followers: only those the eligibility rules accept (no confirmed infringement, no confirmed violation within `certification.PERSONAL_ACCOUNT.cleanDays`).',
  })
  async certificationCandidates(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ) {
    return certificationCandidates(ctx, first);
  }

  @Authorized('REVIEWER')
  @Mutation(() => Boolean, { description: 'Invites an account to personal certification (until revoked).' })
  async inviteToCertification(@Ctx() ctx: Context, @Arg('accountId', () => ID) accountId: string): Promise<boolean> {
    return inviteToCertification(ctx, localIdOf('Account', accountId, 'accountId'));
  }

  @Authorized('REVIEWER')
  @Mutation(() => Boolean)
  async revokeCertificationInvitation(
    @Ctx() ctx: Context,
    @Arg('accountId', () => ID) accountId: string,
  ): Promise<boolean> {
    return revokeInvitation(ctx, localIdOf('Account', accountId, 'accountId'));
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => Certification, { description: 'Starts a certification for an account you operate.' })
  async startCertification(
    @Ctx() ctx: Context,
    @Arg('input') input: StartCertificationInput,
  ): Promise<CertificationRow> {
    return startCertification(ctx, { ...input, accountId: localIdOf('Account', input.accountId, 'input.accountId') });
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => Certification, { description: 'Starts the annual review (年审) of an approved certification.' })
  async renewCertification(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<CertificationRow> {
    return renewCertification(ctx, certId(id));
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => Certification)
  async acceptCertificationTerms(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<CertificationRow> {
    return acceptTerms(ctx, certId(id));
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => Certification)
  async submitCertificationInformation(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: CertificationInformationInput,
  ): Promise<CertificationRow> {
    return submitInformation(ctx, certId(id), {
      ...input,
      materialIds: uploadIds(input.materialIds, 'input.materialIds'),
      professionProof: input.professionProof
        ? localIdOf('Upload', input.professionProof, 'input.professionProof')
        : null,
    });
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => Certification)
  async submitCertificationInvoice(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: CertificationInvoiceInput,
  ): Promise<CertificationRow> {
    return submitInvoice(ctx, certId(id), input);
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => Certification, { description: 'Pays the fee (never refunded) and dispatches to a reviewer.' })
  async payCertificationFee(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<CertificationRow> {
    return payFee(ctx, certId(id));
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => Certification, {
    description: 'Adds material while under review (at most the rule’s number of times).',
  })
  async supplementCertificationMaterial(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('materialIds', () => [ID]) materialIds: string[],
  ): Promise<CertificationRow> {
    return supplementMaterials(ctx, certId(id), uploadIds(materialIds, 'materialIds'));
  }

  @Authorized('REVIEWER')
  @Mutation(() => Certification, { description: 'Records the review call: identity confirmed, recording played.' })
  async recordCertificationReviewCall(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: ReviewCallInput,
  ): Promise<CertificationRow> {
    return recordReviewCall(ctx, certId(id), input);
  }

  @Authorized('REVIEWER')
  @Mutation(() => Certification, { description: 'Qualification and naming verdicts, judged separately.' })
  async decideCertification(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: CertificationDecisionInput,
  ): Promise<CertificationRow> {
    return decideCertification(ctx, certId(id), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Int, { description: 'Runs the annual-review reminder sweep now (it also runs hourly); idempotent.' })
  async sendCertificationReminders(@Ctx() ctx: Context): Promise<number> {
    return sendCertificationReminders(ctx);
  }

  @FieldResolver(() => ID)
  id(@Root() row: CertificationRow): string {
    return toGlobalId('Certification', row.id);
  }

  @FieldResolver(() => Account)
  async account(@Ctx() ctx: Context, @Root() row: CertificationRow): Promise<AccountRow | null> {
    return ctx.loaders.accountById.load(row.accountId);
  }

  @FieldResolver()
  status(@Ctx() ctx: Context, @Root() row: CertificationRow): string {
    return effectiveStatus(row, ctx.clock.now());
  }

  @FieldResolver(() => Boolean)
  feeRefundable(): boolean {
    return false;
  }

  @FieldResolver(() => String, { nullable: true })
  badge(@Ctx() ctx: Context, @Root() row: CertificationRow): string | null {
    return effectiveStatus(row, ctx.clock.now()) === 'APPROVED' ? row.badge : null;
  }

  @FieldResolver(() => User, { nullable: true })
  async startedBy(@Ctx() ctx: Context, @Root() row: CertificationRow): Promise<UserRow | null> {
    return ctx.loaders.userById.load(row.startedById);
  }

  @FieldResolver(() => User, { nullable: true })
  async reviewer(@Ctx() ctx: Context, @Root() row: CertificationRow): Promise<UserRow | null> {
    return ctx.loaders.userById.load(row.reviewerId);
  }

  @FieldResolver(() => Payment, { nullable: true })
  async payment(@Ctx() ctx: Context, @Root() row: CertificationRow) {
    return ctx.loaders.paymentByCertificationId.load(row.id);
  }

  @FieldResolver(() => Boolean)
  async reviewCallOverdue(@Ctx() ctx: Context, @Root() row: CertificationRow): Promise<boolean> {
    const hours = (await ctx.loaders.ruleNow.load('certification.reviewCallHours')) as number;
    return (
      row.status === 'DISPATCHED' &&
      row.dispatchedAt !== null &&
      ctx.clock.now().getTime() - row.dispatchedAt.getTime() > hours * 3_600_000
    );
  }

  @FieldResolver(() => [CertificationMaterial])
  async materials(@Ctx() ctx: Context, @Root() row: CertificationRow) {
    const rows = await ctx.loaders.materialsByCertificationId.load(row.id);
    return rows.map((material) => {
      const uploadId = toGlobalId('Upload', material.upload.id);
      return { ...material, ...material.upload, uploadId, url: `/uploads/${uploadId}` };
    });
  }

  @FieldResolver(() => Certification, { nullable: true })
  async renewalOf(@Ctx() ctx: Context, @Root() row: CertificationRow): Promise<CertificationRow | null> {
    return ctx.loaders.certificationById.load(row.renewalOfId);
  }

  @FieldResolver(() => NamingAdvice)
  async namingAdvice(@Ctx() ctx: Context, @Root() row: CertificationRow) {
    // Through loaders, so a page of certifications checks every nickname in a few statements.
    const account = await ctx.loaders.accountById.load(row.accountId);
    const subject = account ? await ctx.loaders.subjectById.load(account.subjectId) : null;
    const [forbiddenWords, genericWords, appLikePatterns] = (await Promise.all([
      ctx.loaders.ruleNow.load('certification.naming.forbiddenWords'),
      ctx.loaders.ruleNow.load('certification.naming.genericWords'),
      ctx.loaders.ruleNow.load('certification.naming.appLikePatterns'),
    ])) as string[][];
    return checkNickname(row.nickname, subject?.name ?? null, {
      forbiddenWords: forbiddenWords ?? [],
      genericWords: genericWords ?? [],
      appLikePatterns: appLikePatterns ?? [],
    });
  }
}

@Resolver(() => Account)
export class AccountCertificationResolver {
  @FieldResolver(() => Certification, { nullable: true, description: 'The account’s latest certification, if any.' })
  async certification(@Ctx() ctx: Context, @Root() account: AccountRow): Promise<CertificationRow | null> {
    return ctx.loaders.latestCertificationByAccountId.load(account.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The badge of the certification in force (个人开发者 / 认证).',
  })
  async badge(@Ctx() ctx: Context, @Root() account: AccountRow): Promise<string | null> {
    return (await ctx.loaders.activeCertificationByAccountId.load(account.id))?.badge ?? null;
  }
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { localIdOf, toGlobalId } from '../../common/ids';
import { DEFAULT_LOCALE } from '../../common/locale';
import { registerNodeType } from '../../common/node';
import type { Context } from '../../context';
import type {
  AccountRow,
  AppealRow,
  ArticleRow,
  NotificationRow,
  PenaltyRow,
  UserRow,
  ViolationNoteRow,
  ViolationRow,
} from '../../db/schema';
import { Account } from '../accounts/account.type';
import { findAccount } from '../accounts/accounts.service';
import { Article } from '../articles/article.type';
import { User } from '../auth/user.type';
import { type RenderedNotification, renderNotification } from '../notifications/notification-messages';
import { listNotifications, markNotificationsRead } from './notifications.service';
import { neverLiftedRuleKey } from './penalty-ladder';
import {
  Appeal,
  AppealConnection,
  AppealFilter,
  DismissViolationsInput,
  Notification,
  NotificationConnection,
  Penalty,
  PenaltyConnection,
  PenaltyFilter,
  PenaltyPreview,
  ReportViolationInput,
  Violation,
  ViolationConnection,
  ViolationFilter,
  ViolationNote,
} from './violation.type';
import {
  addViolationNote,
  claimExpiry,
  claimMinutes,
  claimViolation,
  confirmViolation,
  countedViolationsOf,
  decideAppeal,
  dismissViolations,
  fileAppeal,
  findViolation,
  liftPenalty,
  listAccountViolations,
  listAppeals,
  listAppealsById,
  listPenalties,
  listViolations,
  overturnViolation,
  penaltyPreview,
  reportViolation,
} from './violations.service';

registerNodeType('Violation', (ctx, id) => (ctx.viewer ? findViolation(ctx, id) : Promise.resolve(null)));
registerNodeType('Penalty', async (ctx, id) => {
  const penalty = ctx.viewer ? await ctx.loaders.penaltyById.load(id) : null;
  return penalty && (await findAccount(ctx, penalty.accountId)) ? penalty : null;
});

registerNodeType('Appeal', async (ctx, id) => {
  const [appeal] = ctx.viewer ? await listAppealsById(ctx, id) : [];
  return appeal && (await findAccount(ctx, appeal.accountId)) ? appeal : null;
});

const STAFF = ['MODERATOR', 'REVIEWER', 'ANALYST'] as const;
const EVERYONE = [...STAFF, 'PUBLISHER'] as const;
const accountIdOf = (id: string | null | undefined, field: string) => (id ? localIdOf('Account', id, field) : null);

function isActive(penalty: PenaltyRow, now: Date): boolean {
  return penalty.liftedAt === null && penalty.startsAt <= now && (penalty.endsAt === null || penalty.endsAt > now);
}

/**
 * The ladder rule's version a violation was (or, pending, would be) confirmed under: recorded at
 * confirmation; the one in force now for a pending one. Read for every row, so a page costs the
 * same statements whatever it holds.
 */
async function ladderRule(ctx: Context, row: ViolationRow): Promise<{ key: string; effectiveFrom: Date } | null> {
  const now = await ctx.loaders.ladderRuleNow(row.type);
  if (row.ruleKey && row.ruleEffectiveFrom) return { key: row.ruleKey, effectiveFrom: row.ruleEffectiveFrom };
  return row.status === 'PENDING' ? now : null;
}

@Resolver(() => Violation)
export class ViolationResolver {
  @Authorized(...EVERYONE)
  @Query(() => Violation, { nullable: true })
  async violation(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<ViolationRow | null> {
    return findViolation(ctx, localIdOf('Violation', id, 'id'));
  }

  @Authorized(...EVERYONE)
  @Query(() => ViolationConnection, { description: 'Violations, oldest first (the queue order) unless newestFirst.' })
  async violations(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('filter', () => ViolationFilter, { nullable: true }) filter?: ViolationFilter | null,
    @Arg('newestFirst', () => Boolean, { nullable: true }) newestFirst?: boolean | null,
  ) {
    return listViolations(ctx, {
      first,
      after,
      newestFirst,
      filter: filter && { ...filter, accountId: accountIdOf(filter.accountId, 'filter.accountId') },
    });
  }

  @Authorized('MODERATOR')
  @Query(() => PenaltyPreview, { description: 'Which ordinal and penalty confirming this violation would give now.' })
  async penaltyPreview(@Ctx() ctx: Context, @Arg('violationId', () => ID) violationId: string) {
    return penaltyPreview(ctx, localIdOf('Violation', violationId, 'violationId'));
  }

  @Authorized()
  @Mutation(() => Violation, { description: 'Reports a violation. Duplicate open reports are merged.' })
  async reportViolation(@Ctx() ctx: Context, @Arg('input') input: ReportViolationInput): Promise<ViolationRow> {
    return reportViolation(ctx, {
      ...input,
      accountId: localIdOf('Account', input.accountId, 'input.accountId'),
      articleId: input.articleId ? localIdOf('Article', input.articleId, 'input.articleId') : null,
    });
  }

  @Authorized('MODERATOR')
  @Mutation(() => Violation, {
    description:
      'Takes a pending violation to work on (again: renews the claim). Another moderator’s live claim is INVALID_TRANSITION / CLAIMED_BY_OTHER unless takeOver.',
  })
  async claimViolation(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('takeOver', () => Boolean, { nullable: true, defaultValue: false }) takeOver?: boolean | null,
  ): Promise<ViolationRow> {
    return claimViolation(ctx, localIdOf('Violation', id, 'id'), Boolean(takeOver));
  }

  @Authorized('MODERATOR')
  @Mutation(() => Violation)
  async addViolationNote(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('text') text: string,
  ): Promise<ViolationRow | null> {
    const localId = localIdOf('Violation', id, 'id');
    await addViolationNote(ctx, localId, text);
    return findViolation(ctx, localId);
  }

  @Authorized('MODERATOR')
  @Mutation(() => Violation, {
    description:
      'Confirms: ordinal + penalty from the ladder in force, in one transaction. Claims it implicitly; another moderator’s live claim is CLAIMED_BY_OTHER unless takeOver.',
  })
  async confirmViolation(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
    @Arg('takeOver', () => Boolean, { nullable: true, defaultValue: false }) takeOver?: boolean | null,
  ): Promise<ViolationRow> {
    return confirmViolation(ctx, localIdOf('Violation', id, 'id'), note, Boolean(takeOver));
  }

  @Authorized('MODERATOR')
  @Mutation(() => Violation, {
    description:
      'Dismisses a pending violation; the note is required. Claims it implicitly; another moderator’s live claim is CLAIMED_BY_OTHER unless takeOver.',
  })
  async dismissViolation(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('note') note: string,
    @Arg('takeOver', () => Boolean, { nullable: true, defaultValue: false }) takeOver?: boolean | null,
  ): Promise<ViolationRow> {
    const [row] = await dismissViolations(ctx, [localIdOf('Violation', id, 'id')], note, Boolean(takeOver));
    if (!row) throw new Error('dismissal returned nothing');
    return row;
  }

  @Authorized('MODERATOR')
  @Mutation(() => [Violation], {
    description:
      'Dismisses several pending violations with one note: all or none. If any is held by another moderator (a live claim), the whole call is refused with INVALID_TRANSITION / CLAIMED_BY_OTHER naming the held items in extensions.ids, and nothing is written, unless input.takeOver. The others are claimed implicitly.',
  })
  async dismissViolations(@Ctx() ctx: Context, @Arg('input') input: DismissViolationsInput): Promise<ViolationRow[]> {
    return dismissViolations(
      ctx,
      input.ids.map((id) => localIdOf('Violation', id, 'input.ids')),
      input.note,
      Boolean(input.takeOver),
    );
  }

  @FieldResolver(() => ID)
  id(@Root() row: ViolationRow): string {
    return toGlobalId('Violation', row.id);
  }

  @FieldResolver(() => Account)
  async account(@Ctx() ctx: Context, @Root() row: ViolationRow): Promise<AccountRow | null> {
    return ctx.loaders.accountById.load(row.accountId);
  }

  @FieldResolver(() => Article, { nullable: true })
  async article(@Ctx() ctx: Context, @Root() row: ViolationRow): Promise<ArticleRow | null> {
    return ctx.loaders.articleById.load(row.articleId);
  }

  @FieldResolver(() => Penalty, { nullable: true })
  async penalty(@Ctx() ctx: Context, @Root() row: ViolationRow): Promise<PenaltyRow | null> {
    // Loaded for every row (pending ones have none), so a page's statements do not depend on its rows.
    return ctx.loaders.penaltyByViolationId.load(row.id);
  }

  @FieldResolver(() => [Violation])
  async countedViolations(@Ctx() ctx: Context, @Root() row: ViolationRow): Promise<ViolationRow[]> {
    return countedViolationsOf(ctx, row);
  }

  @FieldResolver(() => Int, { nullable: true })
  async priorStrikes(@Ctx() ctx: Context, @Root() row: ViolationRow): Promise<number> {
    return (await countedViolationsOf(ctx, row)).length;
  }

  @FieldResolver(() => String, { nullable: true })
  async ruleKey(@Ctx() ctx: Context, @Root() row: ViolationRow): Promise<string | null> {
    return (await ladderRule(ctx, row))?.key ?? null;
  }

  @FieldResolver(() => Date, { nullable: true })
  async ruleEffectiveFrom(@Ctx() ctx: Context, @Root() row: ViolationRow): Promise<Date | null> {
    return (await ladderRule(ctx, row))?.effectiveFrom ?? null;
  }

  @FieldResolver(() => User, { nullable: true })
  async claimedBy(@Ctx() ctx: Context, @Root() row: ViolationRow): Promise<UserRow | null> {
    return ctx.loaders.userById.load(row.claimedById);
  }

  @FieldResolver(() => Date, { nullable: true })
  async claimExpiresAt(@Ctx() ctx: Context, @Root() row: ViolationRow): Promise<Date | null> {
    if (!row.claimedAt || row.status !== 'PENDING') return null;
    return claimExpiry(row.claimedAt, await claimMinutes(ctx));
  }

  @FieldResolver(() => User, { nullable: true })
  async decidedBy(@Ctx() ctx: Context, @Root() row: ViolationRow): Promise<UserRow | null> {
    return ctx.loaders.userById.load(row.decidedById);
  }

  @FieldResolver(() => [ViolationNote])
  async notes(@Ctx() ctx: Context, @Root() row: ViolationRow): Promise<ViolationNoteRow[]> {
    return ctx.loaders.notesByViolationId.load(row.id);
  }
}

@Resolver(() => ViolationNote)
export class ViolationNoteResolver {
  @FieldResolver(() => User, { nullable: true })
  async author(@Ctx() ctx: Context, @Root() note: ViolationNoteRow): Promise<UserRow | null> {
    return ctx.loaders.userById.load(note.authorId);
  }
}

@Resolver(() => Penalty)
export class PenaltyResolver {
  @Authorized(...EVERYONE)
  @Query(() => PenaltyConnection, { description: 'Penalties, newest first (activeOnly: bans in force now).' })
  async penalties(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('filter', () => PenaltyFilter, { nullable: true }) filter?: PenaltyFilter | null,
  ) {
    return listPenalties(ctx, {
      first,
      after,
      filter: filter && { ...filter, accountId: accountIdOf(filter.accountId, 'filter.accountId') },
    });
  }

  @Authorized('MODERATOR')
  @Mutation(() => Violation, {
    description:
      'Overturns a confirmed violation, with a reason: status OVERTURNED, it no longer counts on the ladder, and its ban (if in force) ends. PENALTY_NOT_LIFTABLE when that ban is a permanent like-farming ban.',
  })
  async overturnViolation(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
  ): Promise<ViolationRow> {
    return overturnViolation(ctx, localIdOf('Violation', id, 'id'), reason);
  }

  @Authorized('MODERATOR')
  @Mutation(() => Penalty, {
    description:
      'Ends a ban now, with a reason; the violation still counts on the ladder (overturnViolation removes it). PENALTY_NOT_LIFTABLE for a permanent like-farming ban.',
  })
  async liftPenalty(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
  ): Promise<PenaltyRow> {
    return liftPenalty(ctx, localIdOf('Penalty', id, 'id'), reason);
  }

  @FieldResolver(() => ID)
  id(@Root() row: PenaltyRow): string {
    return toGlobalId('Penalty', row.id);
  }

  @FieldResolver(() => Account)
  async account(@Ctx() ctx: Context, @Root() row: PenaltyRow): Promise<AccountRow | null> {
    return ctx.loaders.accountById.load(row.accountId);
  }

  @FieldResolver(() => Violation, { nullable: true })
  async violation(@Ctx() ctx: Context, @Root() row: PenaltyRow): Promise<ViolationRow | null> {
    return ctx.loaders.violationById.load(row.violationId);
  }

  @FieldResolver(() => Boolean)
  active(@Ctx() ctx: Context, @Root() row: PenaltyRow): boolean {
    return isActive(row, ctx.clock.now());
  }

  @FieldResolver(() => Boolean)
  async liftable(@Ctx() ctx: Context, @Root() row: PenaltyRow): Promise<boolean> {
    // Every penalty takes the same loader path, so a page costs the same statements whatever it holds;
    // the rules are asked for with the violation, not after it (one wave, not two).
    const [violation, neverLiftedRules] = await Promise.all([
      row.violationId ? ctx.loaders.violationById.load(row.violationId) : null,
      ctx.loaders.neverLiftedRulesNow(),
    ]);
    const key = violation ? neverLiftedRuleKey(violation.type) : null;
    // A type whose rule is not in force: ruleNow refuses it as it always did (a deployment fault).
    const neverLifted = key
      ? neverLiftedRules.has(key)
        ? neverLiftedRules.get(key)
        : await ctx.loaders.ruleNow.load(key)
      : false;
    return isActive(row, ctx.clock.now()) && !(row.permanent && neverLifted === true);
  }

  @FieldResolver(() => Appeal, { nullable: true })
  async appeal(@Ctx() ctx: Context, @Root() row: PenaltyRow): Promise<AppealRow | null> {
    return ctx.loaders.appealByPenaltyId.load(row.id);
  }
}

@Resolver(() => Appeal)
export class AppealResolver {
  @Authorized(...EVERYONE)
  @Query(() => AppealConnection, { description: 'Appeals, due soonest first.' })
  async appeals(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('filter', () => AppealFilter, { nullable: true }) filter?: AppealFilter | null,
  ) {
    return listAppeals(ctx, {
      first,
      after,
      filter: filter && { ...filter, accountId: accountIdOf(filter.accountId, 'filter.accountId') },
    });
  }

  @Authorized('PUBLISHER')
  @Mutation(() => Appeal, {
    description: 'Appeals a penalty of an account you operate: once, within the rule’s window.',
  })
  async fileAppeal(
    @Ctx() ctx: Context,
    @Arg('penaltyId', () => ID) penaltyId: string,
    @Arg('text') text: string,
  ): Promise<AppealRow> {
    return fileAppeal(ctx, localIdOf('Penalty', penaltyId, 'penaltyId'), text);
  }

  @Authorized('MODERATOR')
  @Mutation(() => Appeal, {
    description: 'Grants (penalty lifted, violation overturned) or rejects an appeal, with a reason.',
  })
  async decideAppeal(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('grant') grant: boolean,
    @Arg('reason') reason: string,
  ): Promise<AppealRow> {
    return decideAppeal(ctx, localIdOf('Appeal', id, 'id'), grant, reason);
  }

  @FieldResolver(() => ID)
  id(@Root() row: AppealRow): string {
    return toGlobalId('Appeal', row.id);
  }

  @FieldResolver(() => Penalty)
  async penalty(@Ctx() ctx: Context, @Root() row: AppealRow): Promise<PenaltyRow | null> {
    return ctx.loaders.penaltyById.load(row.penaltyId);
  }

  @FieldResolver(() => Account)
  async account(@Ctx() ctx: Context, @Root() row: AppealRow): Promise<AccountRow | null> {
    return ctx.loaders.accountById.load(row.accountId);
  }

  @FieldResolver(() => User, { nullable: true })
  async filedBy(@Ctx() ctx: Context, @Root() row: AppealRow): Promise<UserRow | null> {
    return ctx.loaders.userById.load(row.filedById);
  }

  @FieldResolver(() => User, { nullable: true })
  async decidedBy(@Ctx() ctx: Context, @Root() row: AppealRow): Promise<UserRow | null> {
    return ctx.loaders.userById.load(row.decidedById);
  }

  @FieldResolver(() => Boolean)
  overdue(@Ctx() ctx: Context, @Root() row: AppealRow): boolean {
    return row.status === 'PENDING' && row.dueAt < ctx.clock.now();
  }
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: 'Your in-app notifications, newest first.' })
  async notifications(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly?: boolean | null,
  ) {
    return listNotifications(ctx, { first, after, unreadOnly });
  }

  @Authorized()
  @Mutation(() => Int, {
    description: 'Marks your notifications read (the given ones, or all); returns how many changed.',
  })
  async markNotificationsRead(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID], { nullable: true }) ids?: string[] | null,
  ): Promise<number> {
    return markNotificationsRead(ctx, ids ? ids.map((id) => localIdOf('Notification', id, 'ids')) : null);
  }

  @FieldResolver(() => ID)
  id(@Root() row: NotificationRow): string {
    return toGlobalId('Notification', row.id);
  }

  @FieldResolver(() => ID, { nullable: true })
  targetId(@Root() row: NotificationRow): string | null {
    return row.targetType && row.targetId ? toGlobalId(row.targetType, row.targetId) : null;
  }

  @FieldResolver(() => Account, {
    nullable: true,
    description: 'The account it is about (null when none).',
  })
  async account(@Ctx() ctx: Context, @Root() row: NotificationRow): Promise<AccountRow | null> {
    return row.accountId ? ctx.loaders.accountById.load(row.accountId) : null;
  }

  @FieldResolver(() => String)
  title(@Ctx() ctx: Context, @Root() row: NotificationRow): string {
    return rendered(ctx, row).title;
  }

  @FieldResolver(() => String)
  message(@Ctx() ctx: Context, @Root() row: NotificationRow): string {
    return rendered(ctx, row).message;
  }

  @FieldResolver(() => String)
  body(@Ctx() ctx: Context, @Root() row: NotificationRow): string {
    return rendered(ctx, row).message;
  }
}

/** A notification in the reader's language (title and message are asked separately: render once per row). */
const renderings = new WeakMap<NotificationRow, RenderedNotification>();
function rendered(ctx: Context, row: NotificationRow): RenderedNotification {
  let result = renderings.get(row);
  if (!result) {
    result = renderNotification(row.kind, row.params, ctx.locale ?? DEFAULT_LOCALE);
    renderings.set(row, result);
  }
  return result;
}

@Resolver(() => Account)
export class AccountViolationsResolver {
  @FieldResolver(() => Penalty, { nullable: true, description: 'The ban in force now (the one ending last), or null.' })
  async activePenalty(@Ctx() ctx: Context, @Root() account: AccountRow): Promise<PenaltyRow | null> {
    return ctx.loaders.activePenaltyByAccountId.load(account.id);
  }

  @FieldResolver(() => [Penalty], { description: 'Every penalty of the account, newest first.' })
  async penalties(@Ctx() ctx: Context, @Root() account: AccountRow): Promise<PenaltyRow[]> {
    return ctx.loaders.penaltiesByAccountId.load(account.id);
  }

  @FieldResolver(() => ViolationConnection, { description: 'The account’s violations, newest first.' })
  async violations(
    @Ctx() ctx: Context,
    @Root() account: AccountRow,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return listAccountViolations(ctx, account.id, { first, after });
  }
}

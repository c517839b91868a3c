import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { localIdOf, toGlobalId } from '../../common/ids';
import { registerNodeType } from '../../common/node';
import type { Context } from '../../context';
import type {
  AccountRow,
  DeliveryRow,
  DepartmentRow,
  EnterpriseAppRow,
  FollowEventRow,
  FollowRow,
  FollowStatusName,
  MemberWithDepartments,
  UserRow,
} from '../../db/schema';
import { Account } from '../accounts/account.type';
import { User } from '../auth/user.type';
import { maskContact } from './contact';
import {
  CreateEnterpriseAppInput,
  Delivery,
  DeliveryConnection,
  Department,
  EnterpriseApp,
  EnterpriseSettings,
  EnterpriseSettingsInput,
  Follow,
  FollowConnection,
  FollowEvent,
  FollowEventConnection,
  FollowInput,
  FollowStatus,
  Member,
} from './enterprise.type';
import {
  approveFollow,
  attemptsLeftToday,
  createEnterpriseApp,
  enterpriseSettingsOf,
  failureMessageOf,
  findFollow,
  followEnterpriseAccount,
  listDeliveries,
  listEnterpriseApps,
  listFollowEvents,
  listFollows,
  setEnterpriseSettings,
  submitFollowContact,
  verifyFollowCode,
  visibleAppsOf,
} from './follows.service';

registerNodeType('Follow', (ctx, id) => findFollow(ctx, id));

@Resolver(() => Follow)
export class FollowResolver {
  @Authorized('ADMIN', 'PUBLISHER')
  @Query(() => FollowConnection, {
    description: 'The follows of an enterprise account, newest first, by status (its system administrators and ADMIN).',
  })
  async follows(
    @Ctx() ctx: Context,
    @Arg('accountId', () => ID) accountId: string,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('status', () => FollowStatus, { nullable: true }) status?: FollowStatusName | null,
  ) {
    return listFollows(ctx, { accountId: localIdOf('Account', accountId, 'accountId'), status, first, after });
  }

  @Authorized('ADMIN')
  @Mutation(() => Follow, {
    description:
      'The follow event WeChat sends when a user follows an enterprise account (ADMIN stands in for WeChat’s server). Matched by WeChat id or bound mobile → verified; otherwise UNVERIFIED.',
  })
  async followEnterpriseAccount(@Ctx() ctx: Context, @Arg('input') input: FollowInput): Promise<FollowRow> {
    return followEnterpriseAccount(ctx, {
      ...input,
      accountId: localIdOf('Account', input.accountId, 'input.accountId'),
    });
  }

  @Authorized('ADMIN')
  @Mutation(() => Follow, {
    description:
      'The follower’s reply with its registered mobile or email (relayed by WeChat): if it is in the address book, a code is sent to it (AWAITING_CODE).',
  })
  async submitFollowContact(
    @Ctx() ctx: Context,
    @Arg('followId', () => ID) followId: string,
    @Arg('contact', () => String) contact: string,
  ): Promise<FollowRow> {
    return submitFollowContact(ctx, localIdOf('Follow', followId, 'followId'), contact);
  }

  @Authorized('ADMIN')
  @Mutation(() => Follow, {
    description:
      'The follower’s reply with the code (relayed by WeChat). A wrong one is BAD_USER_INPUT with extensions.attemptsLeft; past the daily limit RATE_LIMITED until midnight China time.',
  })
  async verifyFollowCode(
    @Ctx() ctx: Context,
    @Arg('followId', () => ID) followId: string,
    @Arg('code', () => String) code: string,
  ): Promise<FollowRow> {
    return verifyFollowCode(ctx, localIdOf('Follow', followId, 'followId'), code);
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => Follow, {
    description:
      'Two-step verification: an administrator lets a verified follower in (AWAITING_APPROVAL → FOLLOWED). Audited.',
  })
  async approveFollow(@Ctx() ctx: Context, @Arg('followId', () => ID) followId: string): Promise<FollowRow> {
    return approveFollow(ctx, localIdOf('Follow', followId, 'followId'));
  }

  @FieldResolver(() => ID)
  id(@Root() row: FollowRow): string {
    return toGlobalId('Follow', row.id);
  }

  @FieldResolver(() => Member, { nullable: true })
  async member(@Ctx() ctx: Context, @Root() row: FollowRow): Promise<MemberWithDepartments | null> {
    return ctx.loaders.memberById.load(row.memberId);
  }

  @FieldResolver(() => User, { nullable: true })
  async approvedBy(@Ctx() ctx: Context, @Root() row: FollowRow): Promise<UserRow | null> {
    return ctx.loaders.userById.load(row.approvedById);
  }

  @FieldResolver(() => Int)
  async attemptsLeftToday(@Ctx() ctx: Context, @Root() row: FollowRow): Promise<number> {
    return attemptsLeftToday(ctx, row);
  }

  @FieldResolver(() => String, { nullable: true })
  async failureMessage(@Ctx() ctx: Context, @Root() row: FollowRow): Promise<string | null> {
    return failureMessageOf(ctx, row);
  }

  @FieldResolver(() => String, { nullable: true })
  codeSentTo(@Root() row: FollowRow): string | null {
    return row.status === 'AWAITING_CODE' && row.contact ? maskContact(row.contact) : null;
  }

  @FieldResolver(() => [String])
  async visibleApps(@Ctx() ctx: Context, @Root() row: FollowRow): Promise<string[]> {
    return visibleAppsOf(ctx, row);
  }

  @FieldResolver(() => [FollowEvent])
  async events(@Ctx() ctx: Context, @Root() row: FollowRow): Promise<FollowEventRow[]> {
    return ctx.loaders.followEventsByFollowId.load(row.id);
  }
}

@Resolver(() => FollowEvent)
export class FollowEventResolver {
  @Authorized('ADMIN', 'PUBLISHER')
  @Query(() => FollowEventConnection, {
    description: 'The verification log of an enterprise account, newest first (its system administrators and ADMIN).',
  })
  async followEvents(
    @Ctx() ctx: Context,
    @Arg('accountId', () => ID) accountId: string,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return listFollowEvents(ctx, { accountId: localIdOf('Account', accountId, 'accountId'), first, after });
  }

  @FieldResolver(() => ID)
  id(@Root() row: FollowEventRow): string {
    return toGlobalId('FollowEvent', row.id);
  }

  @FieldResolver(() => Follow, { nullable: true })
  async follow(@Ctx() ctx: Context, @Root() row: FollowEventRow): Promise<FollowRow | null> {
    return ctx.loaders.followById.load(row.followId);
  }
}

@Resolver(() => Delivery)
export class DeliveryResolver {
  @Authorized('ADMIN')
  @Query(() => DeliveryConnection, {
    description:
      'The outbox of the built-in delivery provider: the SMS and email it would have sent, newest first (ADMIN).',
  })
  async deliveries(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return listDeliveries(ctx, { first, after });
  }

  @FieldResolver(() => ID)
  id(@Root() row: DeliveryRow): string {
    return toGlobalId('Delivery', row.id);
  }
}

@Resolver(() => EnterpriseApp)
export class EnterpriseAppResolver {
  @Authorized('ADMIN', 'PUBLISHER')
  @Query(() => [EnterpriseApp], { description: 'An enterprise account’s apps (its system administrators and ADMIN).' })
  async enterpriseApps(
    @Ctx() ctx: Context,
    @Arg('accountId', () => ID) accountId: string,
  ): Promise<EnterpriseAppRow[]> {
    return listEnterpriseApps(ctx, localIdOf('Account', accountId, 'accountId'));
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => EnterpriseApp, {
    description: 'Adds an app visible to the followed members of the given departments. Audited.',
  })
  async createEnterpriseApp(
    @Ctx() ctx: Context,
    @Arg('input') input: CreateEnterpriseAppInput,
  ): Promise<EnterpriseAppRow> {
    return createEnterpriseApp(ctx, {
      accountId: localIdOf('Account', input.accountId, 'input.accountId'),
      name: input.name,
      departmentIds: input.departmentIds.map((id) => localIdOf('Department', id, 'input.departmentIds')),
    });
  }

  @FieldResolver(() => ID)
  id(@Root() row: EnterpriseAppRow): string {
    return toGlobalId('EnterpriseApp', row.id);
  }

  @FieldResolver(() => [Department])
  async departments(@Ctx() ctx: Context, @Root() row: EnterpriseAppRow): Promise<DepartmentRow[]> {
    return ctx.loaders.appDepartments.load(row.id);
  }
}

@Resolver(() => Account)
export class AccountEnterpriseResolver {
  @FieldResolver(() => EnterpriseSettings, {
    nullable: true,
    description: 'An enterprise account’s administrator settings and member cap (null for other kinds).',
  })
  async enterpriseSettings(@Ctx() ctx: Context, @Root() account: AccountRow) {
    return account.kind === 'ENTERPRISE' ? enterpriseSettingsOf(ctx, account.id) : null;
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => Account, {
    description:
      'Sets an enterprise account’s two-step verification and failure message (its system administrators and ADMIN). Audited.',
  })
  async setEnterpriseSettings(
    @Ctx() ctx: Context,
    @Arg('accountId', () => ID) accountId: string,
    @Arg('input') input: EnterpriseSettingsInput,
  ): Promise<AccountRow | null> {
    const id = localIdOf('Account', accountId, 'accountId');
    await setEnterpriseSettings(ctx, id, input);
    return ctx.loaders.accountById.load(id);
  }
}

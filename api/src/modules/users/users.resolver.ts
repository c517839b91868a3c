import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { localIdOf } from '../../common/ids';
import type { Context } from '../../context';
import type { AccountRow, RoleName, UserRow } from '../../db/schema';
import { Account } from '../accounts/account.type';
import { Role, User } from '../auth/user.type';
import { CreateUserInput, InviteUserInput, PasswordLink, UserConnection, UserFilter } from './user-admin.type';
import {
  createUser,
  deactivateUser,
  inviteUser,
  listUsers,
  reactivateUser,
  resetUserPassword,
  setUserRoles,
} from './users.service';

/** People management (ADMIN): every mutation here is audited with the user before and after. */
@Resolver(() => User)
export class UsersResolver {
  @Authorized('ADMIN')
  @Query(() => UserConnection, { description: 'The platform’s users, newest first (ADMIN).' })
  async users(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter | null,
  ) {
    return listUsers(ctx, { first, after, filter });
  }

  @Authorized('ADMIN')
  @Mutation(() => User, { description: 'Creates a user with roles and an initial password (ADMIN).' })
  async createUser(@Ctx() ctx: Context, @Arg('input', () => CreateUserInput) input: CreateUserInput): Promise<UserRow> {
    return createUser(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => PasswordLink, {
    description:
      'Creates a user with roles and no password, and a one-time invitation link to choose it, valid for PASSWORD_LINK_TTL_HOURS (ADMIN). The link is shown only in this answer.',
  })
  async inviteUser(@Ctx() ctx: Context, @Arg('input', () => InviteUserInput) input: InviteUserInput) {
    return inviteUser(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => User, {
    description:
      'Replaces a user’s roles (ADMIN). Their sessions end at once. The last active ADMIN keeps the ADMIN role.',
  })
  async setUserRoles(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('roles', () => [Role]) roles: RoleName[],
  ): Promise<UserRow> {
    return setUserRoles(ctx, localIdOf('User', id, 'id'), roles);
  }

  @Authorized('ADMIN')
  @Mutation(() => User, {
    description:
      'Deactivates a user (ADMIN): sessions end at once and sign-in is refused. Not yourself, not the last active ADMIN.',
  })
  async deactivateUser(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
  ): Promise<UserRow> {
    return deactivateUser(ctx, localIdOf('User', id, 'id'), reason);
  }

  @Authorized('ADMIN')
  @Mutation(() => User, { description: 'Reactivates a deactivated user (ADMIN); their password is unchanged.' })
  async reactivateUser(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<UserRow> {
    return reactivateUser(ctx, localIdOf('User', id, 'id'));
  }

  @Authorized('ADMIN')
  @Mutation(() => PasswordLink, {
    description:
      'Resets a user’s password (ADMIN): the current one stops working, sessions end, and a one-time link (shown only in this answer) lets them choose a new one.',
  })
  async resetUserPassword(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return resetUserPassword(ctx, localIdOf('User', id, 'id'));
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'False while the user has no password: an invitation or a reset link not yet used. Null unless ADMIN or yourself.',
  })
  passwordSet(@Root() user: UserRow): boolean {
    return user.passwordHash !== '';
  }

  @FieldResolver(() => [Account], { description: 'The accounts the user operates.' })
  async operatedAccounts(@Ctx() ctx: Context, @Root() user: UserRow): Promise<AccountRow[]> {
    return ctx.loaders.operatedAccountsByUserId.load(user.id);
  }
}

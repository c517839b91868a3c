import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { hasRole } from '../../access/viewer';
import { localIdOf, toGlobalId } from '../../common/ids';
import { registerNodeType } from '../../common/node';
import type { Context } from '../../context';
import type { UserRow } from '../../db/schema';
import { PasswordLinkPreview, SessionInfo } from '../users/user-admin.type';
import { login, logout } from './auth.service';
import {
  changePassword,
  endOwnSession,
  listOwnSessions,
  previewPasswordLink,
  setPasswordWithLink,
  signOutEverywhere,
} from './self-service.service';
import { Session, User } from './user.type';

// Staff may look up users by id (audit log actors); anyone may look up themselves.
registerNodeType('User', async (ctx, localId) =>
  ctx.viewer && (ctx.viewer.id === localId || hasRole(ctx.viewer, 'MODERATOR', 'REVIEWER', 'ANALYST'))
    ? ctx.loaders.userById.load(localId)
    : null,
);

@Resolver(() => User)
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null when signed out.' })
  async viewer(@Ctx() ctx: Context): Promise<UserRow | null> {
    return ctx.viewer ? ctx.loaders.userById.load(ctx.viewer.id) : null;
  }

  @Mutation(() => Session, {
    description: 'Signs in. Sets an httpOnly, SameSite=Strict session cookie and returns the token too.',
  })
  async login(@Ctx() ctx: Context, @Arg('email') email: string, @Arg('password') password: string): Promise<Session> {
    const session = await login(ctx, email, password);
    ctx.cookies.set(session.token, session.expiresAt);
    return session as unknown as Session;
  }

  @Mutation(() => Boolean, { description: 'Ends the current session; true even when already signed out.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    return logout(ctx);
  }

  @Authorized()
  @Query(() => [SessionInfo], { description: 'The viewer’s own sessions that have not expired, newest first.' })
  async sessions(@Ctx() ctx: Context): Promise<SessionInfo[]> {
    const rows = await listOwnSessions(ctx);
    return rows.map((row) => ({ ...row, id: toGlobalId('Session', row.id) }));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends one of the viewer’s own sessions (another browser, say).' })
  async endSession(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return endOwnSession(ctx, localIdOf('Session', id, 'id'));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends every session of the viewer’s but this one.' })
  async signOutEverywhere(@Ctx() ctx: Context): Promise<boolean> {
    return signOutEverywhere(ctx);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      'Changes the viewer’s password: the current one is required, the new one at least 12 characters and not a common one. Every other session ends.',
  })
  async changePassword(
    @Ctx() ctx: Context,
    @Arg('current', () => String) current: string,
    @Arg('next', () => String) next: string,
  ): Promise<boolean> {
    return changePassword(ctx, current, next);
  }

  @Query(() => PasswordLinkPreview, {
    nullable: true,
    description: 'Whom a one-time password link is for; null when it has expired or was used.',
  })
  async passwordLink(@Ctx() ctx: Context, @Arg('token', () => String) token: string) {
    return previewPasswordLink(ctx, token);
  }

  @Mutation(() => Session, {
    description:
      'Sets a password through a one-time invitation or reset link, and signs in (the cookie is set as by login). The link is used up.',
  })
  async setPasswordWithLink(
    @Ctx() ctx: Context,
    @Arg('token', () => String) token: string,
    @Arg('password', () => String) password: string,
  ): Promise<Session> {
    const session = await setPasswordWithLink(ctx, token, password);
    ctx.cookies.set(session.token, session.expiresAt);
    return session as unknown as Session;
  }

  @FieldResolver(() => ID)
  id(@Root() user: UserRow): string {
    return toGlobalId('User', user.id);
  }
}

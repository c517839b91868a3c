import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { hasRole } from '../../access/viewer';
import { toGlobalId } from '../../common/ids';
import { registerNodeType } from '../../common/node';
import type { Context } from '../../context';
import type { UserRow } from '../../db/schema';
import { login, logout } from './auth.service';
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

  @FieldResolver(() => ID)
  id(@Root() user: UserRow): string {
    return toGlobalId('User', user.id);
  }
}

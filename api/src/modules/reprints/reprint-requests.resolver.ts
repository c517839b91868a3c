import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { localIdOf, toGlobalId } from '../../common/ids';
import { registerNodeType } from '../../common/node';
import type { Context } from '../../context';
import type { AccountRow, ArticleRow, ReprintRequestRow, ReprintRequestStatusName, UserRow } from '../../db/schema';
import { Account } from '../accounts/account.type';
import { Article } from '../articles/article.type';
import { findArticle } from '../articles/articles.service';
import { User } from '../auth/user.type';
import {
  ReprintRequest,
  ReprintRequestConnection,
  ReprintRequestDirection,
  type ReprintRequestDirectionName,
  ReprintRequestStatus,
} from './reprint-request.type';
import {
  decideReprintRequest,
  findReprintRequest,
  listReprintRequests,
  requestReprint,
} from './reprint-requests.service';

registerNodeType('ReprintRequest', (ctx, id) => findReprintRequest(ctx, id));

@Resolver(() => ReprintRequest)
export class ReprintRequestResolver {
  @Authorized()
  @Query(() => ReprintRequestConnection, {
    description:
      'An account’s reprint requests, newest first: INCOMING (for its articles) or OUTGOING (its own). Its operators and staff.',
  })
  async reprintRequests(
    @Ctx() ctx: Context,
    @Arg('accountId', () => ID) accountId: string,
    @Arg('direction', () => ReprintRequestDirection) direction: ReprintRequestDirectionName,
    @Arg('status', () => ReprintRequestStatus, { nullable: true }) status?: ReprintRequestStatusName | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return listReprintRequests(ctx, {
      accountId: localIdOf('Account', accountId, 'accountId'),
      direction,
      status,
      first,
      after,
    });
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => ReprintRequest, {
    description:
      'Asks the author to let an account you operate reprint an article not open to it (CLOSED, WHITELIST without it, or before open reprint).',
  })
  async requestReprint(
    @Ctx() ctx: Context,
    @Arg('sourceId', () => ID) sourceId: string,
    @Arg('accountId', () => ID) accountId: string,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<ReprintRequestRow> {
    return requestReprint(ctx, {
      sourceId: localIdOf('Article', sourceId, 'sourceId'),
      accountId: localIdOf('Account', accountId, 'accountId'),
      note,
    });
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => ReprintRequest, {
    description: 'Grants or declines a pending reprint request (the article account’s operators; once). Audited.',
  })
  async decideReprintRequest(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('grant', () => Boolean) grant: boolean,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ): Promise<ReprintRequestRow> {
    return decideReprintRequest(ctx, { id: localIdOf('ReprintRequest', id, 'id'), grant, reason });
  }

  @FieldResolver(() => ID)
  id(@Root() row: ReprintRequestRow): string {
    return toGlobalId('ReprintRequest', row.id);
  }

  @FieldResolver(() => Article, { nullable: true })
  async source(@Ctx() ctx: Context, @Root() row: ReprintRequestRow): Promise<ArticleRow | null> {
    return findArticle(ctx, row.sourceArticleId);
  }

  @FieldResolver(() => Account)
  async sourceAccount(@Ctx() ctx: Context, @Root() row: ReprintRequestRow): Promise<AccountRow | null> {
    return ctx.loaders.accountById.load(row.sourceAccountId);
  }

  @FieldResolver(() => Account)
  async account(@Ctx() ctx: Context, @Root() row: ReprintRequestRow): Promise<AccountRow | null> {
    return ctx.loaders.accountById.load(row.accountId);
  }

  @FieldResolver(() => User, { nullable: true })
  async requestedBy(@Ctx() ctx: Context, @Root() row: ReprintRequestRow): Promise<UserRow | null> {
    return ctx.loaders.userById.load(row.requestedById);
  }

  @FieldResolver(() => User, { nullable: true })
  async decidedBy(@Ctx() ctx: Context, @Root() row: ReprintRequestRow): Promise<UserRow | null> {
    return ctx.loaders.userById.load(row.decidedById);
  }

  @FieldResolver(() => String, { nullable: true })
  reason(@Root() row: ReprintRequestRow): string | null {
    return row.decisionReason;
  }

  @FieldResolver(() => Article, { nullable: true })
  async reprint(@Ctx() ctx: Context, @Root() row: ReprintRequestRow): Promise<ArticleRow | null> {
    return row.reprintId ? findArticle(ctx, row.reprintId) : null;
  }
}

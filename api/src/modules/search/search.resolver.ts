import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { AccountConnection } from '../accounts/account.type';
import { ArticleConnection } from '../articles/article.type';
import { searchAccounts, searchArticles } from './search.service';

const RANKING =
  'Best first: the whole text, then its beginning, then anywhere in it; within each the shorter (more similar) first, then the newest. The query is a substring (no wildcards: `%` and `_` match themselves), at least 2 characters.';

@Resolver()
export class SearchResolver {
  @Authorized('MODERATOR', 'REVIEWER', 'ANALYST', 'PUBLISHER')
  @Query(() => AccountConnection, {
    description: `Accounts whose name or gh_ id (original id, from 3 characters) holds the query. ${RANKING} Staff see every account; a publisher those it operates.`,
  })
  async searchAccounts(
    @Ctx() ctx: Context,
    @Arg('query') query: string,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return searchAccounts(ctx, { query, first, after });
  }

  @Authorized('MODERATOR', 'REVIEWER', 'ANALYST', 'PUBLISHER')
  @Query(() => ArticleConnection, {
    description: `Articles whose title or body holds the query: title matches first (${RANKING}), then those matching only in the body, newest first. Staff see every article, blocked ones included; a publisher the articles of the accounts it operates. totalCount counts every match: select it only when needed.`,
  })
  async searchArticles(
    @Ctx() ctx: Context,
    @Arg('query') query: string,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return searchArticles(ctx, { query, first, after });
  }
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isStaff } from '../../access/viewer';
import { localIdOf, toGlobalId } from '../../common/ids';
import { registerNodeType } from '../../common/node';
import type { Context } from '../../context';
import type { AccountRow, ArticleRow, UserRow } from '../../db/schema';
import { Account } from '../accounts/account.type';
import { User } from '../auth/user.type';
import {
  Article,
  ArticleConnection,
  ArticleCorrection,
  ArticleFilter,
  CorrectArticleInput,
  PublishArticleInput,
  ReprintArticleInput,
} from './article.type';
import {
  correctArticle,
  correctionOf,
  findArticle,
  listAccountArticles,
  listArticles,
  listReprints,
  publishArticle,
  reprintArticle,
  setArticleBlocked,
} from './articles.service';

registerNodeType('Article', (ctx, id) => findArticle(ctx, id));

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, {
    nullable: true,
    description: 'An article as readers see it: blocked ones only to staff and the account’s operators.',
  })
  async article(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<ArticleRow | null> {
    return findArticle(ctx, localIdOf('Article', id, 'id'));
  }

  @Authorized('MODERATOR', 'REVIEWER', 'ANALYST', 'PUBLISHER')
  @Query(() => ArticleConnection, { description: 'Articles, newest first.' })
  async articles(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('filter', () => ArticleFilter, { nullable: true }) filter?: ArticleFilter | null,
  ) {
    return listArticles(ctx, {
      first,
      after,
      filter: filter && {
        ...filter,
        accountId: filter.accountId ? localIdOf('Account', filter.accountId, 'filter.accountId') : null,
      },
    });
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => Article, { description: 'Sends an article; ACCOUNT_BANNED while the account is banned.' })
  async publishArticle(@Ctx() ctx: Context, @Arg('input') input: PublishArticleInput): Promise<ArticleRow> {
    return publishArticle(ctx, {
      ...input,
      accountId: localIdOf('Account', input.accountId, 'input.accountId'),
      whitelist: input.whitelist?.map((id) => localIdOf('Account', id, 'input.whitelist')),
    });
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => Article, { description: 'The one correction after sending: at most the rule’s changed characters.' })
  async correctArticle(@Ctx() ctx: Context, @Arg('input') input: CorrectArticleInput): Promise<ArticleRow> {
    return correctArticle(ctx, { ...input, articleId: localIdOf('Article', input.articleId, 'input.articleId') });
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => Article, { description: 'Reprints an article for an account you operate, if its policy allows.' })
  async reprintArticle(@Ctx() ctx: Context, @Arg('input') input: ReprintArticleInput): Promise<ArticleRow> {
    return reprintArticle(ctx, {
      sourceId: localIdOf('Article', input.sourceId, 'input.sourceId'),
      accountId: localIdOf('Account', input.accountId, 'input.accountId'),
    });
  }

  @Authorized('MODERATOR')
  @Mutation(() => Article, { description: 'Blocks an article from readers, with a reason (audited).' })
  async blockArticle(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
  ): Promise<ArticleRow> {
    return setArticleBlocked(ctx, localIdOf('Article', id, 'id'), true, reason);
  }

  @Authorized('MODERATOR')
  @Mutation(() => Article, { description: 'Lifts a block, with a reason (audited).' })
  async unblockArticle(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
  ): Promise<ArticleRow> {
    return setArticleBlocked(ctx, localIdOf('Article', id, 'id'), false, reason);
  }

  @FieldResolver(() => ID)
  id(@Root() article: ArticleRow): string {
    return toGlobalId('Article', article.id);
  }

  @FieldResolver(() => Account)
  async account(@Ctx() ctx: Context, @Root() article: ArticleRow): Promise<AccountRow | null> {
    return ctx.loaders.accountById.load(article.accountId);
  }

  @FieldResolver(() => String, {
    description:
      'The text. A reprint shows its source’s body, or an empty one while the source is blocked (see `sourceUnavailable`), except to staff and the source account’s operators.',
  })
  async body(@Ctx() ctx: Context, @Root() article: ArticleRow): Promise<string> {
    if (!article.reprintOfId) return article.body;
    const source = await ctx.loaders.articleById.load(article.reprintOfId);
    if (!source || !sourceVisible(ctx, source)) return '';
    return source.body;
  }

  @FieldResolver(() => Boolean, {
    description:
      'True for a reprint whose source the viewer may not read (blocked): readers see that the source is unavailable, and no body. Unblocking the source restores it.',
  })
  async sourceUnavailable(@Ctx() ctx: Context, @Root() article: ArticleRow): Promise<boolean> {
    if (!article.reprintOfId) return false;
    const source = await ctx.loaders.articleById.load(article.reprintOfId);
    return !source || !sourceVisible(ctx, source);
  }

  @FieldResolver(() => Article, { nullable: true })
  async reprintOf(@Ctx() ctx: Context, @Root() article: ArticleRow): Promise<ArticleRow | null> {
    return ctx.loaders.articleById.load(article.reprintOfId);
  }

  @FieldResolver(() => [Account])
  async reprintWhitelist(@Ctx() ctx: Context, @Root() article: ArticleRow): Promise<AccountRow[]> {
    const ids = await ctx.loaders.whitelistByArticleId.load(article.id);
    const rows = await ctx.loaders.accountById.loadMany(ids);
    return rows.filter((row): row is AccountRow => row !== null && !(row instanceof Error));
  }

  @FieldResolver(() => ArticleCorrection, { nullable: true })
  async correction(@Ctx() ctx: Context, @Root() article: ArticleRow) {
    return correctionOf(ctx, article);
  }

  @FieldResolver(() => Int)
  async correctionsLeft(@Ctx() ctx: Context, @Root() article: ArticleRow): Promise<number> {
    if (article.reprintOfId) return 0;
    const allowed = (await ctx.loaders.ruleNow.load('article.correction.maxCorrections')) as number;
    return Math.max(0, allowed - article.correctionsUsed);
  }

  @FieldResolver(() => Boolean)
  blocked(@Root() article: ArticleRow): boolean {
    return article.blockedAt !== null;
  }

  @FieldResolver(() => Int)
  async reprintCount(@Ctx() ctx: Context, @Root() article: ArticleRow): Promise<number> {
    return ctx.loaders.reprintCountByArticleId.load(article.id);
  }

  @FieldResolver(() => ArticleConnection, { description: 'Reprints of this article, newest first.' })
  async reprints(
    @Ctx() ctx: Context,
    @Root() article: ArticleRow,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return listReprints(ctx, article.id, { first, after });
  }
}

@Resolver(() => ArticleCorrection)
export class ArticleCorrectionResolver {
  @FieldResolver(() => User, { nullable: true })
  async correctedBy(
    @Ctx() ctx: Context,
    @Root() correction: { correctedById: string | null },
  ): Promise<UserRow | null> {
    return ctx.loaders.userById.load(correction.correctedById);
  }
}

@Resolver(() => Account)
export class AccountArticlesResolver {
  @FieldResolver(() => ArticleConnection, { description: 'The account’s articles, newest first.' })
  async articles(
    @Ctx() ctx: Context,
    @Root() account: AccountRow,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return listAccountArticles(ctx, account.id, { first, after });
  }
}

/** Whether a reprint's source may be read through it: unblocked, or by staff and the source's operators. */
function sourceVisible(ctx: Context, source: ArticleRow): boolean {
  return source.blockedAt === null || isStaff(ctx.viewer) || Boolean(ctx.viewer?.operated.has(source.accountId));
}

import { and, eq, gte, inArray, isNotNull, isNull, lt, lte, type SQL, sql } from 'drizzle-orm';
import { articleVisibility as articleVisibilityFor } from '../../access/conditions';
import { isStaff as isStaffViewer } from '../../access/viewer';
import { AppError, badInput, forbidden, notFound } from '../../common/errors';
import { byTime, keysetPage } from '../../common/keyset';
import type { Context } from '../../context';
import {
  type AccountRow,
  type ArticleRow,
  accounts,
  articleCorrections,
  articleReprintWhitelist,
  articles,
  type ReprintPolicyName,
  reprintRequests,
} from '../../db/schema';
import { banStatus } from '../accounts/account-status';
import { accountForAction } from '../accounts/accounts.service';
import { recordAudit } from '../audit/audit.service';
import { integerAt, valueAt } from '../rules/rules.service';
import { notifyOperators } from '../violations/notifications.service';
import { runDetector } from '../violations/violations.service';
import { type EditKind, judgeCorrection } from './edit-distance';
import { type ReprintAccess, reprintAccess } from './reprint-access';

/** Staff see every article, blocked ones included. */
export function isStaff(ctx: Context): boolean {
  return isStaffViewer(ctx.viewer);
}

const LIMITS = { title: 64, summary: 120, body: 20_000, author: 30 } as const;
const codePointLength = (text: string) => Array.from(text).length;

function checkLength(field: keyof typeof LIMITS, value: string, required = true): void {
  const length = codePointLength(value);
  if (required && value.trim().length === 0)
    throw badInput(`input.${field}`, 'REQUIRED', `The ${field} must not be empty.`);
  if (length > LIMITS[field]) {
    throw badInput(
      `input.${field}`,
      'TOO_LONG',
      `The ${field} is ${length} characters; at most ${LIMITS[field]} are allowed.`,
      {
        limit: LIMITS[field],
        length,
      },
    );
  }
}

/** Accounts the viewer may publish for: operated ones (ADMIN: any). */
export async function accountToActFor(ctx: Context, accountId: string, field: string) {
  const account = await accountForAction(ctx, accountId, field);
  if (!ctx.viewer?.roles.includes('ADMIN')) {
    const operators = await ctx.loaders.operatorIdsByAccountId.load(account.id);
    if (!ctx.viewer || !operators.includes(ctx.viewer.id))
      throw forbidden('NOT_OPERATOR', 'Only the account’s operators may do this.');
  }
  return account;
}

/** The article as the viewer may see it: blocked articles only to staff and the account's operators. */
export async function findArticle(ctx: Context, id: string): Promise<ArticleRow | null> {
  const article = await ctx.loaders.articleById.load(id);
  if (!article) return null;
  if (!article.blockedAt || isStaff(ctx)) return article;
  const operators = ctx.viewer ? await ctx.loaders.operatorIdsByAccountId.load(article.accountId) : [];
  return ctx.viewer && operators.includes(ctx.viewer.id) ? article : null;
}

export interface PublishArticleInput {
  accountId: string;
  title: string;
  summary: string;
  body: string;
  author?: string | null;
  original: boolean;
  reprintPolicy: ReprintPolicyName;
  whitelist?: string[] | null;
}

/** Sends an article for an account the viewer operates; refused while the account is banned. */
export async function publishArticle(ctx: Context, input: PublishArticleInput): Promise<ArticleRow> {
  checkLength('title', input.title);
  checkLength('summary', input.summary, false);
  checkLength('body', input.body);
  checkLength('author', input.author ?? '', false);
  const whitelist = [...new Set(input.whitelist ?? [])];
  if (input.reprintPolicy === 'WHITELIST' && whitelist.length === 0) {
    throw badInput('input.whitelist', 'REQUIRED', 'A WHITELIST policy needs at least one account that may reprint.');
  }
  if (input.reprintPolicy !== 'WHITELIST' && whitelist.length > 0) {
    throw badInput('input.whitelist', 'NOT_APPLICABLE', 'Only a WHITELIST policy takes a whitelist.');
  }
  const account = await accountToActFor(ctx, input.accountId, 'input.accountId');
  if (whitelist.length) {
    const found = await ctx.db.select({ id: accounts.id }).from(accounts).where(inArray(accounts.id, whitelist));
    if (found.length !== whitelist.length) throw notFound('account in the whitelist', 'input.whitelist');
  }
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    await banStatus.refuseIfBanned(ctx, tx, account.id);
    const [article] = await tx
      .insert(articles)
      .values({
        accountId: account.id,
        title: input.title.trim(),
        summary: input.summary.trim(),
        body: input.body,
        author: input.author?.trim() ?? '',
        original: input.original,
        reprintPolicy: input.reprintPolicy,
        publishedAt: now,
      })
      .returning();
    if (!article) throw new Error('article insert returned nothing');
    if (whitelist.length) {
      await tx
        .insert(articleReprintWhitelist)
        .values(whitelist.map((accountId) => ({ articleId: article.id, accountId })));
    }
    await runDetector(ctx, tx, article);
    await recordAudit(ctx, tx, {
      action: 'article.publish',
      targetType: 'Article',
      targetId: article.id,
      after: {
        accountId: account.id,
        title: article.title,
        original: article.original,
        reprintPolicy: article.reprintPolicy,
      },
    });
    return article;
  });
}

export interface CorrectArticleInput {
  articleId: string;
  body: string;
  title?: string | null;
  summary?: string | null;
}

/**
 * The one correction after sending (seed 004). Title and summary may be passed only unchanged.
 * Changed characters are counted in code points under the limit in force now; a refusal spends
 * nothing. The chance is spent by a conditional update, so of simultaneous corrections exactly
 * one succeeds.
 */
export async function correctArticle(ctx: Context, input: CorrectArticleInput): Promise<ArticleRow> {
  const article = await findArticle(ctx, input.articleId);
  if (!article) throw notFound('article', 'input.articleId');
  await accountToActFor(ctx, article.accountId, 'input.articleId');
  if (article.reprintOfId) {
    throw badInput(
      'input.articleId',
      'IS_REPRINT',
      'A reprint shows its source’s body; only the source can be corrected.',
    );
  }
  if (input.title !== undefined && input.title !== null && input.title !== article.title) {
    throw new AppError('IMMUTABLE_FIELD', 'TITLE', 'The title of a sent article can never change.', {
      field: 'input.title',
    });
  }
  if (input.summary !== undefined && input.summary !== null && input.summary !== article.summary) {
    throw new AppError('IMMUTABLE_FIELD', 'SUMMARY', 'The summary of a sent article can never change.', {
      field: 'input.summary',
    });
  }
  checkLength('body', input.body);
  const now = ctx.clock.now();
  const [limit, maxCorrections, allowed] = await Promise.all([
    integerAt(ctx.db, 'article.correction.maxChangedCharacters', now),
    integerAt(ctx.db, 'article.correction.maxCorrections', now),
    valueAt(ctx.db, 'article.correction.operations', now) as Promise<EditKind[]>,
  ]);
  if (article.correctionsUsed >= maxCorrections) {
    throw new AppError('CORRECTION_ALREADY_USED', 'NONE_LEFT', 'This article’s correction has already been used.', {
      used: article.correctionsUsed,
      allowed: maxCorrections,
    });
  }
  const measured = judgeCorrection(article.body, input.body, limit, allowed);
  if (!measured.accepted && measured.reason === 'OPERATION_NOT_ALLOWED') {
    throw badInput(
      'input.body',
      'OPERATION_NOT_ALLOWED',
      `Until 2018-12-29 a correction could only replace characters, so the body must keep its ${measured.previousLength} characters (this one has ${measured.newLength}).`,
      { allowed, previousLength: measured.previousLength, newLength: measured.newLength },
    );
  }
  if (!measured.accepted) {
    throw new AppError(
      'CORRECTION_TOO_LARGE',
      'TOO_MANY_CHANGES',
      `The correction changes ${measured.atLeast ? 'at least ' : ''}${measured.changed} characters; at most ${limit} may change.`,
      {
        changed: measured.changed,
        limit,
        countedUpTo: measured.countedUpTo,
        ...(measured.atLeast ? { atLeast: true } : {}),
        field: 'input.body',
      },
    );
  }
  if (measured.changed === 0)
    throw badInput('input.body', 'UNCHANGED', 'The new body is the same as the sent one: nothing to correct.');

  return ctx.db.transaction(async (tx) => {
    await banStatus.refuseIfBanned(ctx, tx, article.accountId);
    const [updated] = await tx
      .update(articles)
      .set({ body: input.body, correctionsUsed: sql`${articles.correctionsUsed} + 1` })
      .where(
        and(eq(articles.id, article.id), lt(articles.correctionsUsed, maxCorrections), eq(articles.body, article.body)),
      )
      .returning();
    if (!updated) {
      throw new AppError('CORRECTION_ALREADY_USED', 'NONE_LEFT', 'This article’s correction has just been used.', {
        allowed: maxCorrections,
      });
    }
    await runDetector(ctx, tx, updated);
    await tx.insert(articleCorrections).values({
      articleId: article.id,
      previousBody: article.body,
      changedCharacters: measured.changed,
      limitApplied: limit,
      operations: measured.operations,
      correctedById: ctx.viewer?.id ?? null,
      correctedAt: now,
    });
    await recordAudit(ctx, tx, {
      action: 'article.correct',
      targetType: 'Article',
      targetId: article.id,
      before: { correctionsUsed: article.correctionsUsed },
      after: {
        correctionsUsed: updated.correctionsUsed,
        changedCharacters: measured.changed,
        limit,
        operations: measured.operations,
      },
    });
    return updated;
  });
}

/**
 * Whether `accountId` may reprint `source` directly or needs a granted reprint request, under the
 * policy, the whitelist and the open-reprint rule in force at `now`.
 */
export async function reprintAccessFor(
  ctx: Context,
  source: ArticleRow,
  accountId: string,
  now: Date,
): Promise<ReprintAccess> {
  const [openReprint, listed] = await Promise.all([
    valueAt(ctx.db, 'article.reprint.openWithoutRequest', now),
    source.reprintPolicy === 'WHITELIST'
      ? ctx.db
          .select({ accountId: articleReprintWhitelist.accountId })
          .from(articleReprintWhitelist)
          .where(
            and(eq(articleReprintWhitelist.articleId, source.id), eq(articleReprintWhitelist.accountId, accountId)),
          )
      : Promise.resolve([]),
  ]);
  return reprintAccess({
    policy: source.reprintPolicy,
    whitelisted: listed.length > 0,
    openReprintInForce: openReprint === true,
  });
}

/**
 * The article an account would reprint (a reprint stands for its source) and the account the
 * viewer acts for, with the refusals a reprint and a reprint request share: unknown, blocked, the
 * account's own article, already reprinted by it. `fields` name the inputs in the refusals.
 */
export async function reprintParties(
  ctx: Context,
  input: { sourceId: string; accountId: string },
  fields: { sourceId: string; accountId: string },
): Promise<{ source: ArticleRow; account: AccountRow }> {
  const given = await findArticle(ctx, input.sourceId);
  if (!given) throw notFound('article', fields.sourceId);
  const source = given.reprintOfId ? await findArticle(ctx, given.reprintOfId) : given;
  if (!source) throw notFound('article', fields.sourceId);
  const account = await accountToActFor(ctx, input.accountId, fields.accountId);
  if (source.blockedAt)
    throw new AppError('REPRINT_NOT_ALLOWED', 'BLOCKED', 'This article is blocked and cannot be reprinted.');
  if (source.accountId === account.id) {
    throw new AppError('REPRINT_NOT_ALLOWED', 'OWN_ARTICLE', 'An account cannot reprint its own article.');
  }
  const [reprinted] = await ctx.db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.reprintOfId, source.id), eq(articles.accountId, account.id)));
  if (reprinted) throw badInput(fields.accountId, 'DUPLICATE', 'This account has already reprinted this article.');
  return { source, account };
}

/**
 * Reprints an article for an account the viewer operates (seed 004). From open reprint on, OPEN
 * articles (and WHITELIST ones for listed accounts) directly; otherwise, and for every reprint
 * before open reprint, only with a granted reprint request, which the reprint spends. The grant is
 * spent by a conditional update in the reprint's transaction, so of simultaneous reprints on one
 * grant exactly one succeeds. A reprint of a reprint credits the original.
 */
export async function reprintArticle(
  ctx: Context,
  input: { sourceId: string; accountId: string },
): Promise<ArticleRow> {
  const { source, account } = await reprintParties(ctx, input, {
    sourceId: 'input.sourceId',
    accountId: 'input.accountId',
  });
  const now = ctx.clock.now();
  const access = await reprintAccessFor(ctx, source, account.id, now);
  return ctx.db.transaction(async (tx) => {
    await banStatus.refuseIfBanned(ctx, tx, account.id);
    // A granted request is spent by the reprint, whether or not the reprint needed it.
    const [grant] = await tx
      .update(reprintRequests)
      .set({ status: 'USED', usedAt: now })
      .where(
        and(
          eq(reprintRequests.sourceArticleId, source.id),
          eq(reprintRequests.accountId, account.id),
          eq(reprintRequests.status, 'GRANTED'),
        ),
      )
      .returning({ id: reprintRequests.id });
    if (!access.direct && !grant) {
      throw new AppError('REPRINT_NOT_ALLOWED', access.reason, access.message, {
        policy: source.reprintPolicy,
        requestable: true,
      });
    }
    const [reprint] = await tx
      .insert(articles)
      .values({
        accountId: account.id,
        title: source.title,
        summary: source.summary,
        body: '',
        author: source.author,
        original: false,
        // A reprint is not a new source: it cannot be reprinted in its own right.
        reprintPolicy: 'CLOSED',
        reprintOfId: source.id,
        publishedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!reprint) throw badInput('input.accountId', 'DUPLICATE', 'This account has already reprinted this article.');
    if (grant) await tx.update(reprintRequests).set({ reprintId: reprint.id }).where(eq(reprintRequests.id, grant.id));
    await recordAudit(ctx, tx, {
      action: 'article.reprint',
      targetType: 'Article',
      targetId: reprint.id,
      after: { sourceId: source.id, accountId: account.id, reprintRequestId: grant?.id ?? null },
    });
    return reprint;
  });
}

/** Blocks or unblocks an article (MODERATOR, with a reason, audited). */
export async function setArticleBlocked(
  ctx: Context,
  id: string,
  blocked: boolean,
  reason: string,
): Promise<ArticleRow> {
  if (reason.trim().length < 2) throw badInput('reason', 'TOO_SHORT', 'Give a reason of at least 2 characters.');
  const article = await findArticle(ctx, id);
  if (!article) throw notFound('article');
  if (Boolean(article.blockedAt) === blocked) {
    throw new AppError(
      'INVALID_TRANSITION',
      blocked ? 'ALREADY_BLOCKED' : 'NOT_BLOCKED',
      blocked ? 'The article is already blocked.' : 'The article is not blocked.',
    );
  }
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(articles)
      .set(
        blocked
          ? { blockedAt: ctx.clock.now(), blockedReason: reason.trim() }
          : { blockedAt: null, blockedReason: null },
      )
      .where(and(eq(articles.id, id), blocked ? isNull(articles.blockedAt) : isNotNull(articles.blockedAt)))
      .returning();
    if (!updated)
      throw new AppError('INVALID_TRANSITION', 'CONCURRENT_CHANGE', 'Someone else has just changed this article.');
    if (blocked) {
      await notifyOperators(ctx, tx, updated.accountId, {
        kind: 'ARTICLE_BLOCKED',
        params: { articleTitle: updated.title, reason: reason.trim() },
        targetType: 'Article',
        targetId: updated.id,
      });
    }
    await recordAudit(ctx, tx, {
      action: blocked ? 'article.block' : 'article.unblock',
      targetType: 'Article',
      targetId: id,
      before: { blocked: !blocked },
      after: { blocked },
      reason: reason.trim(),
    });
    return updated;
  });
}

/** Who sees which articles: staff all; others not the blocked ones, except their own accounts'. */
export function articleVisibility(ctx: Context): SQL | undefined {
  return articleVisibilityFor(ctx.db, ctx.viewer);
}

export interface ArticleFilter {
  accountId?: string | null;
  original?: boolean | null;
  reprintPolicy?: ReprintPolicyName | null;
  corrected?: boolean | null;
  blocked?: boolean | null;
  reprintOfId?: string | null;
  publishedFrom?: Date | null;
  publishedTo?: Date | null;
}

/** Articles, newest first, keyset-paginated on (publishedAt, id). */
export async function listArticles(
  ctx: Context,
  args: { first?: number | null; after?: string | null; filter?: ArticleFilter | null },
) {
  const filter = args.filter ?? {};
  const conditions: SQL[] = [];
  const visible = articleVisibility(ctx);
  if (visible) conditions.push(visible);
  if (filter.accountId) conditions.push(eq(articles.accountId, filter.accountId));
  if (filter.reprintOfId) conditions.push(eq(articles.reprintOfId, filter.reprintOfId));
  if (filter.original !== undefined && filter.original !== null)
    conditions.push(eq(articles.original, filter.original));
  if (filter.reprintPolicy) conditions.push(eq(articles.reprintPolicy, filter.reprintPolicy));
  if (filter.corrected === true) conditions.push(sql`${articles.correctionsUsed} > 0`);
  if (filter.corrected === false) conditions.push(eq(articles.correctionsUsed, 0));
  if (filter.blocked === true) conditions.push(isNotNull(articles.blockedAt));
  if (filter.blocked === false) conditions.push(isNull(articles.blockedAt));
  if (filter.publishedFrom) conditions.push(gte(articles.publishedAt, filter.publishedFrom));
  if (filter.publishedTo) conditions.push(lte(articles.publishedAt, filter.publishedTo));
  const page = await keysetPage<ArticleRow>(
    ctx.db,
    {
      table: articles,
      order: byTime(articles.publishedAt, articles.id, 'desc', (row) => row.publishedAt),
      where: conditions,
      limits: ctx.config.limits,
    },
    args,
  );
  for (const edge of page.edges) ctx.loaders.articleById.prime(edge.node.id, edge.node);
  return page;
}

/**
 * The correction readers see on an article: its own, or for a reprint its source's. It carries
 * the corrected article's account, whose operators (and staff) may read the operations.
 */
export async function correctionOf(ctx: Context, article: ArticleRow) {
  const row = await ctx.loaders.correctionByArticleId.load(article.reprintOfId ?? article.id);
  return row && { ...row, limit: row.limitApplied };
}

/**
 * One account's articles. The first page of many accounts at once (an account list with their
 * latest articles) is fetched in one statement through a loader; later pages query directly.
 */
export async function listAccountArticles(
  ctx: Context,
  accountId: string,
  args: { first?: number | null; after?: string | null },
) {
  return ctx.loaders.nested.connection(ctx.loaders.lists.articlesOfAccount, accountId, args);
}

/** An article's reprints, newest first: batched across a page of articles. */
export async function listReprints(
  ctx: Context,
  articleId: string,
  args: { first?: number | null; after?: string | null },
) {
  return ctx.loaders.nested.connection(ctx.loaders.lists.reprintsOfArticle, articleId, args);
}

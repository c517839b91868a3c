import DataLoader from 'dataloader';
import { and, count, desc, eq, getTableColumns, inArray, lte, sql } from 'drizzle-orm';
import type { Context } from './context';
import {
  type AccountRecordRow,
  type AccountRow,
  type AppealRow,
  type ArticleCorrectionRow,
  type ArticleRow,
  accountOperators,
  accountRecords,
  accounts,
  appeals,
  articleCorrections,
  articleReprintWhitelist,
  articles,
  type CertificationRow,
  certificationMaterials,
  certifications,
  type PaymentRow,
  type PenaltyRow,
  payments,
  penalties,
  type SubjectRow,
  subjects,
  type UserRow,
  uploads,
  users,
  type ViolationRow,
  violationNotes,
  violations,
} from './db/schema';
import { articleVisibility } from './modules/articles/articles.service';
import { certifiedCondition } from './modules/certifications/certifications.service';
import { valuesAt } from './modules/rules/rules.service';
import { activePenaltyCondition } from './modules/violations/violations.service';

/** A loader that fetches rows by id in one statement and returns them in key order. */
function byId<Row extends { id: string }>(fetch: (ids: string[]) => Promise<Row[]>) {
  return new DataLoader<string, Row | null>(async (ids) => {
    const rows = await fetch([...ids]);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** A loader of lists grouped by a key, in one statement. */
function grouped<Row, Value>(
  fetch: (keys: string[]) => Promise<Row[]>,
  keyOf: (row: Row) => string,
  pick: (row: Row) => Value,
) {
  return new DataLoader<string, Value[]>(async (keys) => {
    const rows = await fetch([...keys]);
    const groups = new Map<string, Value[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const list = groups.get(key) ?? [];
      list.push(pick(row));
      groups.set(key, list);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Per-request DataLoaders, so list fields resolve nested objects without N+1 queries. */
export function createLoaders(ctx: Context) {
  const { db } = ctx;
  return {
    userById: byId<UserRow>((ids) => db.select().from(users).where(inArray(users.id, ids))),
    subjectById: byId<SubjectRow>((ids) => db.select().from(subjects).where(inArray(subjects.id, ids))),
    accountById: byId<AccountRow>((ids) => db.select().from(accounts).where(inArray(accounts.id, ids))),
    operatorIdsByAccountId: grouped(
      (ids) => db.select().from(accountOperators).where(inArray(accountOperators.accountId, ids)),
      (row) => row.accountId,
      (row) => row.userId,
    ),
    operatorsByAccountId: grouped(
      (ids) =>
        db
          .select({ accountId: accountOperators.accountId, user: users })
          .from(accountOperators)
          .innerJoin(users, eq(users.id, accountOperators.userId))
          .where(inArray(accountOperators.accountId, ids)),
      (row) => row.accountId,
      (row) => row.user,
    ),
    recordByAccountId: new DataLoader<string, AccountRecordRow | null>(async (ids) => {
      const rows = await db
        .select()
        .from(accountRecords)
        .where(inArray(accountRecords.accountId, [...ids]));
      const found = new Map(rows.map((row) => [row.accountId, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    accountsBySubjectId: grouped(
      (ids) => db.select().from(accounts).where(inArray(accounts.subjectId, ids)).orderBy(accounts.createdAt),
      (row) => row.subjectId,
      (row) => row,
    ),
    accountCountBySubjectId: new DataLoader<string, number>(async (ids) => {
      const rows = await db
        .select({ subjectId: accounts.subjectId, value: count() })
        .from(accounts)
        .where(inArray(accounts.subjectId, [...ids]))
        .groupBy(accounts.subjectId);
      const found = new Map(rows.map((row) => [row.subjectId, row.value]));
      return ids.map((id) => found.get(id) ?? 0);
    }),
    articleById: byId<ArticleRow>((ids) => db.select().from(articles).where(inArray(articles.id, ids))),
    /** The latest correction of each article (there is one while the rule allows one). */
    correctionByArticleId: new DataLoader<string, ArticleCorrectionRow | null>(async (ids) => {
      const rows = await db
        .selectDistinctOn([articleCorrections.articleId])
        .from(articleCorrections)
        .where(inArray(articleCorrections.articleId, [...ids]))
        .orderBy(articleCorrections.articleId, desc(articleCorrections.correctedAt));
      const found = new Map(rows.map((row) => [row.articleId, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    whitelistByArticleId: grouped(
      (ids) => db.select().from(articleReprintWhitelist).where(inArray(articleReprintWhitelist.articleId, ids)),
      (row) => row.articleId,
      (row) => row.accountId,
    ),
    reprintCountByArticleId: new DataLoader<string, number>(async (ids) => {
      const rows = await db
        .select({ id: articles.reprintOfId, value: count() })
        .from(articles)
        .where(inArray(articles.reprintOfId, [...ids]))
        .groupBy(articles.reprintOfId);
      const found = new Map(rows.map((row) => [row.id, row.value]));
      return ids.map((id) => found.get(id) ?? 0);
    }),
    /** The newest `limit + 1` visible articles of each account, keyed "accountId|limit", in one statement. */
    firstArticlesByAccount: new DataLoader<string, ArticleRow[]>(async (keys) => {
      const limit = Math.max(...keys.map((key) => Number(key.split('|')[1] ?? 0)));
      const ids = [...new Set(keys.map((key) => key.split('|')[0] ?? ''))];
      const ranked = db
        .select({
          ...getTableColumns(articles),
          rank: sql<number>`row_number() over (partition by ${articles.accountId} order by ${articles.publishedAt} desc, ${articles.id} desc)`.as(
            'rank',
          ),
        })
        .from(articles)
        .where(and(inArray(articles.accountId, ids), articleVisibility(ctx as Context)))
        .as('ranked');
      const rows = await db
        .select()
        .from(ranked)
        .where(lte(ranked.rank, limit + 1))
        .orderBy(ranked.accountId, ranked.rank);
      return keys.map((key) => {
        const [accountId, size] = key.split('|');
        return rows
          .filter((row) => row.accountId === accountId && row.rank <= Number(size) + 1)
          .map(({ rank: _rank, ...article }) => article as ArticleRow);
      });
    }),
    articleCountByAccountId: new DataLoader<string, number>(async (ids) => {
      const rows = await db
        .select({ accountId: articles.accountId, value: count() })
        .from(articles)
        .where(and(inArray(articles.accountId, [...ids]), articleVisibility(ctx as Context)))
        .groupBy(articles.accountId);
      const found = new Map(rows.map((row) => [row.accountId, row.value]));
      return ids.map((id) => found.get(id) ?? 0);
    }),
    violationById: byId<ViolationRow>((ids) => db.select().from(violations).where(inArray(violations.id, ids))),
    penaltyById: byId<PenaltyRow>((ids) => db.select().from(penalties).where(inArray(penalties.id, ids))),
    penaltyByViolationId: new DataLoader<string, PenaltyRow | null>(async (ids) => {
      const rows = await db
        .select()
        .from(penalties)
        .where(inArray(penalties.violationId, [...ids]));
      const found = new Map(rows.map((row) => [row.violationId, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** The penalty keeping each account banned longest at this request's moment, or null. */
    activePenaltyByAccountId: new DataLoader<string, PenaltyRow | null>(async (ids) => {
      const rows = await db
        .selectDistinctOn([penalties.accountId])
        .from(penalties)
        .where(and(inArray(penalties.accountId, [...ids]), activePenaltyCondition(ctx.clock.now())))
        .orderBy(penalties.accountId, sql`${penalties.endsAt} desc nulls first`);
      const found = new Map(rows.map((row) => [row.accountId, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    penaltiesByAccountId: grouped(
      (ids) => db.select().from(penalties).where(inArray(penalties.accountId, ids)).orderBy(desc(penalties.startsAt)),
      (row) => row.accountId,
      (row) => row,
    ),
    appealByPenaltyId: new DataLoader<string, AppealRow | null>(async (ids) => {
      const rows = await db
        .select()
        .from(appeals)
        .where(inArray(appeals.penaltyId, [...ids]));
      const found = new Map(rows.map((row) => [row.penaltyId, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    notesByViolationId: grouped(
      (ids) =>
        db.select().from(violationNotes).where(inArray(violationNotes.violationId, ids)).orderBy(violationNotes.at),
      (row) => row.violationId,
      (row) => row,
    ),
    certificationById: byId<CertificationRow>((ids) =>
      db.select().from(certifications).where(inArray(certifications.id, ids)),
    ),
    /** The account's latest certification (in progress, approved, or ended). */
    latestCertificationByAccountId: new DataLoader<string, CertificationRow | null>(async (ids) => {
      const rows = await db
        .selectDistinctOn([certifications.accountId])
        .from(certifications)
        .where(inArray(certifications.accountId, [...ids]))
        .orderBy(certifications.accountId, desc(certifications.startedAt));
      const found = new Map(rows.map((row) => [row.accountId, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** The certification that makes each account certified at this request's moment, or null. */
    activeCertificationByAccountId: new DataLoader<string, CertificationRow | null>(async (ids) => {
      const rows = await db
        .selectDistinctOn([certifications.accountId])
        .from(certifications)
        .where(and(inArray(certifications.accountId, [...ids]), certifiedCondition(ctx.clock.now())))
        .orderBy(certifications.accountId, desc(certifications.expiresAt));
      const found = new Map(rows.map((row) => [row.accountId, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    materialsByCertificationId: grouped(
      (ids) =>
        db
          .select({
            certificationId: certificationMaterials.certificationId,
            purpose: certificationMaterials.purpose,
            supplement: certificationMaterials.supplement,
            addedAt: certificationMaterials.addedAt,
            upload: { id: uploads.id, contentType: uploads.contentType, bytes: uploads.bytes },
          })
          .from(certificationMaterials)
          .innerJoin(uploads, eq(uploads.id, certificationMaterials.uploadId))
          .where(inArray(certificationMaterials.certificationId, ids))
          .orderBy(certificationMaterials.addedAt),
      (row) => row.certificationId,
      (row) => row,
    ),
    paymentByCertificationId: new DataLoader<string, PaymentRow | null>(async (ids) => {
      const rows = await db
        .select()
        .from(payments)
        .where(inArray(payments.certificationId, [...ids]));
      const found = new Map(rows.map((row) => [row.certificationId, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** A rule's value at this request's moment; each key is read once per request. */
    ruleNow: new DataLoader<string, unknown>((keys) => valuesAt(db, keys, ctx.clock.now())),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

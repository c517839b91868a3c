import { and, count, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import { activePenaltyCondition, articleVisibility, certifiedCondition } from '../access/conditions';
import type { Viewer } from '../access/viewer';
import type { Clock } from '../common/clock';
import { byTime, type NestedListSpec, NestedLists } from '../common/keyset';
import { type RuleVersion, ruleVersionsAt, valuesAt, valuesInForceAt } from '../modules/rules/rule-reads';
import { ladderRuleKey, neverLiftedRuleKey } from '../modules/violations/penalty-ladder';
import { BatchGate } from './batch-gate';
import { byId, grouped } from './batch-loaders';
import type { Db } from './client';
import { enterpriseLoaders } from './enterprise-loaders';
import {
  type AccountNoteRow,
  type AccountRecordRow,
  type AccountRow,
  type AppealRow,
  type ArticleCorrectionRow,
  type ArticleRow,
  accountNotes,
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
  VIOLATION_TYPES,
  type ViolationRow,
  violationNotes,
  violations,
} from './schema';

/** What the loaders of one request depend on. */
export interface LoaderScope {
  db: Db;
  clock: Clock;
  viewer: Viewer | null;
  maxPageSize: number;
}

/** The lists nested under list items, each batched for all parents at once (common/keyset.ts). */
function nestedListSpecs(scope: LoaderScope) {
  const { db, viewer } = scope;
  return {
    violationsOfAccount: {
      name: 'violationsOfAccount',
      table: violations,
      parent: violations.accountId,
      parentOf: (row) => row.accountId,
      order: byTime<ViolationRow>(violations.reportedAt, violations.id, 'desc', (row) => row.reportedAt),
    } satisfies NestedListSpec<ViolationRow>,
    articlesOfAccount: {
      name: 'articlesOfAccount',
      table: articles,
      parent: articles.accountId,
      parentOf: (row) => row.accountId,
      order: byTime<ArticleRow>(articles.publishedAt, articles.id, 'desc', (row) => row.publishedAt),
      where: articleVisibility(db, viewer),
    } satisfies NestedListSpec<ArticleRow>,
    reprintsOfArticle: {
      name: 'reprintsOfArticle',
      table: articles,
      parent: articles.reprintOfId,
      parentOf: (row) => row.reprintOfId ?? '',
      order: byTime<ArticleRow>(articles.publishedAt, articles.id, 'desc', (row) => row.publishedAt),
      where: articleVisibility(db, viewer),
    } satisfies NestedListSpec<ArticleRow>,
  };
}

/** Per-request DataLoaders, so list fields resolve nested objects without N+1 queries. */
export function createLoaders(scope: LoaderScope) {
  const { db, clock } = scope;
  const gate = new BatchGate();
  // One key each: the rules of every violation type, read once a request. Through the gate like every
  // loader, so the read joins a wave instead of holding the next one back while it runs alone.
  const ladderRules = gate.loader<'all', Map<string, RuleVersion>>(async (keys) => {
    const versions = await ruleVersionsAt(db, VIOLATION_TYPES.map(ladderRuleKey), clock.now());
    const byKey = new Map(versions.map((version) => [version.key, version]));
    return keys.map(() => byKey);
  });
  const neverLiftedRules = gate.loader<'all', Map<string, unknown>>(async (keys) => {
    const values = await valuesInForceAt(db, VIOLATION_TYPES.map(neverLiftedRuleKey), clock.now());
    return keys.map(() => values);
  });
  return {
    nested: new NestedLists(db, scope.maxPageSize, gate),
    lists: nestedListSpecs(scope),
    userById: byId<UserRow>(gate, (ids) => db.select().from(users).where(inArray(users.id, ids))),
    subjectById: byId<SubjectRow>(gate, (ids) => db.select().from(subjects).where(inArray(subjects.id, ids))),
    accountById: byId<AccountRow>(gate, (ids) => db.select().from(accounts).where(inArray(accounts.id, ids))),
    operatorIdsByAccountId: grouped(
      gate,
      (ids) => db.select().from(accountOperators).where(inArray(accountOperators.accountId, ids)),
      (row) => row.accountId,
      (row) => row.userId,
    ),
    operatorsByAccountId: grouped(
      gate,
      (ids) =>
        db
          .select({ accountId: accountOperators.accountId, user: users })
          .from(accountOperators)
          .innerJoin(users, eq(users.id, accountOperators.userId))
          .where(inArray(accountOperators.accountId, ids)),
      (row) => row.accountId,
      (row) => row.user,
    ),
    /** The accounts each user operates, oldest operatorship first (a user's page). */
    operatedAccountsByUserId: grouped(
      gate,
      (ids) =>
        db
          .select({ userId: accountOperators.userId, account: accounts })
          .from(accountOperators)
          .innerJoin(accounts, eq(accounts.id, accountOperators.accountId))
          .where(inArray(accountOperators.userId, ids))
          .orderBy(accountOperators.addedAt, accounts.id),
      (row) => row.userId,
      (row) => row.account,
    ),
    recordByAccountId: gate.loader<string, AccountRecordRow | null>(async (ids) => {
      const rows = await db
        .select()
        .from(accountRecords)
        .where(inArray(accountRecords.accountId, [...ids]));
      const found = new Map(rows.map((row) => [row.accountId, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    accountsBySubjectId: grouped(
      gate,
      (ids) => db.select().from(accounts).where(inArray(accounts.subjectId, ids)).orderBy(accounts.createdAt),
      (row) => row.subjectId,
      (row) => row,
    ),
    accountCountBySubjectId: gate.loader<string, number>(async (ids) => {
      const rows = await db
        .select({ subjectId: accounts.subjectId, value: count() })
        .from(accounts)
        .where(inArray(accounts.subjectId, [...ids]))
        .groupBy(accounts.subjectId);
      const found = new Map(rows.map((row) => [row.subjectId, row.value]));
      return ids.map((id) => found.get(id) ?? 0);
    }),
    articleById: byId<ArticleRow>(gate, (ids) => db.select().from(articles).where(inArray(articles.id, ids))),
    /** The latest correction of each article (there is one while the rule allows one). */
    correctionByArticleId: gate.loader<string, (ArticleCorrectionRow & { accountId: string }) | null>(async (ids) => {
      // With the corrected article's account: its operators (and staff) may read the operations.
      const rows = await db
        .selectDistinctOn([articleCorrections.articleId], {
          ...getTableColumns(articleCorrections),
          accountId: articles.accountId,
        })
        .from(articleCorrections)
        .innerJoin(articles, eq(articles.id, articleCorrections.articleId))
        .where(inArray(articleCorrections.articleId, [...ids]))
        .orderBy(articleCorrections.articleId, desc(articleCorrections.correctedAt));
      const found = new Map(rows.map((row) => [row.articleId, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    whitelistByArticleId: grouped(
      gate,
      (ids) => db.select().from(articleReprintWhitelist).where(inArray(articleReprintWhitelist.articleId, ids)),
      (row) => row.articleId,
      (row) => row.accountId,
    ),
    reprintCountByArticleId: gate.loader<string, number>(async (ids) => {
      const rows = await db
        .select({ id: articles.reprintOfId, value: count() })
        .from(articles)
        .where(inArray(articles.reprintOfId, [...ids]))
        .groupBy(articles.reprintOfId);
      const found = new Map(rows.map((row) => [row.id, row.value]));
      return ids.map((id) => found.get(id) ?? 0);
    }),
    violationById: byId<ViolationRow>(gate, (ids) => db.select().from(violations).where(inArray(violations.id, ids))),
    penaltyById: byId<PenaltyRow>(gate, (ids) => db.select().from(penalties).where(inArray(penalties.id, ids))),
    penaltyByViolationId: gate.loader<string, PenaltyRow | null>(async (ids) => {
      const rows = await db
        .select()
        .from(penalties)
        .where(inArray(penalties.violationId, [...ids]));
      const found = new Map(rows.map((row) => [row.violationId, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** The penalty keeping each account banned longest at this request's moment, or null. */
    activePenaltyByAccountId: gate.loader<string, PenaltyRow | null>(async (ids) => {
      const rows = await db
        .selectDistinctOn([penalties.accountId])
        .from(penalties)
        .where(and(inArray(penalties.accountId, [...ids]), activePenaltyCondition(clock.now())))
        // The one ending last (permanent first); ties broken so every request picks the same one.
        .orderBy(
          penalties.accountId,
          sql`${penalties.endsAt} desc nulls first`,
          desc(penalties.startsAt),
          desc(penalties.id),
        );
      const found = new Map(rows.map((row) => [row.accountId, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    penaltiesByAccountId: grouped(
      gate,
      (ids) => db.select().from(penalties).where(inArray(penalties.accountId, ids)).orderBy(desc(penalties.startsAt)),
      (row) => row.accountId,
      (row) => row,
    ),
    appealByPenaltyId: gate.loader<string, AppealRow | null>(async (ids) => {
      const rows = await db
        .select()
        .from(appeals)
        .where(inArray(appeals.penaltyId, [...ids]));
      const found = new Map(rows.map((row) => [row.penaltyId, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    notesByViolationId: grouped(
      gate,
      (ids) =>
        db.select().from(violationNotes).where(inArray(violationNotes.violationId, ids)).orderBy(violationNotes.at),
      (row) => row.violationId,
      (row) => row,
    ),
    /** Moderators' notes on each account, oldest first (staff only: the access policy). */
    accountNotesByAccountId: grouped<AccountNoteRow, AccountNoteRow>(
      gate,
      (ids) =>
        db
          .select()
          .from(accountNotes)
          .where(inArray(accountNotes.accountId, ids))
          .orderBy(accountNotes.at, accountNotes.id),
      (row) => row.accountId,
      (row) => row,
    ),
    certificationById: byId<CertificationRow>(gate, (ids) =>
      db.select().from(certifications).where(inArray(certifications.id, ids)),
    ),
    /** The account's latest certification (in progress, approved, or ended). */
    latestCertificationByAccountId: gate.loader<string, CertificationRow | null>(async (ids) => {
      const rows = await db
        .selectDistinctOn([certifications.accountId])
        .from(certifications)
        .where(inArray(certifications.accountId, [...ids]))
        .orderBy(certifications.accountId, desc(certifications.startedAt));
      const found = new Map(rows.map((row) => [row.accountId, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** The certification that makes each account certified at this request's moment, or null. */
    activeCertificationByAccountId: gate.loader<string, CertificationRow | null>(async (ids) => {
      const rows = await db
        .selectDistinctOn([certifications.accountId])
        .from(certifications)
        .where(and(inArray(certifications.accountId, [...ids]), certifiedCondition(clock.now())))
        .orderBy(certifications.accountId, desc(certifications.expiresAt));
      const found = new Map(rows.map((row) => [row.accountId, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    materialsByCertificationId: grouped(
      gate,
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
    paymentByCertificationId: gate.loader<string, PaymentRow | null>(async (ids) => {
      const rows = await db
        .select()
        .from(payments)
        .where(inArray(payments.certificationId, [...ids]));
      const found = new Map(rows.map((row) => [row.certificationId, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    /**
     * Each account's violations that are or were on a ladder (confirmed, or confirmed and since
     * overturned), every type: what `countedFor` (penalty-ladder.ts) picks a violation's counted
     * ones from. Keyed by account, so rows of one account reached at different depths of a query
     * (its violations, its penalties' violations) share one statement.
     */
    ladderViolationsByAccountId: grouped(
      gate,
      (ids) =>
        db
          .select()
          .from(violations)
          .where(and(inArray(violations.accountId, ids), inArray(violations.status, ['CONFIRMED', 'OVERTURNED']))),
      (row) => row.accountId,
      (row) => row,
    ),
    /**
     * The version (value and effective date) of a violation type's ladder rule at this request's
     * moment. Every type's ladder is read in one statement, once a request, so a page costs the
     * same whichever types its rows (at whatever depth) have.
     */
    ladderRuleNow(type: string): Promise<RuleVersion | null> {
      return ladderRules.load('all').then((versions) => versions.get(ladderRuleKey(type)) ?? null);
    },
    /**
     * The penalty.neverLifted rule of every violation type in force at this request's moment (a type
     * whose rule is not yet in force is absent), in one statement: a penalty can ask for it together
     * with its violation instead of a wave after it.
     */
    neverLiftedRulesNow(): Promise<Map<string, unknown>> {
      return neverLiftedRules.load('all');
    },
    /** A rule's value at this request's moment; each key is read once per request. */
    ruleNow: gate.loader<string, unknown>((keys) => valuesAt(db, keys, clock.now())),
    ...enterpriseLoaders(db, gate, clock),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

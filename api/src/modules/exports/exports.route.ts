import { randomUUID } from 'node:crypto';
import { type Request, Router } from 'express';
import { hasRole } from '../../access/viewer';
import { systemClock } from '../../common/clock';
import { badInput, sendRefusal, UNSPECIFIED_REASON } from '../../common/errors';
import { localIdOf, toGlobalId } from '../../common/ids';
import { log } from '../../common/log';
import type { Connection } from '../../common/pagination';
import { requestScope } from '../../common/request-scope';
import { UNSTORABLE_TEXT } from '../../common/unstorable-text';
import type { Config } from '../../config';
import type { Context, Viewer } from '../../context';
import type { DatabaseHandle, Db } from '../../db/client';
import {
  ACCOUNT_KINDS,
  APPEAL_STATUSES,
  appeals,
  CERTIFICATION_KINDS,
  certifications,
  penalties,
  REPRINT_POLICIES,
  SUBJECT_KINDS,
  VIOLATION_SOURCES,
  VIOLATION_STATUSES,
  VIOLATION_TYPES,
  violations,
} from '../../db/schema';
import { createContext } from '../../request-context';
import { findAccount, listAccounts } from '../accounts/accounts.service';
import { maskIdNumber } from '../accounts/identity-number';
import { listArticles } from '../articles/articles.service';
import { listAuditEntries } from '../audit/audit.service';
import { CERTIFICATION_STATUSES } from '../certifications/certification-flow';
import { listCertifications } from '../certifications/certifications.service';
import { departmentsCellFor, listMembers } from '../enterprise/address-book.service';
import { CSV_COLUMNS, mobileForCsv } from '../enterprise/address-book-rules';
import { listAppeals, listPenalties, listViolations } from '../violations/violations.service';
import { backupArticles, mapPages, ownRows } from './account-backup';
import { csvLine, UTF8_BOM } from './csv';
import { JsonWriter, send } from './streaming';

type Query = Record<string, string | undefined>;
type Lister = (ctx: Context, query: Query, after: string | null) => Promise<Connection<Record<string, unknown>>>;

const PAGE = 100;

/** Query-string values that name enum members are checked like GraphQL enums are. */
const ENUMS: Record<string, readonly string[]> = {
  type: VIOLATION_TYPES,
  source: VIOLATION_SOURCES,
  kind: [...ACCOUNT_KINDS, ...CERTIFICATION_KINDS],
  subjectKind: SUBJECT_KINDS,
  reprintPolicy: REPRINT_POLICIES,
};
const STATUSES = new Set<string>([...VIOLATION_STATUSES, ...APPEAL_STATUSES, ...CERTIFICATION_STATUSES]);

/**
 * The query string as single values: a repeated parameter (`?type=A&type=B`) or a nested one
 * (`?a[b]=c`) is refused instead of reaching a service as an array or object.
 */
function singleValues(raw: Record<string, unknown>): Query {
  const query: Query = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value !== 'string') throw badInput(key, 'NOT_SINGLE_VALUE', `Give "${key}" once, as plain text.`);
    if (UNSTORABLE_TEXT.test(value)) throw badInput(key, 'UNSTORABLE_TEXT', `"${key}" may not contain NUL characters.`);
    query[key] = value;
  }
  return query;
}

function checkQuery(query: Query): void {
  for (const [key, allowed] of Object.entries(ENUMS)) {
    const value = query[key];
    if (value && !allowed.includes(value))
      throw badInput(key, 'UNKNOWN_VALUE', `"${value}" is not a ${key}: use one of ${allowed.join(', ')}.`);
  }
  if (query.status && !STATUSES.has(query.status))
    throw badInput('status', 'UNKNOWN_VALUE', `"${query.status}" is not a status.`);
  for (const key of ['reportedFrom', 'reportedTo', 'publishedFrom', 'publishedTo']) {
    const value = query[key];
    const year = value ? new Date(value).getUTCFullYear() : 2000;
    if (value && (Number.isNaN(Date.parse(value)) || year < 1900 || year > 9999))
      throw badInput(
        key,
        Number.isNaN(Date.parse(value)) ? 'INVALID_FORMAT' : 'OUT_OF_RANGE',
        `"${key}" must be an ISO-8601 date between the years 1900 and 9999.`,
      );
  }
}
const text = (query: Query, key: string) => query[key] || null;
const flag = (query: Query, key: string) => (query[key] === 'true' ? true : query[key] === 'false' ? false : null);
const date = (query: Query, key: string) => (query[key] ? new Date(String(query[key])) : null);
const account = (query: Query) => (query.accountId ? localIdOf('Account', query.accountId, 'accountId') : null);

interface ExportList {
  /** Roles that may export it (ADMIN always may). Publishers get only their own rows, as in the API. */
  roles: Parameters<typeof hasRole>[1][];
  header: string[];
  row(item: Record<string, unknown>): unknown[];
  list: Lister;
}

/** The lists the admin can export, with the same filters (query string) as their pages. */
const LISTS: Record<string, ExportList> = {
  violations: {
    roles: ['MODERATOR', 'REVIEWER', 'ANALYST', 'PUBLISHER'],
    header: [
      'id',
      'reportedAt',
      'type',
      'source',
      'status',
      'reportCount',
      'ordinal',
      'accountId',
      'articleId',
      'evidence',
      'decidedAt',
      'decisionNote',
    ],
    row: (v) => [
      toGlobalId('Violation', String(v.id)),
      v.reportedAt,
      v.type,
      v.source,
      v.status,
      v.reportCount,
      v.ordinal,
      toGlobalId('Account', String(v.accountId)),
      v.articleId ? toGlobalId('Article', String(v.articleId)) : '',
      v.evidence,
      v.decidedAt,
      v.decisionNote,
    ],
    list: (ctx, q, after) =>
      listViolations(ctx, {
        first: PAGE,
        after,
        newestFirst: flag(q, 'newestFirst'),
        filter: {
          status: text(q, 'status') as never,
          type: text(q, 'type') as never,
          source: text(q, 'source') as never,
          accountId: account(q),
          reportedFrom: date(q, 'reportedFrom'),
          reportedTo: date(q, 'reportedTo'),
        },
      }) as never,
  },
  accounts: {
    roles: ['MODERATOR', 'REVIEWER', 'ANALYST', 'PUBLISHER'],
    header: ['id', 'createdAt', 'kind', 'name', 'originalId', 'appId', 'followerCount', 'readCount'],
    row: (a) => [
      toGlobalId('Account', String(a.id)),
      a.createdAt,
      a.kind,
      a.name,
      a.originalId,
      a.appId,
      a.followerCount,
      a.readCount,
    ],
    list: (ctx, q, after) =>
      listAccounts(ctx, {
        first: PAGE,
        after,
        orderBy: q.orderBy === 'NAME' ? 'NAME' : 'CREATED_AT',
        filter: {
          kind: text(q, 'kind') as never,
          subjectKind: text(q, 'subjectKind') as never,
          nameContains: text(q, 'nameContains'),
          region: text(q, 'region'),
          filed: flag(q, 'filed'),
          certified: flag(q, 'certified'),
          banned: flag(q, 'banned'),
        },
      }) as never,
  },
  articles: {
    roles: ['MODERATOR', 'REVIEWER', 'ANALYST', 'PUBLISHER'],
    header: [
      'id',
      'publishedAt',
      'accountId',
      'title',
      'summary',
      'author',
      'original',
      'reprintPolicy',
      'reprintOf',
      'correctionsUsed',
      'blocked',
    ],
    row: (a) => [
      toGlobalId('Article', String(a.id)),
      a.publishedAt,
      toGlobalId('Account', String(a.accountId)),
      a.title,
      a.summary,
      a.author,
      a.original,
      a.reprintPolicy,
      a.reprintOfId ? toGlobalId('Article', String(a.reprintOfId)) : '',
      a.correctionsUsed,
      a.blockedAt !== null,
    ],
    list: (ctx, q, after) =>
      listArticles(ctx, {
        first: PAGE,
        after,
        filter: {
          accountId: account(q),
          original: flag(q, 'original'),
          reprintPolicy: text(q, 'reprintPolicy') as never,
          corrected: flag(q, 'corrected'),
          blocked: flag(q, 'blocked'),
          publishedFrom: date(q, 'publishedFrom'),
          publishedTo: date(q, 'publishedTo'),
        },
      }) as never,
  },
  penalties: {
    roles: ['MODERATOR', 'REVIEWER', 'ANALYST', 'PUBLISHER'],
    header: ['id', 'accountId', 'startsAt', 'endsAt', 'permanent', 'reason', 'liftedAt', 'liftReason'],
    row: (p) => [
      toGlobalId('Penalty', String(p.id)),
      toGlobalId('Account', String(p.accountId)),
      p.startsAt,
      p.endsAt,
      p.permanent,
      p.reason,
      p.liftedAt,
      p.liftReason,
    ],
    list: (ctx, q, after) =>
      listPenalties(ctx, {
        first: PAGE,
        after,
        filter: { activeOnly: flag(q, 'activeOnly'), accountId: account(q), permanent: flag(q, 'permanent') },
      }) as never,
  },
  appeals: {
    roles: ['MODERATOR', 'REVIEWER', 'ANALYST', 'PUBLISHER'],
    header: ['id', 'accountId', 'penaltyId', 'filedAt', 'dueAt', 'status', 'text', 'decidedAt', 'decisionReason'],
    row: (a) => [
      toGlobalId('Appeal', String(a.id)),
      toGlobalId('Account', String(a.accountId)),
      toGlobalId('Penalty', String(a.penaltyId)),
      a.filedAt,
      a.dueAt,
      a.status,
      a.text,
      a.decidedAt,
      a.decisionReason,
    ],
    list: (ctx, q, after) =>
      listAppeals(ctx, {
        first: PAGE,
        after,
        filter: { status: text(q, 'status') as never, accountId: account(q) },
      }) as never,
  },
  certifications: {
    roles: ['MODERATOR', 'REVIEWER', 'ANALYST', 'PUBLISHER'],
    header: [
      'id',
      'accountId',
      'kind',
      'status',
      'nickname',
      'feeCents',
      'startedAt',
      'paidAt',
      'dispatchedAt',
      'decidedAt',
      'approvedAt',
      'expiresAt',
      'certificationNumber',
    ],
    row: (c) => [
      toGlobalId('Certification', String(c.id)),
      toGlobalId('Account', String(c.accountId)),
      c.kind,
      c.status,
      c.nickname,
      c.feeCents,
      c.startedAt,
      c.paidAt,
      c.dispatchedAt,
      c.decidedAt,
      c.approvedAt,
      c.expiresAt,
      c.certificationNumber,
    ],
    list: (ctx, q, after) =>
      listCertifications(ctx, {
        first: PAGE,
        after,
        filter: {
          status: text(q, 'status') as never,
          kind: text(q, 'kind') as never,
          accountId: account(q),
          reviewerId: flag(q, 'mine') ? (ctx.viewer?.id ?? null) : null,
          overdue: flag(q, 'overdue'),
          expiringWithinDays: q.expiringWithinDays
            ? Math.min(366, Math.max(1, Number(q.expiringWithinDays) || 30))
            : null,
        },
      }) as never,
  },
  // An enterprise account's address book (seed 003), in the columns of its CSV import, so an export
  // re-imports unchanged: the members the viewer may see (system administrators, hierarchical
  // administrators in their scope, ADMIN), each with its visible departments as paths of names.
  members: {
    roles: ['PUBLISHER'],
    header: [...CSV_COLUMNS],
    row: (m) => [
      m.memberId,
      m.name,
      mobileForCsv(m.mobile as string | null),
      m.email,
      m.wechatId,
      m.position,
      m.departmentsCell,
    ],
    list: async (ctx, q, after) => {
      const accountId = account(q);
      if (!accountId) throw badInput('accountId', 'REQUIRED', 'Give the enterprise account whose members to export.');
      const page = await listMembers(ctx, {
        accountId,
        first: PAGE,
        after,
        departmentId: q.departmentId ? localIdOf('Department', q.departmentId, 'departmentId') : null,
        directOnly: flag(q, 'directOnly'),
        search: text(q, 'search'),
      });
      const departmentsCell = await departmentsCellFor(ctx, accountId);
      return {
        ...page,
        edges: page.edges.map((edge) => ({
          cursor: '',
          node: { ...edge.node, departmentsCell: departmentsCell(edge.node) },
        })),
      } as never;
    },
  },
  audit: {
    roles: ['MODERATOR'],
    header: ['id', 'at', 'actorId', 'action', 'targetType', 'targetId', 'reason', 'requestId', 'before', 'after'],
    row: (e) => [
      toGlobalId('AuditEntry', String(e.id)),
      e.at,
      e.actorId ? toGlobalId('User', String(e.actorId)) : '',
      e.action,
      e.targetType,
      e.targetId,
      e.reason,
      e.requestId,
      e.before,
      e.after,
    ],
    list: (ctx, q, after) =>
      listAuditEntries(ctx, {
        first: PAGE,
        after,
        filter: {
          action: text(q, 'action'),
          targetType: text(q, 'targetType'),
          targetId: text(q, 'targetId'),
          actorId: q.actorId ? localIdOf('User', q.actorId, 'actorId') : null,
          from: date(q, 'from'),
          to: date(q, 'to'),
        },
      }) as never,
  },
};

/**
 * GET /exports/<list>.csv?<filters> streams a whole list as CSV (UTF-8 with BOM), page by page,
 * with the viewer's own visibility. GET /exports/accounts/<id>.json is a publisher's backup of
 * everything about one account it operates (seed 004 §7.2).
 */
export function exportsRouter(
  config: Config,
  database: DatabaseHandle,
  viewerOf: (req: Request) => Promise<Viewer | null>,
): Router {
  const router = Router();
  // An export reads a list page by page and writes nothing: from the read replica when there is
  // one and it has the viewer's own last write (db/read-replica.ts), decided once per export.
  const contextFor = (viewer: Viewer, db: Db): Context =>
    createContext({
      requestId: randomUUID(),
      viewer,
      db,
      clock: systemClock,
      config,
      cookies: { set() {}, clear() {} },
    });

  router.get('/:list.csv', async (req, res) => {
    const viewer = await viewerOf(req);
    if (!viewer) return sendRefusal(res, 401, 'UNAUTHENTICATED', 'NOT_SIGNED_IN', 'Sign in to export.');
    const name = req.params.list ?? '';
    // Own names only: `__proto__`, `constructor` and `toString` are not lists.
    const spec = Object.hasOwn(LISTS, name) ? LISTS[name] : undefined;
    if (!spec)
      return sendRefusal(res, 404, 'NOT_FOUND', 'UNKNOWN_LIST', `There is no list called “${req.params.list}”.`);
    if (!hasRole(viewer, ...spec.roles))
      return sendRefusal(res, 403, 'FORBIDDEN', 'ROLE', 'Your role may not export this list.');
    const { db } = await database.readPools(viewer);
    const ctx = contextFor(viewer, db);
    let page: Connection<Record<string, unknown>>;
    let query: Query = {};
    try {
      query = singleValues(req.query as Record<string, unknown>);
      checkQuery(query);
      page = await spec.list(ctx, query, null);
    } catch (error) {
      // A refusal from the filters or the list itself: its code, reason and details as the API gives them.
      const extensions = (error as { extensions?: Record<string, unknown> }).extensions;
      if (typeof extensions?.code === 'string') {
        const { http: _http, code, reason, ...details } = extensions;
        res.status(400).json({
          errors: [
            {
              message: (error as Error).message,
              extensions: { code, reason: reason ?? UNSPECIFIED_REASON, ...details },
            },
          ],
        });
        return;
      }
      throw error;
    }
    const stamp = new Date().toISOString().slice(0, 10);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${req.params.list}-${stamp}.csv"`);
    res.setHeader('Cache-Control', 'private, no-store');
    // No total up front: counting a list of 200,000 rows before sending its first byte cost as much
    // as a page of it, for a header nobody read. Rows go out as they are read, one keyset page at a
    // time (a fresh context per page, so the loaders' caches never hold more than a page).
    // Test hook: which server the export read from (as `extensions.databaseRole` for GraphQL).
    if (config.testHooks) res.setHeader('X-OAP-Database-Role', await database.databaseRole(requestScope.getStore()));
    try {
      await send(res, UTF8_BOM + csvLine(spec.header));
      for (;;) {
        await send(res, page.edges.map((edge) => csvLine(spec.row(edge.node))).join(''));
        if (!page.pageInfo.hasNextPage || res.destroyed) break;
        page = await spec.list(contextFor(viewer, db), query, page.pageInfo.endCursor);
      }
    } catch (error) {
      log.error('export failed mid-stream', { list: req.params.list, message: (error as Error).message });
      res.destroy(error as Error);
      return;
    }
    res.end();
  });

  router.get('/accounts/:id.json', async (req, res) => {
    const viewer = await viewerOf(req);
    if (!viewer) return sendRefusal(res, 401, 'UNAUTHENTICATED', 'NOT_SIGNED_IN', 'Sign in to export.');
    const { db } = await database.readPools(viewer);
    const ctx = contextFor(viewer, db);
    let accountId: string;
    try {
      accountId = localIdOf('Account', req.params.id ?? '', 'id');
    } catch {
      return sendRefusal(res, 400, 'BAD_USER_INPUT', 'INVALID_ID', 'That is not an account id.', { field: 'id' });
    }
    const found = await findAccount(ctx, accountId);
    const operators = found ? await ctx.loaders.operatorIdsByAccountId.load(found.id) : [];
    if (!found || !(viewer.roles.includes('ADMIN') || operators.includes(viewer.id))) {
      return sendRefusal(res, 404, 'NOT_FOUND', 'UNKNOWN_ID', 'No account with that id that you operate.');
    }
    const [subject, record] = await Promise.all([
      ctx.loaders.subjectById.load(found.subjectId),
      ctx.loaders.recordByAccountId.load(found.id),
    ]);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="account-${found.originalId}.json"`);
    if (config.testHooks) res.setHeader('X-OAP-Database-Role', await database.databaseRole(requestScope.getStore()));
    res.setHeader('Cache-Control', 'private, no-store');
    // Written as it is read, a page of each table at a time: an account with a million articles is
    // never one object in memory. The text is what JSON.stringify(backup, null, 2) would give.
    const json = new JsonWriter((chunk) => send(res, chunk));
    try {
      await json.open();
      await json.value('exportedAt', new Date().toISOString());
      await json.value('format', 'oap-account-export/1');
      await json.value('account', { ...found, id: toGlobalId('Account', found.id), subjectId: undefined });
      await json.value(
        'subject',
        subject && { name: subject.name, kind: subject.kind, idNumber: maskIdNumber(subject.idNumber) },
      );
      await json.value('recordRegistration', record);
      await json.array('articles', backupArticles(db, found.id));
      await json.array(
        'violations',
        mapPages(
          ownRows(db, violations, violations.accountId, violations.reportedAt, violations.id, found.id),
          ({
            dedupeKey: _key,
            reportedById: _reporter,
            claimedById: _claimer,
            decidedById: _decider,
            ...violation
          }) => ({
            ...violation,
            id: toGlobalId('Violation', violation.id),
          }),
        ),
      );
      await json.array(
        'penalties',
        mapPages(
          ownRows(db, penalties, penalties.accountId, penalties.startsAt, penalties.id, found.id),
          ({ liftedById: _by, ...penalty }) => ({ ...penalty, id: toGlobalId('Penalty', penalty.id) }),
        ),
      );
      await json.array(
        'appeals',
        mapPages(
          ownRows(db, appeals, appeals.accountId, appeals.filedAt, appeals.id, found.id),
          ({ filedById: _filed, decidedById: _decided, ...appeal }) => ({
            ...appeal,
            id: toGlobalId('Appeal', appeal.id),
          }),
        ),
      );
      await json.array(
        'certifications',
        mapPages(
          ownRows(db, certifications, certifications.accountId, certifications.startedAt, certifications.id, found.id),
          ({ reviewerId: _reviewer, startedById: _starter, ...certification }) => ({
            ...certification,
            id: toGlobalId('Certification', certification.id),
          }),
        ),
      );
      await json.close();
    } catch (error) {
      // Headers are sent: cut the download, so a partial file is never taken for a whole one.
      log.error('account backup failed mid-stream', { account: found.id, message: (error as Error).message });
      res.destroy(error as Error);
      return;
    }
    res.end();
  });

  return router;
}

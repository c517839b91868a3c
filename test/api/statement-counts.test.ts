/**
 * No N+1, for every operation the admin sends and every saved playground example: each query runs
 * over HTTP with its page sizes at 5 and at 50, and must run the same number of SQL statements
 * both times (`extensions.sqlStatements`, reported by the server under OAP_TEST_HOOKS).
 *
 * The operations are discovered, not copied: the admin's documents are imported from
 * admin/src/graphql/documents.ts and dashboard.ts (the codegen'd DocumentNodes, with the fragments
 * they spread — what the admin really sends), cross-checked against the files' text so stale
 * codegen cannot hide an operation; the playground's examples come from
 * admin/src/playground/examples.ts. A query without a case below, a case whose query is gone, a
 * required variable without a value, or a mutation missing from MUTATIONS_NOT_RUN fails.
 *
 * Page sizes: every Int variable named `first` or passed to a `first:` argument, and every
 * literal `first:` in the text (substituted in the document), is set to 5 and then 50; the page
 * at 50 must hold more list items than the page at 5 (the setup adds rows where the demo data has
 * too few), or the comparison would prove nothing. A query without any page size (one account,
 * the rules, the dashboard's figures) runs twice the same: it is checked for errors and for the
 * counter, and its count must not change, but nothing grows — an N+1 over an unpaged nested list
 * (an account's penalties, a violation's notes) is out of this test's reach.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  type DefinitionNode,
  type DocumentNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  type TypeNode,
  visit,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as dashboardDocuments from '../../admin/src/graphql/dashboard';
import * as adminDocuments from '../../admin/src/graphql/documents';
import { EXAMPLES } from '../../admin/src/playground/examples';
import { type Caller, type GraphQLResponse, gql, signIn } from '../support/graphql';
import {
  createTestDatabase,
  driverName,
  repoRoot,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from '../support/server';

/* ------------------------------------------------------------------------------------------------
 * Discovery
 * --------------------------------------------------------------------------------------------- */

type OperationKind = OperationDefinitionNode['operation'];

interface Operation {
  /** The file of the admin it comes from. */
  origin: string;
  name: string;
  kind: OperationKind;
  /** The operation with every fragment it needs. */
  document: DocumentNode;
}

function isDocument(value: unknown): value is DocumentNode {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === Kind.DOCUMENT;
}

function operationsOf(document: DocumentNode): OperationDefinitionNode[] {
  return document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
}

function nameOf(operation: OperationDefinitionNode, origin: string): string {
  if (!operation.name) throw new Error(`${origin} has an anonymous operation: name it`);
  return operation.name.value;
}

/** The files of the admin that hold `graphql(`…`)` documents, with what each exports. */
const ADMIN_FILES: ReadonlyArray<{ file: string; exports: Record<string, unknown> }> = [
  { file: 'admin/src/graphql/documents.ts', exports: adminDocuments },
  { file: 'admin/src/graphql/dashboard.ts', exports: dashboardDocuments },
];

const GRAPHQL_CALL = /graphql\(\s*`([^`]*)`\s*\)/g;

/** The documents of a file as written (parsed from its text), to check the imported ones are current. */
function documentsInText(file: string): DocumentNode[] {
  const text = fs.readFileSync(path.join(repoRoot, file), 'utf8');
  return [...text.matchAll(GRAPHQL_CALL)].map((match) => parse(match[1] ?? ''));
}

/** Every .ts and .vue file under admin/src (not the generated code) that calls `graphql(`. */
function filesCallingGraphql(): string[] {
  const root = path.join(repoRoot, 'admin', 'src');
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (full !== path.join(root, 'graphql', 'generated')) walk(full);
      } else if (
        // Unit tests may hold a document as text (the build's document test), never send one.
        /\.(ts|vue)$/.test(entry.name) &&
        !entry.name.endsWith('.test.ts') &&
        /graphql\(\s*`/.test(fs.readFileSync(full, 'utf8'))
      ) {
        found.push(path.relative(repoRoot, full).split(path.sep).join('/'));
      }
    }
  };
  walk(root);
  return found.sort();
}

const adminOperations: Operation[] = ADMIN_FILES.flatMap(({ file, exports }) =>
  Object.values(exports)
    .filter(isDocument)
    .flatMap((document) =>
      operationsOf(document).map((operation) => ({
        origin: file,
        name: nameOf(operation, file),
        kind: operation.operation,
        document,
      })),
    ),
);

const playgroundOperations: Operation[] = EXAMPLES.map((example) => {
  const document = parse(example.query);
  const [operation, ...more] = operationsOf(document);
  if (!operation || more.length > 0) throw new Error(`playground example ${example.id} must hold one operation`);
  return {
    origin: 'admin/src/playground/examples.ts',
    name: nameOf(operation, `playground example ${example.id}`),
    kind: operation.operation,
    document,
  };
});

/* ------------------------------------------------------------------------------------------------
 * The cases: who runs each query, with which variables (ids of seeded rows, looked up first)
 * --------------------------------------------------------------------------------------------- */

type Role = 'admin' | 'moderator' | 'reviewer' | 'analyst' | 'publisher';

/** Real rows of the seeded database (plus the rows the setup below adds), found through the API. */
interface Ids {
  /** The account with the most violations and articles (more than 5 of each after the setup). */
  account: string;
  /** A certification with a reviewer and a payment, and its account. */
  certification: string;
  certifiedAccount: string;
  certifiedAccountName: string;
  /** An original article with more than 5 reprints (after the setup). */
  article: string;
  /** A pending violation with notes by two users (after the setup). */
  violation: string;
  /** A penalty with an appeal. */
  penalty: string;
  ruleKey: string;
  /** A publisher's account with more than 5 incoming reprint requests (after the setup). */
  reprintSourceAccount: string;
  /** The publisher: a user operating several accounts. */
  user: string;
  /** The demo's certified enterprise account (星河科技企业号, operated by the publisher): ~30 members, follows, events. */
  enterpriseAccount: string;
}

interface QueryCase {
  role: Role;
  /** Every variable but the page sizes (which the test sets); optional filters are left out. */
  variables?: (ids: Ids) => Record<string, unknown>;
  /**
   * Why the page at 50 cannot hold more rows than the page at 5 here (the data is too small):
   * the test then checks the two pages hold the same rows, so this note cannot go stale. With the
   * rows the setup adds, no case needs it today.
   */
  small?: string;
}

/**
 * The admin's subscriptions run over the WebSocket, not HTTP (no statement counter there). Each
 * names the query whose case measures what every one of its events resolves.
 */
const SUBSCRIPTIONS: Record<string, string> = {
  // Each event resolves one violation with the ViolationRow fragment: the Violation query's selection.
  ModerationQueueChanged: 'Violation',
};

/** Every query in admin/src/graphql (documents.ts, dashboard.ts), as ADMIN (who may do anything) unless noted. */
const ADMIN_QUERIES: Record<string, QueryCase> = {
  Viewer: { role: 'admin' },
  AuditLog: { role: 'admin' }, // empty when seeded: the setup writes 34 entries by 3 users
  AuditCatalog: { role: 'admin' }, // the registry and the staff: one statement
  Rules: { role: 'admin' },
  Accounts: { role: 'admin' },
  AccountOptions: { role: 'admin' },
  AccountName: { role: 'admin', variables: (ids) => ({ id: ids.account }) },
  Account: { role: 'admin', variables: (ids) => ({ id: ids.account }) }, // $articles, $violations: page sizes
  QuotaRequests: { role: 'admin' },
  Articles: { role: 'admin' },
  Article: { role: 'admin', variables: (ids) => ({ id: ids.article }) }, // reprints(first: 10) in ArticleFields
  // Search (issue 15): every gh_ id starts with gh_ (a prefix of all accounts); many demo bodies say 我们.
  SearchAccounts: { role: 'admin', variables: () => ({ query: 'gh_' }) },
  SearchArticles: { role: 'admin', variables: () => ({ query: '我们' }) },
  // The moderator's default queue: the claim filter (and claimExpiresAt's rule, read once a request);
  // twins told apart (issue 15): each row's account badge and subject, and its prior strikes (the
  // account's ladder violations, one statement for the page's accounts).
  Violations: { role: 'admin', variables: () => ({ filter: { claim: 'UNCLAIMED_OR_MINE' } }) },
  Violation: { role: 'admin', variables: (ids) => ({ id: ids.violation }) },
  PenaltyPreview: { role: 'admin', variables: (ids) => ({ violationId: ids.violation }) },
  // Each violation's counted ones and the ladder rule's version (all types read at once): the
  // statements do not depend on which types or accounts a page holds.
  AccountViolations: { role: 'admin' },
  Appeals: { role: 'admin' }, // 4 seeded: the setup files 4 more
  // Only the viewer's own notifications: the publisher operates accounts and gets them (the
  // admin none); one is seeded, the setup adds 6 by blocking (and unblocking) its articles.
  Notifications: { role: 'publisher' },
  Certifications: { role: 'admin' },
  Certification: { role: 'admin', variables: (ids) => ({ id: ids.certification }) },
  CertificationCandidates: { role: 'admin' },
  CertificationCandidateExclusions: {
    role: 'admin',
    small: 'the demo data has 3 individuals’ accounts barred by a confirmed violation: fewer than 5',
  },
  CheckCertificationNickname: {
    role: 'admin',
    variables: (ids) => ({ name: ids.certifiedAccountName, accountId: ids.certifiedAccount }),
  },
  CertifyAccount: { role: 'admin', variables: (ids) => ({ id: ids.certifiedAccount }) },
  RuleHistory: { role: 'admin', variables: (ids) => ({ key: ids.ruleKey }) },
  // The rule editor: the registry (no statement) and a preview of each countable kind.
  RuleDefinitions: { role: 'analyst' },
  PreviewRuleChange: {
    role: 'admin',
    variables: () => ({ key: 'penalty.ladder.LIKE_FARMING', value: [14, 30, null] }),
  },
  WorkingCalendarYears: { role: 'admin' },
  WorkingCalendarYear: { role: 'admin', variables: () => ({ year: 2026 }) },
  // The source's operator reads its incoming requests: 6 made by the setup, 2 of them decided.
  ReprintRequests: {
    role: 'publisher',
    variables: (ids) => ({ accountId: ids.reprintSourceAccount, direction: 'INCOMING' }),
  },
  // People (issue 13): the 6 demo users; the publisher's page; one's own sessions (no page size);
  // a password link's preview (public, no page size: an unknown token answers null).
  Users: { role: 'admin' },
  User: { role: 'admin', variables: (ids) => ({ id: ids.user }) },
  Sessions: { role: 'admin' },
  PasswordLink: { role: 'admin', variables: () => ({ token: 'no-such-link' }) },
  // The dashboard's values (DashboardPage.vue: APPEALS_WITHIN_DAYS, EXPIRING_WITHIN_DAYS, the default granularities).
  // Enterprise accounts (seed 003), on the demo's 星河科技企业号 as its system administrator (the
  // publisher operates it); the outbox is ADMIN's. The viewer's own directory accounts, the
  // account's heading, its departments and directory scopes have no page size.
  MyDirectoryAccounts: { role: 'publisher' },
  EnterpriseAccount: { role: 'publisher', variables: (ids) => ({ id: ids.enterpriseAccount }) },
  Departments: { role: 'publisher', variables: (ids) => ({ accountId: ids.enterpriseAccount }) },
  Members: { role: 'publisher', variables: (ids) => ({ accountId: ids.enterpriseAccount }) },
  Follows: { role: 'publisher', variables: (ids) => ({ accountId: ids.enterpriseAccount }) },
  FollowEvents: { role: 'publisher', variables: (ids) => ({ accountId: ids.enterpriseAccount }) },
  DirectoryScopes: { role: 'publisher', variables: (ids) => ({ accountId: ids.enterpriseAccount }) },
  Deliveries: { role: 'admin', small: 'the demo outbox holds 2 messages: fewer than 5' },
  // Moderation tools (issue 15): one type's canned reasons (no page size), an account's moderator
  // notes (batched per account), what the drawer needs to undo or overturn a decision.
  CannedReasons: { role: 'moderator', variables: () => ({ type: 'LIKE_FARMING' }) },
  AccountNotes: { role: 'admin', variables: (ids) => ({ id: ids.account }) },
  ViolationReversal: { role: 'moderator', variables: (ids) => ({ id: ids.violation }) },
  DashboardCounts: { role: 'admin', variables: () => ({ appealsWithinDays: 2, expiringWithinDays: 30 }) },
  DashboardCharts: {
    role: 'admin',
    variables: () => ({ scope: {}, violationGranularity: 'MONTH', correctionGranularity: 'DAY' }),
  },
};

/** Every saved playground example, as an analyst (who uses the playground). */
const PLAYGROUND_QUERIES: Record<string, QueryCase> = {
  DashboardFigures: { role: 'analyst' },
  AccountHistory: { role: 'analyst', variables: (ids) => ({ id: ids.account }) },
  RecentOriginalsReprints: { role: 'analyst' },
  RulesInForce: { role: 'analyst' },
  LikeFarmingLadder: { role: 'analyst' },
};

/**
 * The admin's mutations, intentionally not run here: they change data and have no page size.
 * A mutation added to the admin must be added here (or get a case of its own). The setup does
 * call reportViolation, addViolationNote, reprintArticle, fileAppeal, blockArticle and
 * unblockArticle, with small selections of its own, to make rows; it measures none of them.
 */
const MUTATIONS_NOT_RUN = [
  'Login',
  'Logout',
  'RecordAccountRegistration',
  'PassQuotaPreliminary',
  'RecordQuotaAuthorityApproval',
  'RejectQuotaRequest',
  'PublishArticle',
  'CorrectArticle',
  'ReprintArticle',
  'RequestReprint',
  'DecideReprintRequest',
  'BlockArticle',
  'UnblockArticle',
  'ClaimViolation',
  'AddViolationNote',
  'ConfirmViolation',
  'DismissViolation',
  'DismissViolations',
  'ReportViolation',
  'LiftPenalty',
  'OverturnViolation',
  'FileAppeal',
  'DecideAppeal',
  'MarkNotificationsRead',
  'InviteToCertification',
  'RevokeCertificationInvitation',
  'StartCertification',
  'RenewCertification',
  'AcceptCertificationTerms',
  'SubmitCertificationInformation',
  'SubmitCertificationInvoice',
  'PayCertificationFee',
  'SupplementCertificationMaterial',
  'RecordCertificationReviewCall',
  'DecideCertification',
  'SetRule',
  'WithdrawRuleValue',
  'SetWorkingCalendarYear',
  'CreateUser',
  'InviteUser',
  'SetUserRoles',
  'DeactivateUser',
  'ReactivateUser',
  'ResetUserPassword',
  'AddAccountOperator',
  'RemoveAccountOperator',
  'ChangePassword',
  'SignOutEverywhere',
  'EndSession',
  'SetPasswordWithLink',
  'CreateDepartment',
  'UpdateDepartment',
  'DeleteDepartment',
  'AddMember',
  'UpdateMember',
  'RemoveMember',
  'ImportMembers',
  'ApproveFollow',
  'SetEnterpriseSettings',
  'GrantDirectoryScope',
  'RevokeDirectoryScope',
  'CreateCannedReason',
  'UpdateCannedReason',
  'DeleteCannedReason',
  'AddAccountNote',
  'UndoDismissal',
];

/* ------------------------------------------------------------------------------------------------
 * Page sizes and variables
 * --------------------------------------------------------------------------------------------- */

const PAGE_SIZES = [5, 50] as const;

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/** The Int variables that are page sizes: named `first`, or passed to a `first:` argument. */
function pageSizeVariables(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const passedAsFirst = new Set<string>();
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) passedAsFirst.add(node.value.name.value);
    },
  });
  return (operation.variableDefinitions ?? [])
    .filter((definition) => namedType(definition.type) === 'Int')
    .map((definition) => definition.variable.name.value)
    .filter((name) => name === 'first' || passedAsFirst.has(name));
}

/** How many literal `first:` arguments the document has (each is set to the page size). */
function literalFirsts(document: DocumentNode): number {
  let found = 0;
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.INT) found += 1;
    },
  });
  return found;
}

function withLiteralFirst(document: DocumentNode, size: number): DocumentNode {
  return visit(document, {
    Argument(node) {
      if (node.name.value !== 'first' || node.value.kind !== Kind.INT) return undefined;
      return { ...node, value: { kind: Kind.INT, value: String(size) } };
    },
  });
}

/** The variables for one run: the case's, plus every page size; refuses what cannot be filled. */
function variablesFor(
  operation: Operation,
  definition: OperationDefinitionNode,
  spec: QueryCase,
  table: string,
  ids: Ids,
  size: number,
): Record<string, unknown> {
  const pageSizes = pageSizeVariables(operation.document, definition);
  const given = spec.variables?.(ids) ?? {};
  const declared = new Set((definition.variableDefinitions ?? []).map((item) => item.variable.name.value));
  for (const name of Object.keys(given)) {
    if (!declared.has(name))
      throw new Error(`${table}.${operation.name} gives $${name}, which the operation does not declare`);
    if (pageSizes.includes(name))
      throw new Error(`${table}.${operation.name} gives the page size $${name}: the test sets it`);
  }
  for (const item of definition.variableDefinitions ?? []) {
    const name = item.variable.name.value;
    const required = item.type.kind === Kind.NON_NULL_TYPE && !item.defaultValue;
    if (required && !pageSizes.includes(name) && given[name] === undefined) {
      throw new Error(
        `${operation.origin}: ${operation.name} needs the variable $${name} (${print(item.type)}), which has no known value: give it in ${table}.${operation.name}.variables`,
      );
    }
  }
  return { ...given, ...Object.fromEntries(pageSizes.map((name) => [name, size])) };
}

/** How many items each list of a response holds, by path (`account.articles.edges`), all rows summed. */
function listLengths(value: unknown, path = '', into = new Map<string, number>()): Map<string, number> {
  if (Array.isArray(value)) {
    into.set(path, (into.get(path) ?? 0) + value.length);
    for (const item of value) listLengths(item, path, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) listLengths(item, path ? `${path}.${key}` : key, into);
  }
  return into;
}

function total(lengths: Map<string, number> | undefined): number {
  return [...(lengths?.values() ?? [])].reduce((sum, length) => sum + length, 0);
}

/* ------------------------------------------------------------------------------------------------
 * The server and the data
 * --------------------------------------------------------------------------------------------- */

let database: TestDatabase;
let server: TestServer;
let url: string;
const tokens = {} as Record<Role, string>;
let ids: Ids;

interface Measured {
  table: string;
  name: string;
  role: Role;
  statements: Partial<Record<number, unknown>>;
  lists: Partial<Record<number, Map<string, number>>>;
  pageSizes: string;
}
const measured: Measured[] = [];

async function call<T>(
  role: Role,
  query: string,
  variables: Record<string, unknown> = {},
  caller: Caller = {},
): Promise<GraphQLResponse<T>> {
  return gql<T>(url, query, variables, { ...caller, token: tokens[role] });
}

/** A setup step that must succeed. */
async function must<T>(
  role: Role,
  query: string,
  variables: Record<string, unknown> = {},
  caller: Caller = {},
): Promise<T> {
  const result = await call<T>(role, query, variables, caller);
  if (result.errors || !result.data) throw new Error(`setup failed: ${query}\n${JSON.stringify(result.errors)}`);
  return result.data;
}

type Connection<T> = { totalCount: number; edges: Array<{ node: T }> };

/**
 * Finds the rows the cases need, and adds what the demo data lacks so that a page of 50 holds
 * more than a page of 5: violations and reprints on one account and article, violation notes,
 * appeals, notifications and audit entries (none are seeded). All through the API.
 */
async function prepareData(): Promise<Ids> {
  // The account with the most violations, then articles.
  const { accounts } = await must<{
    accounts: Connection<{
      id: string;
      name: string;
      operators: Array<{ email: string }>;
      articles: Connection<{ id: string }>;
      violations: { totalCount: number };
    }>;
  }>(
    'admin',
    '{ accounts(first: 100) { edges { node { id name operators { email } articles(first: 50) { totalCount edges { node { id } } } violations(first: 1) { totalCount } } } } }',
  );
  const account = [...accounts.edges]
    .map((edge) => edge.node)
    .sort(
      (a, b) => b.violations.totalCount - a.violations.totalCount || b.articles.totalCount - a.articles.totalCount,
    )[0];
  if (!account) throw new Error('setup failed: no accounts seeded');

  // More violations on it: a report per article, by a moderator or a publisher (open reports merge;
  // analysts only read).
  const REPORT = 'mutation ($input: ReportViolationInput!) { reportViolation(input: $input) { id } }';
  for (const [index, { node: article }] of account.articles.edges.entries()) {
    const reporter: Role = index % 2 === 0 ? 'moderator' : 'publisher';
    await must(reporter, REPORT, {
      input: {
        accountId: account.id,
        articleId: article.id,
        type: 'OTHER',
        source: reporter === 'moderator' ? 'MODERATOR' : 'USER_REPORT',
        evidence: `统计语句测试 ${index}`,
      },
    });
  }

  // A pending violation, with notes by two moderators' hands (a moderator and the admin).
  const { violations } = await must<{ violations: Connection<{ id: string }> }>(
    'admin',
    '{ violations(first: 1, filter: { status: PENDING }) { totalCount edges { node { id } } } }',
  );
  const violation = violations.edges[0]?.node.id;
  if (!violation) throw new Error('setup failed: no pending violation');
  for (let i = 0; i < 6; i += 1) {
    await must(
      i % 2 === 0 ? 'moderator' : 'admin',
      'mutation ($id: ID!, $text: String!) { addViolationNote(id: $id, text: $text) { id } }',
      {
        id: violation,
        text: `第 ${i + 1} 条备注`,
      },
    );
  }

  // An open original with the most reprints, reprinted into 6 more accounts by the admin.
  const { articles } = await must<{
    articles: Connection<{ id: string; reprintCount: number; blocked: boolean; account: { id: string } }>;
  }>(
    'admin',
    '{ articles(first: 100, filter: { original: true, reprintPolicy: OPEN }) { edges { node { id reprintCount blocked account { id } } } } }',
  );
  const source = articles.edges
    .map((edge) => edge.node)
    .filter((node) => !node.blocked)
    .sort((a, b) => b.reprintCount - a.reprintCount)[0];
  if (!source) throw new Error('setup failed: no open original article');
  let reprinted = 0;
  for (const { node } of accounts.edges) {
    if (reprinted === 6) break;
    if (node.id === source.account.id) continue;
    const result = await call(
      'admin',
      'mutation ($input: ReprintArticleInput!) { reprintArticle(input: $input) { id } }',
      { input: { sourceId: source.id, accountId: node.id } },
    );
    if (!result.errors) reprinted += 1; // a banned account, or one that reprinted it already: the next
  }

  // Appeals: 4 seeded; the admin files 4 more, each inside its penalty's window (the clock moved).
  const { penalties } = await must<{
    penalties: Connection<{ id: string; startsAt: string; appeal: { id: string } | null }>;
  }>('admin', '{ penalties(first: 100) { edges { node { id startsAt appeal { id } } } } }');
  const unappealed = penalties.edges.map((edge) => edge.node).filter((node) => !node.appeal);
  for (const penalty of unappealed.slice(0, 4)) {
    await must(
      'admin',
      'mutation ($penaltyId: ID!, $text: String!) { fileAppeal(penaltyId: $penaltyId, text: $text) { id } }',
      { penaltyId: penalty.id, text: '处罚有误，请复核。' },
      { now: new Date(new Date(penalty.startsAt).getTime() + 3_600_000) },
    );
  }
  const appealed = penalties.edges.find((edge) => edge.node.appeal)?.node.id;
  if (!appealed) throw new Error('setup failed: no penalty with an appeal');

  // Notifications for the publisher: a moderator blocks (and unblocks) 6 of its articles.
  const publisherArticles = accounts.edges
    .filter(({ node }) => node.operators.some((operator) => operator.email === 'publisher@example.com'))
    .flatMap(({ node }) => node.articles.edges.map((edge) => edge.node))
    .slice(0, 6);
  if (publisherArticles.length < 6) throw new Error('setup failed: the publisher has fewer than 6 articles');
  for (const node of publisherArticles) {
    const args = { id: node.id, reason: '统计语句测试' };
    await must(
      'moderator',
      'mutation ($id: ID!, $reason: String!) { blockArticle(id: $id, reason: $reason) { id } }',
      args,
    );
    await must(
      'moderator',
      'mutation ($id: ID!, $reason: String!) { unblockArticle(id: $id, reason: $reason) { id } }',
      args,
    );
  }

  // A certification with the most set (reviewer, payment, renewal, materials), and its account.
  const { certifications } = await must<{
    certifications: Connection<{
      id: string;
      reviewer: { id: string } | null;
      payment: { paidAt: string } | null;
      renewalOf: { id: string } | null;
      materials: unknown[];
      account: { id: string; name: string };
    }>;
  }>(
    'admin',
    '{ certifications(first: 100) { edges { node { id reviewer { id } payment { paidAt } renewalOf { id } materials { uploadId } account { id name } } } } }',
  );
  const richness = (node: (typeof certifications.edges)[number]['node']) =>
    Number(Boolean(node.reviewer)) +
    Number(Boolean(node.payment)) +
    Number(Boolean(node.renewalOf)) +
    node.materials.length;
  const certification = [...certifications.edges].map((edge) => edge.node).sort((a, b) => richness(b) - richness(a))[0];
  if (!certification) throw new Error('setup failed: no certification seeded');

  // Reprint requests: a CLOSED article of a publisher's account, asked for by 6 other accounts
  // (the admin acts for any); the publisher grants one and declines another.
  let closed: { id: string; accountId: string } | null = null;
  for (const { node } of accounts.edges.filter(({ node }) =>
    node.operators.some((operator) => operator.email === 'publisher@example.com'),
  )) {
    const published = await call<{ publishArticle: { id: string } }>(
      'publisher',
      'mutation ($input: PublishArticleInput!) { publishArticle(input: $input) { id } }',
      {
        input: {
          accountId: node.id,
          title: '不可转载的文章',
          summary: '统计语句测试',
          body: '统计语句测试的正文。',
          original: true,
          reprintPolicy: 'CLOSED',
        },
      },
    );
    if (published.data) {
      closed = { id: published.data.publishArticle.id, accountId: node.id };
      break;
    }
  }
  if (!closed) throw new Error('setup failed: no publisher account could publish');
  const requestIds: string[] = [];
  for (const { node } of accounts.edges) {
    if (requestIds.length === 6) break;
    if (node.id === closed.accountId) continue;
    const result = await call<{ requestReprint: { id: string } }>(
      'admin',
      'mutation ($sourceId: ID!, $accountId: ID!, $note: String) { requestReprint(sourceId: $sourceId, accountId: $accountId, note: $note) { id } }',
      { sourceId: closed.id, accountId: node.id, note: '统计语句测试' },
    );
    if (result.data) requestIds.push(result.data.requestReprint.id);
  }
  if (requestIds.length < 6) throw new Error('setup failed: fewer than 6 reprint requests');
  const DECIDE =
    'mutation ($id: ID!, $grant: Boolean!, $reason: String) { decideReprintRequest(id: $id, grant: $grant, reason: $reason) { id } }';
  await must('publisher', DECIDE, { id: requestIds[0], grant: true, reason: null });
  await must('publisher', DECIDE, { id: requestIds[1], grant: false, reason: '统计语句测试' });

  const { viewer: publisher } = await must<{ viewer: { id: string } }>('publisher', '{ viewer { id } }');

  // The demo's certified enterprise account, as its operator (the publisher) lists it.
  const { accounts: enterprises } = await must<{ accounts: Connection<{ id: string; name: string }> }>(
    'publisher',
    '{ accounts(first: 20, filter: { kind: ENTERPRISE, nameContains: "星河科技" }) { edges { node { id name } } } }',
  );
  const enterpriseAccount = enterprises.edges.find(({ node }) => node.name === '星河科技企业号')?.node.id;
  if (!enterpriseAccount) throw new Error('setup failed: the demo enterprise account 星河科技企业号 is not seeded');

  const { rules } = await must<{ rules: Array<{ key: string }> }>('admin', '{ rules { key } }');
  const ruleKey = rules[0]?.key;
  if (!ruleKey) throw new Error('setup failed: no rules seeded');

  return {
    account: account.id,
    certification: certification.id,
    certifiedAccount: certification.account.id,
    certifiedAccountName: certification.account.name,
    article: source.id,
    violation,
    penalty: appealed,
    ruleKey,
    reprintSourceAccount: closed.accountId,
    user: publisher.id,
    enterpriseAccount,
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  url = server.url;
  for (const role of ['admin', 'moderator', 'reviewer', 'analyst', 'publisher'] as const) {
    tokens[role] = await signIn(url, `${role}@example.com`);
  }
  ids = await prepareData();
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
  if (measured.length > 0) {
    const lines = measured.map((row) => {
      const [small, large] = [row.lists[5], row.lists[50]];
      const grown = [...(large?.entries() ?? [])]
        .filter(([key, length]) => small?.get(key) !== length)
        .map(([key, length]) => `${key} ${small?.get(key) ?? 0}→${length}`);
      return `${row.statements[5] === row.statements[50] ? 'same' : 'DIFF'}  ${row.table}.${row.name} (${row.role}; ${row.pageSizes}): ${String(row.statements[5])} statements at 5, ${String(row.statements[50])} at 50; rows ${grown.join(', ') || `unchanged (${total(large)} list items)`}`;
    });
    process.stdout.write(`\nSQL statements per request (${driverName}):\n${lines.join('\n')}\n`);
  }
});

/* ------------------------------------------------------------------------------------------------
 * The tests
 * --------------------------------------------------------------------------------------------- */

/** The names listed in `table` are exactly the operations found: the difference is named on failure. */
function sameNames(table: string, listed: Iterable<string>, found: Iterable<string>) {
  const inTable = new Set(listed);
  const inFiles = new Set(found);
  expect({
    [`found but not in ${table}`]: [...inFiles].filter((name) => !inTable.has(name)).sort(),
    [`in ${table} but not found`]: [...inTable].filter((name) => !inFiles.has(name)).sort(),
  }).toEqual({ [`found but not in ${table}`]: [], [`in ${table} but not found`]: [] });
}

describe('the operations are all accounted for', () => {
  it('only admin/src/graphql/documents.ts and dashboard.ts hold GraphQL documents', () => {
    expect(filesCallingGraphql()).toEqual(ADMIN_FILES.map((item) => item.file).sort());
  });

  it.each(ADMIN_FILES.map((item) => [item.file, item] as const))(
    'what %s exports is what its text says (codegen is current)',
    (file, { exports }) => {
      const imported = Object.values(exports).filter(isDocument);
      const written = documentsInText(file);
      // graphql() answers {} for a document codegen has not seen: count them.
      expect(imported).toHaveLength(written.length);
      const importedDefinitions = new Set(imported.flatMap((document) => document.definitions.map(printDefinition)));
      for (const definition of written.flatMap((document) => document.definitions)) {
        expect(importedDefinitions.has(printDefinition(definition)), printDefinition(definition)).toBe(true);
      }
    },
  );

  it('every admin query has a case, and every case a query', () => {
    expect(adminOperations.length).toBeGreaterThan(0);
    sameNames(
      'ADMIN_QUERIES',
      Object.keys(ADMIN_QUERIES),
      adminOperations.filter((operation) => operation.kind === 'query').map((operation) => operation.name),
    );
    sameNames(
      'SUBSCRIPTIONS',
      Object.keys(SUBSCRIPTIONS),
      adminOperations.filter((operation) => operation.kind === 'subscription').map((operation) => operation.name),
    );
    for (const measuredBy of Object.values(SUBSCRIPTIONS)) expect(ADMIN_QUERIES[measuredBy]).toBeDefined();
  });

  it('every admin mutation is listed as not run here', () => {
    sameNames(
      'MUTATIONS_NOT_RUN',
      MUTATIONS_NOT_RUN,
      adminOperations.filter((operation) => operation.kind === 'mutation').map((operation) => operation.name),
    );
  });

  it('every playground example is a query with a case, and every case an example', () => {
    expect(playgroundOperations.length).toBeGreaterThan(0);
    expect(playgroundOperations.filter((operation) => operation.kind !== 'query')).toEqual([]);
    sameNames(
      'PLAYGROUND_QUERIES',
      Object.keys(PLAYGROUND_QUERIES),
      playgroundOperations.map((operation) => operation.name),
    );
  });
});

function printDefinition(definition: DefinitionNode): string {
  return print({ kind: Kind.DOCUMENT, definitions: [definition] });
}

interface Row {
  table: string;
  cases: Record<string, QueryCase>;
  operation: Operation;
}

const rows: Row[] = [
  ...adminOperations
    .filter((operation) => operation.kind === 'query')
    .map((operation) => ({ table: 'ADMIN_QUERIES', cases: ADMIN_QUERIES, operation })),
  ...playgroundOperations.map((operation) => ({ table: 'PLAYGROUND_QUERIES', cases: PLAYGROUND_QUERIES, operation })),
];
const queryRows = rows.map((row) => [`${row.operation.name} (${path.basename(row.operation.origin)})`, row] as const);

describe(`the same SQL statements at page sizes 5 and 50 (${driverName})`, () => {
  it.each(queryRows)('%s', async (_label, { table, cases, operation }) => {
    const spec = cases[operation.name];
    if (!spec) {
      throw new Error(
        `${operation.origin}: the query ${operation.name} has no case in ${table}: add one (role, variables)`,
      );
    }
    const [definition] = operationsOf(operation.document);
    if (!definition) throw new Error(`${operation.name}: no operation in its document`);
    const pageSizes = [
      ...pageSizeVariables(operation.document, definition).map((name) => `$${name}`),
      ...(literalFirsts(operation.document) > 0 ? [`${literalFirsts(operation.document)} literal first:`] : []),
    ];
    const row: Measured = {
      table,
      name: operation.name,
      role: spec.role,
      statements: {},
      lists: {},
      pageSizes: pageSizes.length > 0 ? pageSizes.join(', ') : 'no page size',
    };
    measured.push(row);

    const run = (size: number) =>
      call(
        spec.role,
        print(withLiteralFirst(operation.document, size)),
        variablesFor(operation, definition, spec, table, ids, size),
      );
    await run(PAGE_SIZES[0]); // once unmeasured: nothing a first request warms up may count
    for (const size of PAGE_SIZES) {
      const result = await run(size);
      expect(result.errors, `${operation.name} at ${size}`).toBeUndefined();
      expect(result.status).toBe(200);
      expect(result.data).toBeTruthy();
      // The counter must be there: without it the comparison below would prove nothing.
      const statements = result.extensions?.sqlStatements;
      row.statements[size] = statements;
      row.lists[size] = listLengths(result.data);
      expect(typeof statements, `extensions.sqlStatements of ${operation.name} at ${size}`).toBe('number');
      expect(statements).toBeGreaterThan(0);
    }

    const [small, large] = PAGE_SIZES;
    if (pageSizes.length > 0) {
      if (spec.small) {
        expect
          .soft(total(row.lists[large]), `${operation.name}: the data grew, drop its note “${spec.small}”`)
          .toBe(total(row.lists[small]));
      } else {
        // Otherwise 5 against 50 would compare equal pages and prove nothing.
        expect
          .soft(total(row.lists[large]), `${operation.name}: the page at ${large} holds more rows than at ${small}`)
          .toBeGreaterThan(total(row.lists[small]));
      }
    }
    expect(row.statements[large], `${operation.name}: SQL statements at first ${large} (vs ${small})`).toBe(
      row.statements[small],
    );
  });
});

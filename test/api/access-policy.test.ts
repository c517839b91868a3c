/**
 * The visibility policy (api/src/access/policy.ts), tested two ways.
 *
 * 1. Structure: every field of every object type of schema/schema.graphql has an entry in the
 *    table, and the table names nothing the schema lacks (so a field added without deciding who
 *    may read it fails here, as it stops the server from starting).
 * 2. The walk: from every entry point (article, node, account, accounts, articles, violations,
 *    certifications, appeals, penalties, subjects, quotaRequests, auditLog, notifications, viewer),
 *    a query selecting every field three object levels deep runs on the seeded data as every kind
 *    of viewer (signed out, the demo publisher — its own accounts and everyone else's — analyst,
 *    moderator, reviewer, admin). Each object in each answer is checked against the table for that
 *    viewer's audiences on that row: a row the viewer may not see must not appear; a field hidden
 *    from them must come back empty; a masked one must differ from what ADMIN reads, when masking
 *    changes it.
 */

import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ASSIGNED_REVIEWER,
  baseAudiences,
  DIRECTORY_MANAGER,
  DIRECTORY_VIEWER,
  OPERATOR,
  SELF,
  type Who,
} from '../../api/src/access/audiences';
import {
  CONNECTION_FIELDS,
  EDGE_FIELDS,
  type FieldRule,
  type MaskedField,
  POLICY,
  type TypePolicy,
} from '../../api/src/access/policy';
import { inDirectoryScope, type Viewer } from '../../api/src/access/viewer';
import { codeOf, gql, signIn } from '../support/graphql';
import {
  createTestDatabase,
  driverName,
  repoRoot,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from '../support/server';

type Json = Record<string, unknown>;
type Policy = TypePolicy<never>;

const schema = buildSchema(fs.readFileSync(path.join(repoRoot, 'schema', 'schema.graphql'), 'utf8'));

/** The table's entry for a type (standard connections and edges have theirs implicitly). */
function entryOf(type: GraphQLObjectType): Policy | undefined {
  const declared = POLICY[type.name];
  if (declared) return declared;
  if (/(Connection|Edge)$/.test(type.name)) {
    const fields = type.name.endsWith('Edge') ? EDGE_FIELDS : CONNECTION_FIELDS;
    return { kind: 'value', fields: Object.fromEntries(fields.map((name) => [name, 1])) };
  }
  return undefined;
}

/** What the structural test reports: fields without an entry, entries without a field. */
function policyGaps(target: GraphQLSchema): string[] {
  const gaps: string[] = [];
  for (const type of Object.values(target.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const entry = entryOf(type);
    if (!entry) {
      gaps.push(`${type.name}: no entry`);
      continue;
    }
    for (const field of Object.keys(type.getFields())) {
      if (entry.fields[field] === undefined) gaps.push(`${type.name}.${field}: no entry`);
    }
    for (const field of Object.keys(entry.fields)) {
      if (!type.getFields()[field]) gaps.push(`${type.name}.${field}: in the table, not in the schema`);
    }
  }
  return gaps;
}

describe('the policy table covers the schema', () => {
  it('has an entry for every field of every object type, and none for fields that do not exist', () => {
    expect(policyGaps(schema)).toEqual([]);
  });

  it('notices a field added without an entry (the check itself can fail)', () => {
    const grown = buildSchema(
      `${fs.readFileSync(path.join(repoRoot, 'schema', 'schema.graphql'), 'utf8')}\nextend type Account { secretNote: String }\ntype Unlisted { x: Int }\nextend type Query { unlisted: Unlisted }`,
    );
    expect(policyGaps(grown)).toEqual(
      expect.arrayContaining(['Account.secretNote: no entry', 'Unlisted: no entry', 'Query.unlisted: no entry']),
    );
  });

  it('hides no non-null field from an audience that may see its row, unless it can refuse (FORBIDDEN)', () => {
    // A non-null field hidden from someone who sees the row answers FORBIDDEN (enforce.ts); list
    // it here so the choice stays deliberate.
    const refusing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      const entry = entryOf(type);
      if (entry?.kind !== 'row' || typeof entry.row !== 'number') continue;
      for (const field of Object.values(type.getFields())) {
        const rule = entry.fields[field.name] as FieldRule;
        const shown = typeof rule === 'number' ? rule : rule.visible | rule.masked;
        const named = getNamedType(field.type);
        const empties =
          !isNonNullType(field.type) || /Connection$/.test(named.name) || String(field.type).startsWith('[');
        if ((entry.row & ~shown) !== 0 && !empties) refusing.push(`${type.name}.${field.name}`);
      }
    }
    // Readers asking for these get FORBIDDEN (and lose the object around them): a subject's
    // identity number and counts, and what a corrected article said before.
    expect(refusing.sort()).toEqual([
      'ArticleCorrection.previousBody',
      'Subject.accountCount',
      'Subject.idNumber',
      'Subject.quota',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// The walk

const DEPTH = 3;
const PAGE = 3;

/** Every field of a type, `levels` object levels deep; connections page at PAGE. */
function selectionOf(type: GraphQLObjectType, levels: number): string {
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type))) continue;
    const named = getNamedType(field.type);
    const args = field.args.some((arg) => arg.name === 'first') ? `(first: ${PAGE})` : '';
    if (isLeafType(named)) {
      parts.push(`${field.name}${args}`);
      continue;
    }
    // The walker needs to know whose row it is: the account (and reviewer) come at every level.
    const needed = ['account', 'subject', 'reviewer'].includes(field.name);
    if (levels <= 0 && !needed) continue;
    const inner = levels <= 0 ? 'id __typename' : innerSelection(named, levels - 1);
    if (inner) parts.push(`${field.name}${args} { ${inner} }`);
  }
  return parts.join(' ');
}

function innerSelection(named: GraphQLNamedType, levels: number): string {
  if (isObjectType(named) && named.name.endsWith('Connection')) {
    const node = getNamedType(
      (getNamedType(named.getFields().edges?.type ?? named) as GraphQLObjectType).getFields().node?.type ?? named,
    );
    const extra = named.getFields().unreadCount ? ' unreadCount' : '';
    return `totalCount${extra} pageInfo { hasNextPage } edges { cursor node { ${selectionOf(node as GraphQLObjectType, levels)} } }`;
  }
  if (isObjectType(named)) return selectionOf(named, levels);
  if (isAbstractType(named)) {
    return `__typename ${schema
      .getPossibleTypes(named)
      .map((type) => `... on ${type.name} { ${selectionOf(type, levels)} }`)
      .join(' ')}`;
  }
  return '';
}

function rootQuery(field: string, args = ''): string {
  const definition = schema.getQueryType()?.getFields()[field] as GraphQLField<unknown, unknown>;
  return `{ ${field}${args} { ${innerSelection(getNamedType(definition.type), DEPTH - 1)} } }`;
}

/** node(id:) with the fields of the id's own type (one fragment: types' fields would conflict). */
function nodeQuery(id: string): string {
  const typeName = Buffer.from(id, 'base64url').toString('utf8').split(':')[0] ?? '';
  const type = schema.getType(typeName) as GraphQLObjectType;
  return `{ node(id: "${id}") { __typename ... on ${typeName} { ${selectionOf(type, DEPTH - 1)} } } }`;
}

interface WalkViewer {
  name: string;
  token?: string;
  /** As the access policy sees them (roles, and the accounts the viewer operates). */
  viewer: Viewer | null;
  ownSubjects: Set<string>;
}

const localId = (globalId: unknown) =>
  typeof globalId === 'string' ? (Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] ?? '') : '';

/**
 * The enterprise rows the walk reaches all belong to one enterprise account (the demo's certified
 * one): its local id, and the department paths of its departments and members (by global id), as
 * the directory scopes of the policy read them.
 */
const enterprise = {
  accountId: '',
  departmentPaths: new Map<string, string>(),
  memberPaths: new Map<string, string[]>(),
};
const ENTERPRISE_TYPES = new Set([
  'Department',
  'Member',
  'Follow',
  'FollowEvent',
  'EnterpriseApp',
  'DirectoryScopeGrant',
]);

/** The viewer's relation audiences for a row as the answer shows it. */
function relationsOf(type: string, row: Json, walker: WalkViewer, parent: Json | null): Who {
  const viewer = walker.viewer;
  if (!viewer) return 0;
  const accountId =
    type === 'Account'
      ? localId(row.id)
      : ENTERPRISE_TYPES.has(type)
        ? enterprise.accountId
        : localId((row.account as Json | undefined)?.id ?? (parent?.account as Json | undefined)?.id);
  let who = viewer.operated.has(accountId) ? OPERATOR : 0;
  const paths =
    type === 'Department'
      ? [enterprise.departmentPaths.get(String(row.id)) ?? '']
      : type === 'Member'
        ? (enterprise.memberPaths.get(String(row.id)) ?? [])
        : [];
  const scope = viewer.directory.get(accountId);
  if (paths.length > 0 && inDirectoryScope(scope, paths)) {
    who |= scope?.permission === 'MANAGE' ? DIRECTORY_VIEWER | DIRECTORY_MANAGER : DIRECTORY_VIEWER;
  }
  if (type === 'Subject' && walker.ownSubjects.has(localId(row.id))) who |= OPERATOR;
  if (type === 'QuotaRequest' && walker.ownSubjects.has(localId((row.subject as Json | undefined)?.id)))
    who |= OPERATOR;
  if (type === 'ArticleCorrection' && parent && viewer.operated.has(localId((parent.account as Json)?.id)))
    who |= OPERATOR;
  if (type === 'User' && localId(row.id) === viewer.id) who |= SELF;
  if (type === 'Notification') who |= SELF; // the notifications query lists one's own
  if (
    type === 'Certification' &&
    row.status === 'DISPATCHED' &&
    localId((row.reviewer as Json | undefined)?.id) === viewer.id
  ) {
    who |= ASSIGNED_REVIEWER;
  }
  return who;
}

/** The row as the table's row rules read it, rebuilt from the answer. */
function rowForRule(type: string, row: Json): Json {
  if (type === 'Article') return { blockedAt: row.blocked ? new Date(0) : null };
  if (type === 'Certification') {
    return {
      status: row.status === 'EXPIRED' ? 'APPROVED' : row.status,
      expiresAt: row.expiresAt ? new Date(String(row.expiresAt)) : null,
    };
  }
  return row;
}

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' &&
    Array.isArray((value as Json).edges) &&
    ((value as Json).edges as unknown[]).length === 0 &&
    (value as Json).totalCount === 0);

/** What ADMIN read, by object (type + id) and field, to judge masks against. */
type Reference = Map<string, Json>;
const keyOf = (type: string, row: Json, path: string) => (row.id ? `${type}:${String(row.id)}` : `${path}`);

function collect(value: unknown, path: string, into: Reference): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      collect(item, `${path}[${i}]`, into);
    });
  } else if (value && typeof value === 'object') {
    const row = value as Json;
    if (typeof row.__typename === 'string') into.set(keyOf(row.__typename, row, path), row);
    for (const [field, inner] of Object.entries(row)) collect(inner, `${path}.${field}`, into);
  }
}

/** Walks one answer; returns every breach of the table found. */
function breaches(
  value: unknown,
  walker: WalkViewer,
  reference: Reference,
  path: string,
  parent: Json | null = null,
): string[] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => breaches(item, walker, reference, `${path}[${i}]`, parent));
  if (!value || typeof value !== 'object') return [];
  const row = value as Json;
  const typeName = row.__typename;
  const found: string[] = [];
  if (typeof typeName !== 'string') {
    for (const [field, inner] of Object.entries(row))
      found.push(...breaches(inner, walker, reference, `${path}.${field}`, parent));
    return found;
  }
  const type = schema.getType(typeName) as GraphQLObjectType;
  const entry = entryOf(type) as Policy;
  const base = baseAudiences(walker.viewer);
  const who = entry.kind === 'row' ? base | relationsOf(typeName, row, walker, parent) : base;
  if (entry.kind === 'row') {
    const rule =
      entry.row === undefined
        ? 1
        : typeof entry.row === 'function'
          ? entry.row(rowForRule(typeName, row) as never, new Date())
          : entry.row;
    if ((who & rule) === 0) found.push(`${path}: a ${typeName} row reached ${walker.name}`);
  }
  const adminRow = reference.get(keyOf(typeName, row, path));
  for (const [field, inner] of Object.entries(row)) {
    if (field === '__typename') continue;
    const rule = entry.fields[field] as FieldRule | undefined;
    if (rule === undefined) {
      found.push(`${path}.${field}: no policy entry`);
      continue;
    }
    const visible = typeof rule === 'number' ? rule : rule.visible;
    const masked = typeof rule === 'number' ? 0 : rule.masked;
    if ((who & visible) === 0 && (who & masked) === 0 && !isEmpty(inner)) {
      found.push(`${path}.${field}: hidden from ${walker.name}, but came back ${JSON.stringify(inner).slice(0, 80)}`);
    }
    if ((who & visible) === 0 && (who & masked) !== 0 && typeof inner === 'string' && adminRow) {
      const clear = adminRow[field];
      const expected = typeof clear === 'string' ? (rule as MaskedField).mask(clear, adminRow as never) : clear;
      if (expected !== clear && inner === clear) found.push(`${path}.${field}: should be masked for ${walker.name}`);
    }
    const nextParent = entry.kind === 'row' ? row : parent;
    found.push(...breaches(inner, walker, reference, `${path}.${field}`, nextParent));
  }
  return found;
}

let database: TestDatabase;
let server: TestServer;
let url: string;
const walkers: WalkViewer[] = [];
const tokens: Record<string, string> = {};
let ids: Record<string, string> = {};

async function admin<T = Json>(query: string, variables: Json = {}): Promise<T> {
  const result = await gql<T>(url, query, variables, { token: tokens.admin });
  if (!result.data) throw new Error(`admin query failed: ${query}\n${JSON.stringify(result.errors)}`);
  return result.data;
}

beforeAll(async () => {
  database = await createTestDatabase();
  // The walk's documents are far bigger than the admin's: lift the query limits for this server.
  server = await startTestServer(database, {
    GRAPHQL_MAX_FIELDS: '200000',
    GRAPHQL_MAX_COST: '100000000',
    GRAPHQL_MAX_DEPTH: '60',
    GRAPHQL_MAX_ALIASES: '100',
    GRAPHQL_MAX_TOKENS: '500000',
  });
  url = server.url;
  for (const role of ['admin', 'moderator', 'reviewer', 'analyst', 'publisher', 'publisher2']) {
    tokens[role] = await signIn(url, `${role}@example.com`);
  }
  const own = await gql<{
    viewer: { id: string };
    accounts: { edges: Array<{ node: { id: string; subject: { id: string } } }> };
  }>(
    url,
    '{ viewer { id } accounts(first: 100) { edges { node { id subject { id } } } } }',
    {},
    { token: tokens.publisher },
  );
  const ownAccounts = own.data?.accounts.edges.map((edge) => edge.node) ?? [];
  expect(ownAccounts.length).toBeGreaterThan(0);
  const viewers: Record<string, { id: string; roles: string[] }> = {};
  for (const role of ['admin', 'moderator', 'reviewer', 'analyst', 'publisher', 'publisher2']) {
    const me = await gql<{ viewer: { id: string; roles: string[] } }>(
      url,
      '{ viewer { id roles } }',
      {},
      { token: tokens[role] },
    );
    viewers[role] = { id: localId(me.data?.viewer.id), roles: me.data?.viewer.roles ?? [] };
  }
  walkers.push({ name: 'signed out', viewer: null, ownSubjects: new Set() });
  for (const role of ['publisher', 'analyst', 'moderator', 'reviewer', 'admin']) {
    const operated =
      role === 'publisher'
        ? new Map(ownAccounts.map((account) => [localId(account.id), localId(account.subject.id)]))
        : new Map<string, string>();
    walkers.push({
      name: role,
      token: tokens[role],
      viewer: {
        id: viewers[role]?.id ?? '',
        email: '',
        displayName: '',
        roles: (viewers[role]?.roles ?? []) as Viewer['roles'],
        sessionId: '',
        operated,
        directory: new Map(),
      },
      ownSubjects: new Set(role === 'publisher' ? ownAccounts.map((account) => localId(account.subject.id)) : []),
    });
  }

  // The demo data has no audit entries: make one (a rule scheduled far ahead).
  await admin(
    'mutation { setRule(input: { key: "account.quota.INDIVIDUAL", value: 1, effectiveFrom: "2099-01-01T00:00:00Z" }) { key } }',
  );
  // One id of every kind, own and foreign, from what ADMIN sees.
  const ownIds = new Set(ownAccounts.map((account) => account.id));
  const data = await admin<{
    accounts: { edges: Array<{ node: { id: string; subject: { id: string } } }> };
    articles: { edges: Array<{ node: { id: string; account: { id: string } } }> };
    blocked: { edges: Array<{ node: { id: string } }> };
    violations: { edges: Array<{ node: { id: string } }> };
    penalties: { edges: Array<{ node: { id: string } }> };
    appeals: { edges: Array<{ node: { id: string } }> };
    certifications: { edges: Array<{ node: { id: string; status: string } }> };
    quotaRequests: { edges: Array<{ node: { id: string } }> };
    auditLog: { edges: Array<{ node: { id: string } }> };
  }>(`{
    accounts(first: 100) { edges { node { id subject { id } } } }
    articles(first: 100) { edges { node { id account { id } } } }
    blocked: articles(first: 1, filter: { blocked: true }) { edges { node { id } } }
    violations(first: 1, filter: { status: CONFIRMED }) { edges { node { id } } }
    penalties(first: 1) { edges { node { id } } }
    appeals(first: 1) { edges { node { id } } }
    certifications(first: 100) { edges { node { id status } } }
    quotaRequests(first: 1) { edges { node { id } } }
    auditLog(first: 1) { edges { node { id } } }
  }`);
  const foreignAccount = data.accounts.edges.find((edge) => !ownIds.has(edge.node.id))?.node;
  const ownArticle = data.articles.edges.find((edge) => ownIds.has(edge.node.account.id))?.node;
  const foreignArticle = data.articles.edges.find((edge) => !ownIds.has(edge.node.account.id))?.node;
  ids = {
    ownAccount: ownAccounts[0]?.id ?? '',
    foreignAccount: foreignAccount?.id ?? '',
    subject: foreignAccount?.subject.id ?? '',
    ownArticle: ownArticle?.id ?? '',
    foreignArticle: foreignArticle?.id ?? '',
    blockedArticle: data.blocked.edges[0]?.node.id ?? '',
    violation: data.violations.edges[0]?.node.id ?? '',
    penalty: data.penalties.edges[0]?.node.id ?? '',
    appeal: data.appeals.edges[0]?.node.id ?? '',
    certification: data.certifications.edges.find((edge) => edge.node.status === 'DISPATCHED')?.node.id ?? '',
    approvedCertification: data.certifications.edges.find((edge) => edge.node.status === 'APPROVED')?.node.id ?? '',
    quotaRequest: data.quotaRequests.edges[0]?.node.id ?? '',
    auditEntry: data.auditLog.edges[0]?.node.id ?? '',
    user: Buffer.from(`User:${viewers.moderator?.id}`).toString('base64url'),
  };
  // The enterprise account of the demo (seed 003): its tree's paths, as the directory scopes read them.
  const book = await admin<{
    accounts: { edges: Array<{ node: { id: string; name: string } }> };
  }>('{ accounts(first: 20, filter: { nameContains: "星河科技企业号" }) { edges { node { id name } } } }');
  const enterpriseId = book.accounts.edges.find((edge) => edge.node.name === '星河科技企业号')?.node.id ?? '';
  enterprise.accountId = localId(enterpriseId);
  const tree = await admin<{
    departments: Array<{ id: string; name: string; parent: { id: string } | null }>;
    members: { edges: Array<{ node: { id: string; departments: Array<{ id: string }> } }> };
    follows: { edges: Array<{ node: { id: string } }> };
  }>(
    `query ($a: ID!) { departments(accountId: $a) { id name parent { id } }
      members(accountId: $a, first: 100) { edges { node { id departments { id } } } }
      follows(accountId: $a, first: 1) { edges { node { id } } } }`,
    { a: enterpriseId },
  );
  const parents = new Map(tree.departments.map((d) => [d.id, d.parent?.id ?? null]));
  const pathOf = (id: string): string => {
    const parent = parents.get(id);
    return `${parent ? pathOf(parent) : ''}${localId(id)}/`;
  };
  for (const department of tree.departments) enterprise.departmentPaths.set(department.id, pathOf(department.id));
  for (const { node } of tree.members.edges)
    enterprise.memberPaths.set(
      node.id,
      node.departments.map((d) => pathOf(d.id)),
    );
  const marketing = tree.departments.find((d) => d.name === '市场部');
  Object.assign(ids, {
    enterpriseAccount: enterpriseId,
    department: marketing?.id ?? '',
    member: tree.members.edges[0]?.node.id ?? '',
    follow: tree.follows.edges[0]?.node.id ?? '',
  });
  // The second publisher is a hierarchical administrator of that account: VIEW over 市场部 (demo data).
  walkers.push({
    name: 'publisher2 (VIEW over 市场部)',
    token: tokens.publisher2,
    viewer: {
      id: viewers.publisher2?.id ?? '',
      email: '',
      displayName: '',
      roles: (viewers.publisher2?.roles ?? []) as Viewer['roles'],
      sessionId: '',
      operated: new Map(),
      directory: new Map([[enterprise.accountId, { permission: 'VIEW', paths: [pathOf(marketing?.id ?? '')] }]]),
    },
    ownSubjects: new Set(),
  });
  for (const [name, id] of Object.entries(ids)) expect(id, `seeded data has no ${name}`).not.toBe('');
  // The publisher gets a notification (its article blocked, then unblocked), for the inbox's walk.
  for (const mutation of ['blockArticle', 'unblockArticle']) {
    await admin(`mutation ($id: ID!) { ${mutation}(id: $id, reason: "访问策略测试") { id } }`, { id: ids.ownArticle });
  }
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

const ENTRY_POINTS: Array<[string, () => string]> = [
  ['article (own)', () => rootQuery('article', `(id: "${ids.ownArticle}")`)],
  ['article (foreign)', () => rootQuery('article', `(id: "${ids.foreignArticle}")`)],
  ['article (blocked)', () => rootQuery('article', `(id: "${ids.blockedArticle}")`)],
  ['account (own)', () => rootQuery('account', `(id: "${ids.ownAccount}")`)],
  ['account (foreign)', () => rootQuery('account', `(id: "${ids.foreignAccount}")`)],
  ...[
    'foreignAccount',
    'subject',
    'foreignArticle',
    'violation',
    'penalty',
    'appeal',
    'certification',
    'approvedCertification',
    'quotaRequest',
    'auditEntry',
    'user',
    'department',
    'member',
    'follow',
  ].map((name) => [`node (${name})`, () => nodeQuery(ids[name] ?? '')] as [string, () => string]),
  // The enterprise account's address book, follows and administrators (seed 003).
  ...['departments', 'directoryScopes', 'enterpriseApps'].map(
    (name) =>
      [`${name} (enterprise)`, () => rootQuery(name, `(accountId: "${ids.enterpriseAccount}")`)] as [
        string,
        () => string,
      ],
  ),
  ...['members', 'follows', 'followEvents'].map(
    (name) =>
      [`${name} (enterprise)`, () => rootQuery(name, `(accountId: "${ids.enterpriseAccount}", first: ${PAGE})`)] as [
        string,
        () => string,
      ],
  ),
  ['deliveries', () => rootQuery('deliveries', `(first: ${PAGE})`)],
  // Search: every account's gh_ id starts with gh_; the demo articles often say 我们.
  ['searchAccounts', () => rootQuery('searchAccounts', `(query: "gh_", first: ${PAGE})`)],
  ['searchArticles', () => rootQuery('searchArticles', `(query: "我们", first: ${PAGE})`)],
  ...[
    'accounts',
    'articles',
    'violations',
    'certifications',
    'appeals',
    'penalties',
    'subjects',
    'quotaRequests',
    'auditLog',
    'notifications',
  ].map((name) => [name, () => rootQuery(name, `(first: ${PAGE})`)] as [string, () => string]),
  ['viewer', () => rootQuery('viewer')],
];

describe('the walker itself', () => {
  it('reports a hidden field, an unmasked one and a row that must not be reached (it can fail)', () => {
    const reader = walkers[0] as WalkViewer;
    const moderator = walkers.find((walker) => walker.name === 'moderator') as WalkViewer;
    const leaked = {
      __typename: 'Article',
      id: 'QXJ0aWNsZTox',
      blocked: false,
      account: {
        __typename: 'Account',
        id: 'QWNjb3VudDox',
        operators: [{ __typename: 'User', id: 'VXNlcjox', email: 'someone@example.com' }],
        subject: { __typename: 'Subject', id: 'U3ViamVjdDox', kind: 'INDIVIDUAL', name: '张三丰' },
        penalties: [{ __typename: 'Penalty', id: 'UGVuYWx0eTox', reason: '集赞' }],
      },
    };
    const reference: Reference = new Map();
    collect({ ...leaked }, 'data', reference);
    expect(breaches(leaked, reader, reference, 'data')).toEqual([
      expect.stringContaining('data.account.operators: hidden from signed out'),
      expect.stringContaining('data.account.operators[0].email: should be masked for signed out'),
      expect.stringContaining('data.account.subject.name: should be masked for signed out'),
      expect.stringContaining('data.account.penalties: hidden from signed out'),
      expect.stringContaining('data.account.penalties[0]: a Penalty row reached signed out'),
      expect.stringContaining('data.account.penalties[0].id: hidden from signed out'),
      expect.stringContaining('data.account.penalties[0].reason: hidden from signed out'),
    ]);
    expect(breaches(leaked, moderator, reference, 'data')).toEqual([]);
  });
});

describe(`the walk: every path, three levels deep, as every viewer (${driverName})`, () => {
  it.each(ENTRY_POINTS)('%s', async (_name, build) => {
    const query = build();
    const reference: Reference = new Map();
    const asAdmin = await gql(url, query, {}, { token: tokens.admin });
    expect(asAdmin.errors, JSON.stringify(asAdmin.errors)).toBeUndefined();
    collect(asAdmin.data, 'data', reference);
    const found: string[] = [];
    let objects = reference.size;
    for (const walker of walkers) {
      const result = await gql(url, query, {}, { token: walker.token });
      const seen: Reference = new Map();
      collect(result.data, 'data', seen);
      objects += seen.size;
      // Refusals are fine (nothing leaks); anything else must not be an internal error.
      for (const error of result.errors ?? []) {
        expect(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'], `${walker.name}: ${error.message}`).toContain(
          error.extensions?.code,
        );
      }
      found.push(...breaches(result.data, walker, reference, `${walker.name}: data`));
    }
    // Something came back to walk, or it proves little.
    expect(objects).toBeGreaterThan(1);
    expect(found).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The concrete paths the review found, kept as regression tests.

describe(`regressions: the paths that leaked (${driverName})`, () => {
  it('gives a signed-out reader no penalties, evidence or decision notes under an article', async () => {
    const { penalties } = await admin<{ penalties: { edges: Array<{ node: { account: { id: string } } }> } }>(
      '{ penalties(first: 1) { edges { node { account { id } } } } }',
    );
    const accountId = penalties.edges[0]?.node.account.id;
    const { articles } = await admin<{ articles: { edges: Array<{ node: { id: string } }> } }>(
      'query ($a: ID) { articles(first: 1, filter: { accountId: $a, blocked: false }) { edges { node { id } } } }',
      { a: accountId },
    );
    const articleId = articles.edges[0]?.node.id;
    expect(articleId).toBeTruthy();
    const query =
      'query ($id: ID!) { article(id: $id) { account { penalties { violation { evidence decisionNote } } violations(first: 5) { totalCount edges { node { evidence } } } operators { email } } } }';
    const asAdmin = await admin<{ article: { account: { penalties: unknown[] } } }>(query, { id: articleId });
    expect(asAdmin.article.account.penalties.length).toBeGreaterThan(0);
    const reader = await gql<{ article: { account: Json } }>(url, query, { id: articleId });
    expect(reader.errors).toBeUndefined();
    expect(reader.data?.article.account).toEqual({
      penalties: [],
      violations: { totalCount: 0, edges: [] },
      operators: [],
    });
  });

  it('hides internal notes, claims and who decided from the account’s own operator', async () => {
    // A violation on the publisher's own account, worked by a moderator: claimed, noted, confirmed.
    const account = ids.ownAccount;
    const asModerator = async <T = Json>(query: string, variables: Json) => {
      const result = await gql<T>(url, query, variables, { token: tokens.moderator });
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data;
    };
    const { reportViolation } = await asModerator<{ reportViolation: { id: string } }>(
      'mutation ($input: ReportViolationInput!) { reportViolation(input: $input) { id } }',
      { input: { accountId: account, type: 'OTHER', source: 'MODERATOR', evidence: '内部巡查发现' } },
    );
    await asModerator('mutation ($id: ID!) { claimViolation(id: $id) { id } }', { id: reportViolation.id });
    await asModerator('mutation ($id: ID!) { addViolationNote(id: $id, text: "先核实截图，主管说从严") { id } }', {
      id: reportViolation.id,
    });
    await asModerator('mutation ($id: ID!) { confirmViolation(id: $id, note: "核实属实") { id } }', {
      id: reportViolation.id,
    });
    const query = `query ($id: ID!) { account(id: $id) { violations(first: 20) { edges { node {
      status decisionNote notes { text author { email } } claimedBy { email } decidedBy { email } } } } } }`;
    const own = await gql<{ account: { violations: { edges: Array<{ node: Json }> } } }>(
      url,
      query,
      { id: account },
      { token: tokens.publisher },
    );
    const violations = own.data?.account.violations.edges.map((edge) => edge.node) ?? [];
    expect(violations.length).toBeGreaterThan(0);
    for (const violation of violations) {
      expect(violation).toMatchObject({ decisionNote: null, notes: [], claimedBy: null, decidedBy: null });
    }
    const staff = await gql<{ account: { violations: { edges: Array<{ node: Json }> } } }>(
      url,
      query,
      { id: account },
      { token: tokens.moderator },
    );
    expect(staff.data?.account.violations.edges.some((edge) => edge.node.decidedBy !== null)).toBe(true);
  });

  it('answers a merged duplicate report with the reporter’s own evidence, not the first report’s', async () => {
    const { articles } = await admin<{ articles: { edges: Array<{ node: { id: string; account: { id: string } } }> } }>(
      '{ articles(first: 100, filter: { blocked: false }) { edges { node { id account { id } } } } }',
    );
    const target = articles.edges.find(
      (edge) => !walkers[1]?.viewer?.operated.has(localId(edge.node.account.id)),
    )?.node;
    const report = (token: string, source: string, evidence: string) =>
      gql<{ reportViolation: { evidence: string; type: string } }>(
        url,
        'mutation ($input: ReportViolationInput!) { reportViolation(input: $input) { evidence type } }',
        { input: { accountId: target?.account.id, articleId: target?.id, type: 'INDUCED_SHARING', source, evidence } },
        { token },
      );
    const first = await report(tokens.moderator as string, 'MODERATOR', '举报人电话 13812345678，转发截图见附件');
    expect(first.errors).toBeUndefined();
    const second = await report(tokens.publisher as string, 'USER_REPORT', '诱导分享');
    expect(second.errors).toBeUndefined();
    expect(second.data?.reportViolation).toEqual({ evidence: '诱导分享', type: 'INDUCED_SHARING' });
    expect(JSON.stringify(second.data)).not.toContain('13812345678');
  });

  it('refuses ANALYST every mutation but its own session, password and inbox, and every REST write', async () => {
    const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
    expect(mutations.length).toBeGreaterThan(30);
    // A literal of the right type for every required argument: the refusal comes before the
    // service looks at it.
    const literalOf = (type: GraphQLInputType): string => {
      const inner = isNonNullType(type) ? type.ofType : type;
      if (isListType(inner)) return `[${literalOf(inner.ofType)}]`;
      if (isEnumType(inner)) return inner.getValues()[0]?.name ?? '';
      if (isInputObjectType(inner)) {
        const fields = Object.values(inner.getFields()).filter((field) => isNonNullType(field.type));
        return `{ ${fields.map((field) => `${field.name}: ${literalOf(field.type)}`).join(', ')} }`;
      }
      const literals: Record<string, string> = {
        Int: '1',
        Boolean: 'true',
        JSON: '1',
        DateTime: '"2030-01-01T00:00:00Z"',
      };
      return literals[inner.name] ?? '"x"';
    };
    const refused: string[] = [];
    const allowed: string[] = [];
    // login and logout are left out: signing the analyst out would end the test's session.
    for (const mutation of mutations.filter((field) => field.name !== 'login' && field.name !== 'logout')) {
      const args = mutation.args.filter((arg) => isNonNullType(arg.type));
      const call = `${mutation.name}${args.length ? `(${args.map((arg) => `${arg.name}: ${literalOf(arg.type)}`).join(', ')})` : ''}`;
      const named = getNamedType(mutation.type);
      const selection = isLeafType(named) ? '' : ' { __typename }';
      const result = await gql(url, `mutation { ${call}${selection} }`, {}, { token: tokens.analyst });
      const code = codeOf(result);
      if (code === 'FORBIDDEN') refused.push(mutation.name);
      else allowed.push(`${mutation.name}: ${String(code)}`);
    }
    // Past the role check, each of these refuses the placeholder input itself (or, signing out
    // everywhere else, ends no other session: the test's own stays).
    expect(allowed.sort()).toEqual([
      'changePassword: BAD_USER_INPUT',
      'endSession: BAD_USER_INPUT',
      'markNotificationsRead: undefined',
      'setPasswordWithLink: BAD_USER_INPUT',
      'signOutEverywhere: undefined',
    ]);
    expect(refused).toContain('reportViolation');

    const form = new FormData();
    form.append('file', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }), 'id.png');
    const upload = await fetch(`${url}/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.analyst}` },
      body: form,
    });
    expect(upload.status).toBe(403);
  });

  it('serves identity documents to the applicant and reviewers, never to analysts or moderators', async () => {
    // A 1×1 PNG uploaded by the publisher, as an applicant does.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
      'base64',
    );
    const form = new FormData();
    form.append('file', new Blob([png], { type: 'image/png' }), 'id-card.png');
    const uploaded = await fetch(`${url}/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.publisher}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const { id } = (await uploaded.json()) as { id: string };
    const material = { url: `/uploads/${id}` };
    const status = async (role: string) =>
      (await fetch(`${url}${material?.url}`, { headers: { authorization: `Bearer ${tokens[role]}` } })).status;
    expect(await status('analyst')).toBe(403);
    expect(await status('moderator')).toBe(403);
    expect(await status('reviewer')).toBe(200);
    expect(await status('admin')).toBe(200);
    expect(await status('publisher')).toBe(200);
    // Through GraphQL too: analysts and moderators see no materials.
    const asAnalyst = await gql<{ certifications: { edges: Array<{ node: { materials: unknown[] } }> } }>(
      url,
      '{ certifications(first: 100) { edges { node { materials { url } } } } }',
      {},
      { token: tokens.analyst },
    );
    expect(asAnalyst.data?.certifications.edges.every((edge) => edge.node.materials.length === 0)).toBe(true);
  });

  it('shows the applicant’s phone in clear to the assigned reviewer while the call is pending (audited), masked to the rest', async () => {
    const query = 'query ($id: ID!) { certification(id: $id) { status contactPhone contactName reviewer { email } } }';
    const as = async (role: string) =>
      (await gql<{ certification: Json }>(url, query, { id: ids.certification }, { token: tokens[role] })).data
        ?.certification;
    const clear = (await as('admin')) as Json;
    expect(clear).toMatchObject({ status: 'DISPATCHED', reviewer: { email: 'reviewer@example.com' } });
    expect(clear.contactPhone).toMatch(/^1\d{10}$/);
    const auditsBefore = await admin<{ auditLog: { totalCount: number } }>(
      '{ auditLog(filter: { action: "personal-data.reveal" }) { totalCount } }',
    );
    expect((await as('reviewer'))?.contactPhone).toBe(clear.contactPhone);
    const auditsAfter = await admin<{ auditLog: { totalCount: number; edges: Array<{ node: Json }> } }>(
      '{ auditLog(first: 1, filter: { action: "personal-data.reveal" }) { totalCount edges { node { targetType actor { email } } } } }',
    );
    expect(auditsAfter.auditLog.totalCount).toBe(auditsBefore.auditLog.totalCount + 1);
    expect(auditsAfter.auditLog.edges[0]?.node).toEqual({
      targetType: 'Certification',
      actor: { email: 'reviewer@example.com' },
    });
    for (const role of ['moderator', 'analyst']) {
      const masked = (await as(role))?.contactPhone as string;
      expect(masked).toContain('*');
      expect(masked).not.toBe(clear.contactPhone);
    }
    // The call recorded, the reviewer sees it masked like everyone else.
    const call = await gql(
      url,
      'mutation ($id: ID!) { recordCertificationReviewCall(id: $id, input: { identityConfirmed: true, recordingPlayed: true }) { status } }',
      { id: ids.certification },
      { token: tokens.reviewer },
    );
    expect(call.errors).toBeUndefined();
    expect((await as('reviewer'))?.contactPhone).toContain('*');
  });
});

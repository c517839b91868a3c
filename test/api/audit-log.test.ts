import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../admin/src/locales/en';
import { zhCN } from '../../admin/src/locales/zh-CN';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from '../../api/src/modules/audit/audit-actions';
import { codeOf, gql, signIn } from '../support/graphql';
import { createTestDatabase, driverName, startTestServer, type TestDatabase, type TestServer } from '../support/server';

let database: TestDatabase;
let server: TestServer;
let url: string;
const tokens: Record<string, string> = {};

const CATALOG = '{ auditCatalog { actions targetTypes actors { id displayName roles } } }';
const LOG = `query ($filter: AuditFilter) {
  auditLog(first: 100, filter: $filter) { totalCount edges { node { action targetType actor { id } at } } }
}`;

type Catalog = {
  actions: string[];
  targetTypes: string[];
  actors: Array<{ id: string; displayName: string; roles: string[] }>;
};
type Log = {
  auditLog: {
    totalCount: number;
    edges: Array<{ node: { action: string; targetType: string; actor: { id: string } | null; at: string } }>;
  };
};

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  url = server.url;
  for (const role of ['admin', 'moderator', 'analyst', 'publisher'])
    tokens[role] = await signIn(url, `${role}@example.com`);
  // Entries of two actions by the admin: a user created, then their roles set.
  const created = await gql<{ createUser: { id: string } }>(
    url,
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
    {
      input: {
        email: 'audit-picker@example.com',
        name: '审计测试员',
        roles: ['ANALYST'],
        password: 'river-lantern-2026',
      },
    },
    { token: tokens.admin },
  );
  expect(created.errors).toBeUndefined();
  const roles = await gql(
    url,
    'mutation ($id: ID!) { setUserRoles(id: $id, roles: [ANALYST, REVIEWER]) { id } }',
    { id: created.data?.createUser.id },
    { token: tokens.admin },
  );
  expect(roles.errors).toBeUndefined();
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

/** The message at a dotted path (vue-i18n's lookup), or undefined. */
function messageAt(messages: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

describe('the registry of audit actions has a name in every language', () => {
  it('translates every action and object type the API may write, in zh-CN and en', () => {
    for (const action of AUDIT_ACTIONS) {
      for (const [name, messages] of [
        ['zh-CN', zhCN],
        ['en', en],
      ] as const) {
        const text = messageAt(messages, `audit.actions.${action}`);
        expect(typeof text, `${name}: audit.actions.${action}`).toBe('string');
        expect(String(text).length, `${name}: audit.actions.${action}`).toBeGreaterThan(0);
      }
    }
    for (const type of AUDIT_TARGET_TYPES) {
      expect(typeof messageAt(zhCN, `audit.targetTypes.${type}`), `zh-CN: ${type}`).toBe('string');
      expect(typeof messageAt(en, `audit.targetTypes.${type}`), `en: ${type}`).toBe('string');
    }
    // The Chinese names are Chinese (not the English copied over).
    for (const action of AUDIT_ACTIONS)
      expect(String(messageAt(zhCN, `audit.actions.${action}`))).toMatch(/\p{Script=Han}/u);
  });
});

describe(`the audit log's catalog and filters (${driverName})`, () => {
  it('serves the registry, and every entry written is in it', async () => {
    const catalog = await gql<{ auditCatalog: Catalog }>(url, CATALOG, {}, { token: tokens.moderator });
    expect(catalog.errors).toBeUndefined();
    expect(catalog.data?.auditCatalog.actions).toEqual([...AUDIT_ACTIONS]);
    expect(catalog.data?.auditCatalog.targetTypes).toEqual([...AUDIT_TARGET_TYPES]);
    const log = await gql<Log>(url, LOG, {}, { token: tokens.admin });
    expect(log.data?.auditLog.totalCount).toBeGreaterThanOrEqual(2);
    for (const { node } of log.data?.auditLog.edges ?? []) {
      expect(AUDIT_ACTIONS as readonly string[]).toContain(node.action);
      expect(AUDIT_TARGET_TYPES as readonly string[]).toContain(node.targetType);
    }
  });

  it('offers the staff as actors (publishers are not staff)', async () => {
    const catalog = await gql<{ auditCatalog: Catalog }>(url, CATALOG, {}, { token: tokens.admin });
    const actors = catalog.data?.auditCatalog.actors ?? [];
    expect(actors.length).toBeGreaterThanOrEqual(5);
    for (const actor of actors) expect(actor.roles.some((role) => role !== 'PUBLISHER')).toBe(true);
    expect(actors.map((actor) => actor.displayName)).toContain('审计测试员');
  });

  it('filters by actor, action, object type and time', async () => {
    const catalog = await gql<{ auditCatalog: Catalog }>(url, CATALOG, {}, { token: tokens.admin });
    const viewer = await gql<{ viewer: { id: string } }>(url, '{ viewer { id } }', {}, { token: tokens.admin });
    const adminId = viewer.data?.viewer.id;
    const moderatorId = catalog.data?.auditCatalog.actors.find(
      (actor) => actor.roles.includes('MODERATOR') && !actor.roles.includes('ADMIN'),
    )?.id;
    const ask = async (filter: Record<string, unknown>) => {
      const result = await gql<Log>(url, LOG, { filter }, { token: tokens.admin });
      expect(result.errors).toBeUndefined();
      return result.data?.auditLog as Log['auditLog'];
    };
    const byAdmin = await ask({ actorId: adminId });
    expect(byAdmin.totalCount).toBeGreaterThanOrEqual(2);
    expect(byAdmin.edges.every((edge) => edge.node.actor?.id === adminId)).toBe(true);
    expect((await ask({ actorId: moderatorId })).totalCount).toBe(0);
    const created = await ask({ action: 'user.create', targetType: 'User', actorId: adminId });
    expect(created.totalCount).toBe(1);
    expect((await ask({ action: 'user.setRoles' })).edges.map((edge) => edge.node.action)).toEqual(['user.setRoles']);
    expect((await ask({ targetType: 'Violation', action: 'user.create' })).totalCount).toBe(0);
    // Time: `from` included, `to` excluded.
    const at = created.edges[0]?.node.at as string;
    expect(
      (await ask({ action: 'user.create', from: at, to: new Date(Date.parse(at) + 1).toISOString() })).totalCount,
    ).toBe(1);
    expect((await ask({ action: 'user.create', to: at })).totalCount).toBe(0);
    expect((await ask({ action: 'user.create', from: new Date(Date.parse(at) + 1).toISOString() })).totalCount).toBe(0);
  });

  it('exports the same entries as CSV, with the actor and the time', async () => {
    const viewer = await gql<{ viewer: { id: string } }>(url, '{ viewer { id } }', {}, { token: tokens.admin });
    const log = await gql<Log>(url, LOG, { filter: { action: 'user.create' } }, { token: tokens.admin });
    const at = log.data?.auditLog.edges[0]?.node.at as string;
    const csv = async (query: Record<string, string>) => {
      const response = await fetch(`${url}/exports/audit.csv?${new URLSearchParams(query)}`, {
        headers: { authorization: `Bearer ${tokens.admin}` },
      });
      expect(response.status).toBe(200);
      // The header line, then one line per entry.
      return (await response.text()).trim().split('\n').length - 1;
    };
    const adminId = viewer.data?.viewer.id ?? '';
    expect(await csv({ action: 'user.create', actorId: adminId, from: at })).toBe(1);
    expect(await csv({ action: 'user.create', to: at })).toBe(0);
  });

  it('refuses the catalog to analysts and publishers, and a malformed date', async () => {
    expect(codeOf(await gql(url, CATALOG, {}, { token: tokens.analyst }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(url, CATALOG, {}, { token: tokens.publisher }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(url, CATALOG))).toBe('UNAUTHENTICATED');
    const bad = await gql(url, LOG, { filter: { from: 'yesterday' } }, { token: tokens.admin });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  });
});

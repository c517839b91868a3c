/**
 * The address book of enterprise accounts (seed 003), over HTTP: departments (15 levels, sibling
 * names, forbidden characters, moves, deleting), members (ids, contacts, duplicates ignoring case),
 * the caps (50 before certification, the certified scale after, 1000 direct members per
 * department, and exactly one of 20 simultaneous adds at 49), hierarchical administrators (VIEW
 * and MANAGE over a department), who sees none of it, the CSV import and export, and the
 * statement counts of the lists. Certifications and 1000 members are written with SQL (on PGlite by
 * opening its directory while the server is stopped).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, gql, refusalOf, signIn } from '../support/graphql';
import { creditCode } from '../support/identity';
import {
  createTestDatabase,
  driverName,
  repoRoot,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from '../support/server';

let database: TestDatabase;
let server: TestServer;
let url: string;
const tokens = {
  admin: '',
  moderator: '',
  analyst: '',
  reviewer: '',
  publisher: '',
  publisher2: '',
  viewer3: '',
  outsider: '',
};
const users = { publisher: '', publisher2: '', viewer3: '', outsider: '' };
/** Enterprise accounts of the demo publisher, one per concern (global ids), and a subscription account. */
const accounts = {
  uncertified: '',
  scale500: '',
  departmentCap: '',
  race: '',
  main: '',
  importing: '',
  reimport: '',
  subscription: '',
};
/** A department of departmentCap holding 1000 members (written with SQL), and a second one. */
let fullDepartment = '';
let spareDepartment = '';
/** A member of the main account with a follow (both written with SQL). */
let followerDepartment = '';
let follower = '';

const PASSWORD = 'Tee-Kanne-Sieben-Berge-42';

type Query = (text: string, params: unknown[]) => Promise<Array<Record<string, unknown>>>;

/** Runs `work` with direct SQL on the test database (PGlite: with the server stopped, then restarted). */
async function withSql<T>(work: (query: Query) => Promise<T>): Promise<T> {
  if (database.url) {
    const client = postgres(database.url, { max: 1, onnotice: () => {} });
    try {
      return await work((text, params) => client.unsafe(text, params as never[]) as never);
    } finally {
      await client.end();
    }
  }
  expect(await server.stop()).toBe(0);
  const entry = path.join(repoRoot, 'api', 'node_modules', '@electric-sql', 'pglite', 'dist', 'index.js');
  const { PGlite } = (await import(pathToFileURL(entry).href)) as {
    PGlite: {
      create(dir: string): Promise<{
        query(text: string, params: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>;
        close(): Promise<void>;
      }>;
    };
  };
  const client = await PGlite.create(path.join(database.env.DATA_DIR ?? '', 'pglite'));
  try {
    return await work(async (text, params) => (await client.query(text, params)).rows);
  } finally {
    await client.close();
    server = await startTestServer(database);
    url = server.url;
  }
}

/** The local uuid of a global id. */
const localId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] ?? '';

const DEPARTMENT_FIELDS = 'id name depth position directMemberCount parent { id } children { id name }';
const MEMBER_FIELDS =
  'id memberId name mobile email wechatId position departments { id name } follow { status } createdAt updatedAt';
const CREATE_DEPARTMENT = `mutation ($input: CreateDepartmentInput!) { createDepartment(input: $input) { ${DEPARTMENT_FIELDS} } }`;
const UPDATE_DEPARTMENT = `mutation ($id: ID!, $input: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $input) { ${DEPARTMENT_FIELDS} } }`;
const DELETE_DEPARTMENT = 'mutation ($id: ID!) { deleteDepartment(id: $id) }';
const DEPARTMENTS = `query ($accountId: ID!) { departments(accountId: $accountId) { ${DEPARTMENT_FIELDS} } }`;
const ADD_MEMBER = `mutation ($input: AddMemberInput!) { addMember(input: $input) { ${MEMBER_FIELDS} } }`;
const UPDATE_MEMBER = `mutation ($id: ID!, $input: UpdateMemberInput!) { updateMember(id: $id, input: $input) { ${MEMBER_FIELDS} } }`;
const REMOVE_MEMBER = 'mutation ($id: ID!) { removeMember(id: $id) }';
const MEMBERS = `query ($accountId: ID!, $first: Int, $after: String, $filter: MemberFilter) { members(accountId: $accountId, first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${MEMBER_FIELDS} } } } }`;
const NODE = `query ($id: ID!) { node(id: $id) { __typename ... on Member { memberId } ... on Department { name } } }`;
const IMPORT = `mutation ($accountId: ID!, $csv: String!) { importMembers(accountId: $accountId, csv: $csv) { rows added updated refused { line memberId field code reason message } } }`;
const GRANT = 'mutation ($input: GrantDirectoryScopeInput!) { grantDirectoryScope(input: $input) }';
const REVOKE =
  'mutation ($accountId: ID!, $userId: ID!) { revokeDirectoryScope(accountId: $accountId, userId: $userId) }';
const SCOPES = `query ($accountId: ID!) { directoryScopes(accountId: $accountId) { permission user { id } departments { id } } }`;

interface DepartmentView {
  id: string;
  name: string;
  depth: number;
  directMemberCount: number;
  parent: { id: string } | null;
  children: Array<{ id: string; name: string }>;
}
interface MemberView {
  id: string;
  memberId: string;
  name: string;
  mobile: string | null;
  email: string | null;
  wechatId: string | null;
  position: string | null;
  departments: Array<{ id: string; name: string }>;
  follow: { status: string } | null;
}
interface ImportReport {
  rows: number;
  added: number;
  updated: number;
  refused: Array<{
    line: number;
    memberId: string | null;
    field: string;
    code: string;
    reason: string;
    message: string;
  }>;
}

async function createDepartment(
  accountId: string,
  name: string,
  parentId: string | null = null,
  token = tokens.publisher,
) {
  return gql<{ createDepartment: DepartmentView }>(
    url,
    CREATE_DEPARTMENT,
    { input: { accountId, parentId, name } },
    { token },
  );
}
async function department(accountId: string, name: string, parentId: string | null = null): Promise<string> {
  const result = await createDepartment(accountId, name, parentId);
  const id = result.data?.createDepartment.id;
  if (!id) throw new Error(JSON.stringify(result.errors));
  return id;
}
async function addMember(input: Record<string, unknown>, token = tokens.publisher) {
  return gql<{ addMember: MemberView }>(url, ADD_MEMBER, { input }, { token });
}
async function members(
  accountId: string,
  token = tokens.publisher,
  filter: Record<string, unknown> | null = null,
  first = 100,
) {
  const result = await gql<{ members: { totalCount: number; edges: Array<{ node: MemberView }> } }>(
    url,
    MEMBERS,
    { accountId, filter, first },
    { token },
  );
  return result;
}
async function memberCount(accountId: string): Promise<number> {
  const result = await members(accountId, tokens.admin, null, 1);
  const total = result.data?.members.totalCount;
  if (typeof total !== 'number') throw new Error(JSON.stringify(result.errors));
  return total;
}
async function importCsv(accountId: string, csv: string, token = tokens.publisher) {
  return gql<{ importMembers: ImportReport }>(url, IMPORT, { accountId, csv }, { token });
}
/** A CSV of `count` members in `departments` (a path), ids `prefix-N`. */
function csvOf(prefix: string, count: number, departments: string, from = 1): string {
  const lines = ['memberId,name,mobile,email,wechatId,position,departments'];
  for (let i = from; i < from + count; i += 1) lines.push(`${prefix}-${i},成员${i},,,,,${departments}`);
  return `${lines.join('\n')}\n`;
}
function extensionsOf(result: GraphQLResponse<unknown>) {
  return result.errors?.[0]?.extensions ?? {};
}

async function enterpriseAccount(subjectId: string, name: string): Promise<string> {
  const result = await gql<{ registerAccount: { id: string } }>(
    url,
    'mutation ($input: RegisterAccountInput!) { registerAccount(input: $input) { id } }',
    { input: { subjectId, kind: 'ENTERPRISE', name } },
    { token: tokens.publisher },
  );
  const id = result.data?.registerAccount.id;
  if (!id) throw new Error(JSON.stringify(result.errors));
  return id;
}

async function createUser(email: string): Promise<string> {
  const result = await gql<{ createUser: { id: string } }>(
    url,
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { email, name: email.split('@')[0], roles: ['PUBLISHER'], password: PASSWORD } },
    { token: tokens.admin },
  );
  const id = result.data?.createUser.id;
  if (!id) throw new Error(JSON.stringify(result.errors));
  return id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  url = server.url;
  for (const role of ['admin', 'moderator', 'analyst', 'reviewer', 'publisher', 'publisher2'] as const)
    tokens[role] = await signIn(url, `${role}@example.com`);
  users.viewer3 = await createUser('viewer3@example.com');
  users.outsider = await createUser('outsider@example.com');
  tokens.viewer3 = await signIn(url, 'viewer3@example.com', PASSWORD);
  tokens.outsider = await signIn(url, 'outsider@example.com', PASSWORD);
  const me = async (token: string) =>
    (await gql<{ viewer: { id: string } }>(url, '{ viewer { id } }', {}, { token })).data?.viewer.id ?? '';
  users.publisher = await me(tokens.publisher);
  users.publisher2 = await me(tokens.publisher2);

  const subjects: string[] = [];
  for (const [i, name] of ['通讯录一有限公司', '通讯录二有限公司'].entries()) {
    const subject = await gql<{ createSubject: { id: string } }>(
      url,
      'mutation ($input: CreateSubjectInput!) { createSubject(input: $input) { id } }',
      { input: { kind: 'ENTERPRISE', name, idNumber: creditCode(3100 + i) } },
      { token: tokens.publisher },
    );
    if (!subject.data) throw new Error(JSON.stringify(subject.errors));
    subjects.push(subject.data.createSubject.id);
  }
  const [first = '', second = ''] = subjects;
  accounts.uncertified = await enterpriseAccount(first, '未认证企业号');
  accounts.scale500 = await enterpriseAccount(first, '五百人企业号');
  accounts.departmentCap = await enterpriseAccount(first, '部门上限企业号');
  accounts.race = await enterpriseAccount(first, '并发企业号');
  accounts.main = await enterpriseAccount(second, '通讯录企业号');
  accounts.importing = await enterpriseAccount(second, '导入企业号');
  accounts.reimport = await enterpriseAccount(second, '再导入企业号');
  const operated = await gql<{ accounts: { edges: Array<{ node: { id: string; kind: string } }> } }>(
    url,
    '{ accounts(first: 50) { edges { node { id kind } } } }',
    {},
    { token: tokens.publisher },
  );
  accounts.subscription = operated.data?.accounts.edges.find((edge) => edge.node.kind !== 'ENTERPRISE')?.node.id ?? '';
  fullDepartment = await department(accounts.departmentCap, '满员部');
  spareDepartment = await department(accounts.departmentCap, '空闲部');
  followerDepartment = await department(accounts.main, '关注部');

  // Approved ENTERPRISE certifications (scale 500, 5000 and 500) and 1000 members in one department.
  const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString();
  const now = new Date().toISOString();
  await withSql(async (query) => {
    for (const [accountId, scale] of [
      [accounts.scale500, 500],
      [accounts.departmentCap, 5000],
      [accounts.importing, 500],
      [accounts.reimport, 500],
    ] as const) {
      await query(
        `insert into certifications (account_id, kind, status, nickname, fee_cents, started_at, approved_at, expires_at, member_scale)
         values ($1, 'ENTERPRISE', 'APPROVED', '认证企业', 30000, $2, $2, $3, $4)`,
        [localId(accountId), now, inAYear, scale],
      );
    }
    await query(
      `with inserted as (
         insert into members (account_id, member_id, name, created_at, updated_at)
         select $1, 'bulk-' || g, '批量成员' || g, $3, $3 from generate_series(1, 1000) as g returning id)
       insert into member_departments (member_id, department_id) select id, $2 from inserted`,
      [localId(accounts.departmentCap), localId(fullDepartment), now],
    );
    const [member] = await query(
      `insert into members (account_id, member_id, name, wechat_id, created_at, updated_at)
       values ($1, 'follower', '关注者', 'wx_follower', $2, $2) returning id`,
      [localId(accounts.main), now],
    );
    await query('insert into member_departments (member_id, department_id) values ($1, $2)', [
      member?.id,
      localId(followerDepartment),
    ]);
    await query(
      `insert into follows (account_id, wechat_id, member_id, status, method, followed_at, verified_at, updated_at)
       values ($1, 'wx_follower', $2, 'FOLLOWED', 'WECHAT_ID', $3, $3, $3)`,
      [localId(accounts.main), member?.id, now],
    );
    follower = Buffer.from(`Member:${String(member?.id)}`).toString('base64url');
  });
  if (Object.values(accounts).some((id) => !id)) throw new Error(JSON.stringify(accounts));
}, 240_000);

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

describe(`enterprise address book: caps (${driverName})`, () => {
  it('an uncertified account takes 50 members and refuses the 51st (QUOTA_EXCEEDED, limit 50), writing nothing', async () => {
    const team = await department(accounts.uncertified, '全员');
    const imported = await importCsv(accounts.uncertified, csvOf('u', 50, '全员'));
    expect(imported.errors).toBeUndefined();
    expect(imported.data?.importMembers).toMatchObject({ rows: 50, added: 50, updated: 0, refused: [] });
    expect(await memberCount(accounts.uncertified)).toBe(50);

    const refused = await addMember({
      accountId: accounts.uncertified,
      memberId: 'u-51',
      name: '第五十一',
      departmentIds: [team],
    });
    expect(refusalOf(refused)).toEqual({ code: 'QUOTA_EXCEEDED', reason: 'MEMBERS' });
    expect(extensionsOf(refused).limit).toBe(50);
    expect(extensionsOf(refused).field).toBe('input.accountId');
    expect(await memberCount(accounts.uncertified)).toBe(50);
    const search = await members(accounts.uncertified, tokens.publisher, { search: 'u-51' });
    expect(search.data?.members.totalCount).toBe(0);

    // The import counts the same cap: both rows refused, line by line.
    const more = await importCsv(accounts.uncertified, csvOf('u', 2, '全员', 51));
    expect(more.data?.importMembers.added).toBe(0);
    expect(more.data?.importMembers.refused.map((r) => [r.line, r.code, r.reason])).toEqual([
      [2, 'QUOTA_EXCEEDED', 'MEMBERS'],
      [3, 'QUOTA_EXCEEDED', 'MEMBERS'],
    ]);
    // An update of a known member is not an addition: it passes at the cap.
    const update = await importCsv(accounts.uncertified, 'memberId,position\nU-1,组长\n');
    expect(update.data?.importMembers).toMatchObject({ rows: 1, added: 0, updated: 1, refused: [] });
  });

  it('an approved ENTERPRISE certification with member scale 500 raises the cap to 500', async () => {
    const team = await department(accounts.scale500, '全员');
    const started = Date.now();
    const imported = await importCsv(accounts.scale500, csvOf('s', 500, '全员'));
    const took = Date.now() - started;
    expect(imported.errors).toBeUndefined();
    expect(imported.data?.importMembers).toMatchObject({ rows: 500, added: 500, refused: [] });
    expect(took).toBeLessThan(20_000);
    expect(await memberCount(accounts.scale500)).toBe(500);
    const refused = await addMember({
      accountId: accounts.scale500,
      memberId: 's-501',
      name: '第五百零一',
      departmentIds: [team],
    });
    expect(refusalOf(refused)).toEqual({ code: 'QUOTA_EXCEEDED', reason: 'MEMBERS' });
    expect(extensionsOf(refused).limit).toBe(500);
    expect(await memberCount(accounts.scale500)).toBe(500);
  });

  it('a department refuses its 1,001st direct member (DEPARTMENT_MEMBERS, limit 1000), also when an edit joins it', async () => {
    const departments = await gql<{ departments: DepartmentView[] }>(
      url,
      DEPARTMENTS,
      { accountId: accounts.departmentCap },
      { token: tokens.publisher },
    );
    expect(departments.data?.departments.find((d) => d.id === fullDepartment)?.directMemberCount).toBe(1000);
    const refused = await addMember({
      accountId: accounts.departmentCap,
      memberId: 'one-more',
      name: '多一人',
      departmentIds: [spareDepartment, fullDepartment],
    });
    expect(refusalOf(refused)).toEqual({ code: 'QUOTA_EXCEEDED', reason: 'DEPARTMENT_MEMBERS' });
    expect(extensionsOf(refused)).toMatchObject({
      limit: 1000,
      field: 'input.departmentIds',
      departmentId: fullDepartment,
    });
    expect(await memberCount(accounts.departmentCap)).toBe(1000);

    const added = await addMember({
      accountId: accounts.departmentCap,
      memberId: 'one-more',
      name: '多一人',
      departmentIds: [spareDepartment],
    });
    expect(added.errors).toBeUndefined();
    const id = added.data?.addMember.id ?? '';
    const joining = await gql(
      url,
      UPDATE_MEMBER,
      { id, input: { departmentIds: [spareDepartment, fullDepartment] } },
      { token: tokens.publisher },
    );
    expect(refusalOf(joining)).toEqual({ code: 'QUOTA_EXCEEDED', reason: 'DEPARTMENT_MEMBERS' });
    expect(extensionsOf(joining).limit).toBe(1000);
    const after = await gql<{ node: { memberId: string } | null }>(url, NODE, { id }, { token: tokens.publisher });
    expect(after.data?.node?.memberId).toBe('one-more');
    const stillOne = await members(accounts.departmentCap, tokens.publisher, { departmentId: spareDepartment });
    expect(stillOne.data?.members.edges.map((e) => e.node.departments.map((d) => d.id))).toEqual([[spareDepartment]]);
  });

  it('of 20 simultaneous adds at 49 members exactly one succeeds', async () => {
    const team = await department(accounts.race, '全员');
    expect((await importCsv(accounts.race, csvOf('r', 49, '全员'))).data?.importMembers.added).toBe(49);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        addMember({ accountId: accounts.race, memberId: `race-${i}`, name: `并发${i}`, departmentIds: [team] }),
      ),
    );
    expect(results.filter((r) => !r.errors && r.data?.addMember)).toHaveLength(1);
    expect(results.filter((r) => refusalOf(r).reason === 'MEMBERS')).toHaveLength(19);
    expect(await memberCount(accounts.race)).toBe(50);
  });
});

describe(`enterprise address book: departments and members (${driverName})`, () => {
  it('keeps departments within 15 levels, names unique among siblings and free of \\:*?"<>|', async () => {
    let parent: string | null = null;
    const chain: string[] = [];
    for (let level = 1; level <= 15; level += 1) {
      parent = await department(accounts.main, `层级${level}`, parent);
      chain.push(parent);
    }
    const sixteenth = await createDepartment(accounts.main, '层级16', parent);
    expect(refusalOf(sixteenth)).toEqual({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_LEVELS' });
    expect(extensionsOf(sixteenth).field).toBe('input.parentId');

    const twin = await createDepartment(accounts.main, ' 层级1 ');
    expect(refusalOf(twin)).toEqual({ code: 'BAD_USER_INPUT', reason: 'DUPLICATE' });
    expect(extensionsOf(twin).field).toBe('input.name');
    // The same name under another parent is another department.
    expect((await createDepartment(accounts.main, '层级1', chain[0] ?? null)).errors).toBeUndefined();
    for (const name of ['研发|部', 'a:b', '问?', '"引号"', '', '名'.repeat(65)]) {
      const bad = await createDepartment(accounts.main, name);
      expect(refusalOf(bad).code).toBe('BAD_USER_INPUT');
      expect(['INVALID_FORMAT', 'REQUIRED', 'TOO_LONG']).toContain(refusalOf(bad).reason);
    }
    const notEnterprise = await createDepartment(accounts.subscription, '部门');
    expect(refusalOf(notEnterprise)).toEqual({ code: 'BAD_USER_INPUT', reason: 'NOT_ENTERPRISE_ACCOUNT' });
    expect(extensionsOf(notEnterprise).field).toBe('input.accountId');

    // Moves: not into its own subtree, not past 15 levels; a legal one rewrites the subtree.
    const intoOwn = await gql(
      url,
      UPDATE_DEPARTMENT,
      { id: chain[2], input: { parentId: chain[5] } },
      { token: tokens.publisher },
    );
    expect(refusalOf(intoOwn)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INTO_OWN_SUBTREE' });
    const side = await department(accounts.main, '旁支');
    const sideChild = await department(accounts.main, '旁支子', side);
    const tooDeep = await gql(
      url,
      UPDATE_DEPARTMENT,
      { id: side, input: { parentId: chain[13] } },
      { token: tokens.publisher },
    );
    expect(refusalOf(tooDeep)).toEqual({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_LEVELS' });
    const moved = await gql<{ updateDepartment: DepartmentView }>(
      url,
      UPDATE_DEPARTMENT,
      { id: side, input: { parentId: chain[12], name: '旁支改名' } },
      { token: tokens.publisher },
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.updateDepartment).toMatchObject({ name: '旁支改名', depth: 14, parent: { id: chain[12] } });
    const tree = await gql<{ departments: DepartmentView[] }>(
      url,
      DEPARTMENTS,
      { accountId: accounts.main },
      { token: tokens.publisher },
    );
    expect(tree.data?.departments.find((d) => d.id === sideChild)?.depth).toBe(15);
    const back = await gql<{ updateDepartment: DepartmentView }>(
      url,
      UPDATE_DEPARTMENT,
      { id: side, input: { toTop: true } },
      { token: tokens.publisher },
    );
    expect(back.data?.updateDepartment).toMatchObject({ depth: 1, parent: null });
    const treeAfter = await gql<{ departments: DepartmentView[] }>(
      url,
      DEPARTMENTS,
      { accountId: accounts.main },
      { token: tokens.publisher },
    );
    expect(treeAfter.data?.departments.find((d) => d.id === sideChild)?.depth).toBe(2);
    // Tree order: depth first.
    const depths = treeAfter.data?.departments.map((d) => d.depth) ?? [];
    expect(depths.length).toBeGreaterThan(15);
    expect([...depths].sort((a, b) => a - b)).toEqual(depths);

    // Deleting: only an empty department.
    const withChildren = await gql(url, DELETE_DEPARTMENT, { id: side }, { token: tokens.publisher });
    expect(refusalOf(withChildren)).toEqual({ code: 'BAD_USER_INPUT', reason: 'NOT_EMPTY' });
    const member = await addMember({
      accountId: accounts.main,
      memberId: 'leaf-member',
      name: '叶子',
      departmentIds: [sideChild],
    });
    expect(member.errors).toBeUndefined();
    const withMember = await gql(url, DELETE_DEPARTMENT, { id: sideChild }, { token: tokens.publisher });
    expect(refusalOf(withMember)).toEqual({ code: 'BAD_USER_INPUT', reason: 'NOT_EMPTY' });
    expect(
      (await gql(url, REMOVE_MEMBER, { id: member.data?.addMember.id }, { token: tokens.publisher })).data,
    ).toEqual({ removeMember: true });
    expect((await gql(url, DELETE_DEPARTMENT, { id: sideChild }, { token: tokens.publisher })).data).toEqual({
      deleteDepartment: true,
    });
    expect((await gql(url, DELETE_DEPARTMENT, { id: side }, { token: tokens.publisher })).data).toEqual({
      deleteDepartment: true,
    });

    const audit = await gql<{ auditLog: { edges: Array<{ node: { action: string } }> } }>(
      url,
      '{ auditLog(first: 100, filter: { targetType: "Department" }) { edges { node { action } } } }',
      {},
      { token: tokens.admin },
    );
    const actions = new Set(audit.data?.auditLog.edges.map((e) => e.node.action));
    expect([...actions].sort()).toEqual([
      'enterprise.department.create',
      'enterprise.department.delete',
      'enterprise.department.update',
    ]);
  });

  it('checks member ids, names, contacts and departments, and refuses duplicates (ids ignoring case)', async () => {
    const team = await department(accounts.main, '成员规则');
    const base = { accountId: accounts.main, departmentIds: [team] };
    const before = await memberCount(accounts.main);
    const added = await addMember({
      ...base,
      memberId: 'Zhang.San',
      name: ' 张三 ',
      mobile: '+86 138-0013-8000',
      email: ' Zhang.San@Example.COM ',
      wechatId: 'zhangsan_wx',
      position: '工程师',
    });
    expect(added.errors).toBeUndefined();
    expect(added.data?.addMember).toMatchObject({
      memberId: 'Zhang.San',
      name: '张三',
      mobile: '8613800138000',
      email: 'zhang.san@example.com',
      wechatId: 'zhangsan_wx',
      position: '工程师',
      follow: null,
      departments: [{ id: team, name: '成员规则' }],
    });

    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ memberId: '张三', name: '甲' }, 'input.memberId', 'INVALID_FORMAT'],
      [{ memberId: 'has space', name: '甲' }, 'input.memberId', 'INVALID_FORMAT'],
      [{ memberId: 'zhang.san', name: '甲' }, 'input.memberId', 'DUPLICATE'],
      [{ memberId: 'ZHANG.SAN', name: '甲' }, 'input.memberId', 'DUPLICATE'],
      [{ memberId: 'other', name: '   ' }, 'input.name', 'REQUIRED'],
      [{ memberId: 'other', name: '甲', mobile: '12345' }, 'input.mobile', 'INVALID_FORMAT'],
      [{ memberId: 'other', name: '甲', mobile: '138 0013 8000' }, 'input.mobile', 'DUPLICATE'],
      [{ memberId: 'other', name: '甲', email: 'not-an-email' }, 'input.email', 'INVALID_FORMAT'],
      [{ memberId: 'other', name: '甲', email: 'ZHANG.SAN@example.com' }, 'input.email', 'DUPLICATE'],
      [{ memberId: 'other', name: '甲', wechatId: 'zhangsan_wx' }, 'input.wechatId', 'DUPLICATE'],
      [{ memberId: 'other', name: '甲', departmentIds: [] }, 'input.departmentIds', 'REQUIRED'],
      [{ memberId: 'other', name: '甲', departmentIds: [fullDepartment] }, 'input.departmentIds', 'INVALID_ID'],
    ];
    for (const [input, field, reason] of cases) {
      const refused = await addMember({ ...base, ...input });
      expect({ ...refusalOf(refused), field: extensionsOf(refused).field }, JSON.stringify(input)).toEqual({
        code: 'BAD_USER_INPUT',
        reason,
        field,
      });
    }
    expect(await memberCount(accounts.main)).toBe(before + 1);

    // Updates: the same rules, '' clears an optional field, a duplicate names its field.
    const other = await addMember({ ...base, memberId: 'li.si', name: '李四', mobile: '13900139000' });
    const id = other.data?.addMember.id ?? '';
    const dup = await gql(url, UPDATE_MEMBER, { id, input: { mobile: '+8613800138000' } }, { token: tokens.publisher });
    expect({ ...refusalOf(dup), field: extensionsOf(dup).field }).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'DUPLICATE',
      field: 'input.mobile',
    });
    const cleared = await gql<{ updateMember: MemberView }>(
      url,
      UPDATE_MEMBER,
      { id, input: { mobile: '', position: '经理' } },
      { token: tokens.publisher },
    );
    expect(cleared.data?.updateMember).toMatchObject({ mobile: null, position: '经理', name: '李四' });
  });
});

describe(`enterprise address book: who sees and changes what (${driverName})`, () => {
  const tree = { top: '', rd: '', backend: '', market: '' };
  const people = { top: '', rd: '', backend: '', market: '' };

  beforeAll(async () => {
    tree.top = await department(accounts.main, '总部');
    tree.rd = await department(accounts.main, '研发部', tree.top);
    tree.backend = await department(accounts.main, '后端', tree.rd);
    tree.market = await department(accounts.main, '市场部', tree.top);
    for (const key of Object.keys(people) as Array<keyof typeof people>) {
      const added = await addMember({
        accountId: accounts.main,
        memberId: `scope-${key}`,
        name: `范围${key}`,
        departmentIds: [tree[key]],
      });
      people[key] = added.data?.addMember.id ?? '';
    }
    const grants = [
      [users.viewer3, [tree.rd], 'VIEW'],
      [users.publisher2, [tree.market], 'MANAGE'],
    ] as const;
    for (const [userId, departmentIds, permission] of grants) {
      const granted = await gql(
        url,
        GRANT,
        { input: { accountId: accounts.main, userId, departmentIds, permission } },
        { token: tokens.publisher },
      );
      expect(granted.errors).toBeUndefined();
    }
  });

  it('grants only from the system administrators, never to an operator, and lists the scopes', async () => {
    const toOperator = await gql(
      url,
      GRANT,
      { input: { accountId: accounts.main, userId: users.publisher, departmentIds: [tree.rd], permission: 'VIEW' } },
      { token: tokens.publisher },
    );
    expect(refusalOf(toOperator)).toEqual({ code: 'BAD_USER_INPUT', reason: 'ALREADY_OPERATOR' });
    const byManager = await gql(
      url,
      GRANT,
      { input: { accountId: accounts.main, userId: users.outsider, departmentIds: [tree.market], permission: 'VIEW' } },
      { token: tokens.publisher2 },
    );
    expect(refusalOf(byManager)).toEqual({ code: 'FORBIDDEN', reason: 'NOT_OPERATOR' });
    const noDepartments = await gql(
      url,
      GRANT,
      { input: { accountId: accounts.main, userId: users.outsider, departmentIds: [], permission: 'VIEW' } },
      { token: tokens.publisher },
    );
    expect(refusalOf(noDepartments)).toEqual({ code: 'BAD_USER_INPUT', reason: 'REQUIRED' });
    const scopes = await gql<{
      directoryScopes: Array<{ permission: string; user: { id: string }; departments: Array<{ id: string }> }>;
    }>(url, SCOPES, { accountId: accounts.main }, { token: tokens.publisher });
    expect(scopes.data?.directoryScopes.map((s) => [s.user.id, s.permission, s.departments.map((d) => d.id)])).toEqual([
      [users.viewer3, 'VIEW', [tree.rd]],
      [users.publisher2, 'MANAGE', [tree.market]],
    ]);
  });

  it('a VIEW administrator over one department sees only its members and departments, and cannot add one', async () => {
    const seen = await gql<{ departments: DepartmentView[] }>(
      url,
      DEPARTMENTS,
      { accountId: accounts.main },
      { token: tokens.viewer3 },
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data?.departments.map((d) => d.name)).toEqual(['研发部', '后端']);
    expect(seen.data?.departments[0]?.parent).toBeNull();
    const listed = await members(accounts.main, tokens.viewer3);
    expect(listed.data?.members.totalCount).toBe(2);
    expect(listed.data?.members.edges.map((e) => e.node.memberId).sort()).toEqual(['scope-backend', 'scope-rd']);
    expect(listed.data?.members.edges.every((e) => e.node.follow === null)).toBe(true);
    const visible = await gql<{ node: { memberId: string } | null }>(
      url,
      NODE,
      { id: people.backend },
      { token: tokens.viewer3 },
    );
    expect(visible.data?.node?.memberId).toBe('scope-backend');
    for (const id of [people.market, people.top, tree.market, tree.top]) {
      const hidden = await gql<{ node: unknown }>(url, NODE, { id }, { token: tokens.viewer3 });
      expect(hidden.data?.node ?? null).toBeNull();
    }
    const add = await addMember(
      { accountId: accounts.main, memberId: 'viewer-add', name: '不可', departmentIds: [tree.rd] },
      tokens.viewer3,
    );
    expect(refusalOf(add)).toEqual({ code: 'FORBIDDEN', reason: 'DIRECTORY_VIEW_ONLY' });
    const edit = await gql(url, UPDATE_MEMBER, { id: people.rd, input: { position: '改' } }, { token: tokens.viewer3 });
    expect(refusalOf(edit)).toEqual({ code: 'FORBIDDEN', reason: 'DIRECTORY_VIEW_ONLY' });
  });

  it('a MANAGE administrator adds and edits only in their scope', async () => {
    const added = await addMember(
      { accountId: accounts.main, memberId: 'market-new', name: '市场新人', departmentIds: [tree.market] },
      tokens.publisher2,
    );
    expect(added.errors).toBeUndefined();
    const edited = await gql<{ updateMember: MemberView }>(
      url,
      UPDATE_MEMBER,
      { id: people.market, input: { position: '市场经理' } },
      { token: tokens.publisher2 },
    );
    expect(edited.data?.updateMember.position).toBe('市场经理');
    const sub = await createDepartment(accounts.main, '市场一组', tree.market, tokens.publisher2);
    expect(sub.errors).toBeUndefined();

    const outside: Array<[string, Promise<GraphQLResponse<unknown>>]> = [
      [
        'add elsewhere',
        addMember(
          { accountId: accounts.main, memberId: 'rd-new', name: '研发新人', departmentIds: [tree.rd] },
          tokens.publisher2,
        ),
      ],
      [
        'add in two',
        addMember(
          { accountId: accounts.main, memberId: 'both-new', name: '两处', departmentIds: [tree.market, tree.rd] },
          tokens.publisher2,
        ),
      ],
      [
        'edit elsewhere',
        gql(url, UPDATE_MEMBER, { id: people.rd, input: { position: '改' } }, { token: tokens.publisher2 }),
      ],
      [
        'move out',
        gql(
          url,
          UPDATE_MEMBER,
          { id: people.market, input: { departmentIds: [tree.rd] } },
          { token: tokens.publisher2 },
        ),
      ],
      ['remove elsewhere', gql(url, REMOVE_MEMBER, { id: people.top }, { token: tokens.publisher2 })],
      ['top department', createDepartment(accounts.main, '新总部', null, tokens.publisher2)],
      ['department elsewhere', createDepartment(accounts.main, '研发二组', tree.rd, tokens.publisher2)],
      [
        'move the scope root to the top',
        gql(url, UPDATE_DEPARTMENT, { id: tree.market, input: { toTop: true } }, { token: tokens.publisher2 }),
      ],
      ['delete the scope root', gql(url, DELETE_DEPARTMENT, { id: tree.market }, { token: tokens.publisher2 })],
    ];
    for (const [what, pending] of outside) {
      expect(refusalOf(await pending), what).toEqual({ code: 'FORBIDDEN', reason: 'OUTSIDE_DIRECTORY_SCOPE' });
    }
    // The import applies the same scope, row by row.
    const imported = await importCsv(
      accounts.main,
      'memberId,name,departments\nmarket-csv,市场导入,总部/市场部\nrd-csv,研发导入,总部/研发部\ntop-csv,新部门,新总部\n',
      tokens.publisher2,
    );
    expect(imported.data?.importMembers.added).toBe(1);
    expect(imported.data?.importMembers.refused.map((r) => [r.line, r.code, r.reason])).toEqual([
      [3, 'FORBIDDEN', 'OUTSIDE_DIRECTORY_SCOPE'],
      [4, 'FORBIDDEN', 'OUTSIDE_DIRECTORY_SCOPE'],
    ]);
    const rd = await gql<{ node: MemberView | null }>(
      url,
      `query ($id: ID!) { node(id: $id) { ... on Member { position departments { id } } } }`,
      { id: people.rd },
      { token: tokens.publisher },
    );
    expect(rd.data?.node?.position).toBeNull();
    expect(await memberCount(accounts.main)).toBeGreaterThan(0);
    const none = await members(accounts.main, tokens.publisher, { search: 'rd-new' });
    expect(none.data?.members.totalCount).toBe(0);
  });

  it('signed out, an analyst, a moderator, a reviewer and another publisher see none of it', async () => {
    const signedOut = await gql(url, DEPARTMENTS, { accountId: accounts.main });
    expect(refusalOf(signedOut).code).toBe('UNAUTHENTICATED');
    expect(refusalOf(await gql(url, MEMBERS, { accountId: accounts.main, first: 5 })).code).toBe('UNAUTHENTICATED');
    expect((await gql<{ node: unknown }>(url, NODE, { id: people.top })).data?.node ?? null).toBeNull();
    for (const token of [tokens.analyst, tokens.moderator, tokens.reviewer, tokens.outsider]) {
      const departments = await gql<{ departments: unknown[] }>(
        url,
        DEPARTMENTS,
        { accountId: accounts.main },
        { token },
      );
      expect(departments.data?.departments).toEqual([]);
      const listed = await members(accounts.main, token);
      expect(listed.data?.members).toMatchObject({ totalCount: 0, edges: [] });
      for (const id of [people.top, tree.top]) {
        const node = await gql<{ node: unknown }>(url, NODE, { id }, { token });
        expect(node.data?.node ?? null).toBeNull();
      }
      const scopes = await gql<{ directoryScopes: unknown[] }>(url, SCOPES, { accountId: accounts.main }, { token });
      expect(scopes.data?.directoryScopes ?? []).toEqual([]);
    }
    const add = await addMember(
      { accountId: accounts.main, memberId: 'intruder', name: '外人', departmentIds: [tree.top] },
      tokens.outsider,
    );
    expect(refusalOf(add)).toEqual({ code: 'FORBIDDEN', reason: 'NOT_OPERATOR' });
    const analystAdd = await addMember(
      { accountId: accounts.main, memberId: 'intruder', name: '外人', departmentIds: [tree.top] },
      tokens.analyst,
    );
    expect(refusalOf(analystAdd).code).toBe('FORBIDDEN');
  });

  it('a revoked scope ends at the grantee’s next request', async () => {
    const revoked = await gql(
      url,
      REVOKE,
      { accountId: accounts.main, userId: users.viewer3 },
      { token: tokens.publisher },
    );
    expect(revoked.data).toEqual({ revokeDirectoryScope: true });
    const seen = await gql<{ departments: unknown[] }>(
      url,
      DEPARTMENTS,
      { accountId: accounts.main },
      { token: tokens.viewer3 },
    );
    expect(seen.data?.departments).toEqual([]);
    const again = await gql(
      url,
      REVOKE,
      { accountId: accounts.main, userId: users.viewer3 },
      { token: tokens.publisher },
    );
    expect(refusalOf(again)).toEqual({ code: 'NOT_FOUND', reason: 'UNKNOWN_ID' });
  });
});

describe(`enterprise address book: CSV import and export (${driverName})`, () => {
  it('imports 200 rows with 7 bad ones: writes 193 and reports the 7 by line and reason', async () => {
    const lines = ['账号,姓名,手机,邮箱,微信号,职务,部门'];
    for (let i = 1; i <= 193; i += 1)
      lines.push(
        `imp-${i},导入${i},${13700000000 + i},imp${i}@example.com,wx_imp_${i},职员,${i % 2 ? '研发部/后端' : '市场部;研发部'}`,
      );
    const deep = Array.from({ length: 16 }, (_, i) => `深${i + 1}`).join('/');
    const bad = [
      ['张三', '坏账号', '', '', '', '', '研发部'],
      ['bad-name', '', '', '', '', '', '研发部'],
      ['bad-mobile', '坏手机', '12345', '', '', '', '研发部'],
      ['bad-email', '坏邮箱', '', 'nobody@', '', '', '研发部'],
      ['bad-dup', '重复手机', '+86 137-0000-0001', '', '', '', '研发部'],
      ['bad-deep', '太深', '', '', '', '', deep],
      ['bad-nodept', '无部门', '', '', '', '', ''],
    ];
    // The bad rows at lines 11, 41, 71, … (the header is line 1).
    const rows = [...lines.slice(1)];
    for (const [i, cells] of bad.entries()) rows.splice(9 + i * 30, 0, cells.join(','));
    const csv = `${[lines[0], ...rows].join('\r\n')}\r\n`;
    const started = Date.now();
    const result = await importCsv(accounts.importing, csv);
    const took = Date.now() - started;
    expect(result.errors).toBeUndefined();
    const report = result.data?.importMembers;
    expect(report).toMatchObject({ rows: 200, added: 193, updated: 0 });
    expect(report?.refused.map((r) => [r.line, r.memberId, r.field, r.code, r.reason])).toEqual([
      [11, '张三', 'memberId', 'BAD_USER_INPUT', 'INVALID_FORMAT'],
      [41, 'bad-name', 'name', 'BAD_USER_INPUT', 'REQUIRED'],
      [71, 'bad-mobile', 'mobile', 'BAD_USER_INPUT', 'INVALID_FORMAT'],
      [101, 'bad-email', 'email', 'BAD_USER_INPUT', 'INVALID_FORMAT'],
      [131, 'bad-dup', 'mobile', 'BAD_USER_INPUT', 'DUPLICATE'],
      [161, 'bad-deep', 'departments', 'BAD_USER_INPUT', 'TOO_MANY_LEVELS'],
      [191, 'bad-nodept', 'departments', 'BAD_USER_INPUT', 'REQUIRED'],
    ]);
    expect(report?.refused.every((r) => r.message.length > 10)).toBe(true);
    expect(took).toBeLessThan(10_000);
    // Statements: the reads batched, a savepoint and one write per row.
    const statements = result.extensions?.sqlStatements;
    expect(typeof statements).toBe('number');
    expect(statements as number).toBeLessThan(193 * 3 + 40);

    expect(await memberCount(accounts.importing)).toBe(193);
    const departments = await gql<{ departments: DepartmentView[] }>(
      url,
      DEPARTMENTS,
      { accountId: accounts.importing },
      { token: tokens.publisher },
    );
    expect(departments.data?.departments.map((d) => [d.name, d.depth, d.directMemberCount])).toEqual([
      ['市场部', 1, 96],
      ['研发部', 1, 96],
      ['后端', 2, 97],
    ]);
    const one = await members(accounts.importing, tokens.publisher, { search: 'imp-2' }, 1);
    expect(one.data?.members.edges[0]?.node).toMatchObject({ mobile: '8613700000002', email: 'imp2@example.com' });

    // A re-run updates instead of adding.
    const again = await importCsv(accounts.importing, 'memberId,name,position\nimp-1,导入一,组长\n');
    expect(again.data?.importMembers).toMatchObject({ rows: 1, added: 0, updated: 1, refused: [] });
  });

  it('refuses a malformed CSV whole (BAD_CSV)', async () => {
    const before = await memberCount(accounts.importing);
    for (const csv of [
      '',
      'memberId,name,phone\na,b,c\n',
      'zhang,张三,研发部\n',
      'memberId,name,departments\nx,"unterminated,研发部\n',
    ]) {
      const refused = await importCsv(accounts.importing, csv);
      expect(refusalOf(refused), csv).toEqual({ code: 'BAD_USER_INPUT', reason: 'BAD_CSV' });
    }
    expect(await memberCount(accounts.importing)).toBe(before);
    const viewOnly = await importCsv(accounts.importing, csvOf('x', 1, '研发部'), tokens.outsider);
    expect(refusalOf(viewOnly)).toEqual({ code: 'FORBIDDEN', reason: 'NOT_OPERATOR' });
  });

  it('exports the members as CSV (BOM, the import’s columns) that re-imports to the same members', async () => {
    // A member whose cells need quoting and the injection guard.
    const rd = (
      await gql<{ departments: DepartmentView[] }>(
        url,
        DEPARTMENTS,
        { accountId: accounts.importing },
        { token: tokens.publisher },
      )
    ).data?.departments.find((d) => d.name === '研发部')?.id;
    const tricky = await addMember({
      accountId: accounts.importing,
      memberId: '-dash@x',
      name: '=SUM(A1), "王"',
      mobile: '+44 7911 123456',
      departmentIds: [rd],
    });
    expect(tricky.errors).toBeUndefined();

    const response = await fetch(`${url}/exports/members.csv?accountId=${encodeURIComponent(accounts.importing)}`, {
      headers: { authorization: `Bearer ${tokens.publisher}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const rows = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows[0]).toBe('memberId,name,mobile,email,wechatId,position,departments');
    expect(rows).toHaveLength(195);
    expect(text).toContain(`'-dash@x,"'=SUM(A1), ""王""",'+447911123456`);

    const snapshot = async (accountId: string) => {
      const all: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: GraphQLResponse<{
          members: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: MemberView }> };
        }> = await gql(url, MEMBERS, { accountId, first: 100, after }, { token: tokens.publisher });
        for (const { node } of page.data?.members.edges ?? [])
          all.push(
            JSON.stringify([
              node.memberId,
              node.name,
              node.mobile,
              node.email,
              node.wechatId,
              node.position,
              node.departments.map((d) => d.name).sort(),
            ]),
          );
        if (!page.data?.members.pageInfo.hasNextPage) break;
        after = page.data.members.pageInfo.endCursor;
      }
      return all;
    };
    const original = await snapshot(accounts.importing);
    expect(original).toHaveLength(194);

    const same = await importCsv(accounts.importing, text);
    expect(same.data?.importMembers).toMatchObject({ rows: 194, added: 0, updated: 194, refused: [] });
    expect(await snapshot(accounts.importing)).toEqual(original);

    const copied = await importCsv(accounts.reimport, text);
    expect(copied.data?.importMembers).toMatchObject({ rows: 194, added: 194, updated: 0, refused: [] });
    expect(await snapshot(accounts.reimport)).toEqual(original);

    // Refusals in the GraphQL error shape; others export nothing of it.
    expect((await fetch(`${url}/exports/members.csv?accountId=${encodeURIComponent(accounts.importing)}`)).status).toBe(
      401,
    );
    const analyst = await fetch(`${url}/exports/members.csv?accountId=${encodeURIComponent(accounts.importing)}`, {
      headers: { authorization: `Bearer ${tokens.analyst}` },
    });
    expect(analyst.status).toBe(403);
    const missing = await fetch(`${url}/exports/members.csv`, {
      headers: { authorization: `Bearer ${tokens.publisher}` },
    });
    expect(missing.status).toBe(400);
    expect(
      ((await missing.json()) as { errors: Array<{ extensions: { reason: string } }> }).errors[0]?.extensions.reason,
    ).toBe('REQUIRED');
    const outsider = await fetch(`${url}/exports/members.csv?accountId=${encodeURIComponent(accounts.importing)}`, {
      headers: { authorization: `Bearer ${tokens.outsider}` },
    });
    expect(outsider.status).toBe(200);
    expect(
      (await outsider.text())
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n'),
    ).toHaveLength(1);
  });
});

describe(`enterprise address book: statement counts (${driverName})`, () => {
  it('the members list (with departments and follow) and the departments tree do not grow with the page or the tree', async () => {
    const statements = async (query: string, variables: Record<string, unknown>) => {
      const result = await gql(url, query, variables, { token: tokens.publisher });
      expect(result.errors).toBeUndefined();
      const count = result.extensions?.sqlStatements;
      expect(typeof count).toBe('number');
      return count as number;
    };
    const five = await statements(MEMBERS, { accountId: accounts.importing, first: 5 });
    const fifty = await statements(MEMBERS, { accountId: accounts.importing, first: 50 });
    expect(fifty).toBe(five);
    const tree = `query ($accountId: ID!) { departments(accountId: $accountId) { id name directMemberCount children { id name directMemberCount } parent { id } } }`;
    const small = await statements(tree, { accountId: accounts.importing });
    const large = await statements(tree, { accountId: accounts.main });
    const sizes = await Promise.all(
      [accounts.importing, accounts.main].map(
        async (accountId) =>
          (await gql<{ departments: unknown[] }>(url, DEPARTMENTS, { accountId }, { token: tokens.publisher })).data
            ?.departments.length ?? 0,
      ),
    );
    expect(sizes[1]).toBeGreaterThan((sizes[0] ?? 0) * 3);
    expect(large).toBe(small);
  });
});

describe(`enterprise address book: removing a followed member (${driverName})`, () => {
  it('puts its follow back to UNVERIFIED with no member, in the same transaction', async () => {
    const before = await gql<{ node: MemberView | null }>(
      url,
      `query ($id: ID!) { node(id: $id) { ... on Member { memberId follow { status } } } }`,
      { id: follower },
      { token: tokens.publisher },
    );
    expect(before.data?.node).toMatchObject({ memberId: 'follower', follow: { status: 'FOLLOWED' } });
    expect((await gql(url, REMOVE_MEMBER, { id: follower }, { token: tokens.publisher })).data).toEqual({
      removeMember: true,
    });
    const gone = await gql<{ node: unknown }>(url, NODE, { id: follower }, { token: tokens.publisher });
    expect(gone.data?.node ?? null).toBeNull();
    const rows = await withSql((query) =>
      query(`select status, member_id, method from follows where wechat_id = 'wx_follower'`, []),
    );
    expect(rows).toEqual([{ status: 'UNVERIFIED', member_id: null, method: null }]);
  });
});

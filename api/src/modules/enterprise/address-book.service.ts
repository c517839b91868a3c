import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, ilike, inArray, like, max, ne, or, type SQL, sql } from 'drizzle-orm';
import { directoryScopeIn, inDirectoryScope, isAdmin, operates, type Viewer } from '../../access/viewer';
import { boundedCount } from '../../common/bounded-count';
import { AppError, badInput, forbidden, notFound } from '../../common/errors';
import { toGlobalId } from '../../common/ids';
import { type Connection, decodeCursor, pageSize, toConnection } from '../../common/pagination';
import type { Context } from '../../context';
import type { Executor } from '../../db/client';
import { memberColumns } from '../../db/enterprise-loaders';
import {
  type AccountRow,
  accountOperators,
  accounts,
  type DepartmentRow,
  type DirectoryPermissionName,
  type DirectoryScopeRow,
  departments,
  directoryScopeDepartments,
  directoryScopes,
  follows,
  type MemberWithDepartments,
  memberDepartments,
  members,
  users,
} from '../../db/schema';
import { recordAudit } from '../audit/audit.service';
import {
  checkDepartmentName,
  checkMemberFields,
  depthAfterMove,
  type FieldProblem,
  formatDepartmentPaths,
  inSubtree,
  isProblem,
  MAX_DEPARTMENT_DEPTH,
  type MemberValues,
} from './address-book-rules';
import type { MemberImportReport } from './enterprise.type';
import { departmentCapAt, memberCapOf } from './member-cap';
import { importMembersCsv } from './member-import';

/**
 * The address book of an enterprise account (seed 003): departments in a tree and members, with
 * the caps of the rules, under the directory scopes of hierarchical administrators.
 *
 * Who may write: the account's operators (its system administrators) and ADMIN everywhere in it;
 * a hierarchical administrator with MANAGE only inside their scope (writeReach, requireInScope);
 * with VIEW nothing. Every write locks the account row first (FOR NO KEY UPDATE), so writes to one
 * address book queue and the caps and duplicate checks count what is really there.
 */

/* Who may do what ----------------------------------------------------------------------------- */

/** All of the account's address book, or the paths of the departments a scope grants. */
export type DirectoryReach = 'ALL' | string[];

/** What the viewer may read in the account's address book: all, their scope, or nothing. */
export function readReach(viewer: Viewer | null, accountId: string): DirectoryReach | null {
  if (!viewer) return null;
  if (isAdmin(viewer) || operates(viewer, accountId)) return 'ALL';
  return directoryScopeIn(viewer, accountId)?.paths ?? null;
}

/**
 * What the viewer may change in the account's address book, or the refusal: VIEW administrators
 * are told so, and everyone else that only the system administrators may.
 */
export function writeReach(viewer: Viewer | null, accountId: string): DirectoryReach {
  if (viewer && (isAdmin(viewer) || operates(viewer, accountId))) return 'ALL';
  const scope = directoryScopeIn(viewer, accountId);
  if (scope?.permission === 'MANAGE') return scope.paths;
  if (scope?.permission === 'VIEW')
    throw forbidden(
      'DIRECTORY_VIEW_ONLY',
      'Your directory rights in this account are to view: ask a system administrator to change the address book.',
    );
  throw forbidden(
    'NOT_OPERATOR',
    'Only the account’s system administrators (its operators) may change its address book.',
  );
}

/**
 * The scope check of every write of a hierarchical administrator (one helper): each of `paths`
 * (departments' materialized paths) must lie inside a granted department. An empty list is the
 * top of the tree, which no scope reaches.
 */
function requireInScope(reach: DirectoryReach, paths: readonly string[], what: string): void {
  if (reach === 'ALL') return;
  const inside = paths.length > 0 && paths.every((path) => reach.some((granted) => inSubtree(path, granted)));
  if (!inside)
    throw forbidden(
      'OUTSIDE_DIRECTORY_SCOPE',
      `${what} lies outside the departments you manage; ask a system administrator.`,
    );
}

/** Only the account's system administrators and ADMIN (directory scopes). */
function requireSystemAdministrator(viewer: Viewer | null, accountId: string): void {
  if (viewer && (isAdmin(viewer) || operates(viewer, accountId))) return;
  throw forbidden('NOT_OPERATOR', 'Only the account’s system administrators (its operators) may do this.');
}

/** Departments under the granted ones, as SQL; `false` for an empty scope. */
function departmentInReach(reach: DirectoryReach): SQL | undefined {
  if (reach === 'ALL') return undefined;
  if (reach.length === 0) return sql`false`;
  return or(...reach.map((path) => like(departments.path, `${path}%`))) as SQL;
}

/* Shared reads -------------------------------------------------------------------------------- */

/** The account, when it exists and is an ENTERPRISE account (its kind is public). */
async function enterpriseAccount(ctx: Context, accountId: string, field: string): Promise<AccountRow> {
  const account = await ctx.loaders.accountById.load(accountId);
  if (!account) throw notFound('account', field);
  if (account.kind !== 'ENTERPRISE')
    throw badInput(field, 'NOT_ENTERPRISE_ACCOUNT', 'Only an enterprise account (企业号) has an address book.');
  return account;
}

/** Writes to one address book queue on its account row (caps and duplicates are counted after it). */
async function lockAccount(tx: Executor, accountId: string): Promise<void> {
  await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, accountId)).for('no key update');
}

const memberSelection = () => ({ ...memberTable(), ...memberColumns() });
function memberTable() {
  const { id, accountId, memberId, name, mobile, email, wechatId, position, createdAt, updatedAt } = members;
  return { id, accountId, memberId, name, mobile, email, wechatId, position, createdAt, updatedAt };
}

async function memberRow(executor: Executor, id: string): Promise<MemberWithDepartments | undefined> {
  const [row] = await executor.select(memberSelection()).from(members).where(eq(members.id, id));
  return row;
}

const fieldError = (problem: FieldProblem, prefix: string) =>
  badInput(`${prefix}${problem.field}`, problem.reason, problem.message);

/** LIKE pattern text with its wildcards escaped. */
const likeText = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/* Reads --------------------------------------------------------------------------------------- */

/** A department, when the viewer may see it (its account's system administrators, ADMIN, its scope). */
export async function findDepartment(ctx: Context, id: string): Promise<DepartmentRow | null> {
  const row = await ctx.loaders.departmentById.load(id);
  if (!row) return null;
  const reach = readReach(ctx.viewer, row.accountId);
  if (reach === 'ALL') return row;
  return reach && inDirectoryScope({ permission: 'VIEW', paths: reach }, [row.path]) ? row : null;
}

/** A member, when the viewer may see it (one of its departments in their scope, for a hierarchical administrator). */
export async function findMember(ctx: Context, id: string): Promise<MemberWithDepartments | null> {
  const row = await ctx.loaders.memberById.load(id);
  if (!row) return null;
  const reach = readReach(ctx.viewer, row.accountId);
  if (reach === 'ALL') return row;
  return reach && inDirectoryScope({ permission: 'VIEW', paths: reach }, row.departmentPaths) ? row : null;
}

/** The departments the viewer may see, in tree order (depth, position, name). */
export async function listDepartments(ctx: Context, accountId: string): Promise<DepartmentRow[]> {
  const account = await enterpriseAccount(ctx, accountId, 'accountId');
  const reach = readReach(ctx.viewer, account.id);
  if (!reach) return [];
  return ctx.db
    .select()
    .from(departments)
    .where(and(eq(departments.accountId, account.id), departmentInReach(reach)))
    .orderBy(asc(departments.depth), asc(departments.position), asc(departments.name), asc(departments.id));
}

/** Members having a department that satisfies `condition` (on `departments`). */
function hasDepartmentWhere(condition: SQL | undefined): SQL {
  return sql`exists (select 1 from ${memberDepartments} join ${departments} on ${departments.id} = ${memberDepartments.departmentId} where ${memberDepartments.memberId} = ${members.id} and ${condition ?? sql`true`})`;
}

/**
 * The members the viewer may see, by name then id (keyset): filtered by department (with its
 * sub-departments unless `directOnly`) and by text over the name, member id, mobile and email.
 */
export async function listMembers(
  ctx: Context,
  args: {
    accountId: string;
    departmentId?: string | null;
    directOnly?: boolean | null;
    search?: string | null;
    first?: number | null;
    after?: string | null;
  },
): Promise<Connection<MemberWithDepartments>> {
  const account = await enterpriseAccount(ctx, args.accountId, 'accountId');
  const limit = pageSize(args.first, ctx.config.limits.maxPageSize);
  const cursor = args.after ? decodeCursor(args.after) : null;
  const reach = readReach(ctx.viewer, account.id);
  if (!reach) return toConnection<MemberWithDepartments>([], limit, (row) => ({ key: row.name, id: row.id }), 0, false);
  const conditions: Array<SQL | undefined> = [eq(members.accountId, account.id)];
  if (reach !== 'ALL') conditions.push(hasDepartmentWhere(departmentInReach(reach)));
  if (args.departmentId) {
    const department = await ctx.loaders.departmentById.load(args.departmentId);
    if (!department || department.accountId !== account.id) throw notFound('department', 'filter.departmentId');
    conditions.push(
      args.directOnly
        ? sql`exists (select 1 from ${memberDepartments} where ${memberDepartments.memberId} = ${members.id} and ${memberDepartments.departmentId} = ${department.id})`
        : hasDepartmentWhere(like(departments.path, `${department.path}%`)),
    );
  }
  const search = args.search?.trim();
  if (search) {
    const pattern = `%${likeText(search)}%`;
    const digits = search.replace(/\D/g, '');
    conditions.push(
      or(
        ilike(members.name, pattern),
        ilike(members.memberId, pattern),
        ilike(members.email, pattern),
        digits.length >= 3 ? like(members.mobile, `%${digits}%`) : undefined,
      ),
    );
  }
  const where = and(...conditions);
  const page = cursor
    ? and(where, sql`(${members.name}, ${members.id}) > (${cursor.key}::text, ${cursor.id}::uuid)`)
    : where;
  const rows = await ctx.db
    .select(memberSelection())
    .from(members)
    .where(page)
    .orderBy(asc(members.name), asc(members.id))
    .limit(limit + 1);
  const total = () =>
    boundedCount(ctx.db, ctx.db.select({ one: sql`1` }).from(members).where(where), ctx.config.limits.exactCountLimit);
  return toConnection(rows, limit, (row) => ({ key: row.name, id: row.id }), total, Boolean(args.after));
}

/* Departments --------------------------------------------------------------------------------- */

const departmentAudit = (row: DepartmentRow) => ({
  name: row.name,
  parentId: row.parentId,
  depth: row.depth,
});

/** Adds a department under `parentId` (or at the top): at most 15 levels, a name unique among its siblings. Audited. */
export async function createDepartment(
  ctx: Context,
  input: { accountId: string; parentId?: string | null; name: string },
): Promise<DepartmentRow> {
  const account = await enterpriseAccount(ctx, input.accountId, 'input.accountId');
  const reach = writeReach(ctx.viewer, account.id);
  const checked = checkDepartmentName(input.name);
  if (isProblem(checked)) throw fieldError(checked, 'input.');
  return ctx.db.transaction(async (tx) => {
    await lockAccount(tx, account.id);
    let parent: DepartmentRow | undefined;
    if (input.parentId) {
      [parent] = await tx
        .select()
        .from(departments)
        .where(and(eq(departments.id, input.parentId), eq(departments.accountId, account.id)));
      if (!parent) throw notFound('department of this account', 'input.parentId');
    }
    requireInScope(reach, parent ? [parent.path] : [], parent ? 'That department' : 'The top of the tree');
    if (parent && parent.depth >= MAX_DEPARTMENT_DEPTH)
      throw badInput(
        'input.parentId',
        'TOO_MANY_LEVELS',
        `Departments go at most ${MAX_DEPARTMENT_DEPTH} levels deep: this one would be level ${parent.depth + 1}.`,
        { max: MAX_DEPARTMENT_DEPTH },
      );
    const id = randomUUID();
    const [row] = await tx
      .insert(departments)
      .values({
        id,
        accountId: account.id,
        parentId: parent?.id ?? null,
        name: checked.name,
        path: `${parent?.path ?? ''}${id}/`,
        depth: (parent?.depth ?? 0) + 1,
        createdAt: ctx.clock.now(),
      })
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw badInput('input.name', 'DUPLICATE', `There is already a department “${checked.name}” at this place.`);
    await recordAudit(ctx, tx, {
      action: 'enterprise.department.create',
      targetType: 'Department',
      targetId: row.id,
      after: { accountId: account.id, ...departmentAudit(row) },
    });
    return row;
  });
}

/**
 * Renames a department and/or moves it (with its subtree) under another department of the same
 * account or to the top; never into its own subtree, and the subtree stays within 15 levels. The
 * subtree's paths and depths are rewritten in one statement. Audited.
 */
export async function updateDepartment(
  ctx: Context,
  id: string,
  input: { name?: string | null; parentId?: string | null; toTop?: boolean | null },
): Promise<DepartmentRow> {
  const found = await ctx.loaders.departmentById.load(id);
  if (!found) throw notFound('department');
  const account = await enterpriseAccount(ctx, found.accountId, 'id');
  const reach = writeReach(ctx.viewer, account.id);
  if (input.toTop && input.parentId)
    throw badInput('input.toTop', 'INVALID_VALUE', 'Give either a new parent or toTop, not both.');
  let newName: string | undefined;
  if (input.name !== undefined && input.name !== null) {
    const checked = checkDepartmentName(input.name);
    if (isProblem(checked)) throw fieldError(checked, 'input.');
    newName = checked.name;
  }
  return ctx.db.transaction(async (tx) => {
    await lockAccount(tx, account.id);
    const [department] = await tx.select().from(departments).where(eq(departments.id, id));
    if (!department) throw notFound('department');
    requireInScope(reach, [department.path], 'This department');
    const moving = Boolean(input.toTop) || Boolean(input.parentId && input.parentId !== department.parentId);
    let parent: DepartmentRow | null = null;
    if (input.parentId && moving) {
      [parent] = (await tx
        .select()
        .from(departments)
        .where(and(eq(departments.id, input.parentId), eq(departments.accountId, account.id)))) as [DepartmentRow];
      if (!parent) throw notFound('department of this account', 'input.parentId');
      if (inSubtree(parent.path, department.path))
        throw badInput(
          'input.parentId',
          'INTO_OWN_SUBTREE',
          'A department cannot move under itself or one of its own sub-departments.',
        );
    }
    const parentId = moving ? (parent?.id ?? null) : department.parentId;
    // toTop for a department already at the top moves nothing.
    const moves = moving && parentId !== department.parentId;
    if (moves) {
      requireInScope(reach, parent ? [parent.path] : [], parent ? 'The new parent department' : 'The top of the tree');
      const [deepest] = await tx
        .select({ value: max(departments.depth) })
        .from(departments)
        .where(and(eq(departments.accountId, account.id), like(departments.path, `${department.path}%`)));
      const reached = depthAfterMove(department.depth, deepest?.value ?? department.depth, parent?.depth ?? 0);
      if (reached > MAX_DEPARTMENT_DEPTH)
        throw badInput(
          input.toTop ? 'input.toTop' : 'input.parentId',
          'TOO_MANY_LEVELS',
          `Departments go at most ${MAX_DEPARTMENT_DEPTH} levels deep: there, this department’s subtree would reach level ${reached}.`,
          { max: MAX_DEPARTMENT_DEPTH },
        );
    }
    const name = newName ?? department.name;
    if (!moves && name === department.name) return department;
    const [sibling] = await tx
      .select({ id: departments.id })
      .from(departments)
      .where(
        and(
          eq(departments.accountId, account.id),
          parentId ? eq(departments.parentId, parentId) : sql`${departments.parentId} is null`,
          eq(departments.name, name),
          ne(departments.id, department.id),
        ),
      );
    if (sibling)
      throw badInput(
        newName !== undefined && newName !== department.name ? 'input.name' : 'input.parentId',
        'DUPLICATE',
        `There is already a department “${name}” at that place.`,
      );
    const newPath = `${parent?.path ?? ''}${department.id}/`;
    const delta = (parent?.depth ?? 0) + 1 - department.depth;
    const rows = moves
      ? await tx
          .update(departments)
          .set({
            path: sql`${newPath} || substr(${departments.path}, ${department.path.length + 1})`,
            depth: sql`${departments.depth} + ${delta}`,
            parentId: sql`case when ${departments.id} = ${department.id} then ${parentId}::uuid else ${departments.parentId} end`,
            name: sql`case when ${departments.id} = ${department.id} then ${name} else ${departments.name} end`,
          })
          .where(and(eq(departments.accountId, account.id), like(departments.path, `${department.path}%`)))
          .returning()
      : await tx.update(departments).set({ name }).where(eq(departments.id, department.id)).returning();
    const updated = rows.find((row) => row.id === department.id) as DepartmentRow;
    await recordAudit(ctx, tx, {
      action: 'enterprise.department.update',
      targetType: 'Department',
      targetId: department.id,
      before: departmentAudit(department),
      after: { ...departmentAudit(updated), subtree: rows.length },
    });
    return updated;
  });
}

/** Deletes a department with no sub-departments and no members. Audited. */
export async function deleteDepartment(ctx: Context, id: string): Promise<boolean> {
  const found = await ctx.loaders.departmentById.load(id);
  if (!found) throw notFound('department');
  const account = await enterpriseAccount(ctx, found.accountId, 'id');
  const reach = writeReach(ctx.viewer, account.id);
  return ctx.db.transaction(async (tx) => {
    await lockAccount(tx, account.id);
    const [department] = await tx.select().from(departments).where(eq(departments.id, id));
    if (!department) throw notFound('department');
    requireInScope(reach, [department.path], 'This department');
    if (reach !== 'ALL' && reach.includes(department.path))
      throw forbidden(
        'OUTSIDE_DIRECTORY_SCOPE',
        'This department was granted to you: only a system administrator may delete it.',
      );
    const [children] = await tx
      .select({ value: count() })
      .from(departments)
      .where(eq(departments.parentId, department.id));
    const [direct] = await tx
      .select({ value: count() })
      .from(memberDepartments)
      .where(eq(memberDepartments.departmentId, department.id));
    const subDepartments = children?.value ?? 0;
    const memberCount = direct?.value ?? 0;
    if (subDepartments > 0 || memberCount > 0)
      throw badInput(
        'id',
        'NOT_EMPTY',
        `Only an empty department can be deleted: this one has ${subDepartments} sub-department(s) and ${memberCount} member(s).`,
        { subDepartments, members: memberCount },
      );
    await tx.delete(departments).where(eq(departments.id, department.id));
    await recordAudit(ctx, tx, {
      action: 'enterprise.department.delete',
      targetType: 'Department',
      targetId: department.id,
      before: { accountId: account.id, ...departmentAudit(department) },
    });
    return true;
  });
}

/* Members ------------------------------------------------------------------------------------- */

export interface MemberFields {
  memberId?: string | null;
  name?: string | null;
  mobile?: string | null;
  email?: string | null;
  wechatId?: string | null;
  position?: string | null;
  departmentIds?: string[] | null;
}

/** The departments named, of the account (all of them, or INVALID_ID), one statement. */
async function departmentsOf(
  tx: Executor,
  accountId: string,
  ids: readonly string[],
  field: string,
): Promise<DepartmentRow[]> {
  const rows = await tx
    .select()
    .from(departments)
    .where(and(eq(departments.accountId, accountId), inArray(departments.id, [...ids])));
  const missing = ids.find((id) => !rows.some((row) => row.id === id));
  if (missing)
    throw badInput(field, 'INVALID_ID', 'No department with that id in this account.', {
      departmentId: toGlobalId('Department', missing),
    });
  return rows;
}

function quotaRefusal(
  reason: 'MEMBERS' | 'DEPARTMENT_MEMBERS',
  limit: number,
  field: string,
  department?: DepartmentRow,
) {
  return reason === 'MEMBERS'
    ? new AppError(
        'QUOTA_EXCEEDED',
        'MEMBERS',
        `The address book is full: this account may have ${limit} members (50 before an enterprise certification, then the certified scale).`,
        { limit, field },
      )
    : new AppError(
        'QUOTA_EXCEEDED',
        'DEPARTMENT_MEMBERS',
        `The department “${department?.name ?? ''}” already has ${limit} direct members, the most a department may have.`,
        { limit, field, ...(department ? { departmentId: toGlobalId('Department', department.id) } : {}) },
      );
}

/** The account's member cap, after its members are counted: QUOTA_EXCEEDED when one more would pass it. */
async function checkMemberCap(ctx: Context, tx: Executor, accountId: string, field: string): Promise<void> {
  const now = ctx.clock.now();
  const cap = await memberCapOf(tx, accountId, now);
  const [row] = await tx.select({ value: count() }).from(members).where(eq(members.accountId, accountId));
  if ((row?.value ?? 0) >= cap) throw quotaRefusal('MEMBERS', cap, field);
}

/** Each department joined must have room for one more direct member. */
async function checkDepartmentCaps(ctx: Context, tx: Executor, joined: DepartmentRow[], field: string): Promise<void> {
  if (joined.length === 0) return;
  const cap = await departmentCapAt(tx, ctx.clock.now());
  const rows = await tx
    .select({ departmentId: memberDepartments.departmentId, value: count() })
    .from(memberDepartments)
    .where(
      inArray(
        memberDepartments.departmentId,
        joined.map((department) => department.id),
      ),
    )
    .groupBy(memberDepartments.departmentId);
  const full = rows.find((row) => row.value >= cap);
  if (full)
    throw quotaRefusal(
      'DEPARTMENT_MEMBERS',
      cap,
      field,
      joined.find((d) => d.id === full.departmentId),
    );
}

const UNIQUE_FIELDS = ['memberId', 'mobile', 'email', 'wechatId'] as const;

/** The first of the member's unique values another member of the account already has (one statement). */
async function duplicateField(
  tx: Executor,
  accountId: string,
  values: MemberValues,
  exceptId: string | null,
): Promise<(typeof UNIQUE_FIELDS)[number] | null> {
  const matches: SQL[] = [];
  if (values.memberId) matches.push(sql`lower(${members.memberId}) = lower(${values.memberId})`);
  if (values.mobile) matches.push(eq(members.mobile, values.mobile));
  if (values.email) matches.push(eq(members.email, values.email));
  if (values.wechatId) matches.push(eq(members.wechatId, values.wechatId));
  if (matches.length === 0) return null;
  const rows = await tx
    .select({ memberId: members.memberId, mobile: members.mobile, email: members.email, wechatId: members.wechatId })
    .from(members)
    .where(and(eq(members.accountId, accountId), or(...matches), exceptId ? ne(members.id, exceptId) : undefined));
  for (const field of UNIQUE_FIELDS) {
    const value = values[field];
    if (!value) continue;
    const same = (other: string | null) =>
      field === 'memberId' ? other?.toLowerCase() === value.toLowerCase() : other === value;
    if (rows.some((row) => same(row[field]))) return field;
  }
  return null;
}

const DUPLICATE_MESSAGES: Record<(typeof UNIQUE_FIELDS)[number], string> = {
  memberId: 'Another member of this account already has this member id (ids are compared ignoring case).',
  mobile: 'Another member of this account already has this mobile number.',
  email: 'Another member of this account already has this email address.',
  wechatId: 'Another member of this account already has this WeChat id.',
};

const memberAudit = (values: { memberId: string; departmentIds: string[] }, changed: string[]) => ({
  memberId: values.memberId,
  departmentIds: values.departmentIds,
  fields: changed,
});

const unique = (ids: readonly string[]) => [...new Set(ids)];

/**
 * Adds a member: the fields checked and normalized (address-book-rules.ts), one or more
 * departments of the account, within the account's member cap and each department's cap, counted
 * after the account row is locked. Duplicates (member id ignoring case, mobile, email, WeChat id)
 * are decided by the unique indexes. Audited.
 */
export async function addMember(
  ctx: Context,
  input: MemberFields & { accountId: string },
): Promise<MemberWithDepartments> {
  const account = await enterpriseAccount(ctx, input.accountId, 'input.accountId');
  const reach = writeReach(ctx.viewer, account.id);
  const values = checkMemberFields(input, true);
  if (isProblem(values)) throw fieldError(values, 'input.');
  const departmentIds = unique(input.departmentIds ?? []);
  if (departmentIds.length === 0)
    throw badInput('input.departmentIds', 'REQUIRED', 'A member belongs to one department or more: choose one.');
  const now = ctx.clock.now();
  const id = await ctx.db.transaction(async (tx) => {
    await lockAccount(tx, account.id);
    const joined = await departmentsOf(tx, account.id, departmentIds, 'input.departmentIds');
    requireInScope(
      reach,
      joined.map((department) => department.path),
      'One of these departments',
    );
    await checkMemberCap(ctx, tx, account.id, 'input.accountId');
    await checkDepartmentCaps(ctx, tx, joined, 'input.departmentIds');
    const [row] = await tx
      .insert(members)
      .values({
        accountId: account.id,
        memberId: values.memberId as string,
        name: values.name as string,
        mobile: values.mobile ?? null,
        email: values.email ?? null,
        wechatId: values.wechatId ?? null,
        position: values.position ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: members.id });
    if (!row) {
      const field = (await duplicateField(tx, account.id, values, null)) ?? 'memberId';
      throw badInput(`input.${field}`, 'DUPLICATE', DUPLICATE_MESSAGES[field]);
    }
    await tx
      .insert(memberDepartments)
      .values(departmentIds.map((departmentId) => ({ memberId: row.id, departmentId })));
    await recordAudit(ctx, tx, {
      action: 'enterprise.member.add',
      targetType: 'Member',
      targetId: row.id,
      after: {
        accountId: account.id,
        ...memberAudit({ memberId: values.memberId as string, departmentIds }, Object.keys(values)),
      },
    });
    return row.id;
  });
  return (await memberRow(ctx.db, id)) as MemberWithDepartments;
}

/**
 * Changes a member's fields or departments (only the fields given; '' clears an optional one). A
 * hierarchical administrator must have all its departments, old and new, in scope; departments
 * it joins must have room. Audited.
 */
export async function updateMember(ctx: Context, id: string, input: MemberFields): Promise<MemberWithDepartments> {
  const found = await ctx.loaders.memberById.load(id);
  if (!found) throw notFound('member');
  const account = await enterpriseAccount(ctx, found.accountId, 'id');
  const reach = writeReach(ctx.viewer, account.id);
  const values = checkMemberFields(input, false);
  if (isProblem(values)) throw fieldError(values, 'input.');
  const departmentIds = input.departmentIds ? unique(input.departmentIds) : null;
  if (departmentIds && departmentIds.length === 0)
    throw badInput('input.departmentIds', 'REQUIRED', 'A member belongs to one department or more: keep one.');
  await ctx.db.transaction(async (tx) => {
    await lockAccount(tx, account.id);
    const member = await memberRow(tx, id);
    if (!member) throw notFound('member');
    requireInScope(reach, member.departmentPaths, 'This member');
    let joined: DepartmentRow[] = [];
    if (departmentIds) {
      const chosen = await departmentsOf(tx, account.id, departmentIds, 'input.departmentIds');
      requireInScope(
        reach,
        chosen.map((department) => department.path),
        'One of these departments',
      );
      joined = chosen.filter((department) => !member.departmentIds.includes(department.id));
      await checkDepartmentCaps(ctx, tx, joined, 'input.departmentIds');
    }
    const changed = (Object.keys(values) as Array<keyof MemberValues>).filter((key) => values[key] !== member[key]);
    const left = departmentIds ? member.departmentIds.filter((d) => !departmentIds.includes(d)) : [];
    if (changed.length === 0 && joined.length === 0 && left.length === 0) return;
    const duplicate = await duplicateField(tx, account.id, pick(values, changed), member.id);
    if (duplicate) throw badInput(`input.${duplicate}`, 'DUPLICATE', DUPLICATE_MESSAGES[duplicate]);
    await tx
      .update(members)
      .set({ ...pick(values, changed), updatedAt: ctx.clock.now() })
      .where(eq(members.id, member.id));
    if (left.length > 0)
      await tx
        .delete(memberDepartments)
        .where(and(eq(memberDepartments.memberId, member.id), inArray(memberDepartments.departmentId, left)));
    if (joined.length > 0)
      await tx
        .insert(memberDepartments)
        .values(joined.map((department) => ({ memberId: member.id, departmentId: department.id })))
        .onConflictDoNothing();
    await recordAudit(ctx, tx, {
      action: 'enterprise.member.update',
      targetType: 'Member',
      targetId: member.id,
      before: memberAudit(member, []),
      after: memberAudit(
        { memberId: values.memberId ?? member.memberId, departmentIds: departmentIds ?? member.departmentIds },
        [...changed, ...(joined.length || left.length ? ['departments'] : [])],
      ),
    });
  });
  return (await memberRow(ctx.db, id)) as MemberWithDepartments;
}

function pick(values: MemberValues, keys: Array<keyof MemberValues>): MemberValues {
  return Object.fromEntries(keys.map((key) => [key, values[key]])) as MemberValues;
}

/** Removes a member; its follow, if any, goes back to UNVERIFIED with no member, in the same transaction. Audited. */
export async function removeMember(ctx: Context, id: string): Promise<boolean> {
  const found = await ctx.loaders.memberById.load(id);
  if (!found) throw notFound('member');
  const account = await enterpriseAccount(ctx, found.accountId, 'id');
  const reach = writeReach(ctx.viewer, account.id);
  return ctx.db.transaction(async (tx) => {
    await lockAccount(tx, account.id);
    const member = await memberRow(tx, id);
    if (!member) throw notFound('member');
    requireInScope(reach, member.departmentPaths, 'This member');
    const unfollowed = await tx
      .update(follows)
      .set({ memberId: null, status: 'UNVERIFIED', method: null, updatedAt: ctx.clock.now() })
      .where(eq(follows.memberId, member.id))
      .returning({ id: follows.id });
    await tx.delete(members).where(eq(members.id, member.id));
    await recordAudit(ctx, tx, {
      action: 'enterprise.member.remove',
      targetType: 'Member',
      targetId: member.id,
      before: { accountId: account.id, ...memberAudit(member, []) },
      after: { followsUnverified: unfollowed.map((row) => row.id) },
    });
    return true;
  });
}

/**
 * Imports members from CSV (member-import.ts): each row added or updated in its own savepoint
 * with the rules of addMember and updateMember, the caps counting the rows already accepted.
 */
export async function importMembers(ctx: Context, accountId: string, csv: string): Promise<MemberImportReport> {
  const account = await enterpriseAccount(ctx, accountId, 'accountId');
  const reach = writeReach(ctx.viewer, account.id);
  return importMembersCsv(ctx, { account, reach, csv, lockAccount, requireInScope });
}

/* Directory scopes ---------------------------------------------------------------------------- */

/** The hierarchical administrators of the account (its system administrators and ADMIN; others none). */
export async function listDirectoryScopes(ctx: Context, accountId: string): Promise<DirectoryScopeRow[]> {
  const account = await enterpriseAccount(ctx, accountId, 'accountId');
  if (readReach(ctx.viewer, account.id) !== 'ALL') return [];
  return ctx.db
    .select()
    .from(directoryScopes)
    .where(eq(directoryScopes.accountId, account.id))
    .orderBy(asc(directoryScopes.grantedAt), asc(directoryScopes.userId));
}

/**
 * Grants a user VIEW or MANAGE over departments (with their subtrees) of the account, replacing
 * their earlier scope there. The account's system administrators and ADMIN only; not to one of its
 * operators (they already have everything). The grantee's next request carries it. Audited.
 */
export async function grantDirectoryScope(
  ctx: Context,
  input: { accountId: string; userId: string; departmentIds: string[]; permission: DirectoryPermissionName },
): Promise<boolean> {
  const account = await enterpriseAccount(ctx, input.accountId, 'input.accountId');
  requireSystemAdministrator(ctx.viewer, account.id);
  const departmentIds = unique(input.departmentIds);
  if (departmentIds.length === 0)
    throw badInput('input.departmentIds', 'REQUIRED', 'Choose the departments (one or more) the scope covers.');
  const [user] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, input.userId), eq(users.active, true)));
  if (!user) throw notFound('active user', 'input.userId');
  return ctx.db.transaction(async (tx) => {
    await lockAccount(tx, account.id);
    const [operator] = await tx
      .select({ userId: accountOperators.userId })
      .from(accountOperators)
      .where(and(eq(accountOperators.accountId, account.id), eq(accountOperators.userId, user.id)));
    if (operator)
      throw badInput(
        'input.userId',
        'ALREADY_OPERATOR',
        'This user operates the account: as a system administrator they already manage the whole address book.',
      );
    await departmentsOf(tx, account.id, departmentIds, 'input.departmentIds');
    const scopeOf = and(eq(directoryScopes.accountId, account.id), eq(directoryScopes.userId, user.id));
    const [earlier] = await tx.select().from(directoryScopes).where(scopeOf);
    const earlierDepartments = earlier
      ? await tx
          .select({ id: directoryScopeDepartments.departmentId })
          .from(directoryScopeDepartments)
          .where(
            and(eq(directoryScopeDepartments.accountId, account.id), eq(directoryScopeDepartments.userId, user.id)),
          )
      : [];
    await tx
      .delete(directoryScopeDepartments)
      .where(and(eq(directoryScopeDepartments.accountId, account.id), eq(directoryScopeDepartments.userId, user.id)));
    await tx.delete(directoryScopes).where(scopeOf);
    await tx.insert(directoryScopes).values({
      accountId: account.id,
      userId: user.id,
      permission: input.permission,
      grantedById: ctx.viewer?.id ?? null,
      grantedAt: ctx.clock.now(),
    });
    await tx
      .insert(directoryScopeDepartments)
      .values(departmentIds.map((departmentId) => ({ accountId: account.id, userId: user.id, departmentId })));
    await recordAudit(ctx, tx, {
      action: 'enterprise.directoryScope.grant',
      targetType: 'Account',
      targetId: account.id,
      before: earlier
        ? { userId: user.id, permission: earlier.permission, departmentIds: earlierDepartments.map((d) => d.id) }
        : null,
      after: { userId: user.id, permission: input.permission, departmentIds },
    });
    return true;
  });
}

/** Takes a user's directory scope in the account away (its system administrators and ADMIN). Audited. */
export async function revokeDirectoryScope(ctx: Context, accountId: string, userId: string): Promise<boolean> {
  const account = await enterpriseAccount(ctx, accountId, 'accountId');
  requireSystemAdministrator(ctx.viewer, account.id);
  return ctx.db.transaction(async (tx) => {
    await lockAccount(tx, account.id);
    const scopeOf = and(eq(directoryScopes.accountId, account.id), eq(directoryScopes.userId, userId));
    const [earlier] = await tx.select().from(directoryScopes).where(scopeOf);
    if (!earlier) throw notFound('directory scope of this user in this account', 'userId');
    const gone = await tx
      .delete(directoryScopeDepartments)
      .where(and(eq(directoryScopeDepartments.accountId, account.id), eq(directoryScopeDepartments.userId, userId)))
      .returning({ id: directoryScopeDepartments.departmentId });
    await tx.delete(directoryScopes).where(scopeOf);
    await recordAudit(ctx, tx, {
      action: 'enterprise.directoryScope.revoke',
      targetType: 'Account',
      targetId: account.id,
      before: { userId, permission: earlier.permission, departmentIds: gone.map((d) => d.id) },
    });
    return true;
  });
}

/* Export -------------------------------------------------------------------------------------- */

/**
 * The departments cell of the CSV export for the account: each member's departments that the
 * viewer may see, as paths of names from the top (the import's format), in one statement.
 */
export async function departmentsCellFor(
  ctx: Context,
  accountId: string,
): Promise<(member: MemberWithDepartments) => string> {
  const reach = readReach(ctx.viewer, accountId);
  const rows = await ctx.db
    .select({ id: departments.id, name: departments.name, path: departments.path })
    .from(departments)
    .where(eq(departments.accountId, accountId));
  const nameOf = new Map(rows.map((row) => [row.id, row.name]));
  const visible = (path: string) => reach === 'ALL' || (reach?.some((granted) => inSubtree(path, granted)) ?? false);
  return (member) =>
    formatDepartmentPaths(
      member.departmentPaths.filter(visible).map((path) =>
        path
          .split('/')
          .filter(Boolean)
          .map((id) => nameOf.get(id) ?? ''),
      ),
    );
}

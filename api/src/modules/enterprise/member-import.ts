import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { and, count, eq, inArray, or, sql } from 'drizzle-orm';
import { AppError, badInput } from '../../common/errors';
import type { Context } from '../../context';
import type { Executor } from '../../db/client';
import { memberColumns } from '../../db/enterprise-loaders';
import { type AccountRow, type DepartmentRow, departments, memberDepartments, members } from '../../db/schema';
import { recordAudit } from '../audit/audit.service';
import {
  CSV_COLUMNS,
  type CsvColumn,
  checkDepartmentName,
  checkMemberFields,
  columnOf,
  type FieldProblem,
  isProblem,
  MAX_DEPARTMENT_DEPTH,
  type MemberFieldsInput,
  type MemberValues,
  parseDepartmentPaths,
  unguardCell,
} from './address-book-rules';
import type { MemberImportRefusal, MemberImportReport } from './enterprise.type';
import { departmentCapAt, memberCapOf } from './member-cap';

/**
 * The CSV import of an address book (seed 003). The whole file is parsed first (csv-parse); a
 * malformed one is refused whole (BAD_CSV). Then, in one transaction holding the account's lock,
 * the address book is read once (the account's departments with their direct member counts, the
 * members the file names by member id, mobile, email or WeChat id) and each row is decided in
 * memory with the rules of addMember / updateMember — the caps and duplicates counting the rows
 * accepted before it — and written in its own savepoint: one statement for the member (and its
 * departments), one more when its department paths create departments. A refused row writes
 * nothing; a statement the database refuses anyway rolls back to the row's savepoint.
 */

type Reach = 'ALL' | string[];

interface ImportEnvironment {
  account: AccountRow;
  reach: Reach;
  csv: string;
  lockAccount(tx: Executor, accountId: string): Promise<void>;
  requireInScope(reach: Reach, paths: readonly string[], what: string): void;
}

interface Row {
  line: number;
  cells: Partial<Record<CsvColumn, string>>;
  width: number;
}

interface MemberState {
  id: string;
  memberId: string;
  name: string;
  mobile: string | null;
  email: string | null;
  wechatId: string | null;
  position: string | null;
  departmentIds: string[];
}

type DepartmentState = Pick<DepartmentRow, 'id' | 'parentId' | 'name' | 'path' | 'depth'>;

/** A row's refusal, as the report gives it. */
class RowRefusal extends Error {
  constructor(
    readonly field: string,
    readonly code: string,
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

const fromProblem = (problem: FieldProblem) =>
  new RowRefusal(problem.field, 'BAD_USER_INPUT', problem.reason, problem.message);

function fromAppError(error: AppError, field: string): RowRefusal {
  const extensions = error.extensions as { field?: unknown };
  const named = typeof extensions.field === 'string' ? extensions.field.replace(/^input\./, '') : field;
  return new RowRefusal(named, error.code, error.reason, error.message);
}

/** The file's rows, or BAD_CSV for a file that is not CSV with a header of known columns. */
function readCsv(csv: string): { columns: CsvColumn[]; rows: Row[] } {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(csv, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    // csv-parse's CsvError (its sync build has a class of its own, so known by its code).
    const { code, lines, message } = error as { code?: unknown; lines?: number; message?: string };
    if (typeof code === 'string' && code.startsWith('CSV_'))
      throw badInput('csv', 'BAD_CSV', `This is not a well-formed CSV file: ${message}.`, { line: lines });
    throw error;
  }
  const header = records[0];
  if (!header)
    throw badInput(
      'csv',
      'BAD_CSV',
      `The file is empty: its first line must be the header (${CSV_COLUMNS.join(',')}).`,
    );
  const columns: CsvColumn[] = [];
  for (const cell of header.record) {
    const column = columnOf(cell.replace(/^\uFEFF/, ''));
    if (!column)
      throw badInput(
        'csv',
        'BAD_CSV',
        `The first line must be the header, of the columns ${CSV_COLUMNS.join(',')} (or 账号,姓名,手机,邮箱,微信号,职务,部门): “${cell}” is not one of them.`,
        { line: 1 },
      );
    if (columns.includes(column))
      throw badInput('csv', 'BAD_CSV', `The header names the column “${column}” twice.`, { line: 1 });
    columns.push(column);
  }
  if (!columns.includes('memberId'))
    throw badInput('csv', 'BAD_CSV', 'The header needs the column memberId (账号): it identifies each member.', {
      line: 1,
    });
  const rows: Row[] = [];
  for (const { record, info } of records.slice(1)) {
    if (record.every((cell) => cell.trim() === '')) continue;
    const cells: Row['cells'] = {};
    columns.forEach((column, i) => {
      const cell = record[i];
      if (cell !== undefined) cells[column] = unguardCell(cell);
    });
    rows.push({ line: info.lines, cells, width: record.length });
  }
  return { columns, rows };
}

/** A row's member fields: a column the file lacks is not given; a present empty cell clears. */
function fieldsOf(row: Row): MemberFieldsInput {
  return {
    memberId: row.cells.memberId,
    name: row.cells.name,
    mobile: row.cells.mobile,
    email: row.cells.email,
    wechatId: row.cells.wechatId,
    position: row.cells.position,
  };
}

const DUPLICATES: Record<'mobile' | 'email' | 'wechatId', string> = {
  mobile: 'Another member of this account already has this mobile number.',
  email: 'Another member of this account already has this email address.',
  wechatId: 'Another member of this account already has this WeChat id.',
};

export async function importMembersCsv(ctx: Context, env: ImportEnvironment): Promise<MemberImportReport> {
  const { account, reach } = env;
  const { columns, rows } = readCsv(env.csv);
  const now = ctx.clock.now();
  // The values the rows look members up by, normalized as they are stored.
  const lookups = rows.map((row) => checkMemberFields(fieldsOf(row), false));
  const wanted = {
    ids: new Set<string>(),
    mobiles: new Set<string>(),
    emails: new Set<string>(),
    wechat: new Set<string>(),
  };
  for (const values of lookups) {
    if (isProblem(values)) continue;
    if (values.memberId) wanted.ids.add(values.memberId.toLowerCase());
    if (values.mobile) wanted.mobiles.add(values.mobile);
    if (values.email) wanted.emails.add(values.email);
    if (values.wechatId) wanted.wechat.add(values.wechatId);
  }

  return ctx.db.transaction(async (tx) => {
    await env.lockAccount(tx, account.id);
    const [memberCap, departmentCap] = [await memberCapOf(tx, account.id, now), await departmentCapAt(tx, now)];
    const [memberTotal] = await tx.select({ value: count() }).from(members).where(eq(members.accountId, account.id));
    const departmentRows = await tx
      .select({
        id: departments.id,
        parentId: departments.parentId,
        name: departments.name,
        path: departments.path,
        depth: departments.depth,
        direct: sql<number>`(select count(*)::int from ${memberDepartments} as md where md.department_id = ${sql.raw('"departments"."id"')})`,
      })
      .from(departments)
      .where(eq(departments.accountId, account.id));
    const known = await tx
      .select({
        id: members.id,
        memberId: members.memberId,
        name: members.name,
        mobile: members.mobile,
        email: members.email,
        wechatId: members.wechatId,
        position: members.position,
        departmentIds: memberColumns().departmentIds,
      })
      .from(members)
      .where(
        and(
          eq(members.accountId, account.id),
          or(
            inArray(sql`lower(${members.memberId})`, [...wanted.ids]),
            inArray(members.mobile, [...wanted.mobiles]),
            inArray(members.email, [...wanted.emails]),
            inArray(members.wechatId, [...wanted.wechat]),
          ),
        ),
      );

    // The address book as the rows see it, updated as each accepted row is written.
    let memberCount = memberTotal?.value ?? 0;
    const byMemberId = new Map<string, MemberState>();
    const owners = {
      mobile: new Map<string, string>(),
      email: new Map<string, string>(),
      wechatId: new Map<string, string>(),
    };
    const remember = (member: MemberState) => {
      byMemberId.set(member.memberId.toLowerCase(), member);
      if (member.mobile) owners.mobile.set(member.mobile, member.id);
      if (member.email) owners.email.set(member.email, member.id);
      if (member.wechatId) owners.wechatId.set(member.wechatId, member.id);
    };
    const forget = (member: MemberState) => {
      byMemberId.delete(member.memberId.toLowerCase());
      for (const field of ['mobile', 'email', 'wechatId'] as const) {
        const value = member[field];
        if (value && owners[field].get(value) === member.id) owners[field].delete(value);
      }
    };
    for (const member of known) remember(member);
    const departmentById = new Map<string, DepartmentState>();
    const childByName = new Map<string, DepartmentState>();
    const directCount = new Map<string, number>();
    const place = (parentId: string | null, name: string) => `${parentId ?? ''}/${name}`;
    const addDepartment = (department: DepartmentState) => {
      departmentById.set(department.id, department);
      childByName.set(place(department.parentId, department.name), department);
    };
    for (const { direct, ...department } of departmentRows) {
      addDepartment(department);
      directCount.set(department.id, direct);
    }

    const report: MemberImportReport = { rows: rows.length, added: 0, updated: 0, refused: [] };
    const addedIds: string[] = [];
    const updatedIds: string[] = [];
    let departmentsCreated = 0;

    for (const [index, row] of rows.entries()) {
      const rawMemberId = row.cells.memberId?.trim() || null;
      try {
        if (row.width !== columns.length)
          throw new RowRefusal(
            'line',
            'BAD_USER_INPUT',
            'INVALID_FORMAT',
            `This line has ${row.width} cells where the header has ${columns.length}.`,
          );
        const lookup = lookups[index];
        const memberIdOf = lookup && !isProblem(lookup) ? lookup.memberId : undefined;
        const existing = memberIdOf ? byMemberId.get(memberIdOf.toLowerCase()) : undefined;
        const values = checkMemberFields(fieldsOf(row), !existing);
        if (isProblem(values)) throw fromProblem(values);

        // Departments: each path resolved from the top, the missing levels planned for creation.
        const created: DepartmentState[] = [];
        const chosen: DepartmentState[] = [];
        const cell = row.cells.departments?.trim() ?? '';
        for (const names of cell ? parseDepartmentPaths(cell) : []) {
          let parent: DepartmentState | null = null;
          for (const rawName of names) {
            const checked = checkDepartmentName(rawName);
            if (isProblem(checked)) throw fromProblem({ ...checked, field: 'departments' });
            const parentId: string | null = parent ? parent.id : null;
            const found: DepartmentState | undefined =
              childByName.get(place(parentId, checked.name)) ??
              created.find((d) => d.parentId === parentId && d.name === checked.name);
            if (found) {
              parent = found;
              continue;
            }
            const depth: number = (parent?.depth ?? 0) + 1;
            if (depth > MAX_DEPARTMENT_DEPTH)
              throw new RowRefusal(
                'departments',
                'BAD_USER_INPUT',
                'TOO_MANY_LEVELS',
                `Departments go at most ${MAX_DEPARTMENT_DEPTH} levels deep: “${names.join('/')}” has ${names.length}.`,
              );
            try {
              env.requireInScope(
                reach,
                parent ? [parent.path] : [],
                parent ? `The department “${parent.name}”` : 'The top of the tree',
              );
            } catch (error) {
              if (error instanceof AppError) throw fromAppError(error, 'departments');
              throw error;
            }
            const id = randomUUID();
            const department: DepartmentState = {
              id,
              parentId: parent?.id ?? null,
              name: checked.name,
              path: `${parent?.path ?? ''}${id}/`,
              depth,
            };
            created.push(department);
            parent = department;
          }
          const leaf: DepartmentState | null = parent;
          if (leaf && !chosen.some((d) => d.id === leaf.id)) chosen.push(leaf);
        }
        if (!existing && chosen.length === 0)
          throw new RowRefusal(
            'departments',
            'BAD_USER_INPUT',
            'REQUIRED',
            'A member belongs to one department or more: give its departments as paths like 研发部/后端.',
          );

        // Who may: all of its departments, old and new, in the administrator's scope.
        const oldPaths = existing ? existing.departmentIds.map((id) => departmentById.get(id)?.path ?? '') : [];
        try {
          if (existing) env.requireInScope(reach, oldPaths, 'This member');
          if (chosen.length > 0)
            env.requireInScope(
              reach,
              chosen.map((d) => d.path),
              'One of these departments',
            );
        } catch (error) {
          if (error instanceof AppError) throw fromAppError(error, existing ? 'memberId' : 'departments');
          throw error;
        }

        // The caps, counting the rows already accepted.
        if (!existing && memberCount >= memberCap)
          throw new RowRefusal(
            'memberId',
            'QUOTA_EXCEEDED',
            'MEMBERS',
            `The address book is full: this account may have ${memberCap} members.`,
          );
        const departmentIds = chosen.length > 0 ? chosen.map((d) => d.id) : (existing?.departmentIds ?? []);
        const joined = departmentIds.filter((id) => !existing?.departmentIds.includes(id));
        const left = existing ? existing.departmentIds.filter((id) => !departmentIds.includes(id)) : [];
        const full = joined.find((id) => (directCount.get(id) ?? 0) >= departmentCap);
        if (full)
          throw new RowRefusal(
            'departments',
            'QUOTA_EXCEEDED',
            'DEPARTMENT_MEMBERS',
            `The department “${departmentById.get(full)?.name ?? ''}” already has ${departmentCap} direct members, the most a department may have.`,
          );

        // Duplicates among the other members (those of the file accepted so far included).
        for (const field of ['mobile', 'email', 'wechatId'] as const) {
          const value = values[field];
          const owner = value ? owners[field].get(value) : undefined;
          if (owner && owner !== existing?.id)
            throw new RowRefusal(field, 'BAD_USER_INPUT', 'DUPLICATE', DUPLICATES[field]);
        }

        const next: MemberState = {
          id: existing?.id ?? randomUUID(),
          memberId: values.memberId ?? existing?.memberId ?? '',
          name: values.name ?? existing?.name ?? '',
          mobile: pickValue(values, 'mobile', existing),
          email: pickValue(values, 'email', existing),
          wechatId: pickValue(values, 'wechatId', existing),
          position: pickValue(values, 'position', existing),
          departmentIds,
        };
        const unchanged =
          existing &&
          created.length === 0 &&
          joined.length === 0 &&
          left.length === 0 &&
          (['memberId', 'name', 'mobile', 'email', 'wechatId', 'position'] as const).every(
            (key) => next[key] === existing[key],
          );
        if (!unchanged) {
          try {
            await tx.transaction(async (savepoint) => {
              if (created.length > 0)
                await savepoint
                  .insert(departments)
                  .values(created.map((d) => ({ ...d, accountId: account.id, createdAt: now })));
              await savepoint.execute(
                existing ? updateStatement(next, joined, left, now) : insertStatement(account.id, next, now),
              );
            });
          } catch (error) {
            const refusal = databaseRefusal(error);
            if (refusal) throw refusal;
            throw error;
          }
        }

        // Accepted: the in-memory address book follows.
        for (const department of created) {
          addDepartment(department);
          directCount.set(department.id, 0);
        }
        departmentsCreated += created.length;
        for (const id of joined) directCount.set(id, (directCount.get(id) ?? 0) + 1);
        for (const id of left) directCount.set(id, (directCount.get(id) ?? 0) - 1);
        if (existing) forget(existing);
        remember(next);
        if (existing) {
          report.updated += 1;
          if (!unchanged) updatedIds.push(next.id);
        } else {
          report.added += 1;
          memberCount += 1;
          addedIds.push(next.id);
        }
      } catch (error) {
        if (!(error instanceof RowRefusal)) throw error;
        report.refused.push(refusalLine(row.line, rawMemberId, error));
      }
    }

    await recordAudit(ctx, tx, {
      action: 'enterprise.member.import',
      targetType: 'Account',
      targetId: account.id,
      after: {
        rows: report.rows,
        added: addedIds,
        updated: updatedIds,
        unchanged: report.updated - updatedIds.length,
        refused: report.refused.map((refusal) => ({ line: refusal.line, reason: refusal.reason })),
        departmentsCreated,
      },
    });
    return report;
  });
}

function pickValue(
  values: MemberValues,
  key: 'mobile' | 'email' | 'wechatId' | 'position',
  existing: MemberState | undefined,
): string | null {
  if (key in values) return values[key] ?? null;
  return existing ? existing[key] : null;
}

function refusalLine(line: number, memberId: string | null, refusal: RowRefusal): MemberImportRefusal {
  return {
    line,
    memberId,
    field: refusal.field,
    code: refusal.code,
    reason: refusal.reason,
    message: refusal.message,
  };
}

/** The member and its departments in one statement. */
function insertStatement(accountId: string, member: MemberState, now: Date) {
  const at = now.toISOString();
  return sql`with inserted as (
      insert into ${members} ("id", "account_id", "member_id", "name", "mobile", "email", "wechat_id", "position", "created_at", "updated_at")
      values (${member.id}::uuid, ${accountId}::uuid, ${member.memberId}, ${member.name}, ${member.mobile}, ${member.email}, ${member.wechatId}, ${member.position}, ${at}::timestamptz, ${at}::timestamptz)
      returning "id")
    insert into ${memberDepartments} ("member_id", "department_id")
    select inserted."id", department from inserted cross join unnest(${sql.param(member.departmentIds)}::uuid[]) as department`;
}

/** The member's fields and its departments' changes in one statement. */
function updateStatement(member: MemberState, joined: string[], left: string[], now: Date) {
  return sql`with updated as (
      update ${members} set "member_id" = ${member.memberId}, "name" = ${member.name}, "mobile" = ${member.mobile},
        "email" = ${member.email}, "wechat_id" = ${member.wechatId}, "position" = ${member.position},
        "updated_at" = ${now.toISOString()}::timestamptz
      where "id" = ${member.id}::uuid returning "id"),
    gone as (
      delete from ${memberDepartments} where "member_id" = ${member.id}::uuid and "department_id" = any(${sql.param(left)}::uuid[]))
    insert into ${memberDepartments} ("member_id", "department_id")
    select updated."id", department from updated cross join unnest(${sql.param(joined)}::uuid[]) as department`;
}

const CONSTRAINT_FIELDS: Record<string, string> = {
  members_member_id_uq: 'memberId',
  members_mobile_uq: 'mobile',
  members_email_uq: 'email',
  members_wechat_id_uq: 'wechatId',
  departments_sibling_name_uq: 'departments',
};

/** A unique index the row ran into after all (its savepoint rolled back): the row's refusal. */
function databaseRefusal(error: unknown): RowRefusal | null {
  let cause: unknown = error;
  for (let depth = 0; cause && depth < 4; depth += 1) {
    const {
      code,
      constraint_name: constraintName,
      constraint,
    } = cause as {
      code?: string;
      constraint_name?: string;
      constraint?: string;
    };
    const name = constraintName ?? constraint;
    if (code === '23505' && name && CONSTRAINT_FIELDS[name]) {
      const field = CONSTRAINT_FIELDS[name];
      return new RowRefusal(field, 'BAD_USER_INPUT', 'DUPLICATE', `Another row or member already has this ${field}.`);
    }
    cause = (cause as { cause?: unknown }).cause;
  }
  return null;
}

import { and, asc, count, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Clock } from '../common/clock';
import { memberCapsOf, memberCountsOf } from '../modules/enterprise/member-cap';
import type { BatchGate } from './batch-gate';
import { grouped, keyed, NO_ROW } from './batch-loaders';
import type { Db } from './client';
import {
  type DepartmentRow,
  departments,
  directoryScopeDepartments,
  directoryScopes,
  type EnterpriseSettingsRow,
  enterpriseAppDepartments,
  enterpriseApps,
  enterpriseSettings,
  type FollowEventRow,
  type FollowRow,
  followEvents,
  follows,
  type MemberWithDepartments,
  memberDepartments,
  members,
} from './schema';

/**
 * A member with its departments' ids and paths, as services and loaders hand members to the graph.
 * The subqueries name their tables by alias and the member by `"members"."id"`: drizzle writes a
 * column in a select list without its table, and an unqualified `id` there would be the
 * department's.
 */
export function memberColumns() {
  const member = sql.raw('"members"."id"');
  return {
    departmentIds: sql<
      string[]
    >`coalesce((select array_agg(md.department_id order by d.depth, d.name) from ${memberDepartments} as md join ${departments} as d on d.id = md.department_id where md.member_id = ${member}), '{}')`,
    departmentPaths: sql<
      string[]
    >`coalesce((select array_agg(d.path) from ${memberDepartments} as md join ${departments} as d on d.id = md.department_id where md.member_id = ${member}), '{}')`,
  };
}

/** The loaders of the enterprise address book and follows (seed 003), one statement per batch. */
export function enterpriseLoaders(db: Db, gate: BatchGate, clock: Clock) {
  return {
    departmentById: keyed<DepartmentRow>(
      gate,
      (ids) => db.select().from(departments).where(inArray(departments.id, ids)),
      (row) => row.id,
    ),
    /** Sub-departments in order; the policy drops those outside the viewer's scope. */
    childDepartments: grouped(
      gate,
      (ids) =>
        db
          .select()
          .from(departments)
          .where(inArray(departments.parentId, ids))
          .orderBy(asc(departments.position), asc(departments.name)),
      (row) => row.parentId ?? '',
      (row) => row,
    ),
    directMemberCount: gate.loader<string, number>(async (ids) => {
      const rows = await db
        .select({ departmentId: memberDepartments.departmentId, value: count() })
        .from(memberDepartments)
        .where(inArray(memberDepartments.departmentId, [...ids]))
        .groupBy(memberDepartments.departmentId);
      const found = new Map(rows.map((row) => [row.departmentId, row.value]));
      return ids.map((id) => found.get(id) ?? 0);
    }),
    memberById: keyed<MemberWithDepartments>(
      gate,
      (ids) =>
        db
          .select({ ...getTableColumns(members), ...memberColumns() })
          .from(members)
          .where(inArray(members.id, ids)),
      (row) => row.id,
    ),
    followById: keyed<FollowRow>(
      gate,
      (ids) => db.select().from(follows).where(inArray(follows.id, ids)),
      (row) => row.id,
    ),
    followByMemberId: keyed<FollowRow>(
      gate,
      (ids) => db.select().from(follows).where(inArray(follows.memberId, ids)),
      (row) => row.memberId ?? '',
    ),
    followEventsByFollowId: grouped<FollowEventRow, FollowEventRow>(
      gate,
      (ids) =>
        db
          .select()
          .from(followEvents)
          .where(inArray(followEvents.followId, ids))
          .orderBy(followEvents.at, followEvents.id),
      (row) => row.followId,
      (row) => row,
    ),
    /** A scope's departments, keyed `accountId:userId`. */
    scopeDepartments: grouped(
      gate,
      async (keys) => {
        const userIds = keys.map((key) => key.split(':')[1] ?? NO_ROW);
        const rows = await db
          .select({
            accountId: directoryScopeDepartments.accountId,
            userId: directoryScopeDepartments.userId,
            department: departments,
          })
          .from(directoryScopeDepartments)
          .innerJoin(departments, eq(departments.id, directoryScopeDepartments.departmentId))
          .where(inArray(directoryScopeDepartments.userId, userIds))
          .orderBy(departments.depth, departments.name);
        return rows;
      },
      (row) => `${row.accountId}:${row.userId}`,
      (row) => row.department,
    ),
    directoryAccountIds: grouped(
      gate,
      (ids) => db.select().from(directoryScopes).where(inArray(directoryScopes.userId, ids)),
      (row) => row.userId,
      (row) => row.accountId,
    ),
    appDepartments: grouped(
      gate,
      (ids) =>
        db
          .select({ appId: enterpriseAppDepartments.appId, department: departments })
          .from(enterpriseAppDepartments)
          .innerJoin(departments, eq(departments.id, enterpriseAppDepartments.departmentId))
          .where(inArray(enterpriseAppDepartments.appId, ids))
          .orderBy(departments.depth, departments.name),
      (row) => row.appId,
      (row) => row.department,
    ),
    /** An enterprise account's member cap at this request's moment (member-cap.ts). */
    memberCap: gate.loader<string, number>(async (ids) => {
      const caps = await memberCapsOf(db, ids, clock.now());
      return ids.map((id) => caps.get(id) ?? 0);
    }),
    memberCount: gate.loader<string, number>(async (ids) => {
      const counts = await memberCountsOf(db, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    enterpriseSettingsByAccountId: keyed<EnterpriseSettingsRow>(
      gate,
      (ids) => db.select().from(enterpriseSettings).where(inArray(enterpriseSettings.accountId, ids)),
      (row) => row.accountId,
    ),
    /**
     * The names of the apps a member's departments see, by member id, in name order: an app
     * visible to a department is visible to its whole subtree, so a member sees the apps of each
     * of its departments and of their ancestors (the ids in its department's `path`).
     */
    appNamesByMemberId: grouped(
      gate,
      (ids) =>
        db
          .selectDistinct({ memberId: memberDepartments.memberId, name: enterpriseApps.name })
          .from(memberDepartments)
          .innerJoin(departments, eq(departments.id, memberDepartments.departmentId))
          // The department's path lists its ancestors' ids and its own: `a/b/c/` → {a, b, c}.
          .innerJoin(
            enterpriseAppDepartments,
            sql`${enterpriseAppDepartments.departmentId} = any(string_to_array(rtrim(${departments.path}, '/'), '/')::uuid[])`,
          )
          .innerJoin(
            enterpriseApps,
            and(
              eq(enterpriseApps.id, enterpriseAppDepartments.appId),
              eq(enterpriseApps.accountId, departments.accountId),
            ),
          )
          .where(inArray(memberDepartments.memberId, ids))
          .orderBy(memberDepartments.memberId, enterpriseApps.name),
      (row) => row.memberId,
      (row) => row.name,
    ),
  };
}

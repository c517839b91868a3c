import type { Connection } from '../../common/pagination';
import type { Context } from '../../context';
import type { DepartmentRow, DirectoryPermissionName, DirectoryScopeRow, MemberWithDepartments } from '../../db/schema';
import type { MemberImportReport } from './enterprise.type';

/**
 * The address book of an enterprise account (seed 003): departments in a tree and members, with
 * the caps of the rules, under the directory scopes of hierarchical administrators.
 */
const todo = (name: string): never => {
  throw new Error(`${name}: not implemented yet`);
};

export async function findDepartment(_ctx: Context, _id: string): Promise<DepartmentRow | null> {
  return todo('findDepartment');
}
export async function findMember(_ctx: Context, _id: string): Promise<MemberWithDepartments | null> {
  return todo('findMember');
}
export async function listDepartments(_ctx: Context, _accountId: string): Promise<DepartmentRow[]> {
  return todo('listDepartments');
}
export async function listMembers(
  _ctx: Context,
  _args: {
    accountId: string;
    departmentId?: string | null;
    directOnly?: boolean | null;
    search?: string | null;
    first?: number | null;
    after?: string | null;
  },
): Promise<Connection<MemberWithDepartments>> {
  return todo('listMembers');
}
export async function createDepartment(
  _ctx: Context,
  _input: { accountId: string; parentId?: string | null; name: string },
): Promise<DepartmentRow> {
  return todo('createDepartment');
}
export async function updateDepartment(
  _ctx: Context,
  _id: string,
  _input: { name?: string | null; parentId?: string | null; toTop?: boolean | null },
): Promise<DepartmentRow> {
  return todo('updateDepartment');
}
export async function deleteDepartment(_ctx: Context, _id: string): Promise<boolean> {
  return todo('deleteDepartment');
}
export interface MemberFields {
  memberId?: string | null;
  name?: string | null;
  mobile?: string | null;
  email?: string | null;
  wechatId?: string | null;
  position?: string | null;
  departmentIds?: string[] | null;
}
export async function addMember(
  _ctx: Context,
  _input: MemberFields & { accountId: string },
): Promise<MemberWithDepartments> {
  return todo('addMember');
}
export async function updateMember(_ctx: Context, _id: string, _input: MemberFields): Promise<MemberWithDepartments> {
  return todo('updateMember');
}
export async function removeMember(_ctx: Context, _id: string): Promise<boolean> {
  return todo('removeMember');
}
export async function importMembers(_ctx: Context, _accountId: string, _csv: string): Promise<MemberImportReport> {
  return todo('importMembers');
}
export async function listDirectoryScopes(_ctx: Context, _accountId: string): Promise<DirectoryScopeRow[]> {
  return todo('listDirectoryScopes');
}
export async function grantDirectoryScope(
  _ctx: Context,
  _input: { accountId: string; userId: string; departmentIds: string[]; permission: DirectoryPermissionName },
): Promise<boolean> {
  return todo('grantDirectoryScope');
}
export async function revokeDirectoryScope(_ctx: Context, _accountId: string, _userId: string): Promise<boolean> {
  return todo('revokeDirectoryScope');
}

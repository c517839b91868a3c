import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { localIdOf, toGlobalId } from '../../common/ids';
import { registerNodeType } from '../../common/node';
import type { Context } from '../../context';
import type { AccountRow, DepartmentRow, DirectoryScopeRow, MemberWithDepartments, UserRow } from '../../db/schema';
import { Account } from '../accounts/account.type';
import { User } from '../auth/user.type';
import {
  addMember,
  createDepartment,
  deleteDepartment,
  findDepartment,
  findMember,
  grantDirectoryScope,
  importMembers,
  listDepartments,
  listDirectoryScopes,
  listMembers,
  removeMember,
  revokeDirectoryScope,
  updateDepartment,
  updateMember,
} from './address-book.service';
import { granteeId } from './directory-grantee';
import {
  AddMemberInput,
  CreateDepartmentInput,
  Department,
  DirectoryScopeGrant,
  Follow,
  GrantDirectoryScopeInput,
  Member,
  MemberConnection,
  MemberFilter,
  MemberImportReport,
  UpdateDepartmentInput,
  UpdateMemberInput,
} from './enterprise.type';

registerNodeType('Department', (ctx, id) => findDepartment(ctx, id));
registerNodeType('Member', (ctx, id) => findMember(ctx, id));

const ids = (type: string, values: string[], field: string) => values.map((id) => localIdOf(type, id, field));

@Resolver(() => Department)
export class DepartmentResolver {
  @Authorized()
  @Query(() => [Department], {
    description:
      'An enterprise account’s departments that you may see, as a flat list in tree order (depth, position, name): all of them for its system administrators (operators) and ADMIN, the granted subtrees for a hierarchical administrator.',
  })
  async departments(@Ctx() ctx: Context, @Arg('accountId', () => ID) accountId: string): Promise<DepartmentRow[]> {
    return listDepartments(ctx, localIdOf('Account', accountId, 'accountId'));
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => Department, {
    description: 'Adds a department (at most 15 levels; a name unique among its siblings). Audited.',
  })
  async createDepartment(@Ctx() ctx: Context, @Arg('input') input: CreateDepartmentInput): Promise<DepartmentRow> {
    return createDepartment(ctx, {
      accountId: localIdOf('Account', input.accountId, 'input.accountId'),
      parentId: input.parentId ? localIdOf('Department', input.parentId, 'input.parentId') : null,
      name: input.name,
    });
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => Department, { description: 'Renames or moves a department (with its subtree). Audited.' })
  async updateDepartment(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateDepartmentInput,
  ): Promise<DepartmentRow> {
    return updateDepartment(ctx, localIdOf('Department', id, 'id'), {
      name: input.name,
      parentId: input.parentId ? localIdOf('Department', input.parentId, 'input.parentId') : null,
      toTop: input.toTop,
    });
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => Boolean, { description: 'Deletes an empty department (no sub-departments, no members). Audited.' })
  async deleteDepartment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return deleteDepartment(ctx, localIdOf('Department', id, 'id'));
  }

  @FieldResolver(() => ID)
  id(@Root() row: DepartmentRow): string {
    return toGlobalId('Department', row.id);
  }

  @FieldResolver(() => Department, { nullable: true })
  async parent(@Ctx() ctx: Context, @Root() row: DepartmentRow): Promise<DepartmentRow | null> {
    return ctx.loaders.departmentById.load(row.parentId);
  }

  @FieldResolver(() => [Department])
  async children(@Ctx() ctx: Context, @Root() row: DepartmentRow): Promise<DepartmentRow[]> {
    return ctx.loaders.childDepartments.load(row.id);
  }

  @FieldResolver(() => Int)
  async directMemberCount(@Ctx() ctx: Context, @Root() row: DepartmentRow): Promise<number> {
    return ctx.loaders.directMemberCount.load(row.id);
  }
}

@Resolver(() => Member)
export class MemberResolver {
  @Authorized()
  @Query(() => MemberConnection, {
    description:
      'An enterprise account’s members that you may see, by name; filtered by department (with sub-departments) or text.',
  })
  async members(
    @Ctx() ctx: Context,
    @Arg('accountId', () => ID) accountId: string,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('filter', () => MemberFilter, { nullable: true }) filter?: MemberFilter | null,
  ) {
    return listMembers(ctx, {
      accountId: localIdOf('Account', accountId, 'accountId'),
      departmentId: filter?.departmentId ? localIdOf('Department', filter.departmentId, 'filter.departmentId') : null,
      directOnly: filter?.directOnly,
      search: filter?.search,
      first,
      after,
    });
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => Member, {
    description:
      'Adds a member to the address book, within the caps (QUOTA_EXCEEDED, reason MEMBERS or DEPARTMENT_MEMBERS). System administrators, and MANAGE administrators in their scope. Audited.',
  })
  async addMember(@Ctx() ctx: Context, @Arg('input') input: AddMemberInput): Promise<MemberWithDepartments> {
    return addMember(ctx, {
      ...input,
      accountId: localIdOf('Account', input.accountId, 'input.accountId'),
      departmentIds: ids('Department', input.departmentIds, 'input.departmentIds'),
    });
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => Member, { description: 'Changes a member’s fields or departments. Audited.' })
  async updateMember(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateMemberInput,
  ): Promise<MemberWithDepartments> {
    return updateMember(ctx, localIdOf('Member', id, 'id'), {
      ...input,
      departmentIds: input.departmentIds ? ids('Department', input.departmentIds, 'input.departmentIds') : null,
    });
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => Boolean, { description: 'Removes a member; its follow becomes unverified. Audited.' })
  async removeMember(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return removeMember(ctx, localIdOf('Member', id, 'id'));
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => MemberImportReport, {
    description:
      'Imports members from CSV (header: memberId,name,mobile,email,wechatId,position,departments; departments as paths like 研发部/后端, separated by ";"). Rows with a known member id update it. Each refused row says why and writes nothing; the accepted rows are written. Audited.',
  })
  async importMembers(
    @Ctx() ctx: Context,
    @Arg('accountId', () => ID) accountId: string,
    @Arg('csv', () => String) csv: string,
  ): Promise<MemberImportReport> {
    return importMembers(ctx, localIdOf('Account', accountId, 'accountId'), csv);
  }

  @FieldResolver(() => ID)
  id(@Root() row: MemberWithDepartments): string {
    return toGlobalId('Member', row.id);
  }

  @FieldResolver(() => [Department])
  async departments(@Ctx() ctx: Context, @Root() row: MemberWithDepartments): Promise<Array<DepartmentRow | null>> {
    return Promise.all(row.departmentIds.map((id) => ctx.loaders.departmentById.load(id)));
  }

  @FieldResolver(() => Follow, { nullable: true })
  async follow(@Ctx() ctx: Context, @Root() row: MemberWithDepartments) {
    return ctx.loaders.followByMemberId.load(row.id);
  }
}

@Resolver(() => DirectoryScopeGrant)
export class DirectoryScopeResolver {
  @Authorized('ADMIN', 'PUBLISHER')
  @Query(() => [DirectoryScopeGrant], {
    description:
      'The hierarchical administrators of an enterprise account and their scopes (its system administrators and ADMIN).',
  })
  async directoryScopes(
    @Ctx() ctx: Context,
    @Arg('accountId', () => ID) accountId: string,
  ): Promise<DirectoryScopeRow[]> {
    return listDirectoryScopes(ctx, localIdOf('Account', accountId, 'accountId'));
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => Boolean, {
    description:
      'Grants a user VIEW or MANAGE over departments (with their subtrees) of an enterprise account, replacing any earlier scope there. Its system administrators and ADMIN. Audited.',
  })
  async grantDirectoryScope(@Ctx() ctx: Context, @Arg('input') input: GrantDirectoryScopeInput): Promise<boolean> {
    return grantDirectoryScope(ctx, {
      accountId: localIdOf('Account', input.accountId, 'input.accountId'),
      userId: await granteeId(ctx, input),
      departmentIds: ids('Department', input.departmentIds, 'input.departmentIds'),
      permission: input.permission,
    });
  }

  @Authorized('ADMIN', 'PUBLISHER')
  @Mutation(() => Boolean, { description: 'Takes a user’s directory scope away. Audited.' })
  async revokeDirectoryScope(
    @Ctx() ctx: Context,
    @Arg('accountId', () => ID) accountId: string,
    @Arg('userId', () => ID) userId: string,
  ): Promise<boolean> {
    return revokeDirectoryScope(ctx, localIdOf('Account', accountId, 'accountId'), localIdOf('User', userId, 'userId'));
  }

  @FieldResolver(() => User, { nullable: true })
  async user(@Ctx() ctx: Context, @Root() row: DirectoryScopeRow): Promise<UserRow | null> {
    return ctx.loaders.userById.load(row.userId);
  }

  @FieldResolver(() => [Department])
  async departments(@Ctx() ctx: Context, @Root() row: DirectoryScopeRow): Promise<DepartmentRow[]> {
    return ctx.loaders.scopeDepartments.load(`${row.accountId}:${row.userId}`);
  }

  @FieldResolver(() => User, { nullable: true })
  async grantedBy(@Ctx() ctx: Context, @Root() row: DirectoryScopeRow): Promise<UserRow | null> {
    return ctx.loaders.userById.load(row.grantedById);
  }
}

@Resolver(() => User)
export class UserDirectoryResolver {
  @FieldResolver(() => [Account], {
    description: 'The enterprise accounts where this user holds a directory scope (hierarchical administrator).',
  })
  async directoryAccounts(@Ctx() ctx: Context, @Root() user: UserRow): Promise<Array<AccountRow | null>> {
    // Read with the session for the viewer; another user's scopes are ADMIN's business (policy).
    const accountIds =
      ctx.viewer?.id === user.id
        ? [...ctx.viewer.directory.keys()]
        : await ctx.loaders.directoryAccountIds.load(user.id);
    return Promise.all(accountIds.map((id) => ctx.loaders.accountById.load(id)));
  }
}

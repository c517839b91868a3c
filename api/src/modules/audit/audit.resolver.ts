import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { hasRole } from '../../access/viewer';
import { localIdOf, parseGlobalId, toGlobalId } from '../../common/ids';
import { registerNodeType } from '../../common/node';
import type { Context } from '../../context';
import type { AuditRow, UserRow } from '../../db/schema';
import { User } from '../auth/user.type';
import { findAuditEntry, listAuditEntries, listStaffActors } from './audit.service';
import { AuditCatalog, AuditEntry, AuditEntryConnection, AuditFilter } from './audit.type';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from './audit-actions';

registerNodeType('AuditEntry', async (ctx, localId) =>
  hasRole(ctx.viewer, 'MODERATOR') ? findAuditEntry(ctx, localId) : null,
);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized('ADMIN', 'MODERATOR')
  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first.' })
  async auditLog(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter?: AuditFilter | null,
  ) {
    return listAuditEntries(ctx, {
      first,
      after,
      filter: filter && {
        ...filter,
        actorId: filter.actorId ? localIdOf('User', filter.actorId, 'filter.actorId') : null,
        // Entries keep the target's local id, but clients hold only global ids: either is accepted.
        targetId: filter.targetId ? (parseGlobalId(filter.targetId)?.localId ?? filter.targetId) : null,
      },
    });
  }

  @Authorized('ADMIN', 'MODERATOR')
  @Query(() => AuditCatalog, { description: 'The audit log’s actions and object types (its filters’ choices).' })
  async auditCatalog(@Ctx() ctx: Context) {
    return { actions: AUDIT_ACTIONS, targetTypes: AUDIT_TARGET_TYPES, actors: await listStaffActors(ctx) };
  }

  @FieldResolver(() => ID)
  id(@Root() entry: AuditRow): string {
    return toGlobalId('AuditEntry', entry.id);
  }

  @FieldResolver(() => ID, { nullable: true })
  targetNodeId(@Root() entry: AuditRow): string | null {
    // Rules are named by key and calendars by year: only uuids are rows with a global id.
    return UUID.test(entry.targetId) ? toGlobalId(entry.targetType, entry.targetId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  async actor(@Ctx() ctx: Context, @Root() entry: AuditRow): Promise<UserRow | null> {
    return ctx.loaders.userById.load(entry.actorId);
  }
}

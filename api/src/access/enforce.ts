import {
  defaultFieldResolver,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { AppError } from '../common/errors';
import type { Executor } from '../db/client';
import { auditLog } from '../db/tables/audit';
import type { AuditAction } from '../modules/audit/audit-actions';
import { ASSIGNED_REVIEWER, baseAudiences, PUBLIC, type Who } from './audiences';
import { CONNECTION_FIELDS, EDGE_FIELDS, type FieldRule, type MaskedField, policyOf, type TypePolicy } from './policy';
import type { Viewer } from './viewer';

/** What enforcement reads of a request's context. */
export interface AccessScope {
  viewer: Viewer | null;
  clock: { now(): Date };
  db: Executor;
  requestId: string;
}

type Row = Record<string, unknown>;
type Policy = TypePolicy<never>;

const isConnectionName = (name: string) => /(Connection|Edge)$/.test(name);

/** The policy of a type: its table entry, or the standard one of a connection or edge type. */
function typePolicy(type: GraphQLObjectType): Policy {
  const declared = policyOf(type.name);
  if (declared) return declared;
  if (isConnectionName(type.name)) {
    const standard = type.name.endsWith('Edge') ? EDGE_FIELDS : CONNECTION_FIELDS;
    return { kind: 'value', fields: Object.fromEntries(standard.map((name) => [name, PUBLIC])) };
  }
  throw new Error(`access policy: the type ${type.name} has no entry in access/policy.ts`);
}

function relationsOf(policy: Policy, row: Row, scope: AccessScope): Who {
  return policy.relations && scope.viewer ? policy.relations(row as never, scope.viewer, scope.clock.now()) : 0;
}

/** Whether the viewer may see this row of a `row` type at all. */
function rowVisible(policy: Policy, row: Row, scope: AccessScope): boolean {
  const rule = policy.row === undefined ? PUBLIC : policy.row;
  const allowed = typeof rule === 'function' ? rule(row as never, scope.clock.now()) : rule;
  const base = baseAudiences(scope.viewer);
  return (base & allowed) !== 0 || (relationsOf(policy, row, scope) & allowed) !== 0;
}

const then = <T, R>(value: T | Promise<T>, next: (resolved: T) => R | Promise<R>): R | Promise<R> =>
  value instanceof Promise ? value.then(next) : next(value as T);

/**
 * Drops what the viewer may not see from a field's value: rows of a restricted type become null
 * (FORBIDDEN where the field is non-null), are left out of lists, or out of a connection's edges.
 */
function rowFilterFor(
  field: GraphQLField<unknown, unknown>,
  ownerName: string,
): ((value: unknown, scope: AccessScope) => unknown) | null {
  const named = getNamedType(field.type);
  const restricted = (name: string) => {
    const policy = policyOf(name);
    return policy?.kind === 'row' && policy.row !== PUBLIC ? policy : null;
  };
  const nonNull = isNonNullType(field.type);
  const refuse = () =>
    new AppError('FORBIDDEN', 'HIDDEN_ROW', `You may not see what ${ownerName}.${field.name} holds.`, {
      field: `${ownerName}.${field.name}`,
    });

  // node(id:) and other interface fields: judge each value by its concrete type.
  if (isAbstractType(named)) {
    const judge = (value: unknown, scope: AccessScope) => {
      if (value === null || value === undefined) return value;
      const name = (value as { __typename?: string }).__typename;
      const policy = name ? restricted(name) : null;
      if (!policy || rowVisible(policy, value as Row, scope)) return value;
      if (nonNull) throw refuse();
      return null;
    };
    return isListType(isNonNullType(field.type) ? field.type.ofType : field.type)
      ? (value, scope) => (Array.isArray(value) ? value.filter((item) => judge(item, scope) !== null) : value)
      : judge;
  }
  if (!isObjectType(named)) return null;

  // A connection: the nodes pass their type's row rule.
  if (named.name.endsWith('Connection')) {
    const edges = named.getFields().edges;
    const node = edges && getNamedType(edges.type);
    const nodeField = node && isObjectType(node) ? node.getFields().node : undefined;
    const policy = nodeField ? restricted(getNamedType(nodeField.type).name) : null;
    if (!policy) return null;
    return (value, scope) => {
      const connection = value as { edges?: Array<{ node: Row }> } | null;
      if (!connection?.edges) return value;
      const kept = connection.edges.filter((edge) => rowVisible(policy, edge.node, scope));
      return kept.length === connection.edges.length ? value : { ...connection, edges: kept };
    };
  }

  const policy = restricted(named.name);
  if (!policy) return null;
  const list = isListType(nonNull ? (field.type as { ofType: unknown }).ofType : field.type);
  if (list) {
    return (value, scope) =>
      Array.isArray(value) ? value.filter((item) => item !== null && rowVisible(policy, item as Row, scope)) : value;
  }
  return (value, scope) => {
    if (value === null || value === undefined || rowVisible(policy, value as Row, scope)) return value;
    if (nonNull) throw refuse();
    return null;
  };
}

const EMPTY_CONNECTION = Object.freeze({
  edges: [],
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
  totalCount: 0,
  totalCountIsExact: true,
});

/** What a hidden field gives: null, an empty list or connection, or FORBIDDEN for a non-null value. */
function hiddenValueFor(ownerName: string, field: GraphQLField<unknown, unknown>): () => unknown {
  if (!isNonNullType(field.type)) return () => null;
  if (isListType(field.type.ofType)) return () => [];
  const named = getNamedType(field.type);
  if (named.name.endsWith('Connection')) return () => EMPTY_CONNECTION;
  return () => {
    throw new AppError('FORBIDDEN', 'HIDDEN_FIELD', `You may not see ${ownerName}.${field.name}.`, {
      field: `${ownerName}.${field.name}`,
    });
  };
}

/** One audit entry per certification and request when the assigned reviewer reads contact data in clear. */
const revealed = new WeakMap<object, Set<string>>();
async function auditReveal(scope: AccessScope, ownerName: string, field: string, row: Row): Promise<void> {
  const seen = revealed.get(scope) ?? new Set<string>();
  revealed.set(scope, seen);
  const key = `${ownerName}:${String(row.id)}`;
  if (seen.has(key)) return;
  seen.add(key);
  await scope.db.insert(auditLog).values({
    at: scope.clock.now(),
    actorId: scope.viewer?.id ?? null,
    action: 'personal-data.reveal' satisfies AuditAction,
    targetType: ownerName,
    targetId: String(row.id),
    after: { field, reason: 'review call pending' },
    requestId: scope.requestId,
  });
}

function enforceField(
  owner: GraphQLObjectType,
  policy: Policy,
  field: GraphQLField<unknown, unknown>,
  rule: FieldRule,
): void {
  const visible = typeof rule === 'number' ? rule : rule.visible;
  const maskRule: MaskedField | null = typeof rule === 'number' ? null : rule;
  const rowFilter = rowFilterFor(field, owner.name);
  // Public fields returning public things keep their resolver untouched: no cost on hot paths.
  if (visible === PUBLIC && !rowFilter) return;

  const inner = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, AccessScope>;
  const hidden = hiddenValueFor(owner.name, field);
  const deliver: GraphQLFieldResolver<unknown, AccessScope> = rowFilter
    ? (root, args, scope, info) => then(inner(root, args, scope, info), (value) => rowFilter(value, scope))
    : inner;

  const enforced: GraphQLFieldResolver<unknown, AccessScope> = (root, args, scope, info) => {
    const base = baseAudiences(scope.viewer);
    if ((base & visible) !== 0) return deliver(root, args, scope, info);
    const who = base | relationsOf(policy, root as Row, scope);
    if ((who & visible) !== 0) {
      if (maskRule?.auditReveal && (who & visible & ~ASSIGNED_REVIEWER) === 0) {
        return auditReveal(scope, owner.name, field.name, root as Row).then(() => deliver(root, args, scope, info));
      }
      return deliver(root, args, scope, info);
    }
    if (maskRule && (who & maskRule.masked) !== 0) {
      return then(deliver(root, args, scope, info), (value) =>
        value === null || value === undefined ? value : maskRule.mask(value, root as never),
      );
    }
    return hidden();
  };
  field.resolve = enforced as GraphQLFieldResolver<unknown, unknown>;
}

/**
 * Applies the visibility policy to every field of every object type of the schema, in place.
 * Throws when a type or a field has no entry, so the policy is complete by construction.
 */
export function enforcePolicy(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const policy = typePolicy(type);
    const fields = type.getFields();
    for (const field of Object.values(fields)) {
      const rule = policy.fields[field.name];
      if (rule === undefined) {
        throw new Error(`access policy: ${type.name}.${field.name} has no entry in access/policy.ts`);
      }
      enforceField(type, policy, field as GraphQLField<unknown, unknown>, rule);
    }
    for (const name of Object.keys(policy.fields)) {
      if (!fields[name]) throw new Error(`access policy: ${type.name}.${name} is in the table but not in the schema`);
    }
  }
  return schema;
}

import 'reflect-metadata';
import { type GraphQLInterfaceType, type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { type AuthChecker, buildSchema } from 'type-graphql';
import { enforcePolicy } from './access/enforce';
import { ANALYST_MUTATIONS } from './access/policy';
import { hasRole } from './access/viewer';
import { forbidden, unauthenticated } from './common/errors';
import { resolveCountThunks } from './common/pagination';
import type { Context } from './context';
import type { RoleName } from './db/schema';
import { AccountResolver, QuotaRequestResolver, SubjectResolver } from './modules/accounts/accounts.resolver';
import {
  AccountArticlesResolver,
  ArticleCorrectionResolver,
  ArticleResolver,
} from './modules/articles/articles.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import { AccountCertificationResolver, CertificationResolver } from './modules/certifications/certifications.resolver';
import { NodeResolver } from './modules/node.resolver';
import { RulesResolver } from './modules/rules/rules.resolver';
import { StatsResolver } from './modules/stats/stats.resolver';
import {
  AccountViolationsResolver,
  AppealResolver,
  NotificationResolver,
  PenaltyResolver,
  ViolationNoteResolver,
  ViolationResolver,
} from './modules/violations/violations.resolver';

/**
 * `@Authorized()` means "signed in"; `@Authorized('X', 'Y')` means one of those roles (or ADMIN).
 * Refusals are thrown here so they carry the contract's codes.
 */
export const authChecker: AuthChecker<Context, RoleName> = ({ context, info }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  // ANALYST is read-only everywhere: its role never grants a mutation (access/policy.ts).
  const writes = info.parentType.name === 'Mutation' && !ANALYST_MUTATIONS.has(info.fieldName);
  const acting = writes ? { ...viewer, roles: viewer.roles.filter((role) => role !== 'ANALYST') } : viewer;
  if (writes && acting.roles.length === 0) throw forbidden('Analysts only read: this changes data.');
  if (roles.length === 0 || hasRole(acting, ...roles)) return true;
  throw forbidden(`This needs the role ${roles.join(' or ')}.`);
};

export const resolvers = [
  NodeResolver,
  AuthResolver,
  RulesResolver,
  AuditResolver,
  AccountResolver,
  SubjectResolver,
  QuotaRequestResolver,
  ArticleResolver,
  ArticleCorrectionResolver,
  AccountArticlesResolver,
  ViolationResolver,
  ViolationNoteResolver,
  PenaltyResolver,
  AppealResolver,
  NotificationResolver,
  AccountViolationsResolver,
  CertificationResolver,
  AccountCertificationResolver,
  StatsResolver,
] as const;

/** The schema, with the visibility policy enforced on every field (access/enforce.ts). */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    validate: { forbidUnknownValues: false, stopAtFirstError: true },
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    emitSchemaFile: false,
  });
  // Node's type comes from the `__typename` that resolveNode sets; resolved synchronously, which
  // graphql-jit needs (type-graphql wraps resolveType in a promise).
  (schema.getType('Node') as GraphQLInterfaceType).resolveType = (value: { __typename?: string }) => value.__typename;
  return enforcePolicy(resolveCountThunks(schema));
}

/** The SDL committed at schema/schema.graphql: sorted, so it only changes when the API does. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

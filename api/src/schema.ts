import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { type AuthChecker, buildSchema } from 'type-graphql';
import { hasRole } from './access/viewer';
import { forbidden, unauthenticated } from './common/errors';
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
export const authChecker: AuthChecker<Context, RoleName> = ({ context }, roles) => {
  if (!context.viewer) throw unauthenticated();
  if (roles.length === 0 || hasRole(context.viewer, ...roles)) return true;
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

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    validate: { forbidUnknownValues: false, stopAtFirstError: true },
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    emitSchemaFile: false,
  });
}

/** The SDL committed at schema/schema.graphql: sorted, so it only changes when the API does. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

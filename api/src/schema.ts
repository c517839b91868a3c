import 'reflect-metadata';
import {
  type GraphQLInterfaceType,
  type GraphQLScalarType,
  type GraphQLSchema,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { type AuthChecker, buildSchema, getMetadataStorage } from 'type-graphql';
import { enforcePolicy } from './access/enforce';
import { ANALYST_MUTATIONS } from './access/policy';
import { hasRole } from './access/viewer';
import { DateTimeScalar } from './common/date-time';
import { forbidden, unauthenticated } from './common/errors';
import { resolveCountThunks } from './common/pagination';
import { enforceTextLimits } from './common/text-limits';
import { UNSTORABLE_TEXT, unstorableTextError } from './common/unstorable-text';
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
import { WorkingCalendarResolver } from './modules/calendar/calendar.resolver';
import { AccountCertificationResolver, CertificationResolver } from './modules/certifications/certifications.resolver';
import {
  DepartmentResolver,
  DirectoryScopeResolver,
  MemberResolver,
  UserDirectoryResolver,
} from './modules/enterprise/address-book.resolver';
import {
  AccountEnterpriseResolver,
  DeliveryResolver,
  EnterpriseAppResolver,
  FollowEventResolver,
  FollowResolver,
} from './modules/enterprise/follows.resolver';
import {
  AccountNoteResolver,
  AccountNotesResolver,
  CannedReasonResolver,
  ViolationUndoResolver,
} from './modules/moderation-tools/moderation-tools.resolver';
import { NodeResolver } from './modules/node.resolver';
import { ReprintRequestResolver } from './modules/reprints/reprint-requests.resolver';
import { RulesResolver } from './modules/rules/rules.resolver';
import { SearchResolver } from './modules/search/search.resolver';
import { StatsResolver } from './modules/stats/stats.resolver';
import { UsersResolver } from './modules/users/users.resolver';
import { ModerationQueueEventResolver } from './modules/violations/queue-events.resolver';
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
  if (!viewer) throw unauthenticated('NOT_SIGNED_IN');
  // ANALYST is read-only everywhere: its role never grants a mutation (access/policy.ts).
  const writes = info.parentType.name === 'Mutation' && !ANALYST_MUTATIONS.has(info.fieldName);
  const acting = writes ? { ...viewer, roles: viewer.roles.filter((role) => role !== 'ANALYST') } : viewer;
  if (writes && acting.roles.length === 0) throw forbidden('READ_ONLY_ROLE', 'Analysts only read: this changes data.');
  if (roles.length === 0 || hasRole(acting, ...roles)) return true;
  throw forbidden('ROLE', `This needs the role ${roles.join(' or ')}.`, { roles });
};

export const resolvers = [
  NodeResolver,
  AuthResolver,
  UsersResolver,
  RulesResolver,
  WorkingCalendarResolver,
  AuditResolver,
  AccountResolver,
  SubjectResolver,
  QuotaRequestResolver,
  ArticleResolver,
  ArticleCorrectionResolver,
  AccountArticlesResolver,
  SearchResolver,
  ReprintRequestResolver,
  ViolationResolver,
  ViolationNoteResolver,
  PenaltyResolver,
  AppealResolver,
  NotificationResolver,
  AccountViolationsResolver,
  ModerationQueueEventResolver,
  CertificationResolver,
  AccountCertificationResolver,
  StatsResolver,
  DepartmentResolver,
  MemberResolver,
  DirectoryScopeResolver,
  UserDirectoryResolver,
  FollowResolver,
  FollowEventResolver,
  DeliveryResolver,
  EnterpriseAppResolver,
  AccountEnterpriseResolver,
  CannedReasonResolver,
  AccountNoteResolver,
  AccountNotesResolver,
  ViolationUndoResolver,
] as const;

/**
 * Every String input of the schema is refused at the edge, before any resolver, when it holds
 * text no column can store: NUL, or a lone surrogate (which JSON allows and UTF-8 cannot encode).
 * Variables are checked by the executor (graphql-executor.ts); literals here, in the String
 * scalar, which is graphql-js's own, shared by the process's one schema, so it is wrapped once.
 */
function refuseUnstorableText(schema: GraphQLSchema): void {
  const string = schema.getType('String') as GraphQLScalarType & { oapChecked?: boolean };
  if (string.oapChecked) return;
  string.oapChecked = true;
  const check = (value: unknown) => {
    if (typeof value === 'string' && UNSTORABLE_TEXT.test(value)) throw unstorableTextError(null);
    return value;
  };
  const parseValue = string.parseValue.bind(string);
  const parseLiteral = string.parseLiteral.bind(string);
  string.parseValue = (value) => check(parseValue(value));
  string.parseLiteral = (node, variables) => check(parseLiteral(node, variables));
}

/**
 * A field with no resolver of its own, no middleware and no roles is its row's property: leave it
 * without a resolver (type-graphql's "simple" field) instead of type-graphql's wrapper, which
 * builds a resolver-data object and runs an empty middleware chain on every read, and which keeps
 * graphql-jit from compiling the read into a plain property access. A page of 50 accounts with 10
 * violations each reads about 2,000 such fields. A field renamed in the schema (`name` differs
 * from the property) keeps the wrapper, which reads the property by its own name.
 */
function readPlainFieldsDirectly(): void {
  for (const field of getMetadataStorage().fields) {
    const plain = !field.middlewares?.length && !field.roles && field.name === field.schemaName;
    if (field.simple === undefined && plain) field.simple = true;
  }
}

/**
 * The schema, with the visibility policy enforced on every field (access/enforce.ts) and a length
 * limit on every String input (common/text-limits.ts).
 */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  readPlainFieldsDirectly();
  const schema = await buildSchema({
    resolvers,
    authChecker,
    validate: { forbidUnknownValues: false, stopAtFirstError: true },
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    emitSchemaFile: false,
    // type-graphql insists on a PubSub once a subscription exists; ours give their own `subscribe`
    // (the queue bus over PostgreSQL LISTEN), so topics are never used.
    pubSub: {
      publish() {
        throw new Error('subscriptions here subscribe through their own event source, not type-graphql topics');
      },
      subscribe() {
        throw new Error('subscriptions here subscribe through their own event source, not type-graphql topics');
      },
    },
  });
  // Node's type comes from the `__typename` that resolveNode sets; resolved synchronously, which
  // graphql-jit needs (type-graphql wraps resolveType in a promise).
  refuseUnstorableText(schema);
  (schema.getType('Node') as GraphQLInterfaceType).resolveType = (value: { __typename?: string }) => value.__typename;
  return enforcePolicy(enforceTextLimits(resolveCountThunks(schema)));
}

/** The SDL committed at schema/schema.graphql: sorted, so it only changes when the API does. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

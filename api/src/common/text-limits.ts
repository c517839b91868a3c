import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
} from 'graphql';
import { SEARCH_MAX_CHARACTERS } from '../modules/search/search-text';
import { AppError } from './errors';

/** Opaque cursors are short; anything longer is not one of ours. */
const CURSOR = 200;
/** Moderators' and reviewers' free text: notes, reasons, appeals. */
const NOTE = 2000;
const PHONE = 20;
const REGION = 40;

/**
 * The longest text, in characters (Unicode code points, as a person counts them), each String
 * input of the schema accepts. Every String argument and input field must be listed: the schema
 * does not build otherwise. Each limit is shown in the schema's description ("At most N
 * characters."), so the playground and schema/schema.graphql document it, and is enforced before
 * any resolver as BAD_USER_INPUT with `reason: TOO_LONG`, the field's path and the limit.
 * Arguments named `after` (cursors) need no entry.
 */
export const TEXT_LIMITS: Record<string, number | { max: number; message: string }> = {
  // Articles: the platform's own limits (articles.service.ts checks them too, for every entry point).
  'AccountFilter.nameContains': 30,
  'AccountFilter.region': REGION,
  'AccountRecordInput.contactPhone': PHONE,
  'AccountRecordInput.filedOn': 10,
  'AccountRecordInput.filingNumber': 40,
  'AccountRecordInput.region': REGION,
  'AccountRecordInput.responsiblePerson': 40,
  'AuditFilter.action': 100,
  'AuditFilter.targetId': 200,
  'AuditFilter.targetType': 100,
  'AuthorityApprovalInput.authorityName': 100,
  'AuthorityApprovalInput.authorityReference': 100,
  'CertificationDecisionInput.reason': 1000,
  'CertificationDecisionInput.suggestedNickname': 30,
  'CertificationInformationInput.contactName': 40,
  'CertificationInformationInput.contactPhone': PHONE,
  'CertificationInformationInput.profession': 40,
  'CertificationInvoiceInput.taxNumber': 30,
  'CertificationInvoiceInput.title': 100,
  'CorrectArticleInput.body': 20_000,
  'CorrectArticleInput.summary': 120,
  'CorrectArticleInput.title': 64,
  // RFC 5321's longest address; a name as colleagues see it; a password as login takes it.
  'CreateUserInput.email': 254,
  'CreateUserInput.name': 60,
  'CreateUserInput.password': 1024,
  'CreateSubjectInput.contactName': 40,
  'CreateSubjectInput.contactPhone': PHONE,
  'CreateSubjectInput.idNumber': 24,
  'CreateSubjectInput.name': 60,
  'DismissViolationsInput.note': NOTE,
  'FileQuotaRequestInput.reason': 1000,
  'InviteUserInput.email': 254,
  'InviteUserInput.name': 60,
  'Mutation.addAccountOperator(email)': 254,
  'Mutation.changePassword(current)': 1024,
  'Mutation.changePassword(next)': 1024,
  'Mutation.deactivateUser(reason)': NOTE,
  'Mutation.setPasswordWithLink(password)': 1024,
  'Mutation.setPasswordWithLink(token)': 200,
  'Query.passwordLink(token)': 200,
  'UserFilter.search': 254,
  'Mutation.addViolationNote(text)': NOTE,
  // Moderation tools (issue 15): a moderator's note on an account; a canned reason fills a note.
  'Mutation.addAccountNote(text)': NOTE,
  'CreateCannedReasonInput.text': 500,
  'UpdateCannedReasonInput.text': 500,
  'Mutation.blockArticle(reason)': NOTE,
  'Mutation.confirmViolation(note)': NOTE,
  'Mutation.decideAppeal(reason)': NOTE,
  'Mutation.dismissViolation(note)': NOTE,
  'Mutation.fileAppeal(text)': NOTE,
  'Mutation.liftPenalty(reason)': NOTE,
  'Mutation.overturnViolation(reason)': NOTE,
  // RFC 5321's longest address; a password long enough for any passphrase, short enough to hash.
  'Mutation.login(email)': 254,
  'Mutation.login(password)': 1024,
  'Mutation.passQuotaPreliminaryExamination(note)': NOTE,
  'Mutation.decideReprintRequest(reason)': NOTE,
  'Mutation.rejectQuotaRequest(reason)': NOTE,
  'Mutation.requestReprint(note)': 500,
  'Mutation.unblockArticle(reason)': NOTE,
  'PublishArticleInput.author': 30,
  'PublishArticleInput.body': 20_000,
  'PublishArticleInput.summary': 120,
  'PublishArticleInput.title': 64,
  'Query.checkCertificationNickname(name)': 60,
  'Query.ruleHistory(key)': 100,
  'Query.previewRuleChange(key)': 100,
  'Mutation.withdrawRuleValue(key)': 100,
  'Mutation.withdrawRuleValue(note)': 500,
  // Search: no name or phrase worth finding is longer.
  'Query.searchAccounts(query)': SEARCH_MAX_CHARACTERS,
  'Query.searchArticles(query)': SEARCH_MAX_CHARACTERS,
  'RegisterAccountInput.intro': 120,
  'RegisterAccountInput.name': { max: 30, message: 'An account name must be 2 to 30 characters.' },
  'ReportViolationInput.evidence': 20_000,
  'SetRuleInput.key': 100,
  'SetRuleInput.note': 500,
  'SetWorkingCalendarYearInput.note': 500,
  'StartCertificationInput.nickname': 60,
  'StatsScope.region': REGION,
  'SubjectFilter.nameContains': 60,
  // Enterprise accounts (seed 003): WeCom's published limits (a department 64, a member id 64),
  // an email as RFC 5321 allows, a mobile with its country code; the import as the body allows.
  'AddMemberInput.email': 254,
  'AddMemberInput.memberId': 64,
  'AddMemberInput.mobile': PHONE,
  'AddMemberInput.name': 64,
  'AddMemberInput.position': 128,
  'AddMemberInput.wechatId': 64,
  'UpdateMemberInput.email': 254,
  'UpdateMemberInput.mobile': PHONE,
  'UpdateMemberInput.name': 64,
  'UpdateMemberInput.position': 128,
  'UpdateMemberInput.wechatId': 64,
  'CreateDepartmentInput.name': 64,
  'UpdateDepartmentInput.name': 64,
  'CreateEnterpriseAppInput.name': 64,
  'EnterpriseSettingsInput.failureMessage': 500,
  'FollowInput.boundMobile': PHONE,
  'GrantDirectoryScopeInput.email': 254,
  'FollowInput.wechatId': 64,
  'MemberFilter.search': 64,
  // Every text variable is at most 20,000 characters (graphql-executor.ts); larger files go to
  // POST /imports/members.csv.
  'Mutation.importMembers(csv)': 20_000,
  'Mutation.submitFollowContact(contact)': 254,
  'Mutation.verifyFollowCode(code)': 12,
  // A date is YYYY-MM-DD; a holiday's name is a short phrase (中华人民共和国国庆节 at most).
  'WorkingCalendarDayInput.date': 10,
  'WorkingCalendarDayInput.name': 40,
};

/** Characters as a person counts them: an emoji or a rare CJK character is one, not two. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** How to check one input value: a String with a limit, a list of them, or an input object's fields. */
type Check =
  | { kind: 'text'; limit: number; message: string | undefined }
  | { kind: 'list'; of: Check }
  | { kind: 'object'; fields: Array<[string, Check]> };

function limitOf(key: string, name: string, used: Set<string>): { max: number; message: string | undefined } {
  used.add(key);
  const limit = TEXT_LIMITS[key] ?? (name === 'after' ? CURSOR : undefined);
  if (limit === undefined) {
    throw new Error(`text limits: ${key} is a String input with no limit in common/text-limits.ts`);
  }
  return typeof limit === 'number' ? { max: limit, message: undefined } : limit;
}

function describe(position: GraphQLArgument | GraphQLInputField, limit: number): void {
  const note = `At most ${limit.toLocaleString('en')} characters.`;
  if (!position.description?.includes(note)) {
    position.description = position.description ? `${position.description} ${note}` : note;
  }
}

function checkFor(
  type: GraphQLInputType,
  key: string,
  position: GraphQLArgument | GraphQLInputField,
  seen: Set<string>,
  used: Set<string>,
): Check | null {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const inner = checkFor(nullable.ofType as GraphQLInputType, key, position, seen, used);
    return inner ? { kind: 'list', of: inner } : null;
  }
  const named = getNamedType(type);
  if (named.name === 'String') {
    const { max, message } = limitOf(key, position.name, used);
    describe(position, max);
    return { kind: 'text', limit: max, message };
  }
  if (!isInputObjectType(named) || seen.has(named.name)) return null;
  const fields: Array<[string, Check]> = [];
  const inner = new Set(seen).add(named.name);
  for (const field of Object.values(named.getFields())) {
    const check = checkFor(field.type, `${named.name}.${field.name}`, field, inner, used);
    if (check) fields.push([field.name, check]);
  }
  return fields.length > 0 ? { kind: 'object', fields } : null;
}

interface TooLong {
  path: string;
  limit: number;
  length: number;
  message: string | undefined;
}

function tooLong(value: unknown, check: Check, path: string): TooLong | null {
  if (value === null || value === undefined) return null;
  if (check.kind === 'text') {
    // Cheap first: a string of at most `limit` code units has at most `limit` code points.
    if (typeof value !== 'string' || value.length <= check.limit) return null;
    const length = characterCount(value);
    return length > check.limit ? { path, limit: check.limit, length, message: check.message } : null;
  }
  if (check.kind === 'list') {
    if (!Array.isArray(value)) return null;
    for (const [index, item] of value.entries()) {
      const problem = tooLong(item, check.of, `${path}.${index}`);
      if (problem) return problem;
    }
    return null;
  }
  if (typeof value !== 'object') return null;
  for (const [name, fieldCheck] of check.fields) {
    const problem = tooLong((value as Record<string, unknown>)[name], fieldCheck, `${path}.${name}`);
    if (problem) return problem;
  }
  return null;
}

/**
 * Wraps every field that takes String input so its arguments are checked against TEXT_LIMITS
 * before its resolver runs, and writes each limit into the schema's descriptions.
 */
export function enforceTextLimits(schema: GraphQLSchema): GraphQLSchema {
  const used = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields()) as Array<GraphQLField<unknown, unknown>>) {
      const checks: Array<[string, Check]> = [];
      for (const argument of field.args) {
        const check = checkFor(
          argument.type,
          `${type.name}.${field.name}(${argument.name})`,
          argument,
          new Set(),
          used,
        );
        if (check) checks.push([argument.name, check]);
      }
      if (checks.length === 0) continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> =
        field.resolve ?? ((source) => (source as Record<string, unknown>)?.[field.name]);
      field.resolve = (source, args, context, info) => {
        for (const [name, check] of checks) {
          const problem = tooLong((args as Record<string, unknown>)[name], check, name);
          if (problem) {
            const name =
              problem.path
                .split('.')
                .filter((part) => !/^\d+$/.test(part))
                .pop() ?? problem.path;
            throw new AppError(
              'BAD_USER_INPUT',
              'TOO_LONG',
              problem.message ??
                `The ${name} must be at most ${problem.limit.toLocaleString('en')} characters; it has ${problem.length.toLocaleString('en')}.`,
              { field: problem.path, limit: problem.limit, length: problem.length },
            );
          }
        }
        return resolve(source, args, context, info);
      };
    }
  }
  for (const key of Object.keys(TEXT_LIMITS)) {
    if (!used.has(key)) throw new Error(`text limits: ${key} is in common/text-limits.ts but not in the schema`);
  }
  return schema;
}

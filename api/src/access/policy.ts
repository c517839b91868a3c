import type {
  AccountRow,
  AppealRow,
  ArticleRow,
  CertificationRow,
  DepartmentRow,
  DirectoryScopeRow,
  EnterpriseAppRow,
  FollowEventRow,
  FollowRow,
  MemberWithDepartments,
  NotificationRow,
  PenaltyRow,
  QuotaRequestRow,
  ReprintRequestRow,
  SubjectRow,
  UserRow,
  ViolationRow,
  WorkingCalendarVersionRow,
} from '../db/schema';
import {
  ADMIN,
  ANALYST,
  ASSIGNED_REVIEWER,
  DIRECTORY_MANAGER,
  DIRECTORY_READERS,
  DIRECTORY_VIEWER,
  ENTERPRISE_ADMINS,
  MODERATOR,
  OPERATOR,
  OWNER_AND_STAFF,
  PUBLIC,
  REPORTER,
  REVIEWER,
  SELF,
  STAFF,
  type Who,
} from './audiences';
import { maskEmail, maskIdNumber, maskName, maskPhone } from './masks';
import { directoryScopeIn, inDirectoryScope, type Viewer } from './viewer';

/**
 * The visibility policy of the read graph, as one table: for every object type, which rows a
 * viewer may see and, for every field, who sees it, who sees it masked, and (everyone else) who
 * gets nothing — null, an empty list or connection, or FORBIDDEN for a non-null field. The table is
 * enforced for every field of the schema by enforce.ts; a type or field without an entry stops the
 * server from starting, and test/api/access-policy.test.ts walks every path against it.
 *
 * Source: domain.md, "Who sees what" (turn 2), from seed 004 §3.2–3.3.
 */

/** A field visible to `visible`, masked for `masked`, hidden from everyone else. */
export interface MaskedField {
  visible: Who;
  masked: Who;
  mask(value: unknown, row: never): unknown;
  /** Reading it in clear through ASSIGNED_REVIEWER alone is recorded in the audit log. */
  auditReveal?: boolean;
}

export type FieldRule = Who | MaskedField;

export interface TypePolicy<Row = never> {
  /**
   * `row`: a stored row, with its own audience (owned by an account, a user…). `value`: a part of
   * a row or a computed answer, reached only through a field of a `row` type that is itself in the
   * table; its fields are visible to whoever reached it, unless a field narrows them by role.
   * `root`: Query and Mutation: each field is authorized by its resolver's roles and scoped by its
   * service; what it returns still passes the row rule of its type.
   */
  kind: 'row' | 'value' | 'root';
  /** Who may see the row at all (fields returning it give null / skip it otherwise). */
  row?: Who | ((row: Row, now: Date) => Who);
  /** The viewer's relation audiences for this row (OPERATOR, REPORTER, SELF, ASSIGNED_REVIEWER). */
  relations?(row: Row, viewer: Viewer, now: Date): Who;
  fields: Record<string, FieldRule>;
}

/** Visible to whoever may see the row (or reached the value). */
const ANYONE = PUBLIC;
/** Who decided, claimed, reviewed: staff only; operators see "platform review". */
const STAFF_IDENTITY = STAFF;

function masked(visible: Who, maskedFor: Who, mask: (value: string) => string, auditReveal = false): MaskedField {
  return {
    visible,
    masked: maskedFor,
    mask: (value: unknown) => (typeof value === 'string' ? mask(value) : value),
    auditReveal,
  };
}

function rowType<Row>(policy: Omit<TypePolicy<Row>, 'kind'>): TypePolicy<Row> {
  return { kind: 'row', ...policy };
}

function rootType(...fields: string[]): TypePolicy {
  return { kind: 'root', fields: Object.fromEntries(fields.map((name) => [name, ANYONE])) };
}

/** A value type whose every field is visible to whoever reached it. */
function valueType(...fields: string[]): TypePolicy {
  return { kind: 'value', fields: Object.fromEntries(fields.map((name) => [name, ANYONE])) };
}

const operatorOf = (accountId: string, viewer: Viewer): Who => (viewer.operated.has(accountId) ? OPERATOR : 0);

/**
 * A hierarchical administrator's relation to a row of an address book: DIRECTORY_VIEWER when the
 * row lies in their scope (one of its paths under a granted department), DIRECTORY_MANAGER too
 * when the scope is MANAGE (seed 003).
 */
function directoryRelation(accountId: string, paths: readonly string[], viewer: Viewer): Who {
  const scope = directoryScopeIn(viewer, accountId);
  if (!inDirectoryScope(scope, paths)) return 0;
  return scope?.permission === 'MANAGE' ? DIRECTORY_VIEWER | DIRECTORY_MANAGER : DIRECTORY_VIEWER;
}

/** Subjects: the user who registered it, or an operator of one of its accounts. */
function subjectRelation(subjectId: string, ownerId: string | null, viewer: Viewer): Who {
  if (ownerId === viewer.id) return OPERATOR;
  for (const operatedSubject of viewer.operated.values()) if (operatedSubject === subjectId) return OPERATOR;
  return 0;
}

/** The subject's name: an individual's is personal data; an organisation's is public (账号主体). */
const subjectName: MaskedField = {
  visible: OWNER_AND_STAFF,
  masked: ANYONE,
  mask: (value: unknown, row: never) =>
    typeof value === 'string' && (row as SubjectRow).kind === 'INDIVIDUAL' ? maskName(value) : value,
};

/** A certification is approved (and not expired): its badge and kind are public. */
const approvedNow = (row: CertificationRow, now: Date) =>
  row.status === 'APPROVED' && row.expiresAt !== null && row.expiresAt > now;

const PERSONAL_CONTACT = masked(ADMIN, OWNER_AND_STAFF, maskPhone);
const PERSONAL_NAME = masked(ADMIN, OWNER_AND_STAFF, maskName);

export const POLICY: Record<string, TypePolicy<never>> = {
  Account: rowType<AccountRow>({
    row: ANYONE,
    relations: (row, viewer) => operatorOf(row.id, viewer),
    fields: {
      // The public profile (readers see it through any published article).
      id: ANYONE,
      kind: ANYONE,
      name: ANYONE,
      originalId: ANYONE,
      appId: ANYONE,
      intro: ANYONE,
      createdAt: ANYONE,
      subject: ANYONE,
      certified: ANYONE,
      badge: ANYONE,
      certification: ANYONE,
      capabilities: ANYONE,
      banned: ANYONE,
      followerCount: ANYONE,
      readCount: ANYONE,
      articles: ANYONE,
      // The account's governance: its operators and staff.
      activePenalty: OWNER_AND_STAFF,
      penalties: OWNER_AND_STAFF,
      violations: OWNER_AND_STAFF,
      operators: OWNER_AND_STAFF,
      record: OWNER_AND_STAFF,
      enterpriseSettings: ENTERPRISE_ADMINS,
      // Moderators' notes on the account: staff who work on it, never its operators or analysts.
      moderatorNotes: MODERATOR | REVIEWER | ADMIN,
    },
  }) as TypePolicy<never>,

  AccountRecord: {
    kind: 'value',
    fields: {
      region: ANYONE,
      filed: ANYONE,
      filedOn: ANYONE,
      filingNumber: ANYONE,
      updatedAt: ANYONE,
      responsiblePerson: masked(ADMIN, ANYONE, maskName),
      contactPhone: masked(ADMIN, ANYONE, maskPhone),
    },
  },

  Subject: rowType<SubjectRow>({
    row: ANYONE,
    relations: (row, viewer) => subjectRelation(row.id, row.ownerId, viewer),
    fields: {
      id: ANYONE,
      kind: ANYONE,
      organizationCategory: ANYONE,
      createdAt: ANYONE,
      name: subjectName,
      idNumber: masked(ADMIN, OWNER_AND_STAFF, maskIdNumber),
      contactName: PERSONAL_NAME,
      contactPhone: PERSONAL_CONTACT,
      quota: OWNER_AND_STAFF,
      accountCount: OWNER_AND_STAFF,
      accounts: OWNER_AND_STAFF,
    },
  }) as TypePolicy<never>,

  QuotaRequest: rowType<QuotaRequestRow>({
    row: OWNER_AND_STAFF,
    // Whoever owns the subject or operates one of its accounts files and follows its requests.
    relations: (row, viewer) => (row.filedById === viewer.id ? OPERATOR : subjectRelation(row.subjectId, null, viewer)),
    fields: {
      id: OWNER_AND_STAFF,
      subject: OWNER_AND_STAFF,
      requestedQuota: OWNER_AND_STAFF,
      reason: OWNER_AND_STAFF,
      status: OWNER_AND_STAFF,
      filedBy: OWNER_AND_STAFF,
      filedAt: OWNER_AND_STAFF,
      preliminaryBy: STAFF_IDENTITY,
      preliminaryAt: OWNER_AND_STAFF,
      preliminaryNote: OWNER_AND_STAFF,
      authorityAt: OWNER_AND_STAFF,
      authorityName: OWNER_AND_STAFF,
      authorityReference: OWNER_AND_STAFF,
      grantedQuota: OWNER_AND_STAFF,
      rejectedAt: OWNER_AND_STAFF,
      rejectionReason: OWNER_AND_STAFF,
    },
  }) as TypePolicy<never>,

  Article: rowType<ArticleRow>({
    // Readers see published, unblocked articles; a blocked one only its operators and staff.
    row: (row) => (row.blockedAt === null ? ANYONE : OWNER_AND_STAFF),
    relations: (row, viewer) => operatorOf(row.accountId, viewer),
    fields: {
      id: ANYONE,
      account: ANYONE,
      title: ANYONE,
      summary: ANYONE,
      body: ANYONE,
      author: ANYONE,
      original: ANYONE,
      reprintPolicy: ANYONE,
      reprintOf: ANYONE,
      reprints: ANYONE,
      reprintCount: ANYONE,
      publishedAt: ANYONE,
      correction: ANYONE,
      correctionsLeft: ANYONE,
      blocked: ANYONE,
      sourceUnavailable: ANYONE,
      blockedReason: OWNER_AND_STAFF,
      reprintWhitelist: OWNER_AND_STAFF,
    },
  }) as TypePolicy<never>,

  ArticleCorrection: rowType<{ accountId: string }>({
    row: ANYONE,
    relations: (row, viewer) => operatorOf(row.accountId, viewer),
    fields: {
      changedCharacters: ANYONE,
      limit: ANYONE,
      correctedAt: ANYONE,
      // What the body said before, and who changed it: the account's and the platform's business.
      operations: OWNER_AND_STAFF,
      previousBody: OWNER_AND_STAFF,
      correctedBy: OWNER_AND_STAFF,
    },
  }) as TypePolicy<never>,

  ReprintRequest: rowType<ReprintRequestRow>({
    // Between two accounts: the operators of either side (and staff) see it; nobody else does.
    row: OWNER_AND_STAFF,
    relations: (row, viewer) => operatorOf(row.accountId, viewer) | operatorOf(row.sourceAccountId, viewer),
    fields: Object.fromEntries(
      [
        'id',
        'source',
        'sourceAccount',
        'account',
        'note',
        'status',
        'requestedAt',
        'requestedBy',
        'decidedAt',
        'decidedBy',
        'reason',
        'usedAt',
        'reprint',
      ].map((name) => [name, OWNER_AND_STAFF]),
    ),
  }) as TypePolicy<never>,

  // Enterprise accounts (seed 003). The address book is the enterprise's: its system
  // administrators (operators), the hierarchical administrators whose scope covers the row, and
  // ADMIN; other staff have no need of an employee directory.
  Department: rowType<DepartmentRow>({
    row: DIRECTORY_READERS,
    relations: (row, viewer) =>
      operatorOf(row.accountId, viewer) | directoryRelation(row.accountId, [row.path], viewer),
    fields: Object.fromEntries(
      ['id', 'name', 'parent', 'children', 'directMemberCount', 'depth', 'position'].map((name) => [
        name,
        DIRECTORY_READERS,
      ]),
    ),
  }) as TypePolicy<never>,

  Member: rowType<MemberWithDepartments>({
    row: DIRECTORY_READERS,
    relations: (row, viewer) =>
      operatorOf(row.accountId, viewer) | directoryRelation(row.accountId, row.departmentPaths, viewer),
    fields: {
      ...Object.fromEntries(
        [
          'id',
          'memberId',
          'name',
          'mobile',
          'email',
          'wechatId',
          'position',
          'departments',
          'createdAt',
          'updatedAt',
        ].map((name) => [name, DIRECTORY_READERS]),
      ),
      // Follows are the system administrators' business (Follow below).
      follow: ENTERPRISE_ADMINS,
    },
  }) as TypePolicy<never>,

  Follow: rowType<FollowRow>({
    row: ENTERPRISE_ADMINS,
    relations: (row, viewer) => operatorOf(row.accountId, viewer),
    fields: Object.fromEntries(
      [
        'id',
        'status',
        'member',
        'wechatId',
        'method',
        'attemptsLeftToday',
        'failureMessage',
        'codeSentTo',
        'codeExpiresAt',
        'followedAt',
        'verifiedAt',
        'approvedAt',
        'approvedBy',
        'visibleApps',
        'events',
      ].map((name) => [name, ENTERPRISE_ADMINS]),
    ),
  }) as TypePolicy<never>,

  FollowEvent: rowType<FollowEventRow>({
    row: ENTERPRISE_ADMINS,
    relations: (row, viewer) => operatorOf(row.accountId, viewer),
    fields: Object.fromEntries(['id', 'kind', 'detail', 'at', 'follow'].map((name) => [name, ENTERPRISE_ADMINS])),
  }) as TypePolicy<never>,

  // The delivery provider's outbox holds codes and contacts: ADMIN only.
  Delivery: rowType({
    row: ADMIN,
    fields: Object.fromEntries(['id', 'channel', 'to', 'body', 'sentAt'].map((name) => [name, ADMIN])),
  }),

  EnterpriseApp: rowType<EnterpriseAppRow>({
    row: ENTERPRISE_ADMINS,
    relations: (row, viewer) => operatorOf(row.accountId, viewer),
    fields: Object.fromEntries(['id', 'name', 'departments'].map((name) => [name, ENTERPRISE_ADMINS])),
  }) as TypePolicy<never>,

  DirectoryScopeGrant: rowType<DirectoryScopeRow>({
    row: ENTERPRISE_ADMINS,
    relations: (row, viewer) => operatorOf(row.accountId, viewer),
    fields: Object.fromEntries(
      ['user', 'permission', 'departments', 'grantedAt', 'grantedBy'].map((name) => [name, ENTERPRISE_ADMINS]),
    ),
  }) as TypePolicy<never>,

  // Reached through Account.enterpriseSettings (ENTERPRISE_ADMINS) and importMembers.
  EnterpriseSettings: valueType('twoStepVerification', 'failureMessage', 'memberCap', 'memberCount'),
  MemberImportReport: valueType('rows', 'added', 'updated', 'refused'),
  MemberImportRefusal: valueType('line', 'memberId', 'field', 'code', 'reason', 'message'),

  EditOperation: valueType('kind', 'position', 'before', 'after'),

  Violation: rowType<ViolationRow & { viewerEvidence?: string }>({
    row: OWNER_AND_STAFF | REPORTER,
    relations: (row, viewer) =>
      operatorOf(row.accountId, viewer) |
      (row.viewerEvidence !== undefined || row.reportedById === viewer.id ? REPORTER : 0),
    fields: {
      id: OWNER_AND_STAFF | REPORTER,
      account: OWNER_AND_STAFF | REPORTER,
      article: OWNER_AND_STAFF | REPORTER,
      type: OWNER_AND_STAFF | REPORTER,
      source: OWNER_AND_STAFF | REPORTER,
      status: OWNER_AND_STAFF | REPORTER,
      reportedAt: OWNER_AND_STAFF | REPORTER,
      // A reporter sees their own report's text, never another reporter's (duplicates are merged).
      evidence: {
        visible: OWNER_AND_STAFF,
        masked: REPORTER,
        mask: (value: unknown, row: never) => (row as { viewerEvidence?: string }).viewerEvidence ?? value,
      },
      evidenceTitle: OWNER_AND_STAFF,
      evidenceBody: OWNER_AND_STAFF,
      reportCount: OWNER_AND_STAFF | REPORTER,
      ordinal: OWNER_AND_STAFF,
      penalty: OWNER_AND_STAFF,
      // Why the penalty is what it is: the account's own earlier violations and the rule version.
      priorStrikes: OWNER_AND_STAFF,
      countedViolations: OWNER_AND_STAFF,
      ruleKey: OWNER_AND_STAFF,
      ruleEffectiveFrom: OWNER_AND_STAFF,
      decidedAt: OWNER_AND_STAFF,
      // Internal to the platform: notes, claims and who decided (operators see "platform review").
      decisionNote: STAFF,
      claimedBy: STAFF_IDENTITY,
      claimedAt: STAFF,
      claimExpiresAt: STAFF,
      decidedBy: STAFF_IDENTITY,
      notes: MODERATOR | ANALYST | ADMIN,
      // Only the moderator who dismissed it (or an admin) may undo: the service returns null otherwise.
      undoableUntil: MODERATOR | ADMIN,
    },
  }) as TypePolicy<never>,

  ViolationNote: valueType('author', 'text', 'at'),
  // Only moderators subscribe (@Authorized); the violation and the claimer pass their own types' rules.
  ModerationQueueEvent: valueType('kind', 'violationId', 'violation', 'claimedBy', 'at'),

  // Reached only through Account.moderatorNotes (MODERATOR | REVIEWER | ADMIN) and addAccountNote;
  // the row rule repeats it, so no other path can show a note to a publisher or an analyst.
  AccountNote: rowType({
    row: MODERATOR | REVIEWER | ADMIN,
    fields: Object.fromEntries(['id', 'author', 'text', 'at'].map((name) => [name, MODERATOR | REVIEWER | ADMIN])),
  }),

  // Moderators' tools: read by MODERATOR and ADMIN (the query's roles), edited by ADMIN.
  CannedReason: rowType({
    row: MODERATOR | ADMIN,
    fields: Object.fromEntries(
      ['id', 'type', 'text', 'position', 'updatedAt'].map((name) => [name, MODERATOR | ADMIN]),
    ),
  }),

  Penalty: rowType<PenaltyRow>({
    row: OWNER_AND_STAFF,
    relations: (row, viewer) => operatorOf(row.accountId, viewer),
    fields: {
      id: OWNER_AND_STAFF,
      account: OWNER_AND_STAFF,
      violation: OWNER_AND_STAFF,
      startsAt: OWNER_AND_STAFF,
      endsAt: OWNER_AND_STAFF,
      permanent: OWNER_AND_STAFF,
      active: OWNER_AND_STAFF,
      reason: OWNER_AND_STAFF,
      liftedAt: OWNER_AND_STAFF,
      liftReason: OWNER_AND_STAFF,
      liftable: OWNER_AND_STAFF,
      appeal: OWNER_AND_STAFF,
    },
  }) as TypePolicy<never>,

  Appeal: rowType<AppealRow>({
    row: OWNER_AND_STAFF,
    relations: (row, viewer) => operatorOf(row.accountId, viewer),
    fields: {
      id: OWNER_AND_STAFF,
      penalty: OWNER_AND_STAFF,
      account: OWNER_AND_STAFF,
      filedBy: OWNER_AND_STAFF,
      text: OWNER_AND_STAFF,
      filedAt: OWNER_AND_STAFF,
      dueAt: OWNER_AND_STAFF,
      deadlineUncertain: OWNER_AND_STAFF,
      overdue: OWNER_AND_STAFF,
      status: OWNER_AND_STAFF,
      decidedAt: OWNER_AND_STAFF,
      decisionReason: OWNER_AND_STAFF,
      decidedBy: STAFF_IDENTITY,
    },
  }) as TypePolicy<never>,

  PenaltyPreview: valueType(
    'ordinal',
    'step',
    'days',
    'permanent',
    'endsAt',
    'ladder',
    'priorStrikes',
    'countedViolations',
    'ruleKey',
    'ruleEffectiveFrom',
  ),

  Certification: rowType<CertificationRow>({
    // An approved certification is public (its badge and kind); the application is not.
    row: (row, now) => (approvedNow(row, now) ? ANYONE : OWNER_AND_STAFF),
    relations: (row, viewer) =>
      operatorOf(row.accountId, viewer) |
      (row.reviewerId === viewer.id && row.status === 'DISPATCHED' ? ASSIGNED_REVIEWER : 0),
    fields: {
      id: ANYONE,
      account: ANYONE,
      kind: ANYONE,
      status: ANYONE,
      nickname: ANYONE,
      badge: ANYONE,
      approvedAt: ANYONE,
      expiresAt: ANYONE,
      certificationNumber: OWNER_AND_STAFF,
      feeCents: OWNER_AND_STAFF,
      feeRefundable: OWNER_AND_STAFF,
      startedAt: OWNER_AND_STAFF,
      startedBy: OWNER_AND_STAFF,
      termsAcceptedAt: OWNER_AND_STAFF,
      // The applicant's contact: in clear for ADMIN and the reviewer making the call (audited).
      contactName: masked(ADMIN | ASSIGNED_REVIEWER, OWNER_AND_STAFF, maskName, true),
      contactPhone: masked(ADMIN | ASSIGNED_REVIEWER, OWNER_AND_STAFF, maskPhone, true),
      profession: OWNER_AND_STAFF,
      informationAt: OWNER_AND_STAFF,
      invoiceTitle: OWNER_AND_STAFF,
      invoiceAt: OWNER_AND_STAFF,
      paidAt: OWNER_AND_STAFF,
      payment: OWNER_AND_STAFF,
      dispatchedAt: OWNER_AND_STAFF,
      reviewer: STAFF_IDENTITY,
      reviewCallOverdue: OWNER_AND_STAFF,
      reviewCallAt: OWNER_AND_STAFF,
      identityConfirmed: OWNER_AND_STAFF,
      recordingPlayed: OWNER_AND_STAFF,
      decidedAt: OWNER_AND_STAFF,
      qualification: OWNER_AND_STAFF,
      naming: OWNER_AND_STAFF,
      decisionReason: OWNER_AND_STAFF,
      suggestedNickname: OWNER_AND_STAFF,
      previousAccountName: OWNER_AND_STAFF,
      memberScale: OWNER_AND_STAFF,
      supplementsUsed: OWNER_AND_STAFF,
      // Identity documents: the applicant and those who review them; never analysts or moderators.
      materials: OPERATOR | REVIEWER | ADMIN,
      renewalOf: OWNER_AND_STAFF,
      namingAdvice: OWNER_AND_STAFF,
    },
  }) as TypePolicy<never>,

  CertificationMaterial: valueType('uploadId', 'purpose', 'contentType', 'bytes', 'supplement', 'addedAt', 'url'),
  Payment: valueType('amountCents', 'paidAt', 'provider', 'reference', 'refundable'),
  NamingAdvice: valueType('compliant', 'problems', 'suggestions'),
  NamingProblem: valueType('code', 'word', 'message'),
  // Reviewers' query only (certificationCandidateExclusions).
  CertificationExclusion: valueType('account', 'reason', 'days'),

  User: rowType<UserRow>({
    // People are reached only through fields that are themselves restricted (operators, decidedBy…).
    row: ANYONE,
    relations: (row, viewer) => (row.id === viewer.id ? SELF : 0),
    fields: {
      id: ANYONE,
      displayName: ANYONE,
      email: masked(SELF | STAFF, ANYONE, maskEmail),
      roles: SELF | STAFF,
      // Whether a co-operator or a decider still works here is no secret to who may see them.
      active: ANYONE,
      // A person's account history: themselves and the admins who manage people.
      createdAt: ADMIN | SELF,
      lastSignInAt: ADMIN | SELF,
      passwordSet: ADMIN | SELF,
      operatedAccounts: ADMIN | SELF,
      directoryAccounts: ADMIN | SELF,
      // Why someone was deactivated is a personnel matter.
      deactivatedAt: ADMIN,
      deactivationReason: ADMIN,
    },
  }) as TypePolicy<never>,

  Session: valueType('token', 'user', 'expiresAt'),
  // Only the viewer's own sessions are listed (the service scopes them).
  SessionInfo: valueType('id', 'createdAt', 'expiresAt', 'client', 'userAgent', 'current'),
  // Returned once, to the admin who made it (inviteUser, resetUserPassword).
  PasswordLink: valueType('user', 'purpose', 'token', 'expiresAt'),
  // Shown to whoever holds the link's token: the person it was made for.
  PasswordLinkPreview: valueType('email', 'displayName', 'purpose', 'expiresAt'),

  Notification: rowType<NotificationRow>({
    row: SELF,
    relations: (row, viewer) => (row.userId === viewer.id ? SELF : 0),
    fields: {
      id: SELF,
      kind: SELF,
      params: SELF,
      title: SELF,
      message: SELF,
      body: SELF,
      account: SELF,
      targetType: SELF,
      targetId: SELF,
      createdAt: SELF,
      readAt: SELF,
    },
  }) as TypePolicy<never>,

  AuditEntry: {
    kind: 'row',
    row: MODERATOR | ADMIN,
    fields: Object.fromEntries(
      [
        'id',
        'at',
        'actor',
        'action',
        'targetType',
        'targetId',
        'targetNodeId',
        'before',
        'after',
        'reason',
        'requestId',
      ].map((name) => [name, MODERATOR | ADMIN]),
    ),
  },

  AuditCatalog: {
    kind: 'row',
    row: MODERATOR | ADMIN,
    fields: { actions: MODERATOR | ADMIN, targetTypes: MODERATOR | ADMIN, actors: MODERATOR | ADMIN },
  },

  PlatformRule: valueType('key', 'value', 'effectiveFrom', 'note'),
  // The rule editor's registry and previews: behind their queries' roles (signed in; ADMIN).
  RuleDefinition: valueType('key', 'unit', 'min', 'max', 'minItems', 'maxItems', 'options', 'description'),
  LocalizedText: valueType('zhCN', 'en'),
  RuleChangePreview: valueType('key', 'value', 'currentValue', 'asOf', 'measurable', 'effects'),
  RuleEffect: valueType('kind', 'count'),
  // The working-day calendar: staff read it (deadlines depend on it), only ADMIN edits it.
  WorkingCalendarYear: rowType<WorkingCalendarVersionRow>({
    row: STAFF,
    fields: {
      year: STAFF,
      version: STAFF,
      source: STAFF,
      holidays: STAFF,
      makeupDays: STAFF,
      note: STAFF,
      editedBy: STAFF,
      editedAt: STAFF,
    },
  }),
  WorkingCalendarDay: valueType('date', 'name'),
  PageInfo: valueType('hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor'),
  RegionFilingCount: valueType('region', 'accounts', 'filed', 'unfiled'),

  // Statistics: aggregates only, behind the stats query's roles.
  Stats: valueType(
    'violationsPerPeriod',
    'ladderSteps',
    'activeBans',
    'pendingReports',
    'appealDeadlines',
    'certificationWork',
    'certificationFunnel',
    'correctionsPerPeriod',
    'granularityFor',
  ),
  ViolationPeriodCount: valueType('period', 'granularity', 'label', 'type', 'count'),
  LadderStepCount: valueType('step', 'orMore', 'count'),
  ActiveBanCounts: valueType('total', 'endingToday', 'endingThisWeek', 'permanent'),
  PendingReportCount: valueType('type', 'age', 'count'),
  AppealDeadlineCounts: valueType('pending', 'dueSoon', 'overdue', 'deadlineUncertain'),
  CertificationWorkCounts: valueType('overdueDispatches', 'expiringSoon'),
  CertificationFunnel: valueType('started', 'paid', 'dispatched', 'approved', 'rejected', 'passRate'),
  CorrectionPeriodCount: valueType('period', 'granularity', 'label', 'count', 'changedCharacters'),

  NotificationConnection: valueType('edges', 'pageInfo', 'totalCount', 'totalCountIsExact', 'unreadCount'),

  // Each root field is authorized by its resolver's `@Authorized` roles and scoped by its service
  // (a publisher's lists hold its own accounts' rows); what it returns passes the row rule of its
  // type. Listed here so that a new operation without an entry fails the policy test.
  Query: rootType(
    'account',
    'departments',
    'deliveries',
    'directoryScopes',
    'enterpriseApps',
    'followEvents',
    'follows',
    'members',
    'accounts',
    'appeals',
    'article',
    'articles',
    'auditCatalog',
    'auditLog',
    'cannedReasons',
    'certification',
    'certificationCandidateExclusions',
    'certificationCandidates',
    'certifications',
    'checkCertificationNickname',
    'node',
    'notifications',
    'passwordLink',
    'penalties',
    'penaltyPreview',
    'quotaRequests',
    'recordRegistrationByRegion',
    'reprintRequests',
    'previewRuleChange',
    'ruleDefinitions',
    'ruleHistory',
    'rules',
    'searchAccounts',
    'searchArticles',
    'sessions',
    'stats',
    'subject',
    'subjects',
    'users',
    'viewer',
    'violation',
    'violations',
    'workingCalendarHistory',
    'workingCalendarYear',
    'workingCalendarYears',
  ),
  Subscription: rootType('moderationQueueChanged'),
  Mutation: rootType(
    'acceptCertificationTerms',
    'addMember',
    'approveFollow',
    'createDepartment',
    'createEnterpriseApp',
    'deleteDepartment',
    'followEnterpriseAccount',
    'grantDirectoryScope',
    'importMembers',
    'removeMember',
    'revokeDirectoryScope',
    'setEnterpriseSettings',
    'submitFollowContact',
    'updateDepartment',
    'updateMember',
    'verifyFollowCode',
    'addAccountNote',
    'addAccountOperator',
    'addViolationNote',
    'createCannedReason',
    'deleteCannedReason',
    'undoDismissal',
    'updateCannedReason',
    'blockArticle',
    'claimViolation',
    'confirmViolation',
    'correctArticle',
    'changePassword',
    'createSubject',
    'createUser',
    'deactivateUser',
    'decideAppeal',
    'decideCertification',
    'decideReprintRequest',
    'dismissViolation',
    'dismissViolations',
    'endSession',
    'fileAppeal',
    'fileQuotaRequest',
    'inviteToCertification',
    'inviteUser',
    'liftPenalty',
    'login',
    'logout',
    'markNotificationsRead',
    'overturnViolation',
    'passQuotaPreliminaryExamination',
    'payCertificationFee',
    'publishArticle',
    'reactivateUser',
    'recordAccountRegistration',
    'recordCertificationReviewCall',
    'recordQuotaAuthorityApproval',
    'registerAccount',
    'rejectQuotaRequest',
    'removeAccountOperator',
    'renewCertification',
    'reportViolation',
    'reprintArticle',
    'requestReprint',
    'resetUserPassword',
    'revokeCertificationInvitation',
    'sendCertificationReminders',
    'setPasswordWithLink',
    'setRule',
    'setUserRoles',
    'withdrawRuleValue',
    'setWorkingCalendarYear',
    'signOutEverywhere',
    'startCertification',
    'submitCertificationInformation',
    'submitCertificationInvoice',
    'supplementCertificationMaterial',
    'unblockArticle',
  ),
};

/**
 * ANALYST is read-only everywhere (GraphQL and REST): the only mutations an analyst-only user may
 * call are those about their own session, password and inbox. Every other mutation refuses them, whatever
 * its `@Authorized` says (enforced in the schema's auth checker).
 */
export const ANALYST_MUTATIONS = new Set([
  'login',
  'logout',
  'markNotificationsRead',
  'changePassword',
  'signOutEverywhere',
  'endSession',
  'setPasswordWithLink',
]);

/**
 * Connections and edges of row types: their fields are the connection's, and the nodes pass the
 * node type's row rule.
 */
export const CONNECTION_FIELDS = ['edges', 'pageInfo', 'totalCount', 'totalCountIsExact'];
export const EDGE_FIELDS = ['cursor', 'node'];

export function policyOf(typeName: string): TypePolicy<never> | undefined {
  return POLICY[typeName];
}

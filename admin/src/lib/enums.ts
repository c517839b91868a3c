import type {
  AccountKind,
  AppealStatus,
  Capability,
  CertificationKind,
  CertificationStatus,
  DeliveryChannel,
  DirectoryPermission,
  FollowEventKind,
  FollowMethod,
  FollowStatus,
  NamingProblemKind,
  OrganizationCategory,
  QuotaRequestStatus,
  ReprintPolicy,
  Role,
  SubjectKind,
  Verdict,
  ViolationSource,
  ViolationStatus,
  ViolationType,
} from '../graphql/generated/graphql';

/** The values of the API's enums, in the order the admin shows them (labels: `enums.<Type>.<VALUE>`). */

/** Staff first, then publishers (labels: `roles.<ROLE>`). */
export const ROLES = ['ADMIN', 'MODERATOR', 'REVIEWER', 'ANALYST', 'PUBLISHER'] as const satisfies readonly Role[];

export const ACCOUNT_KINDS = [
  'SUBSCRIPTION',
  'SERVICE',
  'MINI_PROGRAM',
  'ENTERPRISE',
] as const satisfies readonly AccountKind[];

export const SUBJECT_KINDS = ['INDIVIDUAL', 'ENTERPRISE', 'ORGANIZATION'] as const satisfies readonly SubjectKind[];

export const ORGANIZATION_CATEGORIES = [
  'GOVERNMENT',
  'MEDIA',
  'OTHER',
] as const satisfies readonly OrganizationCategory[];

export const CAPABILITIES = [
  'PUBLISH_ARTICLES',
  'MESSAGING',
  'AUTO_REPLY',
  'CUSTOM_MENU',
  'MATERIAL_MANAGEMENT',
  'USER_MANAGEMENT',
  'RICH_INTERFACES',
  'RELEASE_VERSIONS',
  'SEARCHABLE',
  'SHAREABLE',
] as const satisfies readonly Capability[];

export const QUOTA_REQUEST_STATUSES = [
  'AWAITING_PRELIMINARY',
  'AWAITING_AUTHORITY',
  'APPROVED',
  'REJECTED',
] as const satisfies readonly QuotaRequestStatus[];

export const REPRINT_POLICIES = ['OPEN', 'WHITELIST', 'CLOSED'] as const satisfies readonly ReprintPolicy[];

export const VIOLATION_TYPES = [
  'LIKE_FARMING',
  'INDUCED_SHARING',
  'FALSE_ORIGINAL',
  'INFRINGEMENT',
  'OTHER',
] as const satisfies readonly ViolationType[];

export const VIOLATION_SOURCES = [
  'AUTOMATED',
  'USER_REPORT',
  'MODERATOR',
] as const satisfies readonly ViolationSource[];

export const VIOLATION_STATUSES = [
  'PENDING',
  'CONFIRMED',
  'DISMISSED',
  'OVERTURNED',
] as const satisfies readonly ViolationStatus[];

export const APPEAL_STATUSES = ['PENDING', 'GRANTED', 'REJECTED'] as const satisfies readonly AppealStatus[];

/** In the order an applicant meets them: the free personal kind, then the paid ones. */
export const CERTIFICATION_KINDS = [
  'PERSONAL_ACCOUNT',
  'PERSONAL_MINI_PROGRAM',
  'ENTERPRISE',
] as const satisfies readonly CertificationKind[];

/** In the order of the flow. */
export const CERTIFICATION_STATUSES = [
  'AWAITING_TERMS',
  'AWAITING_INFORMATION',
  'AWAITING_INVOICE',
  'AWAITING_PAYMENT',
  'DISPATCHED',
  'REVIEW_CALL_DONE',
  'APPROVED',
  'REJECTED',
  'EXPIRED',
] as const satisfies readonly CertificationStatus[];

export const VERDICTS = ['PASSED', 'FAILED'] as const satisfies readonly Verdict[];

export const NAMING_PROBLEM_KINDS = [
  'FORBIDDEN_WORD',
  'GENERIC_WITHOUT_SUBJECT',
  'LOOKS_LIKE_APP',
  'LENGTH',
] as const satisfies readonly NamingProblemKind[];

/** Enterprise accounts: those waiting for an administrator first (the follow requests page's default). */
export const FOLLOW_STATUSES = [
  'AWAITING_APPROVAL',
  'AWAITING_CODE',
  'UNVERIFIED',
  'FOLLOWED',
] as const satisfies readonly FollowStatus[];

export const FOLLOW_METHODS = ['WECHAT_ID', 'BOUND_MOBILE', 'CODE'] as const satisfies readonly FollowMethod[];

export const FOLLOW_EVENT_KINDS = [
  'FOLLOWED',
  'MATCHED',
  'NOT_MATCHED',
  'CONTACT_UNKNOWN',
  'CODE_SENT',
  'WRONG_CODE',
  'EXPIRED_CODE',
  'RATE_LIMITED',
  'VERIFIED',
  'APPROVED',
] as const satisfies readonly FollowEventKind[];

export const DIRECTORY_PERMISSIONS = ['VIEW', 'MANAGE'] as const satisfies readonly DirectoryPermission[];

export const DELIVERY_CHANNELS = ['SMS', 'EMAIL'] as const satisfies readonly DeliveryChannel[];

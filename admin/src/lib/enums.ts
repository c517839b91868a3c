import type {
  AccountKind,
  AppealStatus,
  Capability,
  OrganizationCategory,
  QuotaRequestStatus,
  ReprintPolicy,
  SubjectKind,
  ViolationSource,
  ViolationStatus,
  ViolationType,
} from '../graphql/generated/graphql';

/** The values of the API's enums, in the order the admin shows them (labels: `enums.<Type>.<VALUE>`). */

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

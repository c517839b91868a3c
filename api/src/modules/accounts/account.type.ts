import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../common/node';
import { connectionTypes } from '../../common/pagination';
import {
  ACCOUNT_KINDS,
  type AccountKindName,
  ORGANIZATION_CATEGORIES,
  type OrganizationCategoryName,
  QUOTA_REQUEST_STATUSES,
  type QuotaRequestStatusName,
  SUBJECT_KINDS,
  type SubjectKindName,
} from '../../db/schema';
import { User } from '../auth/user.type';
import { CAPABILITIES, type CapabilityName } from './capabilities';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const SubjectKind = asEnum(SUBJECT_KINDS);
registerEnumType(SubjectKind, {
  name: 'SubjectKind',
  description: 'Who owns accounts: a person, an enterprise, an organization.',
});
export const OrganizationCategory = asEnum(ORGANIZATION_CATEGORIES);
registerEnumType(OrganizationCategory, { name: 'OrganizationCategory' });
export const AccountKind = asEnum(ACCOUNT_KINDS);
registerEnumType(AccountKind, { name: 'AccountKind' });
export const Capability = asEnum(CAPABILITIES);
registerEnumType(Capability, {
  name: 'Capability',
  description: 'What an account may do; derived from certification.',
});
export const QuotaRequestStatus = asEnum(QUOTA_REQUEST_STATUSES);
registerEnumType(QuotaRequestStatus, { name: 'QuotaRequestStatus' });
export const AccountOrder = { CREATED_AT: 'CREATED_AT', NAME: 'NAME' } as const;
registerEnumType(AccountOrder, { name: 'AccountOrder', description: 'CREATED_AT: newest first. NAME: A to Z.' });

@ObjectType({ implements: Node, description: 'A real-name verified owner of accounts.' })
export class Subject extends Node {
  @Field(() => SubjectKind)
  kind!: SubjectKindName;

  @Field(() => OrganizationCategory, { nullable: true })
  organizationCategory!: OrganizationCategoryName | null;

  @Field()
  name!: string;

  @Field({ description: 'ID-card number or credit code; masked (1101**********1234) except for ADMIN.' })
  idNumber!: string;

  @Field(() => String, { nullable: true })
  contactName!: string | null;

  @Field(() => String, { nullable: true, description: 'Masked except for ADMIN.' })
  contactPhone!: string | null;

  @Field(() => Int, {
    description:
      'Official accounts (subscription and service) it may own now: the rule for its kind, or a granted increase. Mini-programs and enterprise accounts have quotas of their own (rules `account.quota.miniProgram.*`, `account.quota.enterpriseAccount.*`).',
  })
  quota!: number;

  @Field(() => Int, { description: 'Accounts of every kind it owns.' })
  accountCount!: number;

  @Field(() => [Account])
  accounts!: Account[];

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'Record registration (备案): what the regional authority keeps of an account.' })
export class AccountRecord {
  @Field()
  region!: string;

  @Field({ description: 'Masked except for ADMIN.' })
  responsiblePerson!: string;

  @Field({ description: 'Masked except for ADMIN.' })
  contactPhone!: string;

  @Field(() => String, { nullable: true, description: 'Null until the authority has filed it.' })
  filingNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  filedOn!: string | null;

  @Field()
  filed!: boolean;

  @Field()
  updatedAt!: Date;
}

@ObjectType({ implements: Node, description: 'A public account: subscription, service, mini-program or enterprise.' })
export class Account extends Node {
  @Field(() => AccountKind)
  kind!: AccountKindName;

  @Field({ description: 'Not unique: twins exist. Certification tells them apart.' })
  name!: string;

  @Field({ description: 'gh_ + 12 hex' })
  originalId!: string;

  @Field({ description: 'wx + 16 hex' })
  appId!: string;

  @Field()
  intro!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Subject)
  subject!: Subject;

  @Field(() => [User], { description: 'The publishers who may act for it.' })
  operators!: User[];

  @Field(() => AccountRecord, { nullable: true })
  record!: AccountRecord | null;

  @Field()
  certified!: boolean;

  @Field({ description: 'Computed from the clock.' })
  banned!: boolean;

  @Field(() => [Capability])
  capabilities!: CapabilityName[];

  @Field(() => Number)
  followerCount!: number;

  @Field(() => Number)
  readCount!: number;
}

@ObjectType({
  implements: Node,
  description: 'A subject’s request to own more accounts: preliminary examination, then the authority.',
})
export class QuotaRequest extends Node {
  @Field(() => Subject)
  subject!: Subject;

  @Field(() => Int)
  requestedQuota!: number;

  @Field()
  reason!: string;

  @Field(() => QuotaRequestStatus)
  status!: QuotaRequestStatusName;

  @Field(() => User, { nullable: true })
  filedBy!: User | null;

  @Field()
  filedAt!: Date;

  @Field(() => User, { nullable: true })
  preliminaryBy!: User | null;

  @Field(() => Date, { nullable: true })
  preliminaryAt!: Date | null;

  @Field(() => String, { nullable: true })
  preliminaryNote!: string | null;

  @Field(() => Date, { nullable: true })
  authorityAt!: Date | null;

  @Field(() => String, { nullable: true })
  authorityName!: string | null;

  @Field(() => String, { nullable: true })
  authorityReference!: string | null;

  @Field(() => Int, { nullable: true })
  grantedQuota!: number | null;

  @Field(() => Date, { nullable: true })
  rejectedAt!: Date | null;

  @Field(() => String, { nullable: true })
  rejectionReason!: string | null;
}

@ObjectType({ description: 'Record registration counts for one region.' })
export class RegionFilingCount {
  @Field()
  region!: string;

  @Field(() => Int, { description: 'Accounts with a record in this region.' })
  accounts!: number;

  @Field(() => Int)
  filed!: number;

  @Field(() => Int)
  unfiled!: number;
}

export const { ConnectionType: AccountConnection } = connectionTypes(Account, 'Account');
export const { ConnectionType: SubjectConnection } = connectionTypes(Subject, 'Subject');
export const { ConnectionType: QuotaRequestConnection } = connectionTypes(QuotaRequest, 'QuotaRequest');

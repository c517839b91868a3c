import { IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../common/node';
import { connectionTypes } from '../../common/pagination';
import { CERTIFICATION_KINDS, type CertificationKindName, type VerdictName } from '../../db/schema';
import { Account } from '../accounts/account.type';
import { User } from '../auth/user.type';
import { CERTIFICATION_STATUSES, type CertificationStatusName } from './certification-flow';
import type { NamingProblemCode } from './nickname-check';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const CertificationKind = asEnum(CERTIFICATION_KINDS);
registerEnumType(CertificationKind, { name: 'CertificationKind' });
export const CertificationStatus = asEnum(CERTIFICATION_STATUSES);
registerEnumType(CertificationStatus, { name: 'CertificationStatus' });
export const Verdict = { PASSED: 'PASSED', FAILED: 'FAILED' } as const;
registerEnumType(Verdict, { name: 'Verdict' });
export const NamingProblemKind = asEnum([
  'FORBIDDEN_WORD',
  'GENERIC_WITHOUT_SUBJECT',
  'LOOKS_LIKE_APP',
  'LENGTH',
] as const);
registerEnumType(NamingProblemKind, { name: 'NamingProblemKind' });

@ObjectType({ description: 'A problem the naming checker found.' })
export class NamingProblem {
  @Field(() => NamingProblemKind)
  code!: NamingProblemCode;

  @Field()
  word!: string;

  @Field()
  message!: string;
}

@ObjectType({
  description:
    'An individual’s account that would be worth inviting to personal certification but is not offered: why (the eligibility rules of seed 000).',
})
export class CertificationExclusion {
  @Field(() => Account)
  account!: object;

  @Field({ description: 'The NOT_ELIGIBLE reason an invitation would meet: INFRINGEMENT or RECENT_VIOLATION.' })
  reason!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'For RECENT_VIOLATION: the rule’s days (`certification.PERSONAL_ACCOUNT.cleanDays`).',
  })
  days!: number | null;
}

@ObjectType({ description: 'Advice on a certification nickname (the reviewer decides).' })
export class NamingAdvice {
  @Field()
  compliant!: boolean;

  @Field(() => [NamingProblem])
  problems!: NamingProblem[];

  @Field(() => [String], { description: 'The subject’s full name, or the full name plus a modifier.' })
  suggestions!: string[];
}

@ObjectType({ description: 'A fee payment: a ledger entry, never refundable.' })
export class Payment {
  @Field(() => Int)
  amountCents!: number;

  @Field()
  paidAt!: Date;

  @Field()
  provider!: string;

  @Field()
  reference!: string;

  @Field()
  refundable!: boolean;
}

@ObjectType({ description: 'Uploaded certification material.' })
export class CertificationMaterial {
  @Field(() => ID, { description: 'The upload id; GET /uploads/<id> serves it to staff and the owner.' })
  uploadId!: string;

  @Field({ description: 'IDENTITY or PROFESSION_PROOF.' })
  purpose!: string;

  @Field()
  contentType!: string;

  @Field(() => Int)
  bytes!: number;

  @Field()
  supplement!: boolean;

  @Field()
  addedAt!: Date;

  @Field()
  url!: string;
}

@ObjectType({ implements: Node, description: 'A certification (微信认证) of an account, and each step with its time.' })
export class Certification extends Node {
  @Field(() => Account)
  account!: Account;

  @Field(() => CertificationKind)
  kind!: CertificationKindName;

  @Field(() => CertificationStatus, {
    description: 'EXPIRED once an approved certification passes its end (from the clock).',
  })
  status!: CertificationStatusName;

  @Field()
  nickname!: string;

  @Field(() => Int)
  feeCents!: number;

  @Field({ description: 'Always false: the fee is kept pass or fail (seed 001).' })
  feeRefundable!: boolean;

  @Field(() => String, {
    nullable: true,
    description: '个人开发者 or 认证 while approved with its name; null otherwise.',
  })
  badge!: string | null;

  @Field(() => String, { nullable: true, description: 'The unique certification number, once approved.' })
  certificationNumber!: string | null;

  @Field()
  startedAt!: Date;

  @Field(() => User, { nullable: true })
  startedBy!: User | null;

  @Field(() => Date, { nullable: true })
  termsAcceptedAt!: Date | null;

  @Field(() => String, { nullable: true })
  contactName!: string | null;

  @Field(() => String, { nullable: true, description: 'Masked except for ADMIN and the account’s operators.' })
  contactPhone!: string | null;

  @Field(() => String, { nullable: true })
  profession!: string | null;

  @Field(() => Date, { nullable: true })
  informationAt!: Date | null;

  @Field(() => String, { nullable: true })
  invoiceTitle!: string | null;

  @Field(() => Date, { nullable: true })
  invoiceAt!: Date | null;

  @Field(() => Date, { nullable: true })
  paidAt!: Date | null;

  @Field(() => Payment, { nullable: true })
  payment!: Payment | null;

  @Field(() => Date, { nullable: true })
  dispatchedAt!: Date | null;

  @Field(() => User, { nullable: true })
  reviewer!: User | null;

  @Field({ description: 'Dispatched longer than the rule’s hours without a review call.' })
  reviewCallOverdue!: boolean;

  @Field(() => Date, { nullable: true })
  reviewCallAt!: Date | null;

  @Field(() => Boolean, { nullable: true })
  identityConfirmed!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  recordingPlayed!: boolean | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => Verdict, { nullable: true })
  qualification!: VerdictName | null;

  @Field(() => Verdict, { nullable: true })
  naming!: VerdictName | null;

  @Field(() => String, { nullable: true })
  decisionReason!: string | null;

  @Field(() => String, { nullable: true })
  suggestedNickname!: string | null;

  @Field(() => String, { nullable: true, description: 'The account’s name before approval.' })
  previousAccountName!: string | null;

  @Field(() => Date, { nullable: true })
  approvedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'ENTERPRISE: the certified member scale.' })
  memberScale!: number | null;

  @Field(() => Int)
  supplementsUsed!: number;

  @Field(() => [CertificationMaterial])
  materials!: CertificationMaterial[];

  @Field(() => Certification, { nullable: true, description: 'For an annual review: the certification it renews.' })
  renewalOf!: Certification | null;

  @Field(() => NamingAdvice, { description: 'The naming checker on the nickname, for the reviewer.' })
  namingAdvice!: NamingAdvice;
}

export const { ConnectionType: CertificationConnection } = connectionTypes(Certification, 'Certification');

@InputType()
export class StartCertificationInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => CertificationKind)
  kind!: CertificationKindName;

  @Field({ description: 'On approval it replaces the account’s name (seed 002).' })
  @MaxLength(60)
  nickname!: string;
}

@InputType()
export class CertificationInformationInput {
  @Field()
  @Length(1, 40)
  contactName!: string;

  @Field()
  @Matches(/^\+?[\d\s-]{5,20}$/, { message: 'the contact phone must be 5 to 20 digits' })
  contactPhone!: string;

  @Field(() => String, { nullable: true, description: 'Optional; then professionProof is required (seed 001).' })
  @IsOptional()
  @MaxLength(40)
  profession?: string | null;

  @Field(() => ID, { nullable: true, description: 'An upload id (POST /uploads).' })
  @IsOptional()
  professionProof?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Upload ids of identity material.' })
  @IsOptional()
  materialIds?: string[] | null;
}

@InputType()
export class CertificationInvoiceInput {
  @Field()
  @Length(2, 100)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9A-Z]{15,20}$/, { message: 'a tax number is 15 to 20 digits and capital letters' })
  taxNumber?: string | null;
}

@InputType()
export class ReviewCallInput {
  @Field()
  identityConfirmed!: boolean;

  @Field()
  recordingPlayed!: boolean;
}

@InputType()
export class CertificationDecisionInput {
  @Field(() => Verdict)
  qualification!: VerdictName;

  @Field(() => Verdict)
  naming!: VerdictName;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  reason?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(30)
  suggestedNickname?: string | null;

  @Field(() => Int, { nullable: true, description: 'ENTERPRISE: the certified member scale.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  memberScale?: number | null;
}

@InputType()
export class CertificationFilter {
  @Field(() => CertificationStatus, { nullable: true })
  @IsOptional()
  status?: CertificationStatusName | null;

  @Field(() => CertificationKind, { nullable: true })
  @IsOptional()
  kind?: CertificationKindName | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  accountId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those dispatched to me.' })
  @IsOptional()
  mine?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Dispatched longer than the rule’s hours without a review call.',
  })
  @IsOptional()
  overdue?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Certified, expiring within this many days.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(366)
  expiringWithinDays?: number | null;
}

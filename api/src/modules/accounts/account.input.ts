import { IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type {
  AccountKindName,
  OrganizationCategoryName,
  QuotaRequestStatusName,
  SubjectKindName,
} from '../../db/schema';
import { AccountKind, OrganizationCategory, QuotaRequestStatus, SubjectKind } from './account.type';

const PHONE = /^\+?[\d\s-]{5,20}$/;

@InputType()
export class CreateSubjectInput {
  @Field(() => SubjectKind)
  kind!: SubjectKindName;

  @Field(() => OrganizationCategory, { nullable: true, description: 'Required for ORGANIZATION.' })
  @IsOptional()
  organizationCategory?: OrganizationCategoryName | null;

  @Field()
  @Length(2, 60, { message: 'the name must be 2 to 60 characters' })
  name!: string;

  @Field({ description: 'ID-card number (INDIVIDUAL) or unified social credit code (others).' })
  @Length(18, 24, { message: 'an identity number has 18 characters' })
  idNumber!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 40)
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'the contact phone must be 5 to 20 digits' })
  contactPhone?: string | null;
}

@InputType()
export class RegisterAccountInput {
  @Field(() => ID)
  subjectId!: string;

  @Field(() => AccountKind)
  kind!: AccountKindName;

  @Field()
  @Length(2, 30, { message: 'an account name must be 2 to 30 characters' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120, { message: 'the intro must be at most 120 characters' })
  intro?: string | null;
}

@InputType()
export class AccountFilter {
  @Field(() => AccountKind, { nullable: true })
  @IsOptional()
  kind?: AccountKindName | null;

  @Field(() => SubjectKind, { nullable: true })
  @IsOptional()
  subjectKind?: SubjectKindName | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  subjectId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(30)
  nameContains?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  certified?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  banned?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Record registration region.' })
  @IsOptional()
  @MaxLength(40)
  region?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the record registration is filed.' })
  @IsOptional()
  filed?: boolean | null;
}

@InputType()
export class SubjectFilter {
  @Field(() => SubjectKind, { nullable: true })
  @IsOptional()
  kind?: SubjectKindName | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  nameContains?: string | null;
}

@InputType()
export class AccountRecordInput {
  @Field()
  @Length(2, 40)
  region!: string;

  @Field()
  @Length(1, 40)
  responsiblePerson!: string;

  @Field()
  @Matches(PHONE, { message: 'the contact phone must be 5 to 20 digits' })
  contactPhone!: string;

  @Field(() => String, { nullable: true, description: 'ADMIN only, with filedOn.' })
  @IsOptional()
  @Length(4, 40)
  filingNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; ADMIN only, with filingNumber.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'the filing date must be YYYY-MM-DD' })
  filedOn?: string | null;
}

@InputType()
export class FileQuotaRequestInput {
  @Field(() => ID)
  subjectId!: string;

  @Field(() => Int, { description: 'The number of accounts wanted in all.' })
  @IsInt()
  @Min(1, { message: 'the quota wanted must be at least 1' })
  @Max(1000, { message: 'the quota wanted must be at most 1000' })
  requestedQuota!: number;

  @Field()
  @Length(5, 1000, { message: 'the reason must be 5 to 1000 characters' })
  reason!: string;
}

@InputType()
export class AuthorityApprovalInput {
  @Field({ description: 'The competent authority that approved.' })
  @Length(2, 100)
  authorityName!: string;

  @Field({ description: 'Its reference (document number).' })
  @Length(1, 100)
  authorityReference!: string;

  @Field(() => Int, { nullable: true, description: 'Defaults to the number requested.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  grantedQuota?: number | null;
}

@InputType()
export class QuotaRequestFilter {
  @Field(() => QuotaRequestStatus, { nullable: true })
  @IsOptional()
  status?: QuotaRequestStatusName | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  subjectId?: string | null;
}

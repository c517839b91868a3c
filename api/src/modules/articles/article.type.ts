import { IsBoolean, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../common/node';
import { connectionTypes } from '../../common/pagination';
import { REPRINT_POLICIES, type ReprintPolicyName } from '../../db/schema';
import { Account } from '../accounts/account.type';
import { User } from '../auth/user.type';
import type { EditKind as EditKindName } from './edit-distance';

export const ReprintPolicy = Object.fromEntries(REPRINT_POLICIES.map((p) => [p, p])) as { [P in ReprintPolicyName]: P };
registerEnumType(ReprintPolicy, {
  name: 'ReprintPolicy',
  description: 'OPEN: any account reprints directly. WHITELIST: only listed accounts. CLOSED: nobody.',
});
export const EditKind = { INSERT: 'INSERT', DELETE: 'DELETE', REPLACE: 'REPLACE' } as const;
registerEnumType(EditKind, { name: 'EditKind' });

@ObjectType({ description: 'One change of a correction, at a code-point position of the previous body.' })
export class EditOperation {
  @Field(() => EditKind)
  kind!: EditKindName;

  @Field(() => Int)
  position!: number;

  @Field()
  before!: string;

  @Field()
  after!: string;
}

@ObjectType({ description: 'The one correction after sending.' })
export class ArticleCorrection {
  @Field(() => Int, { description: 'Inserted + deleted + replaced code points.' })
  changedCharacters!: number;

  @Field(() => Int, { description: 'The limit in force when it was made.' })
  limit!: number;

  @Field(() => [EditOperation])
  operations!: EditOperation[];

  @Field()
  previousBody!: string;

  @Field()
  correctedAt!: Date;

  @Field(() => User, { nullable: true })
  correctedBy!: User | null;
}

@ObjectType({ implements: Node, description: 'A sent article (群发), or a reprint of one.' })
export class Article extends Node {
  @Field(() => Account)
  account!: Account;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field({ description: 'For a reprint: the source’s current (corrected) body.' })
  body!: string;

  @Field()
  author!: string;

  @Field({ description: 'Original declaration (原创声明).' })
  original!: boolean;

  @Field(() => ReprintPolicy)
  reprintPolicy!: ReprintPolicyName;

  @Field(() => [Account], { description: 'For WHITELIST: the accounts that may reprint.' })
  reprintWhitelist!: Account[];

  @Field(() => Article, { nullable: true, description: 'The original this reprint credits.' })
  reprintOf!: Article | null;

  @Field()
  publishedAt!: Date;

  @Field(() => ArticleCorrection, { nullable: true })
  correction!: ArticleCorrection | null;

  @Field(() => Int, { description: 'Corrections still allowed now.' })
  correctionsLeft!: number;

  @Field({ description: 'Blocked by moderation: not shown to readers.' })
  blocked!: boolean;

  @Field(() => String, { nullable: true })
  blockedReason!: string | null;

  @Field(() => Int)
  reprintCount!: number;
}

export const { ConnectionType: ArticleConnection } = connectionTypes(Article, 'Article');

@InputType()
export class PublishArticleInput {
  @Field(() => ID)
  accountId!: string;

  @Field()
  @MaxLength(200)
  title!: string;

  @Field()
  @MaxLength(400)
  summary!: string;

  @Field()
  @MaxLength(40_000, { message: 'the body must be at most 20,000 characters' })
  body!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  author?: string | null;

  @Field()
  @IsBoolean()
  original!: boolean;

  @Field(() => ReprintPolicy)
  reprintPolicy!: ReprintPolicyName;

  @Field(() => [ID], { nullable: true, description: 'Account ids, for WHITELIST.' })
  @IsOptional()
  whitelist?: string[] | null;
}

@InputType()
export class CorrectArticleInput {
  @Field(() => ID)
  articleId!: string;

  @Field()
  @MaxLength(40_000, { message: 'the body must be at most 20,000 characters' })
  body!: string;

  @Field(() => String, { nullable: true, description: 'Accepted only unchanged.' })
  @IsOptional()
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Accepted only unchanged.' })
  @IsOptional()
  summary?: string | null;
}

@InputType()
export class ReprintArticleInput {
  @Field(() => ID)
  sourceId!: string;

  @Field(() => ID)
  accountId!: string;
}

@InputType()
export class ArticleFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  accountId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  original?: boolean | null;

  @Field(() => ReprintPolicy, { nullable: true })
  @IsOptional()
  reprintPolicy?: ReprintPolicyName | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  corrected?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  blocked?: boolean | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  publishedFrom?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  publishedTo?: Date | null;
}

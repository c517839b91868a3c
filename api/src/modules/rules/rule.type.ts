import { IsOptional, Length, MaxLength } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One value of a platform rule, in force from `effectiveFrom` until the next value.' })
export class PlatformRule {
  @Field()
  key!: string;

  @Field(() => GraphQLJSON)
  value!: unknown;

  @Field()
  effectiveFrom!: Date;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@InputType()
export class SetRuleInput {
  @Field({ description: 'e.g. account.quota.INDIVIDUAL' })
  @Length(3, 100)
  key!: string;

  @Field(() => GraphQLJSON)
  value!: unknown;

  @Field({ description: 'From when the value applies; past values record history, future ones schedule a change.' })
  effectiveFrom!: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

import { IsOptional, Length, MaxLength } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RULE_EFFECT_KINDS, type RuleEffectKindName } from './rule-preview';
import { RULE_UNITS, type RuleUnitName } from './rule-specs';

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

export const RuleUnit = Object.fromEntries(RULE_UNITS.map((unit) => [unit, unit])) as {
  [K in RuleUnitName]: K;
};
registerEnumType(RuleUnit, {
  name: 'RuleUnit',
  description:
    'How a rule value is read and edited: COUNT, CHARACTERS, DAYS, WORKING_DAYS, HOURS, MINUTES and BYTES are whole numbers; CNY_CENTS is a fee in cents (shown in yuan); BAN_LADDER is a list of ban days per step (null = permanent); DAY_LIST a list of days; WORD_LIST and PATTERN_LIST lists of words or RE2 patterns; CORRECTION_OPERATIONS ["REPLACE"] or all three operations; DATE_TIME an ISO-8601 moment; JSON anything else.',
});

export const RuleEffectKind = Object.fromEntries(RULE_EFFECT_KINDS.map((kind) => [kind, kind])) as {
  [K in RuleEffectKindName]: K;
};
registerEnumType(RuleEffectKind, {
  name: 'RuleEffectKind',
  description:
    'A figure of a rule preview. LONGER_BAN / SHORTER_BAN / SAME_BAN: pending reports whose confirmation would now give a longer, shorter or the same ban. OVER_QUOTA / OVER_QUOTA_NOW: subjects owning more accounts than the new quota / than the quota in force; AT_OR_OVER_QUOTA: subjects that could register no further account. CLAIMS_LAPSING / CLAIMS_HELD: live claims that would lapse at once / still hold; CLAIMS_RESTORED: lapsed claims that would hold again.',
});

@ObjectType({ description: 'A text in each of the admin’s languages.' })
export class LocalizedText {
  @Field()
  zhCN!: string;

  @Field()
  en!: string;
}

@ObjectType({ description: 'A rule the platform reads: its unit, bounds and meaning (what the rule editor offers).' })
export class RuleDefinition {
  @Field()
  key!: string;

  @Field(() => RuleUnit)
  unit!: RuleUnitName;

  @Field(() => Int, { nullable: true, description: 'Whole numbers: the least value; lists of days: of each step.' })
  min!: number | null;

  @Field(() => Int, { nullable: true, description: 'Whole numbers: the greatest value; lists of days: of each step.' })
  max!: number | null;

  @Field(() => Int, { nullable: true, description: 'Lists: how many items at least.' })
  minItems!: number | null;

  @Field(() => Int, { nullable: true, description: 'Lists: how many items at most.' })
  maxItems!: number | null;

  @Field(() => [String], { description: 'CORRECTION_OPERATIONS: the operations there are.' })
  options!: readonly string[];

  @Field(() => LocalizedText)
  description!: LocalizedText;
}

@ObjectType({ description: 'One figure of a rule preview: how many rows today it concerns.' })
export class RuleEffect {
  @Field(() => RuleEffectKind)
  kind!: RuleEffectKindName;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'What a new value of a rule would change today, were it in force now.' })
export class RuleChangePreview {
  @Field()
  key!: string;

  @Field(() => GraphQLJSON)
  value!: unknown;

  @Field(() => GraphQLJSON, { description: 'The value in force now.' })
  currentValue!: unknown;

  @Field({ description: 'When the figures were taken.' })
  asOf!: Date;

  @Field({ description: 'False for rules whose effect on today’s rows cannot be counted: effects is then empty.' })
  measurable!: boolean;

  @Field(() => [RuleEffect])
  effects!: RuleEffect[];
}

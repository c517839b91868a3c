import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../common/node';
import { connectionTypes } from '../../common/pagination';
import {
  APPEAL_STATUSES,
  type AppealStatusName,
  VIOLATION_SOURCES,
  VIOLATION_STATUSES,
  VIOLATION_TYPES,
  type ViolationSourceName,
  type ViolationStatusName,
  type ViolationTypeName,
} from '../../db/schema';
import { Account } from '../accounts/account.type';
import { Article } from '../articles/article.type';
import { User } from '../auth/user.type';
import { NOTIFICATION_KINDS } from '../notifications/notification-messages';
import { CLAIM_FILTERS, type ClaimFilterName } from './violations.service';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ViolationType = asEnum(VIOLATION_TYPES);
registerEnumType(ViolationType, { name: 'ViolationType' });

export const ClaimFilter = asEnum(CLAIM_FILTERS);
registerEnumType(ClaimFilter, {
  name: 'ClaimFilter',
  description:
    'The queue by claim (staff only). A claim lapses after the rule moderation.claimMinutes and then counts as unclaimed.',
  valuesConfig: {
    ANY: { description: 'Every violation, claimed or not.' },
    UNCLAIMED: { description: 'No live claim: never claimed, or the claim has lapsed.' },
    MINE: { description: 'The viewer’s live claims.' },
    OTHERS: { description: 'Live claims of other moderators.' },
    UNCLAIMED_OR_MINE: { description: 'UNCLAIMED and MINE together: what the viewer may act on without taking over.' },
  },
});
export const ViolationSource = asEnum(VIOLATION_SOURCES);
registerEnumType(ViolationSource, {
  name: 'ViolationSource',
  description: 'Technology + manual reporting (seed 004).',
});
export const ViolationStatus = asEnum(VIOLATION_STATUSES);
registerEnumType(ViolationStatus, {
  name: 'ViolationStatus',
  description: 'OVERTURNED: confirmed, then undone by a granted appeal; it no longer counts.',
});
export const AppealStatus = asEnum(APPEAL_STATUSES);
registerEnumType(AppealStatus, { name: 'AppealStatus' });

@ObjectType({
  implements: Node,
  description: 'A ban: from startsAt to endsAt (null when permanent), in force unless lifted.',
})
export class Penalty extends Node {
  @Field(() => Account)
  account!: Account;

  @Field(() => Violation, { nullable: true })
  violation!: Violation | null;

  @Field()
  startsAt!: Date;

  @Field(() => Date, { nullable: true })
  endsAt!: Date | null;

  @Field()
  permanent!: boolean;

  @Field({ description: 'Computed from the clock.' })
  active!: boolean;

  @Field()
  reason!: string;

  @Field(() => Date, { nullable: true })
  liftedAt!: Date | null;

  @Field(() => String, { nullable: true })
  liftReason!: string | null;

  @Field({ description: 'Whether a moderator may lift it now (never for a permanent like-farming ban).' })
  liftable!: boolean;

  @Field(() => Appeal, { nullable: true })
  appeal!: Appeal | null;
}

@ObjectType({ description: 'A moderator’s note on a violation.' })
export class ViolationNote {
  @Field(() => User, { nullable: true })
  author!: User | null;

  @Field()
  text!: string;

  @Field()
  at!: Date;
}

@ObjectType({
  implements: Node,
  description: 'A reported violation, PENDING until a moderator confirms or dismisses it.',
})
export class Violation extends Node {
  @Field(() => Account)
  account!: Account;

  @Field(() => Article, { nullable: true })
  article!: Article | null;

  @Field(() => ViolationType)
  type!: ViolationTypeName;

  @Field(() => ViolationSource)
  source!: ViolationSourceName;

  @Field(() => ViolationStatus)
  status!: ViolationStatusName;

  @Field()
  evidence!: string;

  @Field(() => String, { nullable: true, description: 'The article’s title when reported.' })
  evidenceTitle!: string | null;

  @Field(() => String, { nullable: true, description: 'The article’s body when reported.' })
  evidenceBody!: string | null;

  @Field(() => Int, { description: 'Reports merged into this one.' })
  reportCount!: number;

  @Field(() => Int, { nullable: true, description: 'Set when confirmed: 1 for the first of its type on the account.' })
  ordinal!: number | null;

  @Field(() => Penalty, { nullable: true })
  penalty!: Penalty | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Earlier violations of this type on the account that count on the ladder: when it was confirmed for a confirmed (or since overturned) one, now for a pending one. The ordinal is priorStrikes + 1. Null for those who may not see the account’s history (a reporter).',
  })
  priorStrikes!: number | null;

  @Field(() => [Violation], {
    description:
      'The earlier violations counted for the ordinal (confirmed, not overturned, of this type on the account), oldest first: as recorded at confirmation for a confirmed one, as confirming it now would count for a pending one.',
  })
  countedViolations!: Violation[];

  @Field(() => String, {
    nullable: true,
    description:
      'The ladder rule applied (e.g. penalty.ladder.LIKE_FARMING): recorded at confirmation; for a pending one, the rule that confirming now would apply; null when dismissed.',
  })
  ruleKey!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Since when the applied version of the ladder rule (ruleKey) was in force.',
  })
  ruleEffectiveFrom!: Date | null;

  @Field()
  reportedAt!: Date;

  @Field(() => User, { nullable: true })
  claimedBy!: User | null;

  @Field(() => Date, { nullable: true })
  claimedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the claim lapses (claimedAt + the rule moderation.claimMinutes); null when unclaimed or decided.',
  })
  claimExpiresAt!: Date | null;

  @Field(() => User, { nullable: true })
  decidedBy!: User | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  decisionNote!: string | null;

  @Field(() => [ViolationNote])
  notes!: ViolationNote[];
}

@ObjectType({ implements: Node, description: 'An appeal (申诉) against a penalty.' })
export class Appeal extends Node {
  @Field(() => Penalty)
  penalty!: Penalty;

  @Field(() => Account)
  account!: Account;

  @Field(() => User, { nullable: true })
  filedBy!: User | null;

  @Field()
  text!: string;

  @Field()
  filedAt!: Date;

  @Field({ description: 'When the decision is due (working days after filing).' })
  dueAt!: Date;

  @Field({
    description:
      'The working days counted ran into a year the working calendar does not know: only weekends were skipped there, so the due date may move.',
  })
  deadlineUncertain!: boolean;

  @Field({ description: 'Pending past its due time.' })
  overdue!: boolean;

  @Field(() => AppealStatus)
  status!: AppealStatusName;

  @Field(() => User, { nullable: true })
  decidedBy!: User | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  decisionReason!: string | null;
}

@ObjectType({ description: 'What confirming a violation would give, before confirming.' })
export class PenaltyPreview {
  @Field(() => Int)
  ordinal!: number;

  @Field(() => Int, { description: 'The ladder step used (the last repeats).' })
  step!: number;

  @Field(() => Int, { nullable: true, description: 'Ban days; null when permanent.' })
  days!: number | null;

  @Field()
  permanent!: boolean;

  @Field(() => Date, { nullable: true })
  endsAt!: Date | null;

  @Field(() => [Int], { nullable: 'items' })
  ladder!: Array<number | null>;

  @Field(() => Int, { description: 'Earlier violations of the type that count: the ordinal is this + 1.' })
  priorStrikes!: number;

  @Field(() => [Violation], { description: 'The earlier violations that make the ordinal, oldest first.' })
  countedViolations!: Violation[];

  @Field({ description: 'The ladder rule that applies (penalty.ladder.<type>).' })
  ruleKey!: string;

  @Field({ description: 'Since when the version of the ladder rule in force now applies.' })
  ruleEffectiveFrom!: Date;
}

@ObjectType({
  implements: Node,
  description:
    'An in-app notification (站内信): what happened (kind, params), rendered in the reader’s language (Accept-Language: zh-CN or en) with times in China time.',
})
export class Notification extends Node {
  @Field({ description: `What happened: ${NOTIFICATION_KINDS.join(', ')}.` })
  kind!: string;

  @Field(() => GraphQLJSON, {
    description:
      'The kind’s values (the account’s name as it was, violation type and penalty as enum values, instants as ISO-8601), for a client that renders itself.',
  })
  params!: Record<string, unknown>;

  @Field({ description: 'A short headline, in the reader’s language.' })
  title!: string;

  @Field({ description: 'The whole notification, in the reader’s language, naming the account.' })
  message!: string;

  @Field({ deprecationReason: 'Use message (the same text).' })
  body!: string;

  @Field(() => String, { nullable: true })
  targetType!: string | null;

  @Field(() => ID, { nullable: true })
  targetId!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}

export const { ConnectionType: ViolationConnection } = connectionTypes(Violation, 'Violation');
export const { ConnectionType: PenaltyConnection } = connectionTypes(Penalty, 'Penalty');
export const { ConnectionType: AppealConnection } = connectionTypes(Appeal, 'Appeal');
const { ConnectionType: NotificationConnectionBase } = connectionTypes(Notification, 'NotificationBase');

@ObjectType('NotificationConnection', { simpleResolvers: true })
export class NotificationConnection extends NotificationConnectionBase {
  @Field(() => Int)
  unreadCount!: number | (() => Promise<number>);
}

@InputType()
export class ReportViolationInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  articleId?: string | null;

  @Field(() => ViolationType)
  type!: ViolationTypeName;

  @Field(() => ViolationSource)
  source!: ViolationSourceName;

  @Field({ description: 'What is wrong (at most the rule’s characters).' })
  @MaxLength(20_000, { message: 'the evidence is far too long' })
  evidence!: string;
}

@InputType()
export class ViolationFilter {
  @Field(() => ViolationStatus, { nullable: true })
  @IsOptional()
  status?: ViolationStatusName | null;

  @Field(() => ViolationType, { nullable: true })
  @IsOptional()
  type?: ViolationTypeName | null;

  @Field(() => ViolationSource, { nullable: true })
  @IsOptional()
  source?: ViolationSourceName | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  accountId?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  reportedFrom?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  reportedTo?: Date | null;

  @Field(() => ClaimFilter, { nullable: true, description: 'By claim (staff only); ANY when absent.' })
  @IsOptional()
  claim?: ClaimFilterName | null;
}

@InputType()
export class PenaltyFilter {
  @Field(() => Boolean, { nullable: true, description: 'Only bans in force now.' })
  @IsOptional()
  activeOnly?: boolean | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  accountId?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  endingFrom?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  endingTo?: Date | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  permanent?: boolean | null;
}

@InputType()
export class AppealFilter {
  @Field(() => AppealStatus, { nullable: true })
  @IsOptional()
  status?: AppealStatusName | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  accountId?: string | null;
}

@InputType()
export class DismissViolationsInput {
  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  ids!: string[];

  @Field()
  @MaxLength(2000)
  note!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Take over items other moderators hold; without it such items refuse the whole call.',
  })
  @IsOptional()
  takeOver?: boolean | null;
}

import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../common/node';
import { connectionTypes } from '../../common/pagination';
import { REPRINT_REQUEST_STATUSES, type ReprintRequestStatusName } from '../../db/schema';
import { Account } from '../accounts/account.type';
import { Article } from '../articles/article.type';
import { User } from '../auth/user.type';

export const ReprintRequestStatus = Object.fromEntries(REPRINT_REQUEST_STATUSES.map((s) => [s, s])) as {
  [S in ReprintRequestStatusName]: S;
};
registerEnumType(ReprintRequestStatus, {
  name: 'ReprintRequestStatus',
  description:
    'PENDING: waiting for the source’s operators. GRANTED: the account may reprint the article once. DECLINED. USED: the grant was spent on a reprint.',
});

export const REPRINT_REQUEST_DIRECTIONS = ['INCOMING', 'OUTGOING'] as const;
export type ReprintRequestDirectionName = (typeof REPRINT_REQUEST_DIRECTIONS)[number];
export const ReprintRequestDirection = { INCOMING: 'INCOMING', OUTGOING: 'OUTGOING' } as const;
registerEnumType(ReprintRequestDirection, {
  name: 'ReprintRequestDirection',
  description: 'INCOMING: requests to reprint the account’s articles. OUTGOING: the account’s own requests.',
});

@ObjectType({
  implements: Node,
  description: 'A request to reprint an article not open to the asking account; a grant allows one reprint.',
})
export class ReprintRequest extends Node {
  @Field(() => Article, { nullable: true, description: 'The article asked for (null when it is hidden from you).' })
  source!: Article | null;

  @Field(() => Account, { description: 'The source article’s account, whose operators decide.' })
  sourceAccount!: Account;

  @Field(() => Account, { description: 'The account asking to reprint.' })
  account!: Account;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => ReprintRequestStatus)
  status!: ReprintRequestStatusName;

  @Field()
  requestedAt!: Date;

  @Field(() => User, { nullable: true })
  requestedBy!: User | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => User, { nullable: true })
  decidedBy!: User | null;

  @Field(() => String, { nullable: true, description: 'The decider’s reason (required when declining).' })
  reason!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the grant was spent on a reprint.' })
  usedAt!: Date | null;

  @Field(() => Article, { nullable: true, description: 'The reprint the grant was spent on.' })
  reprint!: Article | null;
}

export const { ConnectionType: ReprintRequestConnection } = connectionTypes(ReprintRequest, 'ReprintRequest');

import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../auth/user.type';
import { QUEUE_EVENT_KINDS, type QueueEventKind } from './queue-events';
import { Violation } from './violation.type';

export const ModerationQueueEventKind = Object.fromEntries(QUEUE_EVENT_KINDS.map((kind) => [kind, kind])) as {
  [K in QueueEventKind]: K;
};
registerEnumType(ModerationQueueEventKind, {
  name: 'ModerationQueueEventKind',
  description: 'What happened to a violation in the moderation queue.',
  valuesConfig: {
    REPORTED: { description: 'Reported: a new violation, or one more report on a pending one.' },
    CLAIMED: { description: 'A moderator claimed it (or took it over).' },
    DECIDED: { description: 'Confirmed or dismissed (one, or in bulk): it left the pending queue.' },
  },
});

@ObjectType({ description: 'A change to the moderation queue, pushed to moderators as it happens.' })
export class ModerationQueueEvent {
  @Field(() => ModerationQueueEventKind)
  kind!: QueueEventKind;

  @Field(() => ID, { description: 'The violation’s global id (also when the viewer may not see it).' })
  violationId!: string;

  @Field(() => Violation, { nullable: true, description: 'The violation as it is now, as the viewer may see it.' })
  violation!: Violation | null;

  @Field(() => User, { nullable: true, description: 'Who holds the claim after the change (CLAIMED, DECIDED).' })
  claimedBy!: User | null;

  @Field(() => Date)
  at!: Date;
}

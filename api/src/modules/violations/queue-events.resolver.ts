import { Authorized, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from 'type-graphql';
import { toGlobalId } from '../../common/ids';
import type { Context } from '../../context';
import type { UserRow, ViolationRow } from '../../db/schema';
import { User } from '../auth/user.type';
import { ModerationQueueEvent } from './queue-event.type';
import type { QueueEvent } from './queue-events';
import { queueEventsFor, resolvingQueueEvent } from './queue-events.service';
import { Violation } from './violation.type';

@Resolver(() => ModerationQueueEvent)
export class ModerationQueueEventResolver {
  @Authorized('MODERATOR')
  @Subscription(() => ModerationQueueEvent, {
    description:
      'New reports, claims and decisions in the moderation queue, from every API process (MODERATOR, ADMIN; over WebSocket at /graphql).',
    subscribe: ({ context }) => queueEventsFor(context as Context),
  })
  moderationQueueChanged(@Ctx() ctx: Context, @Root() event: QueueEvent): QueueEvent {
    return resolvingQueueEvent(ctx, event);
  }

  @FieldResolver(() => ID)
  violationId(@Root() event: QueueEvent): string {
    return toGlobalId('Violation', event.violationId);
  }

  @FieldResolver(() => Violation, { nullable: true })
  async violation(@Ctx() ctx: Context, @Root() event: QueueEvent): Promise<ViolationRow | null> {
    return ctx.loaders.violationById.load(event.violationId);
  }

  @FieldResolver(() => User, { nullable: true })
  async claimedBy(@Ctx() ctx: Context, @Root() event: QueueEvent): Promise<UserRow | null> {
    return ctx.loaders.userById.load(event.claimedById);
  }
}

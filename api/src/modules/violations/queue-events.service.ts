import { hasRole } from '../../access/viewer';
import { forbidden, unauthenticated } from '../../common/errors';
import type { Context } from '../../context';
import { freshLoaders } from '../../request-context';
import type { QueueEvent } from './queue-events';

/**
 * The queue's events for a subscribing moderator. Refused (as a query would be) for the signed
 * out and for other roles; only the WebSocket endpoint gives a context an event source.
 */
export function queueEventsFor(ctx: Context): AsyncIterableIterator<QueueEvent> {
  if (!ctx.viewer) throw unauthenticated('NOT_SIGNED_IN');
  if (!hasRole(ctx.viewer, 'MODERATOR'))
    throw forbidden('ROLE', 'This needs the role MODERATOR.', { roles: ['MODERATOR'] });
  if (!ctx.queueEvents) throw new Error('no queue event source in this context (subscriptions run over WebSocket)');
  return ctx.queueEvents.subscribe();
}

/**
 * Each event is resolved with loaders of its own: a subscription lives for hours, and a row
 * cached for an earlier event would show a claim or status that has since changed.
 */
export function resolvingQueueEvent(ctx: Context, event: QueueEvent): QueueEvent {
  freshLoaders(ctx);
  return event;
}

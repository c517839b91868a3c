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

/**
 * A subscription lives as long as its socket: before each event the session is checked again, so
 * one signed out, deactivated or no longer a moderator stops receiving (UNAUTHENTICATED or
 * FORBIDDEN ends the subscription), and the event resolves for the viewer as they are now.
 */
export function whileAllowed(
  ctx: Context,
  events: AsyncIterableIterator<QueueEvent>,
  currentViewer: () => Promise<Context['viewer']>,
): AsyncIterableIterator<QueueEvent> {
  const refuse = async (error: Error): Promise<never> => {
    await events.return?.();
    throw error;
  };
  const iterator: AsyncIterableIterator<QueueEvent> = {
    async next() {
      const result = await events.next();
      if (result.done) return result;
      const viewer = await currentViewer();
      if (!viewer)
        return refuse(unauthenticated('NOT_SIGNED_IN', 'Your session has ended: sign in again for live updates.'));
      if (!hasRole(viewer, 'MODERATOR'))
        return refuse(forbidden('ROLE', 'This needs the role MODERATOR.', { roles: ['MODERATOR'] }));
      ctx.viewer = viewer;
      return result;
    },
    async return() {
      await events.return?.();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

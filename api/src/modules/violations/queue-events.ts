import { sql } from 'drizzle-orm';
import type { DatabaseHandle, Executor } from '../../db/client';

/** The PostgreSQL channel every API process listens on for changes to the moderation queue. */
export const QUEUE_CHANNEL = 'moderation_queue';

export const QUEUE_EVENT_KINDS = ['REPORTED', 'CLAIMED', 'DECIDED'] as const;
export type QueueEventKind = (typeof QUEUE_EVENT_KINDS)[number];

/** What changed in the queue: raw ids (the subscription resolves them through the access policy). */
export interface QueueEvent {
  kind: QueueEventKind;
  violationId: string;
  claimedById: string | null;
  at: Date;
}

/**
 * Tells every API process that the queue changed, inside the caller's transaction: PostgreSQL
 * delivers a NOTIFY only when its transaction commits, so a rolled-back write sends nothing.
 */
export async function notifyQueueChange(executor: Executor, event: QueueEvent): Promise<void> {
  const payload = JSON.stringify({ ...event, at: event.at.toISOString() });
  await executor.execute(sql`select pg_notify(${QUEUE_CHANNEL}, ${payload})`);
}

/** A NOTIFY payload back into an event, or null when it is not one of ours (pure). */
export function parseQueueEvent(payload: string): QueueEvent | null {
  try {
    const value = JSON.parse(payload) as Partial<Record<keyof QueueEvent, unknown>>;
    if (!QUEUE_EVENT_KINDS.includes(value.kind as QueueEventKind)) return null;
    if (typeof value.violationId !== 'string' || typeof value.at !== 'string') return null;
    const at = new Date(value.at);
    if (Number.isNaN(at.getTime())) return null;
    return {
      kind: value.kind as QueueEventKind,
      violationId: value.violationId,
      claimedById: typeof value.claimedById === 'string' ? value.claimedById : null,
      at,
    };
  } catch {
    return null;
  }
}

/** How many events a subscriber that does not read may fall behind before the oldest are dropped. */
const MAX_BUFFERED = 500;

/** Where subscriptions get their events: this process's one listener, fanned out. */
export interface QueueEventSource {
  subscribe(): AsyncIterableIterator<QueueEvent>;
}

export interface QueueBus extends QueueEventSource {
  /** Subscribers now listening (for tests and logs). */
  readonly size: number;
  stop(): Promise<void>;
}

/**
 * One LISTEN per process on the queue channel, fanned out to the process's subscriptions. Each
 * subscription is an async iterator with its own small buffer; `return()` (the client stops, the
 * socket closes) removes it.
 */
export async function startQueueBus(database: Pick<DatabaseHandle, 'listen'>): Promise<QueueBus> {
  const subscribers = new Set<(event: QueueEvent) => void>();
  const stopListening = await database.listen(QUEUE_CHANNEL, (payload) => {
    const event = parseQueueEvent(payload);
    if (!event) return;
    for (const deliver of subscribers) deliver(event);
  });
  const ended = new Set<() => void>();

  return {
    get size() {
      return subscribers.size;
    },
    subscribe() {
      const buffered: QueueEvent[] = [];
      let waiting: ((result: IteratorResult<QueueEvent>) => void) | null = null;
      let done = false;
      const deliver = (event: QueueEvent) => {
        if (waiting) {
          const resolve = waiting;
          waiting = null;
          resolve({ value: event, done: false });
          return;
        }
        buffered.push(event);
        if (buffered.length > MAX_BUFFERED) buffered.shift();
      };
      const finish = () => {
        done = true;
        subscribers.delete(deliver);
        ended.delete(finish);
        if (waiting) {
          const resolve = waiting;
          waiting = null;
          resolve({ value: undefined, done: true });
        }
      };
      subscribers.add(deliver);
      ended.add(finish);
      const iterator: AsyncIterableIterator<QueueEvent> = {
        next() {
          const event = buffered.shift();
          if (event) return Promise.resolve({ value: event, done: false });
          if (done) return Promise.resolve({ value: undefined, done: true });
          return new Promise((resolve) => {
            waiting = resolve;
          });
        },
        return() {
          finish();
          return Promise.resolve({ value: undefined, done: true });
        },
        [Symbol.asyncIterator]() {
          return iterator;
        },
      };
      return iterator;
    },
    async stop() {
      for (const finish of [...ended]) finish();
      await stopListening();
    },
  };
}

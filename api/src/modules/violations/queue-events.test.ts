import { describe, expect, it } from 'vitest';
import { parseQueueEvent, startQueueBus } from './queue-events';

describe('parseQueueEvent', () => {
  it('reads what notifyQueueChange sends', () => {
    const at = '2026-03-01T08:00:00.000Z';
    expect(parseQueueEvent(JSON.stringify({ kind: 'CLAIMED', violationId: 'v1', claimedById: 'u1', at }))).toEqual({
      kind: 'CLAIMED',
      violationId: 'v1',
      claimedById: 'u1',
      at: new Date(at),
    });
    expect(
      parseQueueEvent(JSON.stringify({ kind: 'REPORTED', violationId: 'v1', claimedById: null, at }))?.claimedById,
    ).toBeNull();
  });

  it('ignores anything else on the channel', () => {
    expect(parseQueueEvent('not json')).toBeNull();
    expect(
      parseQueueEvent(JSON.stringify({ kind: 'DELETED', violationId: 'v1', at: '2026-03-01T08:00:00Z' })),
    ).toBeNull();
    expect(parseQueueEvent(JSON.stringify({ kind: 'DECIDED', at: '2026-03-01T08:00:00Z' }))).toBeNull();
    expect(parseQueueEvent(JSON.stringify({ kind: 'DECIDED', violationId: 'v1', at: 'yesterday' }))).toBeNull();
  });
});

describe('startQueueBus', () => {
  async function fakeBus() {
    let handler: (payload: string) => void = () => {};
    let stopped = false;
    const bus = await startQueueBus({
      async listen(_channel, given) {
        handler = given;
        return async () => {
          stopped = true;
        };
      },
    });
    const send = (violationId: string) =>
      handler(JSON.stringify({ kind: 'REPORTED', violationId, claimedById: null, at: '2026-03-01T08:00:00Z' }));
    return { bus, send, stopped: () => stopped };
  }

  it('fans one listener out to every subscriber, in order, buffering for slow readers', async () => {
    const { bus, send } = await fakeBus();
    const first = bus.subscribe();
    const second = bus.subscribe();
    const waiting = first.next();
    send('a');
    send('b');
    expect((await waiting).value?.violationId).toBe('a');
    expect((await first.next()).value?.violationId).toBe('b');
    expect((await second.next()).value?.violationId).toBe('a');
    expect((await second.next()).value?.violationId).toBe('b');
    expect(bus.size).toBe(2);
  });

  it('forgets a subscriber that returns, and ends every one when stopped', async () => {
    const { bus, send, stopped } = await fakeBus();
    const leaving = bus.subscribe();
    const staying = bus.subscribe();
    await leaving.return?.();
    expect(bus.size).toBe(1);
    send('a');
    expect((await leaving.next()).done).toBe(true);
    expect((await staying.next()).value?.violationId).toBe('a');
    const pending = staying.next();
    await bus.stop();
    expect((await pending).done).toBe(true);
    expect(bus.size).toBe(0);
    expect(stopped()).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_RECONNECT_DELAY_SECONDS, reconnectDelaySeconds } from './reconnect-backoff';

describe('reconnectDelaySeconds', () => {
  it('doubles from 50 ms', () => {
    const top = () => 1; // the jitter at its largest: the base delay itself
    expect([1, 2, 3, 4].map((failures) => reconnectDelaySeconds(failures, top))).toEqual([0.05, 0.1, 0.2, 0.4]);
  });

  it('never waits more than a second, however many connections of the pool have failed', () => {
    for (const failures of [6, 10, 30, 100, 10_000])
      expect(reconnectDelaySeconds(failures, () => 1)).toBe(MAX_RECONNECT_DELAY_SECONDS);
    expect(MAX_RECONNECT_DELAY_SECONDS).toBe(1);
  });

  it('spreads reconnects over half to all of the delay', () => {
    expect(reconnectDelaySeconds(20, () => 0)).toBe(0.5);
    expect(reconnectDelaySeconds(20, () => 0.5)).toBe(0.75);
  });

  it('treats a first (or nonsensical) failure count as the shortest delay', () => {
    expect(reconnectDelaySeconds(0, () => 1)).toBe(0.05);
    expect(reconnectDelaySeconds(-3, () => 1)).toBe(0.05);
  });
});

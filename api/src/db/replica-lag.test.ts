import { describe, expect, it } from 'vitest';
import { hasReplayed, lagsTooFar, parseLsn, samplesToKeep } from './replica-lag';

describe('parseLsn', () => {
  it('reads the high and low halves in hex, so positions compare as numbers', () => {
    expect(parseLsn('0/0')).toBe(0n);
    expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n);
    // Text order would put 9/… after 10/…; the numbers do not.
    expect(parseLsn('9/FFFFFFFF') < parseLsn('10/0')).toBe(true);
  });

  it('refuses what is not a WAL position', () => {
    expect(() => parseLsn('')).toThrow(/not a WAL position/);
    expect(() => parseLsn('16-B374D848')).toThrow(/not a WAL position/);
    expect(() => parseLsn('1/123456789')).toThrow(/not a WAL position/);
  });
});

describe('hasReplayed', () => {
  it('serves a reader with no write of their own from any replica', () => {
    expect(hasReplayed(null, null)).toBe(true);
    expect(hasReplayed(5n, null)).toBe(true);
  });

  it('serves a writer only once their write is replayed', () => {
    expect(hasReplayed(4n, 5n)).toBe(false);
    expect(hasReplayed(5n, 5n)).toBe(true);
    expect(hasReplayed(6n, 5n)).toBe(true);
    expect(hasReplayed(null, 5n)).toBe(false);
  });
});

describe('lagsTooFar', () => {
  const samples = [
    { at: 1_000, lsn: 100n },
    { at: 2_000, lsn: 200n },
    { at: 3_000, lsn: 300n },
  ];

  it('compares the replay with what the primary had written max-lag ago', () => {
    // At 4 000 with a 2 000 ms bound, the reference is the sample at 2 000 (200).
    expect(lagsTooFar(samples, 199n, 4_000, 2_000)).toBe(true);
    expect(lagsTooFar(samples, 200n, 4_000, 2_000)).toBe(false);
    // Behind the newest sample only: less than max-lag behind.
    expect(lagsTooFar(samples, 250n, 4_000, 2_000)).toBe(false);
  });

  it('cannot tell without a sample old enough', () => {
    expect(lagsTooFar(samples, 0n, 1_500, 2_000)).toBe(false);
    expect(lagsTooFar([], 0n, 10_000, 2_000)).toBe(false);
  });

  it('keeps an idle, caught-up replica in service however old its last transaction', () => {
    const idle = [
      { at: 1_000, lsn: 500n },
      { at: 60_000, lsn: 500n },
    ];
    expect(lagsTooFar(idle, 500n, 120_000, 2_000)).toBe(false);
  });
});

describe('samplesToKeep', () => {
  it('drops samples older than the newest one past max-lag, and keeps what lagsTooFar decides on', () => {
    const samples = [
      { at: 1_000, lsn: 100n },
      { at: 2_000, lsn: 200n },
      { at: 3_000, lsn: 300n },
      { at: 4_500, lsn: 450n },
    ];
    const kept = samplesToKeep(samples, 5_000, 2_000);
    expect(kept.map((sample) => sample.at)).toEqual([3_000, 4_500]);
    for (const replayed of [0n, 299n, 300n, 449n, 450n]) {
      expect(lagsTooFar(kept, replayed, 5_000, 2_000)).toBe(lagsTooFar(samples, replayed, 5_000, 2_000));
    }
  });
});

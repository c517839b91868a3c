import { describe, expect, it } from 'vitest';
import { BatchGate } from './batch-gate';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('BatchGate', () => {
  it('holds the loads caused by a fast answer until the slow batch of the same wave has answered', async () => {
    const gate = new BatchGate();
    const batches: string[][] = [];
    const users = gate.loader<string, string>(async (keys) => {
      batches.push([...keys]);
      return keys.map((key) => `user ${key}`);
    });
    const slow = gate.loader<string, string>(async (keys) => {
      await pause(30);
      return [...keys];
    });
    const fast = gate.loader<string, string>(async (keys) => {
      await pause(1);
      return [...keys];
    });

    const names = await Promise.all([
      slow.load('a').then((id) => users.load(id)),
      fast.load('b').then((id) => users.load(id)),
    ]);

    expect(names).toEqual(['user a', 'user b']);
    // Without the gate the fast answer sends its own statement for `b` before `a` is known.
    expect(batches.map((keys) => [...keys].sort())).toEqual([['a', 'b']]);
  });

  it('dispatches at once when nothing is in flight, and after a failed batch too', async () => {
    const gate = new BatchGate();
    const failing = gate.loader<string, string>(async () => {
      throw new Error('no database');
    });
    const echo = gate.loader<string, string>(async (keys) => [...keys]);
    await expect(failing.load('x')).rejects.toThrow('no database');
    await expect(echo.load('y')).resolves.toBe('y');
  });
});

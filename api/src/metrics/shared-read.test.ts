import { describe, expect, it } from 'vitest';
import { sharedRead } from './shared-read';

const resolveAfter = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('a shared read with a deadline', () => {
  it('answers what the read gives in time', async () => {
    const read = sharedRead(async () => 42, 100);
    expect(await read()).toBe(42);
  });

  it('answers null when the read is late or fails', async () => {
    expect(await sharedRead(() => resolveAfter(200, 'late'), 20)()).toBeNull();
    expect(await sharedRead(() => Promise.reject(new Error('down')), 100)()).toBeNull();
  });

  it('lets callers arriving during a slow read share it instead of piling up reads', async () => {
    let reads = 0;
    const read = sharedRead(() => {
      reads += 1;
      return resolveAfter(80, reads);
    }, 20);
    const answers = await Promise.all([read(), read(), read()]);
    expect(answers).toEqual([null, null, null]);
    // Still in flight: a caller now joins it too.
    expect(await read()).toBeNull();
    expect(reads).toBe(1);
    await resolveAfter(100, null);
    // That read is over: the next caller starts a fresh one.
    const fresh = sharedRead(() => resolveAfter(5, 'fresh'), 100);
    expect(await fresh()).toBe('fresh');
    expect(await read()).toBeNull();
    expect(reads).toBe(2);
  });
});

import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, LOCK_FILE, type LockOwner } from './data-dir-lock';

const directories: string[] = [];
const children: ChildProcess[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oap-lock-'));
  directories.push(dir);
  return dir;
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});
afterAll(() => {
  for (const dir of directories) fs.rmSync(dir, { recursive: true, force: true });
});

/** The pid of a process that has exited (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid as number;
}

function livePid(): number {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
  children.push(child);
  return child.pid as number;
}

function writeLock(dir: string, owner: Partial<LockOwner>): void {
  const full = {
    hostname: os.hostname(),
    command: 'node api/dist/main.js',
    startedAt: '2030-01-01T00:00:00.000Z',
    token: 'someone-else',
    ...owner,
  };
  fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(full));
}

const readLock = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')) as LockOwner;

describe('the DATA_DIR lock', () => {
  it('names this process in DATA_DIR/oap.lock and removes it on release', async () => {
    const dir = tempDir();
    const lock = await acquireDataDirLock(dir);
    expect(lock.path).toBe(path.join(dir, LOCK_FILE));
    expect(readLock(dir)).toMatchObject({ pid: process.pid, hostname: os.hostname(), token: lock.owner.token });
    expect(readLock(dir).command).toEqual(expect.any(String));
    lock.release();
    expect(fs.existsSync(lock.path)).toBe(false);
    lock.release(); // twice is harmless
    // Free again.
    (await acquireDataDirLock(dir)).release();
  });

  it('creates DATA_DIR when it does not exist', async () => {
    const dir = path.join(tempDir(), 'a', 'b');
    const lock = await acquireDataDirLock(dir);
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(true);
    lock.release();
  });

  it('refuses a store this process already holds', async () => {
    const dir = tempDir();
    const lock = await acquireDataDirLock(dir);
    try {
      await expect(acquireDataDirLock(dir)).rejects.toThrow(`in use by process ${process.pid}`);
    } finally {
      lock.release();
    }
  });

  it('refuses a store held by a running process, naming it and saying what to do', async () => {
    const dir = tempDir();
    const pid = livePid();
    writeLock(dir, { pid });
    const error = await acquireDataDirLock(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as Error).message).toBe(
      `DATA_DIR ${dir}${path.sep} is in use by process ${pid} (node api/dist/main.js, started 2030-01-01T00:00:00.000Z). Stop it first, or set DATA_DIR to another folder.`,
    );
    expect(readLock(dir).pid).toBe(pid); // left alone
  });

  it('takes over the lock of a process that is gone, and says so', async () => {
    const dir = tempDir();
    const pid = await deadPid();
    writeLock(dir, { pid });
    const reasons: string[] = [];
    const lock = await acquireDataDirLock(dir, {
      onTakeover: (previous, reason) => reasons.push(`${previous?.pid} ${reason}`),
    });
    expect(reasons).toEqual([`${pid} process ${pid} is not running`]);
    expect(readLock(dir).pid).toBe(process.pid);
    expect(fs.readdirSync(dir)).toEqual([LOCK_FILE]); // no temporary or takeover file left
    lock.release();
  });

  it.each([
    ['empty', ''],
    ['half-written', '{"pid":12'],
    ['not a lock', '[1, 2, 3]'],
  ])('takes over an unreadable lock (%s)', async (_, text) => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, LOCK_FILE), text);
    const reasons: string[] = [];
    const lock = await acquireDataDirLock(dir, { onTakeover: (_previous, reason) => reasons.push(reason) });
    expect(reasons).toEqual(['the lock file is unreadable or incomplete']);
    lock.release();
  });

  it('takes over a lock whose pid now belongs to another process', async () => {
    if (!fs.existsSync(`/proc/${process.pid}/stat`)) return; // Linux only
    const dir = tempDir();
    const pid = livePid();
    writeLock(dir, { pid, processStart: '1' });
    const reasons: string[] = [];
    const lock = await acquireDataDirLock(dir, { onTakeover: (_previous, reason) => reasons.push(reason) });
    expect(reasons[0]).toContain('belongs to another process');
    lock.release();
  });

  it('takes over a lock from before the last reboot', async () => {
    if (!fs.existsSync('/proc/sys/kernel/random/boot_id')) return; // Linux only
    const dir = tempDir();
    writeLock(dir, { pid: livePid(), bootId: 'an-earlier-boot' });
    const reasons: string[] = [];
    const lock = await acquireDataDirLock(dir, { onTakeover: (_previous, reason) => reasons.push(reason) });
    expect(reasons).toEqual(['the lock is from before the last reboot']);
    lock.release();
  });

  it('takes over a lock naming its own pid that it did not take (a container restarted as pid 1)', async () => {
    const dir = tempDir();
    writeLock(dir, { pid: process.pid });
    const reasons: string[] = [];
    const lock = await acquireDataDirLock(dir, { onTakeover: (_previous, reason) => reasons.push(reason) });
    expect(reasons[0]).toContain('earlier run');
    lock.release();
  });

  it('refuses a lock from another host, which it cannot check', async () => {
    const dir = tempDir();
    writeLock(dir, { pid: 4242, hostname: 'elsewhere.example' });
    await expect(acquireDataDirLock(dir)).rejects.toThrow(
      `in use by process 4242 on host elsewhere.example (node api/dist/main.js, started 2030-01-01T00:00:00.000Z); this host cannot tell whether it still runs. Stop it first, or set DATA_DIR to another folder. If that process is gone, delete ${path.join(dir, LOCK_FILE)}.`,
    );
  });

  it('release leaves alone a lock that is no longer its own', async () => {
    const dir = tempDir();
    const lock = await acquireDataDirLock(dir);
    writeLock(dir, { pid: 4242, token: 'the-next-owner' });
    lock.release();
    expect(readLock(dir).token).toBe('the-next-owner');
  });

  it('is released when the process exits, until released by hand', async () => {
    const dir = tempDir();
    const lock = await acquireDataDirLock(dir);
    expect(process.listeners('exit')).toContain(lock.release);
    lock.release();
    expect(process.listeners('exit')).not.toContain(lock.release);
  });
});

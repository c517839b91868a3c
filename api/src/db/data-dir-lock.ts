import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { log } from '../common/log';

/**
 * One process owns an embedded store: PGlite is PostgreSQL in one process, with no shared memory
 * between processes, so two processes on one DATA_DIR each see only their own writes and overwrite
 * each other's files. `DATA_DIR/oap.lock` names the owner; a second process refuses to open the
 * store, naming the first.
 *
 * Hand-written rather than `proper-lockfile`: that package decides staleness by the lock's age
 * (the owner touches it on a timer), so it cannot name the process that holds the lock, a restart
 * after kill -9 waits out the stale period, and PGlite runs its queries synchronously on the main
 * thread — a long query would starve the timer and the lock would be judged stale while held.
 * Here the lock records the owner's pid (with the host, boot and process start time, so a reused
 * pid is not mistaken for it), and a lock whose owner is gone is taken over at once.
 */
export const LOCK_FILE = 'oap.lock';

export interface LockOwner {
  pid: number;
  hostname: string;
  /** process.argv summarised: `node api/dist/main.js`. */
  command: string;
  startedAt: string;
  /** Linux: the kernel's boot id; a lock from an earlier boot is stale whatever its pid. */
  bootId?: string;
  /** Linux: the owner's start time in clock ticks since boot; a different one means a reused pid. */
  processStart?: string;
  /** Tells this lock from a later one by the same pid (release removes only its own). */
  token: string;
}

/** The store is in use by a running process (or one this host cannot check). */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
  constructor(
    message: string,
    readonly owner: LockOwner,
    readonly lockPath: string,
  ) {
    super(message);
  }
}

export interface DataDirLock {
  readonly path: string;
  readonly owner: LockOwner;
  /** Removes the lock if it is still this process's; safe to call twice. */
  release(): void;
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** Linux: /proc/<pid>/stat's fields from the third on (after the command, which may hold spaces). */
function procStat(pid: number): string[] | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  return stat ? stat.slice(stat.lastIndexOf(')') + 2).split(' ') : undefined;
}

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot. */
const processStartOf = (pid: number): string | undefined => procStat(pid)?.[19];

const bootId = (): string | undefined => readText('/proc/sys/kernel/random/boot_id');

function summariseCommand(argv: string[]): string {
  const [node, script, ...args] = argv;
  const parts = [path.basename(node ?? 'node')];
  if (script) parts.push(path.isAbsolute(script) ? path.relative(process.cwd(), script) || script : script);
  parts.push(...args);
  const command = parts.join(' ');
  return command.length > 200 ? `${command.slice(0, 200)}…` : command;
}

function parseOwner(text: string | undefined): LockOwner | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (!Number.isInteger(value.pid) || (value.pid as number) <= 0 || typeof value.hostname !== 'string')
      return undefined;
    return {
      pid: value.pid as number,
      hostname: value.hostname,
      command: typeof value.command === 'string' ? value.command : '?',
      startedAt: typeof value.startedAt === 'string' ? value.startedAt : '?',
      bootId: typeof value.bootId === 'string' ? value.bootId : undefined,
      processStart: typeof value.processStart === 'string' ? value.processStart : undefined,
      token: typeof value.token === 'string' ? value.token : '',
    };
  } catch {
    return undefined;
  }
}

/** Locks this process holds, by path: opening the same store twice in one process is refused too. */
const held = new Map<string, LockOwner>();

type Judgement = { state: 'alive' } | { state: 'elsewhere' } | { state: 'stale'; reason: string };

/** Whether the process a lock names still runs. Anything uncertain on this host counts as alive. */
export function judgeOwner(owner: LockOwner | undefined): Judgement {
  if (!owner) return { state: 'stale', reason: 'the lock file is unreadable or incomplete' };
  if (owner.hostname !== os.hostname()) return { state: 'elsewhere' };
  if (owner.pid === process.pid) {
    if ([...held.values()].some((mine) => mine.token === owner.token)) return { state: 'alive' };
    // Our pid in a lock we have not taken: an earlier run (containers reuse pid 1 on restart).
    return { state: 'stale', reason: `process ${owner.pid} is an earlier run (this process has its pid)` };
  }
  const currentBoot = bootId();
  if (owner.bootId && currentBoot && owner.bootId !== currentBoot)
    return { state: 'stale', reason: 'the lock is from before the last reboot' };
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ESRCH') return { state: 'stale', reason: `process ${owner.pid} is not running` };
    // EPERM: it exists, under another user.
    if (code !== 'EPERM') return { state: 'alive' };
  }
  const stat = procStat(owner.pid);
  // A zombie (killed, not yet reaped by its parent) answers kill(pid, 0) but holds nothing.
  if (stat?.[0] === 'Z' || stat?.[0] === 'X') return { state: 'stale', reason: `process ${owner.pid} has exited` };
  const start = stat?.[19];
  if (owner.processStart && start && start !== owner.processStart)
    return { state: 'stale', reason: `process ${owner.pid} is not running (its pid now belongs to another process)` };
  return { state: 'alive' };
}

function lockedMessage(dataDir: string, lockPath: string, owner: LockOwner, elsewhere: boolean): string {
  const who = `process ${owner.pid}${elsewhere ? ` on host ${owner.hostname}` : ''} (${owner.command}, started ${owner.startedAt})`;
  const shown = dataDir.endsWith(path.sep) ? dataDir : `${dataDir}${path.sep}`;
  if (elsewhere)
    return `DATA_DIR ${shown} is in use by ${who}; this host cannot tell whether it still runs. Stop it first, or set DATA_DIR to another folder. If that process is gone, delete ${lockPath}.`;
  return `DATA_DIR ${shown} is in use by ${who}. Stop it first, or set DATA_DIR to another folder.`;
}

/**
 * Creates `file` holding `content` only if it does not exist, never leaving it half-written: the
 * content goes to a temporary file that is then hard-linked into place (link fails if the name is
 * taken). Filesystems without hard links fall back to an exclusive create.
 */
function createExclusive(file: string, content: string): boolean {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(temporary, content, { flush: true });
  try {
    fs.linkSync(temporary, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
  try {
    const fd = fs.openSync(file, 'wx');
    try {
      fs.writeFileSync(fd, content);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Replaces a stale lock whose text was `staleText`, unless it changed meanwhile. Two processes may
 * find the same stale lock at once: the takeover file lets one of them replace it; the other
 * retries and then finds the winner's live lock.
 */
function takeOver(lockPath: string, staleText: string | undefined, content: string): boolean {
  const guard = `${lockPath}.takeover`;
  if (!createExclusive(guard, content)) {
    // Another process is taking over right now, or died doing so (then its guard is removed).
    const guardText = readText(guard);
    if (guardText !== undefined && judgeOwner(parseOwner(guardText)).state === 'stale') {
      if (readText(guard) === guardText) fs.rmSync(guard, { force: true });
    }
    return false;
  }
  try {
    const current = readText(lockPath);
    if (current === undefined || current !== staleText) return false;
    const temporary = `${lockPath}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    fs.writeFileSync(temporary, content, { flush: true });
    fs.renameSync(temporary, lockPath);
    return true;
  } finally {
    fs.rmSync(guard, { force: true });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes `DATA_DIR/oap.lock` for this process, or throws DataDirLockedError naming the process that
 * holds it. A lock left by a process that is gone (kill -9, a crash, a reboot) is taken over, and
 * the log says so. The lock is released by `release()` and, failing that, when the process exits.
 */
export async function acquireDataDirLock(
  dataDir: string,
  options: { onTakeover?: (previous: LockOwner | undefined, reason: string) => void } = {},
): Promise<DataDirLock> {
  const directory = path.resolve(dataDir);
  fs.mkdirSync(directory, { recursive: true });
  const lockPath = path.join(directory, LOCK_FILE);
  const owner: LockOwner = {
    pid: process.pid,
    hostname: os.hostname(),
    command: summariseCommand(process.argv),
    startedAt: new Date().toISOString(),
    bootId: bootId(),
    processStart: processStartOf(process.pid),
    token: randomBytes(12).toString('hex'),
  };
  const content = `${JSON.stringify(owner)}\n`;
  const onTakeover =
    options.onTakeover ??
    ((previous, reason) =>
      log.info('took over a stale DATA_DIR lock', {
        lock: lockPath,
        reason,
        previous: previous ? { pid: previous.pid, command: previous.command, startedAt: previous.startedAt } : null,
      }));

  for (let attempt = 0; ; attempt += 1) {
    if (createExclusive(lockPath, content)) break;
    const text = readText(lockPath);
    if (text === undefined) continue; // released between our attempt and the read: try again
    const previous = parseOwner(text);
    const judgement = judgeOwner(previous);
    if (judgement.state !== 'stale' && previous)
      throw new DataDirLockedError(
        lockedMessage(directory, lockPath, previous, judgement.state === 'elsewhere'),
        previous,
        lockPath,
      );
    if (judgement.state === 'stale' && takeOver(lockPath, text, content)) {
      onTakeover(previous, judgement.reason);
      break;
    }
    if (attempt >= 50) throw new Error(`Could not take the lock ${lockPath}: it keeps changing.`);
    await sleep(20 + Math.floor(Math.random() * 30));
  }

  held.set(lockPath, owner);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    held.delete(lockPath);
    process.off('exit', release);
    // Only our own lock: after a takeover by another process, the file is theirs.
    if (parseOwner(readText(lockPath))?.token === owner.token) fs.rmSync(lockPath, { force: true });
  };
  process.on('exit', release);
  return { path: lockPath, owner, release };
}

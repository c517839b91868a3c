import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gql, signIn } from '../support/graphql';
import { createTestDatabase, realDatabaseUrl, repoRoot, startTestServer, type TestDatabase } from '../support/server';

/**
 * The embedded store (PGlite) has one owner: DATA_DIR/oap.lock. Everything here goes through the
 * built processes — the server, the CLIs — as a user would run them.
 */
const databases: TestDatabase[] = [];
const folders: string[] = [];

afterAll(async () => {
  for (const database of databases) await database.drop();
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

async function embedded(): Promise<TestDatabase & { dir: string }> {
  const database = await createTestDatabase();
  databases.push(database);
  return { ...database, dir: database.env.DATA_DIR as string };
}

function tempFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'oap-store-'));
  folders.push(folder);
  return folder;
}

interface Finished {
  code: number | null;
  output: string;
}

/** Runs a built script (`main`, `cli/backup`, …) to its end, with the test database's environment. */
function run(
  script: string,
  args: string[],
  env: Record<string, string>,
  options: { cwd?: string; timeoutMs?: number } = {},
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'api', 'dist', `${script}.js`), ...args], {
      cwd: options.cwd ?? repoRoot,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), LOG_LEVEL: 'error', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not finish:\n${output}`));
    }, options.timeoutMs ?? 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const lockedBy = (dir: string, pid: number | undefined) =>
  `DATA_DIR ${dir}${path.sep} is in use by process ${pid} (node api/dist/main.js, started `;

/** A stack trace's frames: a refusal is a sentence, not a crash. */
const STACK = /\n\s+at \S/;

const RULE = 'enterprise.members.uncertifiedMax';

/** Each value from its own moment (one rule has one value per moment), all before the read's. */
async function setRule(
  url: string,
  value: number,
  note: string,
  effectiveFrom = '2030-01-01T00:00:00Z',
): Promise<void> {
  const token = await signIn(url, 'admin@example.com');
  const result = await gql(
    url,
    'mutation ($value: JSON!, $note: String!, $from: DateTime!) { setRule(input: { key: "enterprise.members.uncertifiedMax", value: $value, effectiveFrom: $from, note: $note }) { key } }',
    { value, note, from: effectiveFrom },
    { token },
  );
  expect(result.errors).toBeUndefined();
}

async function ruleValue(url: string): Promise<unknown> {
  const token = await signIn(url, 'admin@example.com');
  const result = await gql<{ rules: Array<{ key: string; value: unknown }> }>(
    url,
    '{ rules(at: "2030-06-01T00:00:00Z") { key value } }',
    {},
    { token },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.rules.find((rule) => rule.key === RULE)?.value;
}

describe.skipIf(realDatabaseUrl)('the embedded store has one owner (pglite)', () => {
  it('refuses a second server on the same DATA_DIR, naming the first; nothing acknowledged is lost', async () => {
    const database = await embedded();
    const first = await startTestServer(database);
    try {
      await setRule(first.url, 61, 'before the second server');
      const second = await run('main', [], { ...database.env, PORT: '0', HOST: '127.0.0.1' });
      expect(second.code).toBe(1);
      expect(second.output).toContain(lockedBy(database.dir, first.process.pid));
      expect(second.output).toContain('Stop it first, or set DATA_DIR to another folder.');
      expect(second.output).not.toMatch(STACK);
      // The first server is untouched and keeps taking writes.
      await setRule(first.url, 62, 'after the second server', '2030-02-01T00:00:00Z');
    } finally {
      expect(await first.stop()).toBe(0);
    }
    expect(fs.existsSync(path.join(database.dir, 'oap.lock'))).toBe(false);

    const next = await startTestServer(database);
    try {
      expect(await ruleValue(next.url)).toBe(62);
    } finally {
      expect(await next.stop()).toBe(0);
    }
  });

  it('admin:create refuses while the server runs, and works once it is stopped', async () => {
    const database = await embedded();
    const args = ['--email', 'ops@example.com', '--name', 'Ops'];
    const env = { ...database.env, OAP_ADMIN_PASSWORD: 'a long enough passphrase' };
    const server = await startTestServer(database);
    try {
      const refused = await run('cli/create-admin', args, env);
      expect(refused.code).toBe(1);
      expect(refused.output).toContain(lockedBy(database.dir, server.process.pid));
      expect(refused.output).toContain('stop the server, run pnpm admin:create, then start the server again');
      expect(refused.output).not.toMatch(STACK);
      // Refused means nothing was written.
      await expect(signIn(server.url, 'ops@example.com', 'a long enough passphrase')).rejects.toThrow();
    } finally {
      expect(await server.stop()).toBe(0);
    }

    const created = await run('cli/create-admin', args, env);
    expect(created).toEqual({ code: 0, output: 'Created ADMIN ops@example.com.\n' });

    // The CLI released the lock when it was done: the server starts, with the new admin.
    const restarted = await startTestServer(database);
    try {
      expect(await signIn(restarted.url, 'ops@example.com', 'a long enough passphrase')).toEqual(expect.any(String));
    } finally {
      expect(await restarted.stop()).toBe(0);
    }
  });

  it('after kill -9 the stale lock is taken over: a new server starts, with the acknowledged writes', async () => {
    const database = await embedded();
    const killed = await startTestServer(database);
    const killedPid = killed.process.pid;
    await setRule(killed.url, 63, 'before kill -9');
    await new Promise((resolve) => {
      killed.process.once('exit', resolve);
      killed.process.kill('SIGKILL');
    });
    const left = JSON.parse(fs.readFileSync(path.join(database.dir, 'oap.lock'), 'utf8'));
    expect(left.pid).toBe(killedPid);

    const next = await startTestServer(database, { LOG_LEVEL: 'info' });
    try {
      expect(next.output()).toContain('took over a stale DATA_DIR lock');
      expect(next.output()).toContain(`process ${killedPid} is not running`);
      expect(JSON.parse(fs.readFileSync(path.join(database.dir, 'oap.lock'), 'utf8')).pid).toBe(next.process.pid);
      expect(await ruleValue(next.url)).toBe(63);
    } finally {
      expect(await next.stop()).toBe(0);
    }
  });

  it('a backup restored into an empty DATA_DIR holds what was acknowledged before it', async () => {
    const database = await embedded();
    const server = await startTestServer(database);
    try {
      await setRule(server.url, 64, 'before the backup');
      // A consistent copy needs the store to itself: refused while the server runs.
      const refused = await run('cli/backup', [], database.env);
      expect(refused.code).toBe(1);
      expect(refused.output).toContain(lockedBy(database.dir, server.process.pid));
      expect(refused.output).toContain('stop the server, run pnpm db:backup');
      expect(refused.output).not.toMatch(STACK);
    } finally {
      expect(await server.stop()).toBe(0);
    }

    // Default name: backups/oap-<timestamp>.tar.gz under the working directory.
    const cwd = tempFolder();
    const backedUp = await run('cli/backup', [], database.env, { cwd });
    expect(backedUp.code, backedUp.output).toBe(0);
    const [name, ...others] = fs.readdirSync(path.join(cwd, 'backups'));
    expect(others).toEqual([]);
    expect(name).toMatch(/^oap-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.tar\.gz$/);
    const file = path.join(cwd, 'backups', name as string);
    expect(backedUp.output).toContain(`to ${file}`);
    // A named file is never overwritten.
    const again = await run('cli/backup', [file], database.env);
    expect(again.code).toBe(1);
    expect(again.output).toContain('already exists');

    const restored = await embedded();
    const restore = await run('cli/restore', [file], restored.env);
    expect(restore.code, restore.output).toBe(0);
    // Restoring over a database is refused: move it aside first.
    const over = await run('cli/restore', [file], restored.env);
    expect(over.code).toBe(1);
    expect(over.output).toContain('already holds a database: move that folder aside first');

    const fromBackup = await startTestServer(restored);
    try {
      expect(await ruleValue(fromBackup.url)).toBe(64);
    } finally {
      expect(await fromBackup.stop()).toBe(0);
    }
  });

  it('db:backup and db:restore on a real PostgreSQL print the pg_dump and pg_restore commands', async () => {
    const env = { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };
    const backup = await run('cli/backup', ['oap.dump'], env);
    expect(backup.code).toBe(1);
    expect(backup.output).toContain('pg_dump --format=custom --file=oap.dump "$DATABASE_URL"');
    const restore = await run('cli/restore', ['oap.dump'], env);
    expect(restore.code).toBe(1);
    expect(restore.output).toContain('pg_restore --no-owner --dbname="$DATABASE_URL" oap.dump');
  });

  it('of processes that find the same stale lock at once, exactly one takes it over', async () => {
    const dir = tempFolder();
    fs.writeFileSync(
      path.join(dir, 'oap.lock'),
      JSON.stringify({ pid: 999_999_999, hostname: os.hostname(), command: 'gone', startedAt: '?', token: 'x' }),
    );
    const lockModule = path.join(repoRoot, 'api', 'dist', 'db', 'data-dir-lock.js');
    // Each takes the lock and holds it until its standard input closes.
    const script = `require(${JSON.stringify(lockModule)}).acquireDataDirLock(${JSON.stringify(dir)}, { onTakeover() {} }).then(
      () => { process.stdout.write('won ' + process.pid); process.stdin.resume(); process.stdin.on('end', () => process.exit(0)); },
      (error) => { process.stdout.write('lost ' + error.message); process.exit(1); })`;
    const contenders = Array.from({ length: 5 }, () => {
      const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += chunk;
      });
      return { child, output: () => output, settled: new Promise((resolve) => child.stdout.once('end', resolve)) };
    });
    // Everyone has answered once the losers have exited and the winner has said so.
    const deadline = Date.now() + 30_000;
    while (contenders.some((c) => c.output() === '') && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const outputs = contenders.map((c) => c.output());
    for (const { child } of contenders) child.stdin.end();
    await Promise.all(contenders.map((c) => c.settled));
    const winners = outputs.filter((output) => output.startsWith('won '));
    expect(winners, outputs.join('\n')).toHaveLength(1);
    const winnerPid = (winners[0] as string).slice(4);
    for (const output of outputs.filter((o) => !o.startsWith('won ')))
      expect(output).toContain(`is in use by process ${winnerPid} `);
  });
});

import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
const mainJs = path.join(repoRoot, 'api', 'dist', 'main.js');

/** Set by CI to run the same suites against a real PostgreSQL server. */
export const realDatabaseUrl = process.env.TEST_DATABASE_URL || undefined;
export const driverName = realDatabaseUrl ? 'postgres' : 'pglite';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A database for one test file: a fresh directory for PGlite, or a fresh database on the real
 * server named by TEST_DATABASE_URL. `drop()` removes it.
 */
export interface TestDatabase {
  env: Record<string, string>;
  /** Direct SQL access for assertions (real PostgreSQL only). */
  url: string | undefined;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (!realDatabaseUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oap-test-'));
    return {
      env: { DATA_DIR: dir },
      url: undefined,
      async drop() {
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `oap_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(realDatabaseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(realDatabaseUrl);
  url.pathname = `/${name}`;
  return {
    // The demo users are seeded on a real server only when asked: tests ask.
    env: { DATABASE_URL: url.toString(), SEED_DEMO: 'true' },
    url: url.toString(),
    async drop() {
      const client = postgres(realDatabaseUrl, { max: 1, onnotice: () => {} });
      await client.unsafe(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/**
 * What must never reach a log: identity numbers (resident ID, unified social credit code), mobile
 * numbers, article bodies (a long run of CJK text: every message and field the server logs is
 * English). Returns the offending lines, with the match masked.
 */
export function personalDataIn(log: string): string[] {
  const patterns = [
    /(?<![\w-])\d{17}[\dXx](?![\w-])/,
    /(?<![\w-])[1-9ANY][1-9]\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![\w-])/,
    // Not inside a word: a request id's last group (`…-b13912345678`) is hex, not a mobile number.
    /(?<![\w-])1[3-9]\d{9}(?![\w-])/,
    /[\u4e00-\u9fff，。；：！？、]{30,}/,
  ];
  const leaks: string[] = [];
  for (const line of log.split('\n')) {
    const pattern = patterns.find((each) => each.test(line));
    if (pattern) leaks.push(line.replace(pattern, '«masked»').slice(0, 300));
  }
  return leaks;
}

export interface TestServer {
  url: string;
  process: ChildProcess;
  output: () => string;
  /** SIGTERM, then wait for a clean exit; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts the built API (`api/dist/main.js`) as its own process and waits until it is ready.
 * `nodeArgs` go to node before the script (benchmarks pass `--cpu-prof`, which NODE_OPTIONS refuses).
 */
export async function startTestServer(
  database: TestDatabase,
  extraEnv: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<TestServer> {
  if (!fs.existsSync(mainJs)) throw new Error('api/dist/main.js is missing: run `pnpm build` first');
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [...nodeArgs, mainJs], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? os.tmpdir(),
      PORT: String(port),
      HOST: '127.0.0.1',
      OAP_TEST_HOOKS: 'true',
      // Every request's log line is written, so the scan at stop() reads what production would.
      LOG_LEVEL: 'info',
      // Tests stop servers often; the SIGTERM test sets the production delay itself.
      SHUTDOWN_DRAIN_DELAY_MS: '0',
      ...database.env,
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  let stopping = false;
  child.once('exit', (code, signal) => {
    // A server that dies during a test explains every later ECONNREFUSED: say why.
    if (!stopping)
      process.stderr.write(`\n[test server on port ${port} exited unexpectedly: ${code ?? signal}]\n${output}\n`);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not become ready within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    process: child,
    output: () => output,
    async stop() {
      stopping = true;
      const code = await new Promise<number | null>((resolve) => {
        if (child.exitCode !== null) {
          resolve(child.exitCode);
          return;
        }
        child.once('exit', (exitCode) => resolve(exitCode));
        child.kill('SIGTERM');
      });
      const leaks = personalDataIn(output);
      if (leaks.length > 0)
        throw new Error(
          `the server's log holds personal data (${leaks.length} lines), e.g.:\n${leaks.slice(0, 3).join('\n')}`,
        );
      return code;
    },
  };
}

import { spawn } from 'node:child_process';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  driverName,
  realDatabaseUrl,
  repoRoot,
  startTestServer,
  type TestDatabase,
} from '../support/server';

const runJobJs = path.join(repoRoot, 'api', 'dist', 'cli', 'run-job.js');

interface SlotResult {
  job: string;
  slot: string;
  outcome: 'ran' | 'busy' | 'already-ran' | 'not-due';
  figures?: Record<string, number>;
}

/** Runs one job's slot in a process of its own (the CLI runs the scheduler's own runSlot). */
function runJob(database: TestDatabase, args: string[]): Promise<SlotResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [runJobJs, ...args], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent', ...database.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`run-job exited ${code}: ${err}${out}`));
      // The outcome is the line that is not a log line.
      const line = out.split('\n').find((each) => each.startsWith('{"job"'));
      if (!line) reject(new Error(`run-job printed no outcome: ${out}${err}`));
      else resolve(JSON.parse(line) as SlotResult);
    });
  });
}

// 2031 is past the installed calendar (chinese-days covers to 2026), so its working days are the
// weekdays; mid-March holds no Chinese holiday in any year. 09:00 China time is 01:00 UTC.
const TUESDAY_0900 = '2031-03-11T01:00:00.000Z';
const WEDNESDAY_0900 = '2031-03-12T01:00:00.000Z';
const SATURDAY_0900 = '2031-03-15T01:00:00.000Z';
const DAY_MS = 86_400_000;

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  // A server migrates and seeds the demo data, then stops: on PGlite the CLI needs DATA_DIR to itself.
  const server = await startTestServer(database);
  expect(await server.stop()).toBe(0);
});

afterAll(async () => {
  await database?.drop();
});

describe(`scheduled work (${driverName})`, () => {
  it('does not run reminders at 09:00 on a Saturday, nor when a timer fires late for it', async () => {
    const first = await runJob(database, ['certification-reminders', '--at', SATURDAY_0900]);
    expect(first).toMatchObject({ job: 'certification-reminders', slot: SATURDAY_0900, outcome: 'not-due' });
    // A timer firing a little after 09:00 names the same slot.
    const late = await runJob(database, ['certification-reminders', '--at', '2031-03-15T01:00:02.500Z']);
    expect(late).toMatchObject({ slot: SATURDAY_0900, outcome: 'not-due' });
  });

  it('runs a working day’s 09:00 slot once: run again, it has already run', async () => {
    const first = await runJob(database, ['certification-reminders', '--at', TUESDAY_0900]);
    expect(first).toMatchObject({ slot: TUESDAY_0900, outcome: 'ran' });
    expect(typeof first.figures?.sent).toBe('number');
    const again = await runJob(database, ['certification-reminders', '--at', '2031-03-11T01:00:00.900Z']);
    expect(again).toMatchObject({ slot: TUESDAY_0900, outcome: 'already-ran' });
    const cleanup = await runJob(database, ['sign-in-cleanup', '--at', '2031-03-11T07:59:59Z']);
    expect(cleanup).toMatchObject({ job: 'sign-in-cleanup', slot: '2031-03-11T07:00:00.000Z', outcome: 'ran' });
  });

  it.skipIf(!realDatabaseUrl)(
    'with two processes firing the same slot at once, one runs it and the reminders go out once (real PostgreSQL only: PGlite is one process)',
    async () => {
      const sql = postgres(database.url as string, { max: 1, onnotice: () => {} });
      try {
        // An approved certification with operators and no renewal under way, made to expire 5 days after the slot:
        // its 7-day reminder is due at Wednesday 09:00.
        const [certification] = await sql<{ id: string; accountId: string }[]>`
          select c.id, c.account_id as "accountId" from certifications c
          where c.status = 'APPROVED'
            and not exists (select 1 from certifications r where r.renewal_of_id = c.id)
            and exists (select 1 from account_operators o where o.account_id = c.account_id)
          order by c.id limit 1`;
        expect(certification?.id).toBeTruthy();
        const expiresAt = new Date(Date.parse(WEDNESDAY_0900) + 5 * DAY_MS);
        await sql`update certifications set expires_at = ${expiresAt} where id = ${certification?.id ?? ''}`;
        const [operators] = await sql<{ count: string }[]>`
          select count(*) as count from account_operators where account_id = ${certification?.accountId ?? ''}`;
        expect(Number(operators?.count)).toBeGreaterThan(0);

        // Both processes start, connect, then fire in the same instant.
        const at = new Date(Date.now() + 3000).toISOString();
        const results = await Promise.all([
          runJob(database, ['certification-reminders', '--at', WEDNESDAY_0900, '--wait-until', at]),
          runJob(database, ['certification-reminders', '--at', WEDNESDAY_0900, '--wait-until', at]),
        ]);
        const outcomes = results.map((result) => result.outcome).sort();
        // The other found the lock held (it was running) or the slot claimed (it had just finished).
        expect(['already-ran:ran', 'busy:ran']).toContain(outcomes.join(':'));
        expect(results.every((result) => result.slot === WEDNESDAY_0900)).toBe(true);

        const runs = await sql<{ count: string }[]>`
          select count(*) as count from scheduled_job_runs
          where job = 'certification-reminders' and slot = ${new Date(WEDNESDAY_0900)}`;
        expect(Number(runs[0]?.count)).toBe(1);
        const sent = await sql<{ count: string }[]>`
          select count(*) as count from notifications
          where kind = 'CERTIFICATION_EXPIRING' and dedupe_key = ${`certification-reminder:${certification?.id}:7`}`;
        // One reminder per operator of the account, from the one process that ran the slot.
        expect(Number(sent[0]?.count)).toBe(Number(operators?.count));
        const winner = results.find((result) => result.outcome === 'ran');
        expect(winner?.figures?.sent).toBeGreaterThanOrEqual(Number(operators?.count));
      } finally {
        await sql.end();
      }
    },
  );

  it.skipIf(!realDatabaseUrl)(
    'sign-in cleanup deletes expired sessions, old failures and claims of slots long past, and keeps the rest (real PostgreSQL only)',
    async () => {
      const sql = postgres(database.url as string, { max: 1, onnotice: () => {} });
      const slot = new Date('2031-03-11T08:00:00Z');
      try {
        const [user] = await sql<{ id: string }[]>`select id from users order by email limit 1`;
        expect(user?.id).toBeTruthy();
        await sql`insert into sessions (token_hash, user_id, expires_at)
                values ('scheduler-expired', ${user?.id ?? ''}, ${new Date(slot.getTime() - 1000)}),
                       ('scheduler-live', ${user?.id ?? ''}, ${new Date(slot.getTime() + DAY_MS)})`;
        await sql`insert into login_failures (email, client, at)
                values ('old@example.com', '127.0.0.1', ${new Date(slot.getTime() - DAY_MS)}),
                       ('recent@example.com', '127.0.0.1', ${new Date(slot.getTime() - 60_000)})`;
        // A claim of a slot long past (no timer fires it again) and this morning's.
        await sql`insert into scheduled_job_runs (job, slot, ran_by)
                values ('certification-reminders', ${new Date('2030-12-01T01:00:00Z')}, 'test')`;
        const result = await runJob(database, ['sign-in-cleanup', '--at', '2031-03-11T08:00:05Z']);
        expect(result).toMatchObject({ job: 'sign-in-cleanup', slot: slot.toISOString(), outcome: 'ran' });
        const sessions = await sql<{ token_hash: string }[]>`
        select token_hash from sessions where token_hash like 'scheduler-%' order by token_hash`;
        expect(sessions.map((row) => row.token_hash)).toEqual(['scheduler-live']);
        const failures = await sql<{ email: string }[]>`
        select email from login_failures where email in ('old@example.com', 'recent@example.com')`;
        expect(failures.map((row) => row.email)).toEqual(['recent@example.com']);
        const claims = await sql<{ slot: Date }[]>`
        select slot from scheduled_job_runs where job = 'certification-reminders' order by slot`;
        expect(claims.map((row) => row.slot.toISOString())).toEqual([TUESDAY_0900, WEDNESDAY_0900]);
      } finally {
        await sql.end();
      }
    },
  );

  it('the metrics show the latest slot each job ran, from the claims', async () => {
    const token = 'scheduler-test-metrics-token-0123456789abcdef';
    const server = await startTestServer(database, { METRICS_TOKEN: token });
    try {
      const response = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(200);
      const text = await response.text();
      const last = (job: string) =>
        Number(new RegExp(`^oap_scheduled_job_last_slot_seconds\\{job="${job}"\\} (\\S+)$`, 'm').exec(text)?.[1]);
      // The two processes' Wednesday on a real server; Tuesday on PGlite.
      const reminders = realDatabaseUrl ? WEDNESDAY_0900 : TUESDAY_0900;
      expect(last('certification-reminders')).toBe(Date.parse(reminders) / 1000);
      expect(last('sign-in-cleanup')).toBe(
        Date.parse(realDatabaseUrl ? '2031-03-11T08:00:00Z' : '2031-03-11T07:00:00Z') / 1000,
      );
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});

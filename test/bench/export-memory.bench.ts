/**
 * A full CSV export of the 200,000 violations of `pnpm seed:large` from a server process on real
 * PostgreSQL, against a small export in the same run as the baseline (and again, and on a server
 * whose V8 heap is capped at 96 MB): rows counted, duration, and
 * the server's resident memory — RSS before, sampled every 250 ms during (min, max and the series)
 * and its peak (VmHWM from /proc/<pid>/status). The export is written page by page as it is read,
 * so the peak should stay near the baseline's however long the list. Printed, never asserted as a
 * timing; the only assertions are that the export is whole (every row of the table) and that
 * memory was measured. Linux only (/proc). Build first (`pnpm --filter @oap/api build`).
 * Run: `cd test && npx vitest run --config bench/vitest.config.ts bench/export-memory.bench.ts`.
 */
import fs from 'node:fs';
import postgres from 'postgres';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signIn } from '../support/graphql';
import { startTestServer, type TestDatabase, type TestServer } from '../support/server';
import { largePostgresDatabase } from './large-postgres';
import { printTable } from './measure';

const SAMPLE_MS = 250;
const SMALL = 2000;
/** V8's old space for the capped server (--max-old-space-size). */
const CAPPED_HEAP_MB = 96;

let database: TestDatabase;
let server: TestServer;
let token: string;

beforeAll(async () => {
  database = await largePostgresDatabase();
  server = await startTestServer(database);
  token = await signIn(server.url, 'analyst@example.com');
});

afterAll(async () => {
  await server?.stop();
});

/** A field of /proc/<pid>/status in MB (VmRSS: resident now; VmHWM: the peak since the start). */
function memoryMb(field: 'VmRSS' | 'VmHWM', of: TestServer = server): number {
  const status = fs.readFileSync(`/proc/${of.process.pid}/status`, 'utf8');
  const kb = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  if (!Number.isFinite(kb)) throw new Error(`no ${field} in /proc/${of.process.pid}/status`);
  return kb / 1024;
}

interface ExportRun {
  rows: number;
  seconds: number;
  rssBefore: number;
  samples: number[];
  peakAfter: number;
}

/** Downloads an export, counting its lines as they arrive (the client keeps no copy either). */
async function exportOf(path: string, of: TestServer = server, bearer = token): Promise<ExportRun> {
  const rssBefore = memoryMb('VmRSS', of);
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(memoryMb('VmRSS', of)), SAMPLE_MS);
  const started = performance.now();
  let lines = 0;
  try {
    const response = await fetch(`${of.url}${path}`, { headers: { authorization: `Bearer ${bearer}` } });
    if (response.status !== 200 || !response.body) throw new Error(`${path}: HTTP ${response.status}`);
    const decoder = new TextDecoder();
    for await (const chunk of response.body) {
      const text = decoder.decode(chunk as Uint8Array, { stream: true });
      // Line ends are \r\n; counting the \n alone is right even when a chunk splits the pair.
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines += 1;
    }
  } finally {
    clearInterval(sampler);
  }
  samples.push(memoryMb('VmRSS', of));
  return {
    rows: lines - 1, // the header
    seconds: (performance.now() - started) / 1000,
    rssBefore,
    samples,
    peakAfter: memoryMb('VmHWM', of),
  };
}

it('a full CSV export of 200,000 violations keeps the server’s memory flat', async () => {
  const sql = postgres(database.url as string, { max: 1, onnotice: () => {} });
  let tableRows = 0;
  let smallRows = 0;
  let from = '';
  try {
    const [all] = await sql<Array<{ n: number }>>`select count(*)::int as n from violations`;
    // The baseline: the newest ~2,000 violations (20 pages), reported since the 2,000th newest.
    const [since] = await sql<Array<{ at: Date }>>`
      select reported_at as at from violations order by reported_at desc offset ${SMALL - 1} limit 1`;
    from = since?.at.toISOString() ?? '';
    const [small] = await sql<Array<{ n: number }>>`
      select count(*)::int as n from violations where reported_at >= ${from}::timestamptz`;
    tableRows = all?.n ?? 0;
    smallRows = small?.n ?? 0;
  } finally {
    await sql.end();
  }
  expect(tableRows).toBeGreaterThanOrEqual(200_000);
  // The small export first, so the peak so far is a small export's; then the whole list, twice:
  // memory that grew with the rows would climb again on the second run.
  const small = await exportOf(`/exports/violations.csv?reportedFrom=${encodeURIComponent(from)}`);
  const full = await exportOf('/exports/violations.csv');
  const again = await exportOf('/exports/violations.csv');
  expect(small.rows).toBe(smallRows);
  expect(full.rows).toBe(tableRows);
  expect(again.rows).toBe(tableRows);
  expect(full.samples.length).toBeGreaterThan(0);
  // The proof that what RSS gains is garbage V8 has not collected yet, not rows kept: the same
  // export from a server whose heap is capped far below what 200,000 rows would take as objects.
  const capped = await startTestServer(database, {}, [`--max-old-space-size=${CAPPED_HEAP_MB}`]);
  let cappedRun: ExportRun;
  try {
    cappedRun = await exportOf('/exports/violations.csv', capped, await signIn(capped.url, 'analyst@example.com'));
  } finally {
    await capped.stop();
  }
  expect(cappedRun.rows).toBe(tableRows);
  const row = (name: string, run: ExportRun) => ({
    export: name,
    rows: run.rows,
    seconds: Number(run.seconds.toFixed(2)),
    'rows/s': Math.round(run.rows / run.seconds),
    'RSS before MB': Number(run.rssBefore.toFixed(1)),
    'RSS min MB': Number(Math.min(...run.samples).toFixed(1)),
    'RSS max MB': Number(Math.max(...run.samples).toFixed(1)),
    'peak (VmHWM) after MB': Number(run.peakAfter.toFixed(1)),
  });
  printTable('CSV export from one server process, seed:large on PostgreSQL', [
    row(`newest violations (${smallRows} rows)`, small),
    row(`all violations (${tableRows} rows)`, full),
    row('all violations, again', again),
    row(`all violations, heap capped at ${CAPPED_HEAP_MB} MB`, cappedRun),
  ]);
  console.log(
    `RSS every ${SAMPLE_MS} ms during the full export (MB): ${full.samples.map((mb) => mb.toFixed(0)).join(' ')}`,
  );
  console.log(
    `Peak grew by ${(full.peakAfter - small.peakAfter).toFixed(1)} MB over the small export's for ${Math.round(full.rows / Math.max(1, small.rows))}× the rows, and by ${(again.peakAfter - full.peakAfter).toFixed(1)} MB more on the second full export.`,
  );
});

import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { integer, pgTable } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseUnavailable } from '../common/database-unavailable';
import { preparedOnce } from '../common/prepared';
import { unfenced, WriteFence } from '../common/write-fence';
import { type Db, fencedDb } from './client';

/** fencedDb on the embedded database: what reaches the server once the request's deadline answered. */
const notes = pgTable('notes', { id: integer('id').primaryKey() });

let client: PGlite;
let db: Db;

beforeAll(async () => {
  client = new PGlite();
  db = drizzle(client) as unknown as Db;
  await client.exec('create table notes (id int primary key)');
});

afterAll(async () => {
  await client.close();
});

beforeEach(async () => {
  await client.exec('delete from notes');
});

async function noteIds(): Promise<number[]> {
  const result = await client.query<{ id: number }>('select id from notes order by id');
  return result.rows.map((row) => row.id);
}

async function failure(work: Promise<unknown>): Promise<unknown> {
  return work.then(
    () => null,
    (error: unknown) => error,
  );
}

describe('fencedDb', () => {
  it('commits as the database does while the request is unanswered, and says a COMMIT was sent', async () => {
    const fence = new WriteFence();
    const fenced = fencedDb(db, fence);
    await fenced.transaction(async (tx) => {
      await tx.execute(sql`insert into notes values (1)`);
    });
    expect(await noteIds()).toEqual([1]);
    expect(fence.answer()).toBe('COMMIT_UNCONFIRMED');
  });

  it('rolls back a transaction whose work ends after the deadline answered', async () => {
    const fence = new WriteFence();
    const fenced = fencedDb(db, fence);
    const error = await failure(
      fenced.transaction(async (tx) => {
        await tx.execute(sql`insert into notes values (2)`);
        // The deadline fires while the transaction is still at work.
        expect(fence.answer()).toBe('DATABASE_TIMEOUT');
        await tx.execute(sql`insert into notes values (3)`);
      }),
    );
    expect(databaseUnavailable(error)).toBe('DATABASE_TIMEOUT');
    expect(await noteIds()).toEqual([]);
    // The shared database is untouched by the fence: the next request writes.
    await db.execute(sql`insert into notes values (4)`);
    expect(await noteIds()).toEqual([4]);
  });

  it('starts no transaction and no statement after the deadline answered', async () => {
    const fence = new WriteFence();
    const fenced = fencedDb(db, fence);
    fence.answer();
    let ran = false;
    const refused = await failure(
      fenced.transaction(async () => {
        ran = true;
      }),
    );
    expect(databaseUnavailable(refused)).toBe('DATABASE_TIMEOUT');
    expect(ran).toBe(false);
    expect(databaseUnavailable(await failure(fenced.execute(sql`insert into notes values (5)`)))).toBe(
      'DATABASE_TIMEOUT',
    );
    expect(databaseUnavailable(await failure(fenced.select().from(sql`notes`)))).toBe('DATABASE_TIMEOUT');
    expect(await noteIds()).toEqual([]);
  });

  it('counts a single write outside a transaction as sent, and a read as not', async () => {
    const reading = new WriteFence();
    const [row] = (await fencedDb(db, reading).execute(sql`select 42 as answer`)).rows as Array<{ answer: number }>;
    expect(row?.answer).toBe(42);
    expect(reading.answer()).toBe('DATABASE_TIMEOUT');

    const writing = new WriteFence();
    await fencedDb(db, writing).execute(sql`insert into notes values (6)`);
    expect(await noteIds()).toEqual([6]);
    expect(writing.answer()).toBe('COMMIT_UNCONFIRMED');
  });

  it('calls the database going away after an earlier write of the request COMMIT_UNCONFIRMED, and only then', async () => {
    // The server's own "terminating connection" (57P01): what a restart says to a running statement.
    const goesAway = "do $$ begin raise exception 'terminating connection' using errcode = '57P01'; end $$";
    const fresh = fencedDb(db, new WriteFence());
    expect(databaseUnavailable(await failure(fresh.execute(goesAway)))).toBe('DATABASE_UNREACHABLE');
    expect(
      databaseUnavailable(
        await failure(
          fresh.transaction(async (tx) => {
            await tx.execute(goesAway);
          }),
        ),
      ),
    ).toBe('DATABASE_UNREACHABLE');

    const wrote = fencedDb(db, new WriteFence());
    await wrote.execute(sql`insert into notes values (8)`);
    expect(databaseUnavailable(await failure(wrote.execute(goesAway)))).toBe('COMMIT_UNCONFIRMED');
    expect(
      databaseUnavailable(
        await failure(
          wrote.transaction(async (tx) => {
            await tx.execute(goesAway);
          }),
        ),
      ),
    ).toBe('COMMIT_UNCONFIRMED');
    // A refusal that is not the database being away stays what it is.
    const refused = await failure(wrote.execute(sql`insert into notes values (8)`));
    expect(refused).not.toBeNull();
    expect(databaseUnavailable(refused)).toBeNull();
  });

  it('no longer counts a write, or a COMMIT, the server refused: nothing of it was saved', async () => {
    await client.exec('create table codes (code int unique deferrable initially deferred)');
    await client.exec('insert into codes values (1)');
    await db.execute(sql`insert into notes values (9)`);
    const fence = new WriteFence();
    const fenced = fencedDb(db, fence);
    // Refused at once (the primary key), and refused at COMMIT (the deferred unique constraint).
    expect(await failure(fenced.execute(sql`insert into notes values (9)`))).not.toBeNull();
    const atCommit = await failure(
      fenced.transaction(async (tx) => {
        await tx.execute(sql`insert into codes values (1)`);
      }),
    );
    expect(atCommit).not.toBeNull();
    expect(databaseUnavailable(atCommit)).toBeNull();
    expect(fence.answer()).toBe('DATABASE_TIMEOUT');
  });

  it('leaves prepared statements on the shared database: built once, never behind one request’s fence', async () => {
    const first = new WriteFence();
    const views = [fencedDb(db, first), fencedDb(db, new WriteFence())];
    expect(unfenced(views[0] as Db)).toBe(db);
    expect(unfenced(db)).toBe(db);
    const built: Db[] = [];
    const build = (base: Db) => {
      built.push(base);
      return base.select({ one: sql<number>`1` }).from(notes).prepare('fence_probe');
    };
    const query = preparedOnce(views[0] as Db, 'fenceProbe', build);
    expect(preparedOnce(views[1] as Db, 'fenceProbe', build)).toBe(query);
    expect(built).toEqual([db]);
    // The request that built it has been answered: the statement still serves the others.
    first.answer();
    await db.insert(notes).values({ id: 7 });
    const rows = (await query.execute()) as unknown as Array<{ one: number }>;
    expect(rows[0]?.one).toBe(1);
  });
});

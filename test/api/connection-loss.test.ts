import net from 'node:net';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUnavailable } from '../../api/src/common/database-unavailable';
import { WriteFence } from '../../api/src/common/write-fence';
import { type DatabaseHandle, fencedDb, openDatabase } from '../../api/src/db/client';
import { createTestDatabase, realDatabaseUrl, type TestDatabase } from '../support/server';

/**
 * A transaction whose connection dies under it (PostgreSQL restarted, its backend terminated, the
 * network cut) must fail that one request, not the process. postgres-js 3.4.9 sends the
 * transaction's ROLLBACK on the dead connection and then writes to a socket it has already set to
 * null from a setImmediate, an exception no caller can catch: the API process exited (found by
 * test/bench/scale-out.bench.ts on a PostgreSQL restart; upstream porsager/postgres#1208). The
 * patch in patches/postgres@3.4.9.patch rejects that write with CONNECTION_CLOSED instead.
 * Real PostgreSQL only: the embedded database has no connection to lose.
 */
describe.skipIf(!realDatabaseUrl)('a transaction whose connection dies (postgres)', () => {
  let database: TestDatabase;
  let handle: DatabaseHandle;
  let killer: postgres.Sql;
  const uncaught: unknown[] = [];
  const onUncaught = (error: unknown) => uncaught.push(error);

  beforeAll(async () => {
    database = await createTestDatabase();
    handle = await openDatabase({
      databaseUrl: database.url,
      dataDir: '',
      poolSize: 2,
      timeouts: { connectTimeoutMs: 3000, statementTimeoutMs: 10_000, analystStatementTimeoutMs: 5000 },
    });
    killer = postgres(database.url as string, { max: 1, onnotice: () => {} });
    process.prependListener('uncaughtException', onUncaught);
  });

  afterAll(async () => {
    process.removeListener('uncaughtException', onUncaught);
    await handle?.close();
    await killer?.end();
    await database?.drop();
  });

  it('calls a connection lost during the COMMIT unconfirmed (it may have been saved), not unreachable', async () => {
    // A deferred constraint trigger that sleeps makes the COMMIT itself take a while.
    await killer.unsafe(`
      create table commit_probe (id int);
      create function commit_probe_slow() returns trigger language plpgsql as
        $$ begin perform pg_sleep(5); return null; end $$;
      create constraint trigger commit_probe_slow after insert on commit_probe
        deferrable initially deferred for each row execute function commit_probe_slow();`);
    let pid: number | undefined;
    const settled = handle.db
      .transaction(async (tx) => {
        const [row] = (await tx.execute('select pg_backend_pid() as pid')) as unknown as Array<{ pid: number }>;
        await tx.execute('insert into commit_probe values (1)');
        pid = row?.pid;
      })
      .then(
        () => null,
        (error: unknown) => error,
      );
    while (pid === undefined) await new Promise((resolve) => setTimeout(resolve, 20));
    // The COMMIT is now running the trigger's sleep.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const [terminated] = await killer`select pg_terminate_backend(${pid}) as done`;
    expect(terminated?.done).toBe(true);
    const error = await settled;
    expect(error, 'the transaction must fail').not.toBeNull();
    expect(databaseUnavailable(error)).toBe('COMMIT_UNCONFIRMED');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(uncaught).toEqual([]);
  });

  it('rejects as "database unavailable", throws nothing uncaught, and the next query is served', async () => {
    for (let round = 0; round < 3; round += 1) {
      let pid: number | undefined;
      const transaction = handle.db.transaction(async (tx) => {
        const [row] = (await tx.execute('select pg_backend_pid() as pid')) as unknown as Array<{ pid: number }>;
        pid = row?.pid;
        await tx.execute('select pg_sleep(5)');
      });
      const settled = transaction.then(
        () => null,
        (error: unknown) => error,
      );
      while (pid === undefined) await new Promise((resolve) => setTimeout(resolve, 20));
      const [terminated] = await killer`select pg_terminate_backend(${pid}) as done`;
      expect(terminated?.done).toBe(true);
      const error = await settled;
      expect(error, 'the transaction must fail').not.toBeNull();
      expect(databaseUnavailable(error)).toBe('DATABASE_UNREACHABLE');
      // The setImmediate that crashed the process runs on the next turns of the loop: let it.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(uncaught).toEqual([]);
      const [answer] = (await handle.db.execute('select 42 as answer')) as unknown as Array<{ answer: number }>;
      expect(answer?.answer).toBe(42);
    }
  });

  it('calls a single write whose connection is cut once sent unconfirmed (it did commit), a read unreachable', async () => {
    // A TCP hop that can cut every connection through it, as a lost network does.
    const sockets = new Set<net.Socket>();
    const direct = new URL(database.url as string);
    const relay = net.createServer((client) => {
      const upstream = net.connect(Number(direct.port || 5432), direct.hostname);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('error', () => {});
        socket.on('close', () => sockets.delete(socket));
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const viaRelay = new URL(direct);
    viaRelay.port = String((relay.address() as net.AddressInfo).port);
    const relayed = await openDatabase({
      databaseUrl: viaRelay.toString(),
      dataDir: '',
      poolSize: 1,
      timeouts: { connectTimeoutMs: 3000, statementTimeoutMs: 10_000, analystStatementTimeoutMs: 5000 },
    });
    try {
      await killer.unsafe(`
        create table single_probe (id int);
        create function single_probe_slow() returns trigger language plpgsql as
          $$ begin perform pg_sleep(0.5); return new; end $$;
        create trigger single_probe_slow before insert on single_probe
          for each row execute function single_probe_slow();`);
      const cutWhileRunning = async (statement: string) => {
        const settled = fencedDb(relayed.db, new WriteFence())
          .execute(statement)
          .then(
            () => null,
            (error: unknown) => error,
          );
        // The statement has been sent and is running (the trigger's sleep, the pg_sleep).
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(sockets.size, 'a connection runs through the relay').toBeGreaterThan(0);
        for (const socket of sockets) socket.destroy();
        return settled;
      };
      const write = await cutWhileRunning('insert into single_probe values (1)');
      expect(write, 'the write must fail').not.toBeNull();
      expect(databaseUnavailable(write)).toBe('COMMIT_UNCONFIRMED');
      // PostgreSQL finished the statement without its client: "may have been saved" was right.
      await new Promise((resolve) => setTimeout(resolve, 600));
      const [saved] = await killer`select count(*)::int as n from single_probe`;
      expect(saved?.n).toBe(1);

      const read = await cutWhileRunning('select pg_sleep(0.5)');
      expect(read, 'the read must fail').not.toBeNull();
      expect(databaseUnavailable(read)).toBe('DATABASE_UNREACHABLE');
      expect(uncaught).toEqual([]);
    } finally {
      await relayed.close();
      relay.close();
    }
  });
});

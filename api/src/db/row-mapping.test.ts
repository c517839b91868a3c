import { PGlite } from '@electric-sql/pglite';
import { eq, sql } from 'drizzle-orm';
import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/pglite';
import { mapResultRow } from 'drizzle-orm/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * patches/drizzle-orm@0.45.4.patch makes drizzle's row mapping work out each column's decoder once
 * per query instead of once per cell. These are the shapes it must keep mapping as drizzle did:
 * a table's columns, decoded columns (timestamps), SQL fields decoded as a column, a left join
 * whose missing side becomes null, and one prepared query run on different rows.
 */
const owners = pgTable('owners', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
});
const pets = pgTable('pets', {
  id: uuid('id').primaryKey(),
  ownerId: uuid('owner_id'),
  name: text('name').notNull(),
  legs: integer('legs'),
  bornAt: timestamp('born_at', { withTimezone: true }).notNull(),
});

const OWNER = '00000000-0000-4000-8000-000000000001';
const CAT = '00000000-0000-4000-8000-000000000002';
const STRAY = '00000000-0000-4000-8000-000000000003';

let client: PGlite;
let db: ReturnType<typeof drizzle>;

beforeAll(async () => {
  client = new PGlite();
  db = drizzle(client, { casing: 'snake_case' });
  await client.exec(`
    create table owners (id uuid primary key, name text not null);
    create table pets (id uuid primary key, owner_id uuid, name text not null, legs integer, born_at timestamptz not null);
    insert into owners values ('${OWNER}', 'Li');
    insert into pets values ('${CAT}', '${OWNER}', 'Mao', 4, '2026-01-02 03:04:05.678+08'),
                            ('${STRAY}', null, 'Gou', null, '2025-12-31 23:59:59+00');
  `);
});

afterAll(async () => {
  await client.close();
});

describe('row mapping (patched drizzle)', () => {
  it('is the patched mapper', () => {
    // If an upgrade drops the patch, this fails: re-measure `pnpm bench` before letting it go.
    expect(mapResultRow.toString()).toContain('mapPlanOf');
  });

  it("maps a table's columns, nulls and timestamps", async () => {
    const rows = await db.select().from(pets).orderBy(pets.name);
    expect(rows).toEqual([
      { id: STRAY, ownerId: null, name: 'Gou', legs: null, bornAt: new Date('2025-12-31T23:59:59Z') },
      { id: CAT, ownerId: OWNER, name: 'Mao', legs: 4, bornAt: new Date('2026-01-01T19:04:05.678Z') },
    ]);
    expect(rows[1]?.bornAt).toBeInstanceOf(Date);
  });

  it('decodes an SQL field as the column it maps with, and keeps plain SQL values', async () => {
    const rows = await db
      .select({ at: sql`${pets.bornAt}`.mapWith(pets.bornAt), doubled: sql<number>`${pets.legs} * 2` })
      .from(pets)
      .where(eq(pets.id, CAT));
    expect(rows).toEqual([{ at: new Date('2026-01-01T19:04:05.678Z'), doubled: 8 }]);
  });

  it("nests a join's sides and turns a missing side into null", async () => {
    const rows = await db.select().from(pets).leftJoin(owners, eq(owners.id, pets.ownerId)).orderBy(pets.name);
    expect(rows.map((row) => [row.pets.name, row.owners])).toEqual([
      ['Gou', null],
      ['Mao', { id: OWNER, name: 'Li' }],
    ]);
    const partial = await db
      .select({ pet: pets.name, owner: { id: owners.id, name: owners.name } })
      .from(pets)
      .leftJoin(owners, eq(owners.id, pets.ownerId))
      .orderBy(pets.name);
    expect(partial).toEqual([
      { pet: 'Gou', owner: null },
      { pet: 'Mao', owner: { id: OWNER, name: 'Li' } },
    ]);
  });

  it('runs one prepared query on different rows with the same plan', async () => {
    const query = db
      .select({ name: pets.name, legs: pets.legs })
      .from(pets)
      .where(eq(pets.id, sql.placeholder('id')))
      .prepare('pet_by_id');
    expect(await query.execute({ id: CAT })).toEqual([{ name: 'Mao', legs: 4 }]);
    expect(await query.execute({ id: STRAY })).toEqual([{ name: 'Gou', legs: null }]);
  });
});

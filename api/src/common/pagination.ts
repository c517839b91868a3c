import { type GraphQLSchema, isObjectType } from 'graphql';
import type { ClassType } from 'type-graphql';
import { Field, Int, ObjectType } from 'type-graphql';
import type { ListTotal } from './bounded-count';
import { badInput } from './errors';
import { DEFAULT_PAGE_SIZE } from './page-size';

export { DEFAULT_PAGE_SIZE };

@ObjectType({ description: 'Where a page sits in its list (Relay).', simpleResolvers: true })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** Fields whose value may be a thunk (counts, run only when selected). */
const THUNK_FIELDS = new Set(['totalCount', 'totalCountIsExact', 'unreadCount']);

/**
 * Gives every count field of the schema a resolver that calls a thunk value, so counting happens
 * only when a client selects the count, whichever executor runs the operation (graphql-jit reads
 * plain properties without calling them).
 */
export function resolveCountThunks(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!THUNK_FIELDS.has(field.name) || field.resolve) continue;
      const name = field.name;
      field.resolve = (source: Record<string, unknown>) => {
        const value = source[name];
        return typeof value === 'function' ? (value as () => unknown)() : value;
      };
    }
  }
  return schema;
}

/**
 * How many items the whole list holds: a number (exact), or a thunk that counts only when the
 * client selects `totalCount` or `totalCountIsExact` (GraphQL's default resolver calls it), so
 * pages that do not show the total never pay for a count. The thunk gives an exact number, or a
 * bounded count (boundedCount) that says whether it is exact.
 */
export type TotalCount = number | (() => Promise<number | ListTotal>);

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number | (() => Promise<number>);
  totalCountIsExact: boolean | (() => Promise<boolean>);
}

/** The total's two fields from one count: whichever of them is selected first runs it, once. */
function totalFields(total: TotalCount): Pick<Connection<never>, 'totalCount' | 'totalCountIsExact'> {
  if (typeof total === 'number') return { totalCount: total, totalCountIsExact: true };
  let counted: Promise<ListTotal> | null = null;
  const count = () => {
    counted ??= total().then((value) => (typeof value === 'number' ? { count: value, exact: true } : value));
    return counted;
  };
  return {
    totalCount: () => count().then((value) => value.count),
    totalCountIsExact: () => count().then((value) => value.exact),
  };
}

/** Builds the `XEdge` and `XConnection` object types for a node type. */
export function connectionTypes<T extends object>(nodeType: ClassType<T>, name: string) {
  // Simple resolvers: plain property reads (and `totalCount` thunks called by GraphQL's default resolver).
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, {
      description:
        'How many items the whole list holds, with its filters: exact up to LIST_EXACT_COUNT_LIMIT (10,000 by default), then an estimate (never below that bound): see totalCountIsExact.',
    })
    totalCount!: number | (() => Promise<number>);

    @Field(() => Boolean, {
      description:
        "Whether totalCount is an exact count (true) or, for a list longer than LIST_EXACT_COUNT_LIMIT (10,000 by default), the planner's estimate (false). Selecting both costs one count.",
    })
    totalCountIsExact!: boolean | (() => Promise<boolean>);
  }

  return { EdgeType, ConnectionType };
}

/** A keyset position: the sort value (ISO time, name…) and the id that breaks ties. */
export interface KeysetPosition {
  key: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): KeysetPosition {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      UUID.test(parsed[1])
    ) {
      return { key: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the refusal below
  }
  throw badInput(field, 'BAD_CURSOR', `"${field}" is not a cursor from this list.`);
}

/**
 * A time-ordered list's cursor: its time and id, or BAD_USER_INPUT when the position is not a
 * time a list could hold (a hand-made cursor must not reach the database as an invalid date).
 */
export function decodeTimeCursor(cursor: string, field = 'after'): { at: Date; id: string } {
  const position = decodeCursor(cursor, field);
  const at = new Date(position.key);
  if (Number.isNaN(at.getTime()) || at.getUTCFullYear() < 1900 || at.getUTCFullYear() > 9999) {
    throw badInput(field, 'BAD_CURSOR', `"${field}" is not a cursor from this list.`);
  }
  return { at, id: position.id };
}

/** Checks `first` against the configured cap; the query limits refuse bigger ones before execution too. */
export function pageSize(first: number | undefined | null, max: number): number {
  if (first === undefined || first === null) return Math.min(DEFAULT_PAGE_SIZE, max);
  if (!Number.isInteger(first) || first < 0 || first > max) {
    throw badInput('first', 'OUT_OF_RANGE', `"first" must be between 0 and ${max}.`, { max });
  }
  return first;
}

/** An edge whose cursor is encoded only when a client selects it (most pages never do). */
class LazyEdge<T> implements Edge<T> {
  constructor(
    readonly node: T,
    private readonly positionOf: (row: T) => KeysetPosition,
  ) {}

  get cursor(): string {
    return encodeCursor(this.positionOf(this.node));
  }
}

/**
 * Turns `limit + 1` fetched rows into a connection: the extra row only says there is a next page.
 */
export function toConnection<T>(
  rows: T[],
  limit: number,
  positionOf: (row: T) => KeysetPosition,
  totalCount: TotalCount,
  hasPreviousPage: boolean,
): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => new LazyEdge(node, positionOf));
  const first = page[0];
  const last = page[page.length - 1];
  return {
    edges,
    // Cursors are encoded only when read (a page under each of 50 accounts rarely asks).
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage,
      get startCursor() {
        return first === undefined ? null : encodeCursor(positionOf(first));
      },
      get endCursor() {
        return last === undefined ? null : encodeCursor(positionOf(last));
      },
    },
    ...totalFields(totalCount),
  };
}

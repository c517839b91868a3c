import { Field, ID, InterfaceType } from 'type-graphql';
import type { Context } from '../context';
import { parseGlobalId } from './ids';

/** Anything with a global, opaque id that `node(id:)` can resolve. */
@InterfaceType({
  description: 'An object with a global, opaque id.',
  // Rows carry their GraphQL type name in `__typename` when they are returned through `node`.
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID)
  id!: string;
}

/** Loads one object of a node type by local id, or null when it is absent or the viewer may not see it. */
export type NodeLoader = (ctx: Context, localId: string) => Promise<object | null>;

const loaders = new Map<string, NodeLoader>();

/** Each feature registers how its node types are loaded (and who may see them). */
export function registerNodeType(typeName: string, load: NodeLoader): void {
  loaders.set(typeName, load);
}

export async function resolveNode(ctx: Context, id: string): Promise<object | null> {
  const parsed = parseGlobalId(id);
  const load = parsed && loaders.get(parsed.type);
  if (!parsed || !load) return null;
  const value = await load(ctx, parsed.localId);
  return value ? { ...value, __typename: parsed.type } : null;
}

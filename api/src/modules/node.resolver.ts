import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Node, resolveNode } from '../common/node';
import type { Context } from '../context';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global id; null when the viewer may not see it.',
  })
  async node(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<object | null> {
    return resolveNode(ctx, id);
  }
}

import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import type { PlatformRuleRow } from '../../db/schema';
import { PlatformRule, SetRuleInput } from './rule.type';
import { ruleHistory, rulesAt, setRule } from './rules.service';

@Resolver(() => PlatformRule)
export class RulesResolver {
  @Authorized()
  @Query(() => [PlatformRule], { description: 'The rules in force at that moment (default: now), one per key.' })
  async rules(
    @Ctx() ctx: Context,
    @Arg('at', () => Date, { nullable: true }) at?: Date | null,
  ): Promise<PlatformRuleRow[]> {
    return rulesAt(ctx, at ?? ctx.clock.now());
  }

  @Authorized()
  @Query(() => [PlatformRule], { description: 'Every value a rule has had or is scheduled to have, oldest first.' })
  async ruleHistory(@Ctx() ctx: Context, @Arg('key') key: string): Promise<PlatformRuleRow[]> {
    return ruleHistory(ctx, key);
  }

  @Authorized('ADMIN')
  @Mutation(() => PlatformRule, { description: 'Records a new value of a rule from a moment on. ADMIN; audited.' })
  async setRule(@Ctx() ctx: Context, @Arg('input') input: SetRuleInput): Promise<PlatformRuleRow> {
    return setRule(ctx, input);
  }
}

import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import type { PlatformRuleRow } from '../../db/schema';
import { PlatformRule, RuleChangePreview, RuleDefinition, SetRuleInput } from './rule.type';
import { type RuleChangePreview as Preview, previewRuleChange } from './rule-preview.service';
import { type RuleSpec, ruleSpecs } from './rule-specs';
import { ruleHistory, rulesAt, setRule, withdrawRuleValue } from './rules.service';

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

  @Authorized()
  @Query(() => [RuleDefinition], {
    description:
      'Every rule the platform reads: its unit, bounds and meaning in both locales. A key not listed here is refused by setRule.',
  })
  ruleDefinitions(): RuleSpec[] {
    return ruleSpecs();
  }

  @Authorized('ADMIN')
  @Query(() => RuleChangePreview, {
    description:
      'What `value` would change today were it in force now instead of the value in force (pending reports that would get a longer or shorter ban, subjects over a quota, claims that would lapse). The value is checked as setRule checks it. ADMIN; reads only.',
  })
  async previewRuleChange(
    @Ctx() ctx: Context,
    @Arg('key') key: string,
    @Arg('value', () => GraphQLJSON) value: unknown,
  ): Promise<Preview> {
    return previewRuleChange(ctx, key, value);
  }

  @Authorized('ADMIN')
  @Mutation(() => PlatformRule, {
    description:
      'Withdraws a scheduled (future) value of a rule; a value already in force is refused (INVALID_TRANSITION, RULE_ALREADY_IN_FORCE). Returns the value withdrawn. ADMIN; audited (rule.withdraw).',
  })
  async withdrawRuleValue(
    @Ctx() ctx: Context,
    @Arg('key') key: string,
    @Arg('effectiveFrom') effectiveFrom: Date,
    @Arg('note', { description: 'Why it is withdrawn (the audit entry’s reason).' }) note: string,
  ): Promise<PlatformRuleRow> {
    return withdrawRuleValue(ctx, { key, effectiveFrom, note });
  }
}

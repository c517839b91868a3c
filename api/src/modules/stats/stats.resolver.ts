import { IsOptional, MaxLength } from 'class-validator';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Float,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
} from 'type-graphql';
import type { Context } from '../../context';
import type { AccountKindName, CertificationKindName, ViolationTypeName } from '../../db/schema';
import { AccountKind } from '../accounts/account.type';
import { CertificationKind } from '../certifications/certification.type';
import { ViolationType } from '../violations/violation.type';
import {
  activeBans,
  appealDeadlines,
  certificationFunnel,
  certificationWork,
  correctionsPerPeriod,
  type GranularityChoice as GranularityChoiceName,
  type Granularity as GranularityName,
  granularityFor,
  ladderSteps,
  pendingReports,
  violationsPerPeriod,
} from './stats.service';

export const Granularity = { DAY: 'DAY', WEEK: 'WEEK', MONTH: 'MONTH', AUTO: 'AUTO' } as const;
registerEnumType(Granularity, {
  name: 'Granularity',
  description:
    'Periods start at midnight China time (UTC+8); weeks on Monday. AUTO: the API picks by the window: days up to 62 days, weeks up to 367, months beyond (each row says which).',
});

@InputType({ description: 'Which slice of the platform a figure covers. Default window: the last year.' })
export class StatsScope {
  @Field(() => Date, { nullable: true })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  to?: Date | null;

  @Field(() => AccountKind, { nullable: true })
  @IsOptional()
  accountKind?: AccountKindName | null;

  @Field(() => String, { nullable: true, description: 'Record registration region.' })
  @IsOptional()
  @MaxLength(40)
  region?: string | null;
}

@ObjectType()
export class ViolationPeriodCount {
  @Field({ description: 'Start of the period (a China-time day, ISO week or month), as an instant.' })
  period!: Date;

  @Field(() => Granularity, { description: 'The bucket this row counts (never AUTO: what AUTO chose).' })
  granularity!: GranularityName;

  @Field({ description: 'The period as named in China time: `2026-02`, `2026-W07` or `2026-02-14`.' })
  label!: string;

  @Field(() => ViolationType)
  type!: ViolationTypeName;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class LadderStepCount {
  @Field(() => Int, { description: 'The ordinal reached (the last bucket includes higher ones).' })
  step!: number;

  @Field({ description: 'True for the folded last bucket (e.g. 4th and later).' })
  orMore!: boolean;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class ActiveBanCounts {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  endingToday!: number;

  @Field(() => Int)
  endingThisWeek!: number;

  @Field(() => Int)
  permanent!: number;
}

@ObjectType()
export class PendingReportCount {
  @Field(() => ViolationType)
  type!: ViolationTypeName;

  @Field({ description: 'UNDER_1_DAY, DAYS_1_TO_3, DAYS_3_TO_7 or OVER_7_DAYS.' })
  age!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class AppealDeadlineCounts {
  @Field(() => Int)
  pending!: number;

  @Field(() => Int, { description: 'Due within the days asked for.' })
  dueSoon!: number;

  @Field(() => Int)
  overdue!: number;

  @Field(() => Int, {
    description: 'Pending appeals whose due date runs into a year the working calendar does not know.',
  })
  deadlineUncertain!: number;
}

@ObjectType()
export class CertificationWorkCounts {
  @Field(() => Int, { description: 'Dispatched longer than the rule’s hours without a review call.' })
  overdueDispatches!: number;

  @Field(() => Int, { description: 'Certified, expiring within the days asked for.' })
  expiringSoon!: number;
}

@ObjectType()
export class CertificationFunnel {
  @Field(() => Int)
  started!: number;

  @Field(() => Int)
  paid!: number;

  @Field(() => Int)
  dispatched!: number;

  @Field(() => Int)
  approved!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => Float, { nullable: true, description: 'approved / (approved + rejected); null when none decided.' })
  passRate!: number | null;
}

@ObjectType()
export class CorrectionPeriodCount {
  @Field({ description: 'Start of the period (a China-time day, ISO week or month), as an instant.' })
  period!: Date;

  @Field(() => Granularity, { description: 'The bucket this row counts (never AUTO: what AUTO chose).' })
  granularity!: GranularityName;

  @Field({ description: 'The period as named in China time: `2026-02`, `2026-W07` or `2026-02-14`.' })
  label!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Int)
  changedCharacters!: number;
}

@ObjectType({ description: 'Statistics: each field one SQL aggregation in the database.' })
export class Stats {}

@Resolver(() => Stats)
export class StatsResolver {
  @Authorized('ANALYST', 'MODERATOR', 'REVIEWER')
  @Query(() => Stats, { description: 'Platform statistics for analysts and the dashboard.' })
  stats(): Stats {
    return {};
  }

  @FieldResolver(() => [ViolationPeriodCount])
  violationsPerPeriod(
    @Ctx() ctx: Context,
    @Arg('granularity', () => Granularity, { defaultValue: 'MONTH' }) granularity: GranularityChoiceName,
    @Arg('scope', () => StatsScope, { nullable: true }) scope?: StatsScope | null,
    @Arg('type', () => ViolationType, { nullable: true }) type?: ViolationTypeName | null,
  ) {
    return violationsPerPeriod(ctx, { ...scope, granularity, type });
  }

  @FieldResolver(() => Granularity, {
    description: 'The bucket AUTO picks for this window (so a chart can lay out its empty periods too).',
  })
  granularityFor(@Ctx() ctx: Context, @Arg('scope', () => StatsScope, { nullable: true }) scope?: StatsScope | null) {
    return granularityFor(ctx, scope ?? {});
  }

  @FieldResolver(() => [LadderStepCount], {
    description: 'Confirmed violations of a type by ladder step (default LIKE_FARMING).',
  })
  ladderSteps(
    @Ctx() ctx: Context,
    @Arg('scope', () => StatsScope, { nullable: true }) scope?: StatsScope | null,
    @Arg('type', () => ViolationType, { nullable: true }) type?: ViolationTypeName | null,
  ) {
    return ladderSteps(ctx, { ...scope, type });
  }

  @FieldResolver(() => ActiveBanCounts)
  activeBans(@Ctx() ctx: Context, @Arg('scope', () => StatsScope, { nullable: true }) scope?: StatsScope | null) {
    return activeBans(ctx, scope ?? {});
  }

  @FieldResolver(() => [PendingReportCount])
  pendingReports(@Ctx() ctx: Context, @Arg('scope', () => StatsScope, { nullable: true }) scope?: StatsScope | null) {
    return pendingReports(ctx, scope ?? {});
  }

  @FieldResolver(() => AppealDeadlineCounts)
  appealDeadlines(@Ctx() ctx: Context, @Arg('withinDays', () => Int, { defaultValue: 2 }) withinDays: number) {
    return appealDeadlines(ctx, Math.min(Math.max(withinDays, 0), 30));
  }

  @FieldResolver(() => CertificationWorkCounts)
  async certificationWork(
    @Ctx() ctx: Context,
    @Arg('expiringWithinDays', () => Int, { defaultValue: 30 }) days: number,
  ) {
    const hours = (await ctx.loaders.ruleNow.load('certification.reviewCallHours')) as number;
    return certificationWork(ctx, Math.min(Math.max(days, 1), 366), hours);
  }

  @FieldResolver(() => CertificationFunnel)
  certificationFunnel(
    @Ctx() ctx: Context,
    @Arg('scope', () => StatsScope, { nullable: true }) scope?: StatsScope | null,
    @Arg('kind', () => CertificationKind, { nullable: true }) kind?: CertificationKindName | null,
  ) {
    return certificationFunnel(ctx, { ...scope, kind });
  }

  @FieldResolver(() => [CorrectionPeriodCount])
  correctionsPerPeriod(
    @Ctx() ctx: Context,
    @Arg('granularity', () => Granularity, { defaultValue: 'DAY' }) granularity: GranularityChoiceName,
    @Arg('scope', () => StatsScope, { nullable: true }) scope?: StatsScope | null,
  ) {
    return correctionsPerPeriod(ctx, { ...scope, granularity });
  }
}

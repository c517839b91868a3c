import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../auth/user.type';

export enum WorkingCalendarSource {
  PACKAGE = 'PACKAGE',
  ADMIN = 'ADMIN',
}
registerEnumType(WorkingCalendarSource, {
  name: 'WorkingCalendarSource',
  description: 'PACKAGE: seeded from the chinese-days package (the State Council notices); ADMIN: edited by an admin.',
});

@ObjectType({ description: 'A day of the working calendar (China time).' })
export class WorkingCalendarDay {
  @Field({ description: 'YYYY-MM-DD.' })
  date!: string;

  @Field(() => String, { nullable: true, description: 'The holiday it belongs to, e.g. 国庆节.' })
  name!: string | null;
}

@ObjectType({
  description:
    'One version of a year of China’s working-day calendar: statutory holidays are off, make-up working days (调休) are worked, other days follow the week.',
})
export class WorkingCalendarYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Each edit adds the next version; the history keeps them all.' })
  version!: number;

  @Field(() => WorkingCalendarSource)
  source!: WorkingCalendarSource;

  @Field(() => [WorkingCalendarDay], { description: 'Days off, sorted by date (weekends inside a holiday included).' })
  holidays!: WorkingCalendarDay[];

  @Field(() => [WorkingCalendarDay], { description: 'Weekend days worked (调休), sorted by date.' })
  makeupDays!: WorkingCalendarDay[];

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => User, { nullable: true, description: 'Who wrote this version; null for the package.' })
  editedBy!: User | null;

  @Field({ description: 'When this version was written.' })
  editedAt!: Date;
}

@InputType()
export class WorkingCalendarDayInput {
  @Field({ description: 'YYYY-MM-DD, in the year being set.' })
  date!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  name?: string | null;
}

@InputType()
export class SetWorkingCalendarYearInput {
  @Field(() => Int)
  year!: number;

  @Field(() => [WorkingCalendarDayInput], { description: 'The statutory holidays (days off).' })
  holidays!: WorkingCalendarDayInput[];

  @Field(() => [WorkingCalendarDayInput], { description: 'The make-up working days: Saturdays or Sundays worked.' })
  makeupDays!: WorkingCalendarDayInput[];

  @Field(() => String, { nullable: true, description: 'Why, e.g. the State Council notice.' })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

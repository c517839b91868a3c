import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { ViolationTypeName } from '../../db/schema';
import { User } from '../auth/user.type';
import { ViolationType } from '../violations/violation.type';

@ObjectType({
  description:
    'A canned reason (常用理由) for one violation type: moderators pick it with its key (1–9, by position) to fill a confirmation’s or dismissal’s note. Edited by ADMIN.',
})
export class CannedReason {
  @Field(() => ID)
  id!: string;

  @Field(() => ViolationType)
  type!: ViolationTypeName;

  @Field({ description: 'The text it fills the note with, as written (one language: it is stored as the note).' })
  text!: string;

  @Field(() => Int, { description: 'Its place in its type’s list, from 0; the key that picks it is position + 1.' })
  position!: number;

  @Field()
  updatedAt!: Date;
}

@ObjectType({ description: 'A moderator’s note on an account: staff only, never shown to its operators.' })
export class AccountNote {
  @Field(() => ID)
  id!: string;

  @Field(() => User, { nullable: true })
  author!: User | null;

  @Field()
  text!: string;

  @Field()
  at!: Date;
}

@InputType()
export class CreateCannedReasonInput {
  @Field(() => ViolationType)
  type!: ViolationTypeName;

  @Field()
  @MaxLength(500)
  text!: string;
}

@InputType()
export class UpdateCannedReasonInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  text?: string | null;

  @Field(() => Int, { nullable: true, description: 'Move it to this place in its type’s list (0 = first).' })
  @IsOptional()
  @Min(0)
  @Max(8)
  position?: number | null;
}

import { IsOptional, MaxLength } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Node } from '../../common/node';
import { connectionTypes } from '../../common/pagination';
import { User } from '../auth/user.type';

@ObjectType({ implements: Node, description: 'One entry of the append-only audit log.' })
export class AuditEntry extends Node {
  @Field()
  at!: Date;

  @Field(() => User, { nullable: true, description: 'Who did it; null for the system.' })
  actor!: User | null;

  @Field({ description: 'What was done, e.g. rule.set, violation.confirm.' })
  action!: string;

  @Field()
  targetType!: string;

  @Field({ description: 'The target: its local id (a uuid), or a rule key or a year.' })
  targetId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The target’s global id (for node(id:) and links), when it is a row with a uuid; null for a rule key or a year.',
  })
  targetNodeId!: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  after!: unknown;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'The request that made the change (matches the server log).' })
  requestId!: string | null;
}

export const { ConnectionType: AuditEntryConnection } = connectionTypes(AuditEntry, 'AuditEntry');

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: 'A User id.' })
  @IsOptional()
  actorId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  action?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  targetType?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The target as entries name it (a local id, a rule key), or the global id of a node.',
  })
  @IsOptional()
  @MaxLength(200)
  targetId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Entries at or after this instant.' })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Entries before this instant.' })
  @IsOptional()
  to?: Date | null;
}

@ObjectType({ description: 'What the audit log records: its filters’ choices (one registry in the API).' })
export class AuditCatalog {
  @Field(() => [String], { description: 'Every action the API writes, e.g. violation.confirm.' })
  actions!: readonly string[];

  @Field(() => [String], { description: 'Every kind of object entries name (a GraphQL type name).' })
  targetTypes!: readonly string[];

  @Field(() => [User], { description: 'Users holding a staff role, by name (the actor picker; at most 500).' })
  actors!: User[];
}

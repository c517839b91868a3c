import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../common/node';
import { ROLES, type RoleName } from '../../db/schema';

export const Role = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in RoleName]: R };
registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do. ADMIN may do anything any other role may; ANALYST only reads.',
});

@ObjectType({ implements: Node, description: 'A person who signs in: staff or a publisher.' })
export class User extends Node {
  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => [Role])
  roles!: RoleName[];

  @Field({ description: 'False once deactivated: the user cannot sign in.' })
  active!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the user was created. Null unless ADMIN or yourself.' })
  createdAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lastSignInAt!: Date | null;

  @Field(() => Date, { nullable: true })
  deactivatedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the user was deactivated (ADMIN).' })
  deactivationReason!: string | null;
}

@ObjectType({ description: 'A signed-in session. The token also works as `Authorization: Bearer <token>`.' })
export class Session {
  @Field()
  token!: string;

  @Field(() => User)
  user!: User;

  @Field()
  expiresAt!: Date;
}

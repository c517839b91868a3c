import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes } from '../../common/pagination';
import { PASSWORD_LINK_PURPOSES, type PasswordLinkPurposeName, type RoleName } from '../../db/schema';
import { Role, User } from '../auth/user.type';

export const PasswordLinkPurpose = Object.fromEntries(PASSWORD_LINK_PURPOSES.map((name) => [name, name])) as {
  [P in PasswordLinkPurposeName]: P;
};
registerEnumType(PasswordLinkPurpose, {
  name: 'PasswordLinkPurpose',
  description: 'INVITATION: a new user chooses their first password. RESET: an admin reset the password.',
});

export const { ConnectionType: UserConnection } = connectionTypes(User, 'User');

@InputType({ description: 'Which users to list; every given condition must hold.' })
export class UserFilter {
  @Field(() => Role, { nullable: true })
  role?: RoleName | null;

  @Field(() => Boolean, { nullable: true, description: 'true: active users only; false: deactivated only.' })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Part of the email or the name, any case.' })
  search?: string | null;
}

@InputType()
export class InviteUserInput {
  @Field()
  email!: string;

  @Field({ description: 'The name colleagues see.' })
  name!: string;

  @Field(() => [Role])
  roles!: RoleName[];
}

@InputType()
export class CreateUserInput extends InviteUserInput {
  @Field({ description: 'The initial password: at least 12 characters, not a common one.' })
  password!: string;
}

@ObjectType({
  description:
    'A one-time link for a user to set their password. The token is shown only here, once: the link is `/set-password#<token>` on the admin.',
})
export class PasswordLink {
  @Field(() => User)
  user!: User;

  @Field(() => PasswordLinkPurpose)
  purpose!: PasswordLinkPurposeName;

  @Field()
  token!: string;

  @Field()
  expiresAt!: Date;
}

@ObjectType({ description: 'Whom a password link is for, shown on its page before the password is chosen.' })
export class PasswordLinkPreview {
  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => PasswordLinkPurpose)
  purpose!: PasswordLinkPurposeName;

  @Field()
  expiresAt!: Date;
}

@ObjectType({ description: 'One of the viewer’s own sessions: when and where it was opened.' })
export class SessionInfo {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'When the session was opened (the sign-in).' })
  createdAt!: Date;

  @Field()
  expiresAt!: Date;

  @Field({ description: 'The address it was opened from.' })
  client!: string;

  @Field({ description: 'The browser or program that opened it (its User-Agent).' })
  userAgent!: string;

  @Field({ description: 'This request’s own session.' })
  current!: boolean;
}

import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../common/node';
import { connectionTypes } from '../../common/pagination';
import {
  DELIVERY_CHANNELS,
  type DeliveryChannelName,
  DIRECTORY_PERMISSIONS,
  type DirectoryPermissionName,
  FOLLOW_EVENT_KINDS,
  FOLLOW_METHODS,
  FOLLOW_STATUSES,
  type FollowEventKindName,
  type FollowMethodName,
  type FollowStatusName,
} from '../../db/schema';
import { User } from '../auth/user.type';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const FollowStatus = enumOf(FOLLOW_STATUSES);
registerEnumType(FollowStatus, {
  name: 'FollowStatus',
  description:
    'UNVERIFIED: followed in WeChat, not matched to a member (sees only the enterprise assistant). AWAITING_CODE: a code was sent to the registered mobile or email. AWAITING_APPROVAL: verified, waiting for an administrator (two-step verification). FOLLOWED: verified (and approved): sees the apps of its departments.',
});
export const FollowMethod = enumOf(FOLLOW_METHODS);
registerEnumType(FollowMethod, {
  name: 'FollowMethod',
  description: 'How the follower was matched to a member: its WeChat id, the mobile bound to it, or a code.',
});
export const DeliveryChannel = enumOf(DELIVERY_CHANNELS);
registerEnumType(DeliveryChannel, { name: 'DeliveryChannel' });
export const DirectoryPermission = enumOf(DIRECTORY_PERMISSIONS);
registerEnumType(DirectoryPermission, {
  name: 'DirectoryPermission',
  description: 'VIEW: sees the members and departments in scope. MANAGE: also adds, edits and removes them there.',
});
export const FollowEventKind = enumOf(FOLLOW_EVENT_KINDS);
registerEnumType(FollowEventKind, { name: 'FollowEventKind', description: 'An entry of the verification log.' });

@ObjectType({
  implements: Node,
  description: 'A department of an enterprise account’s address book (a tree, at most 15 levels).',
})
export class Department extends Node {
  @Field()
  name!: string;

  @Field(() => Department, {
    nullable: true,
    description: 'Null for a top department, or when it is outside your scope.',
  })
  parent!: Department | null;

  @Field(() => [Department], { description: 'Its sub-departments you may see, in order.' })
  children!: Department[];

  @Field(() => Int, {
    description: 'Members directly in this department (at most the rule enterprise.members.perDepartmentMax).',
  })
  directMemberCount!: number;

  @Field(() => Int, { description: '1 for a top department.' })
  depth!: number;

  @Field(() => Int, { description: 'Order among its siblings.' })
  position!: number;
}

@ObjectType({ implements: Node, description: 'A person in an enterprise account’s address book.' })
export class Member extends Node {
  @Field({ description: 'The enterprise’s own id for the person: 1–64 of [0-9A-Za-z_-@.], unique ignoring case.' })
  memberId!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  mobile!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  wechatId!: string | null;

  @Field(() => String, { nullable: true })
  position!: string | null;

  @Field(() => [Department], { description: 'Its departments (one or more) that you may see.' })
  departments!: Department[];

  @Field(() => Follow, { nullable: true, description: 'Its follow of the account, if it followed.' })
  follow!: Follow | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType({
  implements: Node,
  description: 'An application of an enterprise account, visible to the followed members of its departments.',
})
export class EnterpriseApp extends Node {
  @Field()
  name!: string;

  @Field(() => [Department], { description: 'The departments (with their sub-departments) it is visible to.' })
  departments!: Department[];
}

@ObjectType({
  implements: Node,
  description: 'A WeChat user’s follow of an enterprise account and its verification (seed 003).',
})
export class Follow extends Node {
  @Field(() => FollowStatus)
  status!: FollowStatusName;

  @Field(() => Member, { nullable: true, description: 'The member it was matched to (null while unverified).' })
  member!: Member | null;

  @Field()
  wechatId!: string;

  @Field(() => FollowMethod, { nullable: true })
  method!: FollowMethodName | null;

  @Field(() => Int, { description: 'Wrong codes it may still enter today (China time).' })
  attemptsLeftToday!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The administrator’s failure message, when verification has failed.',
  })
  failureMessage!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the code was sent (masked).' })
  codeSentTo!: string | null;

  @Field(() => Date, { nullable: true })
  codeExpiresAt!: Date | null;

  @Field()
  followedAt!: Date;

  @Field(() => Date, { nullable: true })
  verifiedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  approvedAt!: Date | null;

  @Field(() => User, { nullable: true })
  approvedBy!: User | null;

  @Field(() => [String], {
    description:
      'What the follower sees in WeChat: the enterprise assistant, and once followed the apps of its departments.',
  })
  visibleApps!: string[];

  @Field(() => [FollowEvent], { description: 'Its verification log, oldest first.' })
  events!: FollowEvent[];
}

@ObjectType({ implements: Node, description: 'An entry of an enterprise account’s verification log.' })
export class FollowEvent extends Node {
  @Field(() => FollowEventKind)
  kind!: FollowEventKindName;

  @Field(() => String, { nullable: true })
  detail!: string | null;

  @Field()
  at!: Date;

  @Field(() => Follow, { nullable: true })
  follow!: Follow | null;
}

@ObjectType({
  implements: Node,
  description: 'A message of the built-in delivery provider’s outbox (what would be sent by SMS or email).',
})
export class Delivery extends Node {
  @Field(() => DeliveryChannel)
  channel!: DeliveryChannelName;

  @Field()
  to!: string;

  @Field()
  body!: string;

  @Field()
  sentAt!: Date;
}

@ObjectType({ description: 'An enterprise account’s administrator settings.' })
export class EnterpriseSettings {
  @Field({ description: 'Verified followers wait for an administrator’s approval.' })
  twoStepVerification!: boolean;

  @Field(() => String, { nullable: true, description: 'What a follower is told when verification fails.' })
  failureMessage!: string | null;

  @Field(() => Int, {
    description: 'Members the account may have now (the rule before certification, then the certified scale).',
  })
  memberCap!: number;

  @Field(() => Int)
  memberCount!: number;
}

@ObjectType({
  description: 'A hierarchical administrator’s directory scope: departments (with subtrees) and a permission.',
})
export class DirectoryScopeGrant {
  @Field(() => User, { nullable: true })
  user!: User | null;

  @Field(() => DirectoryPermission)
  permission!: DirectoryPermissionName;

  @Field(() => [Department])
  departments!: Department[];

  @Field()
  grantedAt!: Date;

  @Field(() => User, { nullable: true })
  grantedBy!: User | null;
}

@ObjectType({ description: 'A refused row of a member import.' })
export class MemberImportRefusal {
  @Field(() => Int, { description: 'The CSV line (1 is the header).' })
  line!: number;

  @Field(() => String, { nullable: true })
  memberId!: string | null;

  @Field(() => String, { description: 'The column concerned.' })
  field!: string;

  @Field({ description: 'The refusal’s code (BAD_USER_INPUT, QUOTA_EXCEEDED…).' })
  code!: string;

  @Field({ description: 'The refusal’s reason word.' })
  reason!: string;

  @Field()
  message!: string;
}

@ObjectType({
  description: 'What a member import did: the accepted rows were written, each refused row wrote nothing.',
})
export class MemberImportReport {
  @Field(() => Int)
  rows!: number;

  @Field(() => Int)
  added!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => [MemberImportRefusal])
  refused!: MemberImportRefusal[];
}

@InputType()
export class MemberFilter {
  @Field(() => ID, { nullable: true, description: 'Members of this department and its sub-departments.' })
  departmentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the department’s direct members.' })
  directOnly?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, member id, mobile or email.' })
  search?: string | null;
}

@InputType()
export class CreateDepartmentInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => ID, { nullable: true, description: 'Null for a top department.' })
  parentId?: string | null;

  @Field()
  name!: string;
}

@InputType()
export class UpdateDepartmentInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'Move under this department.' })
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Move to the top.' })
  toTop?: boolean | null;
}

@InputType()
export class AddMemberInput {
  @Field(() => ID)
  accountId!: string;

  @Field()
  memberId!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  mobile?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  wechatId?: string | null;

  @Field(() => String, { nullable: true })
  position?: string | null;

  @Field(() => [ID])
  departmentIds!: string[];
}

@InputType({ description: 'Only the fields given change; an empty string clears an optional one.' })
export class UpdateMemberInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  mobile?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  wechatId?: string | null;

  @Field(() => String, { nullable: true })
  position?: string | null;

  @Field(() => [ID], { nullable: true })
  departmentIds?: string[] | null;
}

@InputType()
export class EnterpriseSettingsInput {
  @Field(() => Boolean, { nullable: true })
  twoStepVerification?: boolean | null;

  @Field(() => String, { nullable: true, description: 'An empty string clears it.' })
  failureMessage?: string | null;
}

@InputType()
export class GrantDirectoryScopeInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => ID, { nullable: true, description: 'The user; or give `email`.' })
  userId?: string | null;

  @Field(() => String, { nullable: true, description: 'The user’s email, instead of `userId` (an active publisher).' })
  email?: string | null;

  @Field(() => [ID])
  departmentIds!: string[];

  @Field(() => DirectoryPermission)
  permission!: DirectoryPermissionName;
}

@InputType({ description: 'The follow event WeChat sends when a user follows the account.' })
export class FollowInput {
  @Field(() => ID)
  accountId!: string;

  @Field()
  wechatId!: string;

  @Field(() => String, { nullable: true, description: 'The mobile bound to the WeChat id.' })
  boundMobile?: string | null;
}

@InputType()
export class CreateEnterpriseAppInput {
  @Field(() => ID)
  accountId!: string;

  @Field()
  name!: string;

  @Field(() => [ID])
  departmentIds!: string[];
}

export const { ConnectionType: MemberConnection } = connectionTypes(Member, 'Member');
export const { ConnectionType: FollowConnection } = connectionTypes(Follow, 'Follow');
export const { ConnectionType: FollowEventConnection } = connectionTypes(FollowEvent, 'FollowEvent');
export const { ConnectionType: DeliveryConnection } = connectionTypes(Delivery, 'Delivery');

import { ROLES, type Role, USER_STATUSES, type UserStatus } from '@jamsos/schema';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../common/connection';
import { Node, toGlobalId } from '../common/node';
import type { Viewer, ViewerUser } from '../common/viewer';
import { OrganizationType } from '../organization/organization.type';
import type { IUser } from './user.entity';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [K in Role]: K };
registerEnumType(RoleEnum, { name: 'Role' });
export const UserStatusEnum = Object.fromEntries(USER_STATUSES.map((status) => [status, status])) as {
  [K in UserStatus]: K;
};
registerEnumType(UserStatusEnum, { name: 'UserStatus' });

@ObjectType('User', { implements: Node })
export class UserType implements Node {
  static readonly typename = 'User';

  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => UserStatusEnum)
  status!: UserStatus;

  @Field(() => OrganizationType)
  organization!: OrganizationType;

  /** The user must come with its organisation loaded (an entity, or the caller as read by its session). */
  static from(entity: IUser | ViewerUser): UserType {
    return Object.assign(new UserType(), {
      id: toGlobalId(UserType.typename, entity.id),
      email: entity.email,
      displayName: entity.displayName,
      role: entity.role,
      status: entity.status,
      organization: OrganizationType.from(entity.organization),
    });
  }
}

@ObjectType('Viewer', { description: 'The logged-in user and the organisation they act in.' })
export class ViewerType {
  @Field(() => UserType)
  user!: UserType;

  @Field(() => OrganizationType)
  organization!: OrganizationType;

  static from(viewer: Pick<Viewer, 'user' | 'organization'>): ViewerType {
    return Object.assign(new ViewerType(), {
      user: UserType.from(viewer.user),
      organization: OrganizationType.from(viewer.organization),
    });
  }
}

@InputType('LoginInput')
export class LoginInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;
}

@ObjectType('LoginPayload')
export class LoginPayload {
  @Field(() => ViewerType)
  viewer!: ViewerType;
}

export const UserConnection = connectionType('User', UserType);

@InputType('InviteUserInput')
export class InviteUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;
}

@ObjectType('InviteUserPayload')
export class InviteUserPayload {
  @Field(() => UserType)
  user!: UserType;

  @Field(() => String, { description: 'The one-time link that lets the invited user set a password. Shown once.' })
  invitationUrl!: string;
}

@InputType('AcceptInvitationInput')
export class AcceptInvitationInput {
  @Field(() => String)
  token!: string;

  @Field(() => String)
  password!: string;
}

@InputType('UserIdInput')
export class UserIdInput {
  @Field(() => ID)
  userId!: string;
}

/** The user, and the role they are to have. */
@InputType('ChangeUserRoleInput')
export class ChangeUserRoleInput extends UserIdInput {
  @Field(() => RoleEnum)
  role!: Role;
}

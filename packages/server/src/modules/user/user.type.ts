import { ROLES, type Role } from '@jamsos/schema';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import type { Viewer } from '../../context';
import { Node, toGlobalId } from '../common/node';
import { OrganizationType } from '../organization/organization.type';
import type { IUser } from './user.entity';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [K in Role]: K };
registerEnumType(RoleEnum, { name: 'Role' });

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

  @Field(() => OrganizationType)
  organization!: OrganizationType;

  /** The user must come with its organisation loaded. */
  static from(entity: IUser): UserType {
    return Object.assign(new UserType(), {
      id: toGlobalId(UserType.typename, entity.id),
      email: entity.email,
      displayName: entity.displayName,
      role: entity.role,
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

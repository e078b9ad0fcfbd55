import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Agreement } from '../agreement/agreement.entity';
import { AgreementType } from '../agreement/agreement.type';
import { AuditEntry } from '../audit/audit.entity';
import { AuditEntryType } from '../audit/audit.type';
import { Business } from '../business/business.entity';
import { BusinessType } from '../business/business.type';
import { Organization } from '../organization/organization.entity';
import { OrganizationType } from '../organization/organization.type';
import { OutreachTask } from '../outreach/outreach.entity';
import { OutreachTaskType } from '../outreach/outreach.type';
import { User } from '../user/user.entity';
import { UserType } from '../user/user.type';
import { Worker } from '../worker/worker.entity';
import { WorkerType } from '../worker/worker.type';
import { fromGlobalId, Node, uuidFromGlobalId } from './node';
import { isAuthenticated, type RuleMap } from './rules';
import { viewerOf } from './scope';

type Loader = (ctx: Context, id: string) => Promise<Node | null>;

/**
 * How `node(id:)` loads each type. A loader applies the same visibility as the type's own
 * queries: what a caller may not see answers null, exactly like an id that does not exist.
 */
const loaders: Readonly<Record<string, Loader>> = {
  [OrganizationType.typename]: async (ctx, id) => {
    const entity = await ctx.em.findOne(Organization, { id });
    // The platform's own organisation is nobody's partner (lists never show it): only its own
    // people read it.
    if (!entity || (entity.kind === 'PLATFORM' && viewerOf(ctx).organization.id !== entity.id)) return null;
    return OrganizationType.from(entity);
  },
  // Tenant-owned types need no tenant condition here: the data layer and RLS add it.
  [UserType.typename]: async (ctx, id) => {
    const entity = await ctx.em.findOne(User, { id }, { populate: ['organization'] });
    return entity ? UserType.from(entity) : null;
  },
  // Archived records stay reachable by id (to be restored), as in the lists' `archived` filter.
  [BusinessType.typename]: async (ctx, id) => {
    const entity = await ctx.em.findOne(Business, { id });
    return entity ? BusinessType.from(entity) : null;
  },
  [WorkerType.typename]: async (ctx, id) => {
    const entity = await ctx.em.findOne(Worker, { id });
    return entity ? WorkerType.from(entity) : null;
  },
  // Both parties see an agreement; its filter and policies say so.
  [AgreementType.typename]: async (ctx, id) => {
    const entity = await ctx.em.findOne(Agreement, { id }, { populate: ['organization', 'grantee'] });
    return entity ? AgreementType.from(entity) : null;
  },
  // Exactly the two parties see a task.
  [OutreachTaskType.typename]: async (ctx, id) => {
    const entity = await ctx.em.findOne(
      OutreachTask,
      { id },
      { populate: ['organization', 'assigneeOrg', 'assigneeUser'] },
    );
    return entity ? OutreachTaskType.from(entity, viewerOf(ctx).today) : null;
  },
  [AuditEntryType.typename]: async (ctx, id) => {
    // Only admins read the audit log, by id as by list.
    if (ctx.viewer?.user.role !== 'ADMIN') return null;
    const entity = await ctx.em.findOne(AuditEntry, { id });
    return entity ? AuditEntryType.from(entity) : null;
  },
};

export const nodeRules: RuleMap = { Query: { node: isAuthenticated } };

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Fetches any object by its global id.' })
  async node(@Arg('id', () => ID) globalId: string, @Ctx() ctx: Context): Promise<Node | null> {
    const type = fromGlobalId(globalId)?.type;
    // Only the table's own keys: a type part such as `constructor` or `__proto__` names something
    // every object has, which is no loader (issue 15: such ids answered INTERNAL_SERVER_ERROR).
    const loader = type && Object.hasOwn(loaders, type) ? loaders[type] : undefined;
    const id = type ? uuidFromGlobalId(globalId, type) : null;
    if (!loader || !id) return null;
    return loader(ctx, id);
  }
}

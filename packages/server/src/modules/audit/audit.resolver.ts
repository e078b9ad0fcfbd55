import type { FilterQuery } from '@mikro-orm/core';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { type ConnectionShape, pageOf } from '../common/connection';
import { AuditEntry, type IAuditEntry } from './audit.entity';
import { AuditEntryConnection, AuditEntryType, AuditLogArgs } from './audit.type';

@Resolver()
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: "The caller's organisation's audit log, newest first (admins)." })
  async auditLog(
    @Args(() => AuditLogArgs) args: AuditLogArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<AuditEntryType>> {
    const createdAt = {
      ...(args.since ? { $gte: args.since } : {}),
      ...(args.until ? { $lt: args.until } : {}),
    };
    const where: FilterQuery<IAuditEntry> = {
      ...(args.action ? { action: args.action } : {}),
      ...(args.actorEmail ? { actorEmail: args.actorEmail.trim().toLowerCase() } : {}),
      ...(Object.keys(createdAt).length ? { createdAt } : {}),
    };
    // No request scope here, on purpose: the tenant filter and row-level security alone decide
    // whose entries these are, so the isolation tests can show an anonymous caller (with the rules
    // switched off) gets none (test/isolation/layer3-alone.test.ts).
    return pageOf(args, async (window) => {
      const [rows, total] = await ctx.em.findAndCount(AuditEntry, where, {
        orderBy: { createdAt: 'desc', id: 'desc' },
        ...window,
      });
      return [rows.map(AuditEntryType.from), total];
    });
  }
}

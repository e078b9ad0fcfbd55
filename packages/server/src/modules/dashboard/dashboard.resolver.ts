import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { toGlobalId } from '../common/node';
import { scopeOf } from '../common/scope';
import { OrganizationType, organizationUuidFrom } from '../organization/organization.type';
import { dashboard } from './dashboard.service';
import { CoverageFigureType, DashboardFilterInput, DashboardType } from './dashboard.type';
import { villageFigures } from './dashboard.villages';

@Resolver()
export class DashboardResolver {
  @Query(() => DashboardType, {
    description: 'Coverage and outreach figures over the caller’s own data and what agreements grant it as aggregates.',
  })
  async dashboard(
    @Arg('filter', () => DashboardFilterInput, { nullable: true }) filter: DashboardFilterInput | null,
    @Ctx() ctx: Context,
  ): Promise<DashboardType> {
    const shared = filter ?? {};
    const sourceId = shared.sourceId ? organizationUuidFrom(shared.sourceId) : null;
    const result = await dashboard(scopeOf(ctx), shared, sourceId);
    // Organisations are known to clients by their global ids.
    const globalId = (id: string) => toGlobalId(OrganizationType.typename, id);
    return {
      ...result,
      sources: result.sources.map((s) => ({ ...s, id: globalId(s.id) })),
      bySource: result.bySource.map((f) => ({ ...f, key: globalId(f.key) })),
    };
  }

  @Query(() => [CoverageFigureType], {
    description:
      'One district of the caller’s own registry by kalurahan/kelurahan (key: village code; "" for businesses without one). Never a grantor’s data: empty when sourceId names another tenant.',
  })
  async dashboardVillages(
    @Arg('districtCode', () => String) districtCode: string,
    @Arg('filter', () => DashboardFilterInput, { nullable: true }) filter: DashboardFilterInput | null,
    @Ctx() ctx: Context,
  ): Promise<CoverageFigureType[]> {
    const scope = scopeOf(ctx);
    const shared = filter ?? {};
    const sourceId = shared.sourceId ? organizationUuidFrom(shared.sourceId) : null;
    return villageFigures(scope, districtCode, shared, sourceId === null || sourceId === scope.tenantId);
  }
}

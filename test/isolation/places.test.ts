import { Organization } from '@jamsos/server/modules/organization/organization.entity';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/**
 * A district by village (dashboardVillages): the caller's own businesses only, counted as the rows
 * say; another tenant's villages are never counted, not through an agreement either, and a
 * visitor without a session is refused.
 */
let server: TestServer;
let orgs: Record<string, { id: string; globalId: string }>;
let owner: pg.Client;

const VILLAGES = `query($district: String!, $filter: DashboardFilter) {
  dashboardVillages(districtCode: $district, filter: $filter) { key label businesses workers enrolled } }`;

interface Figure {
  key: string;
  label: string;
  businesses: number;
  workers: number;
  enrolled: number;
}

beforeAll(async () => {
  server = await startServer({ DEMO_REGISTRY_SCALE: '0.05' });
  const all = await server.portal.database.ownerOrm.em.fork().find(Organization, {});
  orgs = Object.fromEntries(
    all.map((o) => [o.code, { id: o.id, globalId: Buffer.from(`Organization:${o.id}`).toString('base64url') }]),
  );
  owner = new pg.Client({ connectionString: server.database.url });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  await server?.stop();
});

async function villagesOf(client: GraphQLClient, district: string, filter: Record<string, unknown> = {}) {
  const result = await client.request<{ dashboardVillages: Figure[] }>(VILLAGES, { district, filter });
  expect(result.errors).toBeUndefined();
  return result.data?.dashboardVillages ?? [];
}

/** The busiest district of a tenant's registry and its businesses per village, as the owner counts them. */
async function busiestDistrict(code: string) {
  const { rows } = await owner.query<{ district: string }>(
    `select district_code as district from business where organization_id = $1 and archived_at is null
      group by 1 order by count(*) desc, 1 limit 1`,
    [orgs[code]?.id],
  );
  const district = rows[0]?.district ?? '';
  const { rows: villages } = await owner.query<{ key: string; businesses: number }>(
    `select coalesce(village_code, '') as key, count(*)::int as businesses from business
      where organization_id = $1 and archived_at is null and district_code = $2 group by 1 order by 1`,
    [orgs[code]?.id, district],
  );
  return { district, villages };
}

describe('a district by village', () => {
  it('counts the caller’s own businesses per village, named, as the rows say', async () => {
    const sleman = await new GraphQLClient(server.url).loginAs('VIEWER', 'sleman');
    const { district, villages } = await busiestDistrict('sleman');
    expect(villages.length).toBeGreaterThan(0);
    const figures = await villagesOf(sleman, district);
    expect(figures.map((f) => ({ key: f.key, businesses: f.businesses }))).toEqual(villages);
    for (const f of figures) {
      expect(f.key.startsWith(`${district}.`)).toBe(true);
      expect(f.label).not.toMatch(/^\d/);
    }
  });

  it('shows another tenant nothing of it, not through an agreement nor by naming the source', async () => {
    const { district } = await busiestDistrict('sleman');
    const bantul = await new GraphQLClient(server.url).loginAs('ADMIN', 'bantul');
    expect(await villagesOf(bantul, district)).toEqual([]);
    // The BPJS office holds Sleman's aggregates agreement: district cells yes, villages no.
    const bpjs = await new GraphQLClient(server.url).loginAs('VIEWER', 'bpjs-yogyakarta');
    expect(await villagesOf(bpjs, district)).toEqual([]);
    expect(await villagesOf(bpjs, district, { sourceId: orgs.sleman?.globalId })).toEqual([]);
  });

  it('is refused without a session', async () => {
    const visitor = new GraphQLClient(server.url);
    const result = await visitor.request(VILLAGES, { district: '34.04.01' });
    expect(result.data?.dashboardVillages ?? null).toBeNull();
    expect(errorCodes(result).length).toBeGreaterThan(0);
  });
});

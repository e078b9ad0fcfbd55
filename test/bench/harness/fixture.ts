import pg from 'pg';
import type { Fixture } from './operations';

/** What the benchmarks ask for, chosen from the province data set itself. */
export async function fixtureOf(url: string): Promise<Fixture> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => {
      const { rows } = await client.query(sql, params);
      if (!rows[0]) throw new Error(`The province data set lacks what the benchmark needs: ${sql}`);
      return rows[0] as T;
    };
    const sleman = await one<{ id: string }>(`select id from organization where code = 'sleman'`);
    const bpjs = await one<{ id: string }>(`select id from organization where code = 'bpjs-yogyakarta'`);
    // The busiest district × sector of the regency: the filtered list's worst first page.
    const cell = await one<{ district_code: string; kbli_section: string }>(
      `select district_code, kbli_section from business where organization_id = $1 and archived_at is null
        group by 1, 2 order by count(*) desc, 1, 2 limit 1`,
      [sleman.id],
    );
    // A business with many workers, so the record's counts are not trivially zero.
    const business = await one<{ business_id: string }>(
      `select business_id from business_counts where organization_id = $1 order by worker_count desc limit 1`,
      [sleman.id],
    );
    return {
      regencyOrgId: sleman.id,
      districtCode: cell.district_code,
      kbliSection: cell.kbli_section,
      search: 'budi',
      businessId: business.business_id,
      bpjsOrgId: bpjs.id,
    };
  } finally {
    await client.end();
  }
}

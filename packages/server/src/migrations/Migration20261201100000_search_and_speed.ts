import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for the province-scale benchmark (docs/benchmarks.md).
 *
 * Worker name search. `full_name ilike '%budi%'` cannot use an ordinary index, and under
 * row-level security not even a trigram one: ILIKE is not LEAKPROOF, so PostgreSQL evaluates it
 * only after the policies, row by row (45 ms over Sleman's 110,000 workers). The search therefore
 * runs in a SECURITY DEFINER function owned by the (superuser) migration owner, which reads the
 * index directly and writes the tenant condition in itself — the caller's tenant, from the same
 * setting the policies use (workers are never shared as rows, so that is all it may see); the
 * list query then takes those ids through RLS as usual. Businesses (at most 11,000 a tenant, and
 * visible across tenants under directory agreements) keep the plain ILIKE, which no index serves
 * under RLS, so they get none.
 *
 * Sorting by name: lists order by `name` / `full_name`, which the old `lower(…)` indexes could
 * not serve; tenant-first indexes on the plain columns can.
 */
export class Migration20261201100000_search_and_speed extends Migration {
  override up(): void {
    this.addSql('create extension if not exists pg_trgm;');
    this.addSql('create extension if not exists btree_gin;');
    this.addSql(`create index "worker_tenant_full_name_trgm_index" on "worker"
      using gin ("organization_id", "full_name" gin_trgm_ops);`);
    for (const [table, column] of [
      ['worker', 'full_name'],
      ['business', 'name'],
    ] as const) {
      this.addSql(`drop index "${table}_tenant_name_index";`);
      this.addSql(`create index "${table}_tenant_name_index" on "${table}" ("organization_id", "${column}", "id");`);
    }
    this.addSql(`create function app_worker_name_matches(p_pattern text) returns setof uuid
      language sql stable security definer set search_path = public
      as $$ select id from worker where organization_id = app_current_tenant() and full_name ilike p_pattern $$;`);
    this.addSql('revoke all on function app_worker_name_matches(text) from public;');
    this.addSql('grant execute on function app_worker_name_matches(text) to jamsos_app;');
    // The dashboard's enrolment trend reads only its window of months.
    this.addSql(`create index "enrolment_cell_month_index" on "enrolment_cell" ("month");`);
  }
}

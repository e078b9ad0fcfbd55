import { Migration } from '@mikro-orm/migrations';

const COUNTED = [
  { table: 'worker', live: 'workers', archived: 'archived_workers' },
  { table: 'business', live: 'businesses', archived: 'archived_businesses' },
] as const;

/**
 * A tenant's registry totals, kept in the same transaction as every change (issue 19): the live
 * and archived workers and businesses. An unfiltered list's total is then one row read instead
 * of a count — Bantul's workers list counted 82,000 rows on every page (20–25 ms of PostgreSQL
 * CPU, most of the page's cost); the totals are exact, so the list says what the rows say.
 *
 * - Statement-level triggers add what a statement changed (inserted, deleted, or archived and
 *   restored), per tenant. They take the tenant's recount lock first (the advisory lock the
 *   dashboard cells take, see coverage_summary), so the counter row is always locked after it and
 *   two writers of one tenant cannot deadlock on the pair.
 * - Row-level security as for the dashboard cells: the tenant reads its own; a grantee of a live
 *   BUSINESS_DIRECTORY agreement reads the grantor's (the partner directory's total).
 * - `refresh_registry_counts` recounts from the rows, for bulk loads that run with triggers off.
 */
export class Migration20261203100000_registry_counts extends Migration {
  override up(): void {
    this.addSql(`create table "registry_count" (
      "organization_id" uuid primary key references "organization" ("id"),
      "workers" int not null default 0, "archived_workers" int not null default 0,
      "businesses" int not null default 0, "archived_businesses" int not null default 0);`);
    this.addSql('alter table "registry_count" enable row level security;');
    this.addSql('alter table "registry_count" force row level security;');
    this.addSql(`create policy tenant_isolation on "registry_count"
      using ("organization_id" = (select app_current_tenant()))
      with check ("organization_id" = (select app_current_tenant()));`);
    this.addSql(`create policy directory_grant on "registry_count" for select
      using ("organization_id" in (select app_granted_tenants('BUSINESS_DIRECTORY')));`);
    this.addSql('grant select, insert, update on "registry_count" to jamsos_app;');

    for (const { table, live, archived } of COUNTED) {
      const signed = (rows: string, sign: string) =>
        `select organization_id, ${sign}(archived_at is null)::int as live, ${sign}(archived_at is not null)::int as archived from ${rows}`;
      const apply = (source: string) => `
        for r in select organization_id, sum(live)::int as live, sum(archived)::int as archived
                   from (${source}) d group by organization_id
                 having sum(live) <> 0 or sum(archived) <> 0 order by organization_id loop
          perform pg_advisory_xact_lock(hashtext('coverage:' || r.organization_id::text));
          insert into registry_count as c (organization_id, ${live}, ${archived})
          values (r.organization_id, r.live, r.archived)
          on conflict (organization_id) do update
            set ${live} = c.${live} + excluded.${live}, ${archived} = c.${archived} + excluded.${archived};
        end loop;`;
      this.addSql(`create function registry_count_from_${table}() returns trigger language plpgsql as $$
        declare r record;
        begin
          if tg_op = 'INSERT' then ${apply(signed('new_rows', '+'))}
          elsif tg_op = 'DELETE' then ${apply(signed('old_rows', '-'))}
          else ${apply(`${signed('new_rows', '+')} union all ${signed('old_rows', '-')}`)}
          end if;
          return null;
        end $$;`);
      this.addSql(`create trigger registry_count_on_${table}_insert after insert on "${table}"
        referencing new table as new_rows for each statement execute function registry_count_from_${table}();`);
      this.addSql(`create trigger registry_count_on_${table}_update after update on "${table}"
        referencing old table as old_rows new table as new_rows for each statement execute function registry_count_from_${table}();`);
      this.addSql(`create trigger registry_count_on_${table}_delete after delete on "${table}"
        referencing old table as old_rows for each statement execute function registry_count_from_${table}();`);
    }

    this.addSql(`create function refresh_registry_counts(p_organizations uuid[]) returns void language sql as $$
      insert into registry_count as c (organization_id, workers, archived_workers, businesses, archived_businesses)
      select o.id,
             (select count(*) from worker w where w.organization_id = o.id and w.archived_at is null),
             (select count(*) from worker w where w.organization_id = o.id and w.archived_at is not null),
             (select count(*) from business b where b.organization_id = o.id and b.archived_at is null),
             (select count(*) from business b where b.organization_id = o.id and b.archived_at is not null)
        from organization o where o.id = any(p_organizations)
      on conflict (organization_id) do update
        set workers = excluded.workers, archived_workers = excluded.archived_workers,
            businesses = excluded.businesses, archived_businesses = excluded.archived_businesses;
    $$;`);
    this.addSql('select refresh_registry_counts(array(select id from organization));');
  }
}

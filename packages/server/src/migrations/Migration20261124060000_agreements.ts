import { Migration } from '@mikro-orm/migrations';

/**
 * Data-sharing agreements (the MoUs) and what they open.
 *
 * - `agreement` belongs to its grantor (organization_id): the grantor's tenant manages it under
 *   the usual policy; the grantee may only read the agreements made to it.
 * - A live BUSINESS_DIRECTORY agreement lets the grantee *read* the grantor's businesses and
 *   their worker counts: an extra permissive SELECT policy on `business` and `business_counts`.
 *   Writes stay under `tenant_isolation` alone, and `worker`/`employment` get no such policy, so
 *   no worker row ever crosses. The set of grantors is computed once per query (an InitPlan).
 * - `business_counts` keeps each business's live and enrolled worker counts, refreshed by
 *   statement-level triggers in the same transaction as the change, so a grantee can see counts
 *   without seeing workers (and lists stop counting rows on every read).
 * - AGGREGATES is statistics only: `partner_coverage(grantor)` returns grouped counts after
 *   checking the caller holds a live agreement; it runs as its owner to read past RLS, and
 *   returns nothing row-shaped.
 */
export class Migration20261124060000_agreements extends Migration {
  override up(): void {
    this.addSql(`create table "agreement" (
      "id" uuid not null primary key,
      "organization_id" uuid not null references "organization" ("id"),
      "grantee_id" uuid not null references "organization" ("id"),
      "scope" varchar(32) not null check ("scope" in ('BUSINESS_DIRECTORY', 'AGGREGATES')),
      "title" varchar(300) not null,
      "number" varchar(100) not null,
      "signed_on" date not null,
      "valid_from" date not null,
      "valid_until" date not null,
      "revoked_at" timestamptz null,
      "revoked_by" varchar(254) null,
      "version" int not null default 1,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      check ("grantee_id" <> "organization_id"),
      check ("valid_until" >= "valid_from"));`);
    this.addSql(`create index "agreement_grantor_index" on "agreement" ("organization_id", "grantee_id");`);
    this.addSql(`create index "agreement_grantee_index" on "agreement" ("grantee_id", "scope", "organization_id");`);
    this.addSql(`alter table "agreement" enable row level security;`);
    this.addSql(`alter table "agreement" force row level security;`);
    this.addSql(`create policy tenant_isolation on "agreement"
      using ("organization_id" = (select app_current_tenant()))
      with check ("organization_id" = (select app_current_tenant()));`);
    this.addSql(`create policy grantee_reads on "agreement" for select
      using ("grantee_id" = (select app_current_tenant()));`);

    // The grantors whose scope the current tenant holds today; read under agreement's own RLS.
    this.addSql(`create function app_granted_tenants(p_scope text) returns setof uuid
      language sql stable as $$
        select a.organization_id from agreement a
         where a.grantee_id = app_current_tenant() and a.scope = p_scope and a.revoked_at is null
           and current_date between a.valid_from and a.valid_until $$;`);

    this.addSql(`create policy directory_grant on "business" for select
      using ("organization_id" in (select app_granted_tenants('BUSINESS_DIRECTORY')));`);

    this.addSql(`create table "business_counts" (
      "business_id" uuid not null primary key references "business" ("id") on delete cascade,
      "organization_id" uuid not null references "organization" ("id"),
      "worker_count" int not null default 0,
      "enrolled_count" int not null default 0);`);
    this.addSql(`create index "business_counts_tenant_index" on "business_counts" ("organization_id", "business_id");`);
    this.addSql(`alter table "business_counts" enable row level security;`);
    this.addSql(`alter table "business_counts" force row level security;`);
    this.addSql(`create policy tenant_isolation on "business_counts"
      using ("organization_id" = (select app_current_tenant()))
      with check ("organization_id" = (select app_current_tenant()));`);
    this.addSql(`create policy directory_grant on "business_counts" for select
      using ("organization_id" in (select app_granted_tenants('BUSINESS_DIRECTORY')));`);

    // Recounts the given businesses from their live workers. Runs as the invoker: inside a
    // request that is the tenant's own rows, under RLS like everything else.
    this.addSql(`create function refresh_business_counts(p_ids uuid[]) returns void language sql as $$
      insert into business_counts (business_id, organization_id, worker_count, enrolled_count)
      select b.id, b.organization_id,
             count(w.id) filter (where w.archived_at is null),
             count(w.id) filter (where w.archived_at is null and w.coverage_status = 'ENROLLED')
        from business b
        left join employment e on e.business_id = b.id and e.organization_id = b.organization_id
        left join worker w on w.id = e.worker_id and w.organization_id = e.organization_id
       where b.id = any(p_ids)
       group by b.id, b.organization_id
      on conflict (business_id) do update
        set worker_count = excluded.worker_count, enrolled_count = excluded.enrolled_count $$;`);
    this.addSql(`create function business_counts_from_business() returns trigger language plpgsql as $$
      begin perform refresh_business_counts(array(select id from new_rows)); return null; end $$;`);
    this.addSql(`create function business_counts_from_employment() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then perform refresh_business_counts(array(select distinct business_id from old_rows));
        else perform refresh_business_counts(array(select distinct business_id from new_rows)); end if;
        return null;
      end $$;`);
    this.addSql(`create function business_counts_from_worker() returns trigger language plpgsql as $$
      begin
        perform refresh_business_counts(array(
          select distinct e.business_id from employment e join new_rows n on n.id = e.worker_id));
        return null;
      end $$;`);
    this.addSql(`create trigger business_counts_on_business after insert on "business"
      referencing new table as new_rows for each statement execute function business_counts_from_business();`);
    this.addSql(`create trigger business_counts_on_employment_insert after insert on "employment"
      referencing new table as new_rows for each statement execute function business_counts_from_employment();`);
    this.addSql(`create trigger business_counts_on_employment_delete after delete on "employment"
      referencing old table as old_rows for each statement execute function business_counts_from_employment();`);
    this.addSql(`create trigger business_counts_on_worker after update on "worker"
      referencing new table as new_rows for each statement execute function business_counts_from_worker();`);
    this.addSql(`select refresh_business_counts(array(select id from business));`);

    this.addSql(`create function partner_coverage(p_grantor uuid)
      returns table (regency_code text, district_code text, kbli_section text, size_class text, legal_form text,
                     businesses bigint, workers bigint, enrolled bigint)
      language plpgsql stable security definer set search_path = public as $$
      begin
        if not exists (select 1 from agreement a
                        where a.organization_id = p_grantor and a.grantee_id = app_current_tenant()
                          and a.scope in ('AGGREGATES', 'BUSINESS_DIRECTORY') and a.revoked_at is null
                          and current_date between a.valid_from and a.valid_until) then
          return;
        end if;
        return query
          select b.regency_code::text, b.district_code::text, b.kbli_section::text, b.size_class::text,
                 b.legal_form::text, count(*), coalesce(sum(c.worker_count), 0)::bigint,
                 coalesce(sum(c.enrolled_count), 0)::bigint
            from business b left join business_counts c on c.business_id = b.id
           where b.organization_id = p_grantor and b.archived_at is null
           group by 1, 2, 3, 4, 5;
      end $$;`);
    this.addSql('revoke all on function partner_coverage(uuid) from public;');

    this.addSql('grant select, insert, update on "agreement" to jamsos_app;');
    this.addSql('grant select, insert, update, delete on "business_counts" to jamsos_app;');
    this.addSql(`grant execute on function app_granted_tenants(text), refresh_business_counts(uuid[]),
      partner_coverage(uuid) to jamsos_app;`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * app_granted_tenants in PL/pgSQL, for the reason auth_session_viewer moved
 * (Migration20261202090000_session_viewer_plan). The row-level security policies on the cell and
 * directory tables call it in a select list (`organization_id in (select app_granted_tenants(…))`),
 * where a SQL-language function is not inlined and, before PostgreSQL 18, plans its body on every
 * call: a dashboard statement reading three cell tables called it six times, 5 of its 7 ms
 * (pgbench on PostgreSQL 15, a filtered province dashboard as the BPJS office: 7.2 → 2.0 ms).
 * PL/pgSQL plans it once per pooled connection. Same rows, same rule: it runs as the caller, so
 * the agreements' own policies still decide which agreements it sees.
 */
export class Migration20261202091000_granted_tenants_plan extends Migration {
  override up(): void {
    this.addSql(`create or replace function app_granted_tenants(p_scope text) returns setof uuid
      language plpgsql stable
      as $$ begin
        return query
          select a.organization_id from agreement a
           where a.grantee_id = app_current_tenant() and a.scope = p_scope and a.revoked_at is null
             and current_date between a.valid_from and a.valid_until;
      end $$;`);
  }
}

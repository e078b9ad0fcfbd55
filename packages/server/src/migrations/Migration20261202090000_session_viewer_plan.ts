import { Migration } from '@mikro-orm/migrations';

/**
 * auth_session_viewer in PL/pgSQL, so its plan is made once per connection instead of on every
 * request. A SQL-language function with a `set search_path` clause (which every security-definer
 * function here needs) is never inlined, and before PostgreSQL 18 such a function plans its body
 * on every call: the three-table join was planned for every request, 0.57 ms of PostgreSQL's time
 * each (pgbench on PostgreSQL 15: begin, lookup, commit 0.73 ms → 0.16 ms). PL/pgSQL keeps the
 * plan for the life of the pooled connection. Same rows, same rule (see
 * Migration20261201120000_session_viewer); `create or replace` keeps the grants.
 */
export class Migration20261202090000_session_viewer_plan extends Migration {
  override up(): void {
    this.addSql(`create or replace function auth_session_viewer(p_token_hash text)
      returns table (organization_id uuid, user_id uuid, email text, display_name text, role text, status text,
        user_created_at timestamptz, organization_code text, organization_name text, organization_kind text,
        organization_regency_code text, organization_adhoc_queries boolean, organization_created_at timestamptz)
      language plpgsql stable security definer set search_path = public
      as $$ begin
        return query
          select u.organization_id, u.id, u.email::text, u.display_name::text, u.role::text, u.status::text,
                 u.created_at, o.code::text, o.name::text, o.kind::text, o.regency_code::text, o.adhoc_queries,
                 o.created_at
            from session s join app_user u on u.id = s.user_id join organization o on o.id = u.organization_id
           where s.token_hash = p_token_hash and s.expires_at > now() and u.organization_id = s.organization_id;
      end $$;`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * Layer 3 of tenant isolation: row-level security, forced, on every tenant-owned table. The
 * server's requests run as `jamsos_app` (created at start, neither owner nor superuser nor
 * BYPASSRLS), inside a transaction that sets `app.tenant_id` with set_config(…, true).
 * The policies read the setting through a scalar subquery, so PostgreSQL evaluates it once per
 * query (an InitPlan) and can use the tenant index.
 */
export class Migration20261124040000_tenant_isolation extends Migration {
  override up(): void {
    this.addSql(`create or replace function app_current_tenant() returns uuid language sql stable
      as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;`);

    // Sessions carry their tenant, so they can be protected like any tenant-owned row.
    this.addSql(`alter table "session" add column "organization_id" uuid not null references "organization" ("id");`);
    this.addSql(`create index "session_organization_id_index" on "session" ("organization_id");`);

    for (const table of ['app_user', 'session']) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
      this.addSql(`create policy tenant_isolation on "${table}"
        using ("organization_id" = (select app_current_tenant()))
        with check ("organization_id" = (select app_current_tenant()));`);
    }

    // Before a request knows its tenant it may ask exactly two questions, and nothing more:
    // whose login an email is (to check a password) and which tenant a live session is in.
    this.addSql(`create function auth_login_candidate(p_email text)
      returns table (id uuid, organization_id uuid, password_hash text, active boolean)
      language sql stable security definer set search_path = public
      as $$ select id, organization_id, password_hash, active from app_user where email = p_email $$;`);
    this.addSql(`create function auth_session_tenant(p_token_hash text) returns uuid
      language sql stable security definer set search_path = public
      as $$ select organization_id from session where token_hash = p_token_hash and expires_at > now() $$;`);
    this.addSql('revoke all on function auth_login_candidate(text), auth_session_tenant(text) from public;');

    this.addSql('grant usage on schema public to jamsos_app;');
    this.addSql('grant select on "organization" to jamsos_app;');
    this.addSql('grant select, insert, update, delete on "app_user", "session" to jamsos_app;');
    this.addSql('grant execute on function app_current_tenant(), auth_login_candidate(text), auth_session_tenant(text) to jamsos_app;');
  }
}

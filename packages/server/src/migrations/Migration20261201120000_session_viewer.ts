import { Migration } from '@mikro-orm/migrations';

/**
 * The caller of a request — session, user and organisation — in one statement instead of two.
 * Before a request knows its tenant, row-level security hides app_user and session, which is why
 * the lookup had to set the tenant first and read the user second. This function answers the
 * same question as auth_session_tenant (which tenant a live session is in) and adds the session
 * holder's own user and organisation rows: nothing another session's token could not see.
 * The caller sets `app.tenant_id` from its result in the same statement (see viewerFromToken).
 * auth_session_tenant has no caller left, so it goes: one question less that a request may ask
 * before its tenant is known.
 */
export class Migration20261201120000_session_viewer extends Migration {
  override up(): void {
    this.addSql(`create function auth_session_viewer(p_token_hash text)
      returns table (organization_id uuid, user_id uuid, email text, display_name text, role text, status text,
        user_created_at timestamptz, organization_code text, organization_name text, organization_kind text,
        organization_regency_code text, organization_adhoc_queries boolean, organization_created_at timestamptz)
      language sql stable security definer set search_path = public
      as $$ select u.organization_id, u.id, u.email::text, u.display_name::text, u.role::text, u.status::text,
                   u.created_at, o.code::text, o.name::text, o.kind::text, o.regency_code::text, o.adhoc_queries,
                   o.created_at
              from session s join app_user u on u.id = s.user_id join organization o on o.id = u.organization_id
             where s.token_hash = p_token_hash and s.expires_at > now() and u.organization_id = s.organization_id $$;`);
    this.addSql('revoke all on function auth_session_viewer(text) from public;');
    this.addSql('grant execute on function auth_session_viewer(text) to jamsos_app;');
    this.addSql('drop function auth_session_tenant(text);');
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * The platform operator: users of an organisation of kind PLATFORM. Row-level security keeps
 * them inside that organisation like any tenant, so they read no tenant's data; the only thing
 * they can do to tenants is `provision_tenant`, which checks in the database itself that the
 * caller's tenant is the platform.
 */
export class Migration20261124042000_platform_operator extends Migration {
  override up(): void {
    this.addSql(`alter table "organization" drop constraint "organization_kind_check";`);
    this.addSql(`alter table "organization" add constraint "organization_kind_check"
      check ("kind" in ('PROVINCE_AGENCY', 'REGENCY', 'CHAMBER', 'BPJS_OFFICE', 'PLATFORM'));`);
    this.addSql(`create function provision_tenant(
        p_code text, p_name text, p_kind text, p_regency_code text,
        p_admin_email text, p_admin_name text, p_token_hash text, p_expires_at timestamptz)
      returns uuid language plpgsql volatile security definer set search_path = public as $$
      declare
        v_org uuid := gen_random_uuid();
        v_user uuid := gen_random_uuid();
      begin
        if not exists (select 1 from organization where id = app_current_tenant() and kind = 'PLATFORM') then
          raise exception 'only the platform operator provisions tenants' using errcode = '42501';
        end if;
        if p_kind = 'PLATFORM' then
          raise exception 'a tenant cannot be of kind PLATFORM' using errcode = '22023';
        end if;
        insert into organization (id, code, name, kind, regency_code, created_at)
          values (v_org, p_code, p_name, p_kind, p_regency_code, now());
        insert into app_user (id, organization_id, email, display_name, role, status, created_at)
          values (v_user, v_org, p_admin_email, p_admin_name, 'ADMIN', 'INVITED', now());
        insert into invitation (token_hash, organization_id, user_id, created_at, expires_at)
          values (p_token_hash, v_org, v_user, now(), p_expires_at);
        return v_org;
      end $$;`);
    this.addSql('revoke all on function provision_tenant(text, text, text, text, text, text, text, timestamptz) from public;');
    this.addSql('grant execute on function provision_tenant(text, text, text, text, text, text, text, timestamptz) to jamsos_app;');
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * The audit log (append-only: the request role may only insert and read its tenant's entries,
 * and a trigger refuses updates and deletes from anyone) and one-time invitations.
 */
export class Migration20261124041000_audit_and_invitations extends Migration {
  override up(): void {
    this.addSql(`create table "audit_entry" (
      "id" uuid not null primary key,
      "organization_id" uuid not null references "organization" ("id"),
      "actor_id" uuid null,
      "actor_email" varchar(254) null,
      "action" varchar(64) not null,
      "object_type" varchar(64) not null,
      "object_id" varchar(64) null,
      "changes" jsonb null,
      "created_at" timestamptz not null default now());`);
    this.addSql(`create index "audit_entry_tenant_time_index" on "audit_entry" ("organization_id", "created_at" desc, "id" desc);`);
    this.addSql(`create function audit_entry_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit entries are append-only'; end $$;`);
    this.addSql(`create trigger audit_entry_append_only before update or delete on "audit_entry"
      for each row execute function audit_entry_append_only();`);
    this.addSql(`create trigger audit_entry_no_truncate before truncate on "audit_entry"
      for each statement execute function audit_entry_append_only();`);

    this.addSql(`create table "invitation" (
      "token_hash" varchar(64) not null primary key,
      "organization_id" uuid not null references "organization" ("id"),
      "user_id" uuid not null references "app_user" ("id") on delete cascade,
      "created_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "used_at" timestamptz null);`);
    this.addSql(`create index "invitation_organization_id_index" on "invitation" ("organization_id");`);
    this.addSql(`create index "invitation_user_id_index" on "invitation" ("user_id");`);

    // Invited users have no password until they accept; `status` replaces the `active` flag.
    this.addSql(`alter table "app_user" alter column "password_hash" drop not null;`);
    this.addSql(`alter table "app_user" add column "status" varchar(16) not null default 'ACTIVE'
      check ("status" in ('ACTIVE', 'INVITED', 'DEACTIVATED'));`);
    this.addSql(`update "app_user" set "status" = 'DEACTIVATED' where not "active";`);
    this.addSql(`drop function auth_login_candidate(text);`);
    this.addSql(`alter table "app_user" drop column "active";`);
    this.addSql(`create function auth_login_candidate(p_email text)
      returns table (id uuid, organization_id uuid, password_hash text, status text)
      language sql stable security definer set search_path = public
      as $$ select id, organization_id, password_hash, status from app_user where email = p_email $$;`);
    this.addSql('revoke all on function auth_login_candidate(text) from public;');
    this.addSql('grant execute on function auth_login_candidate(text) to jamsos_app;');

    for (const table of ['audit_entry', 'invitation']) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
      this.addSql(`create policy tenant_isolation on "${table}"
        using ("organization_id" = (select app_current_tenant()))
        with check ("organization_id" = (select app_current_tenant()));`);
    }
    this.addSql(`create function auth_invitation_tenant(p_token_hash text) returns uuid
      language sql stable security definer set search_path = public
      as $$ select organization_id from invitation
            where token_hash = p_token_hash and used_at is null and expires_at > now() $$;`);
    this.addSql('revoke all on function auth_invitation_tenant(text) from public;');
    this.addSql('grant execute on function auth_invitation_tenant(text) to jamsos_app;');
    this.addSql('grant select, insert on "audit_entry" to jamsos_app;');
    this.addSql('grant select, insert, update on "invitation" to jamsos_app;');
  }
}

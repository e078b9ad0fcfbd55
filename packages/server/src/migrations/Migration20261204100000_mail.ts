import { Migration } from '@mikro-orm/migrations';

/**
 * Email (modules/mail). Each person chooses the language of their email and which notices also
 * come by email (`email_notices`, empty: none); a notice records when it was emailed, so the
 * `notice-emails` job sends each once. Password resets: single-use, expiring tokens, stored as
 * hashes, tenant-owned under row-level security like invitations; found before any tenant is known
 * only through the two functions below (a request, and the tenant of a valid token).
 */
export class Migration20261204100000_mail extends Migration {
  override up(): void {
    this.addSql(`alter table "app_user" add column "language" varchar(2) not null default 'id'
      check ("language" in ('id', 'en'));`);
    this.addSql(`alter table "app_user" add column "email_notices" text[] not null default '{}';`);
    this.addSql(`alter table "notification" add column "emailed_at" timestamptz null;`);
    // Notices from before email are not sent now.
    this.addSql(`update "notification" set "emailed_at" = "created_at";`);
    this.addSql(`create index "notification_to_email" on "notification" ("created_at") where "emailed_at" is null;`);

    this.addSql(`create table "password_reset" (
      "token_hash" varchar(64) not null primary key,
      "organization_id" uuid not null references "organization" ("id"),
      "user_id" uuid not null references "app_user" ("id") on delete cascade,
      "requested_ip" varchar(64) not null,
      "created_at" timestamptz not null default now(),
      "expires_at" timestamptz not null,
      "used_at" timestamptz null);`);
    this.addSql(`create index "password_reset_organization_id_index" on "password_reset" ("organization_id");`);
    this.addSql(`create index "password_reset_user_id_index" on "password_reset" ("user_id", "created_at");`);
    this.addSql(`create index "password_reset_ip_index" on "password_reset" ("requested_ip", "created_at");`);
    this.addSql(`alter table "password_reset" enable row level security;`);
    this.addSql(`alter table "password_reset" force row level security;`);
    this.addSql(`create policy tenant_isolation on "password_reset"
      using ("organization_id" = (select app_current_tenant()))
      with check ("organization_id" = (select app_current_tenant()));`);
    this.addSql('grant select, update on "password_reset" to jamsos_app;');

    // A request for a reset: for an active account, unless it (3 an hour) or the address asking
    // (10 an hour) asked too often; returns whom to write to, or nothing (the caller answers the same).
    this.addSql(`create function auth_password_reset_request(p_email text, p_token_hash text, p_ip text, p_minutes int)
      returns table (user_id uuid, organization_id uuid, display_name text, language text)
      language plpgsql volatile security definer set search_path = public as $$
      declare v_user app_user%rowtype;
      begin
        select * into v_user from app_user where email = p_email and status = 'ACTIVE';
        if not found then return; end if;
        if (select count(*) from password_reset r where r.user_id = v_user.id and r.created_at > now() - interval '1 hour') >= 3
           or (select count(*) from password_reset r where r.requested_ip = p_ip and r.created_at > now() - interval '1 hour') >= 10 then
          return;
        end if;
        insert into password_reset (token_hash, organization_id, user_id, requested_ip, expires_at)
        values (p_token_hash, v_user.organization_id, v_user.id, p_ip, now() + make_interval(mins => p_minutes));
        return query select v_user.id, v_user.organization_id, v_user.display_name::text, v_user.language::text;
      end $$;`);
    this.addSql(`create function auth_password_reset_tenant(p_token_hash text) returns uuid
      language sql stable security definer set search_path = public
      as $$ select organization_id from password_reset
            where token_hash = p_token_hash and used_at is null and expires_at > now() $$;`);
    this.addSql(
      'revoke all on function auth_password_reset_request(text, text, text, int), auth_password_reset_tenant(text) from public;',
    );
    this.addSql(
      'grant execute on function auth_password_reset_request(text, text, text, int), auth_password_reset_tenant(text) to jamsos_app;',
    );
  }
}

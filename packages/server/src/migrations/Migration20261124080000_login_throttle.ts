import { Migration } from '@mikro-orm/migrations';

/**
 * Login throttling, per account (the email as typed, whether or not it exists, so a lock says
 * nothing about existence) and per address. After 5 failures of an email within 15 minutes it is
 * locked for 1 minute, doubling with each further failure up to an hour; an address after 20.
 * The table holds emails of every tenant, so the request role reaches it only through these
 * security-definer functions, never directly.
 */
export class Migration20261124080000_login_throttle extends Migration {
  override up(): void {
    this.addSql(`create table "login_throttle" (
      "key" varchar(300) not null primary key,
      "failures" int not null default 0,
      "window_start" timestamptz not null default now(),
      "locked_until" timestamptz null);`);
    this.addSql(`create function auth_login_wait(p_email text, p_ip text) returns int
      language sql stable security definer set search_path = public as $$
        select coalesce(ceil(extract(epoch from max(locked_until) - now()))::int, 0)
          from login_throttle
         where key in ('email:' || p_email, 'ip:' || p_ip) and locked_until > now() $$;`);
    this.addSql(`create function auth_login_failed(p_email text, p_ip text) returns int
      language plpgsql volatile security definer set search_path = public as $$
      declare v_key text; v_threshold int; v_failures int; v_wait int := 0;
      begin
        foreach v_key in array array['email:' || p_email, 'ip:' || p_ip] loop
          v_threshold := case when v_key like 'email:%' then 5 else 20 end;
          insert into login_throttle as t (key, failures, window_start) values (v_key, 1, now())
          on conflict (key) do update set
            failures = case when t.window_start < now() - interval '15 minutes' and coalesce(t.locked_until, now()) <= now()
                            then 1 else t.failures + 1 end,
            window_start = case when t.window_start < now() - interval '15 minutes' and coalesce(t.locked_until, now()) <= now()
                                then now() else t.window_start end
          returning failures into v_failures;
          if v_failures >= v_threshold then
            update login_throttle
               set locked_until = now() + least(interval '1 minute' * power(2, v_failures - v_threshold), interval '1 hour')
             where key = v_key;
            v_wait := greatest(v_wait, least(60 * power(2, v_failures - v_threshold), 3600)::int);
          end if;
        end loop;
        return v_wait;
      end $$;`);
    this.addSql(`create function auth_login_succeeded(p_email text) returns void
      language sql volatile security definer set search_path = public as $$
        delete from login_throttle where key = 'email:' || p_email $$;`);
    this.addSql('revoke all on function auth_login_wait(text, text), auth_login_failed(text, text), auth_login_succeeded(text) from public;');
    this.addSql('grant execute on function auth_login_wait(text, text), auth_login_failed(text, text), auth_login_succeeded(text) to jamsos_app;');
  }
}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261124033626_initial extends Migration {

  override name = 'Migration20261124033626_initial';

  override up(): void | Promise<void> {
    this.addSql(`create table "organization" ("id" uuid not null, "code" varchar(64) not null, "name" varchar(200) not null, "kind" text not null, "regency_code" varchar(8) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "organization" add constraint "organization_code_unique" unique ("code");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "organization_id" uuid not null, "email" varchar(254) not null, "display_name" varchar(200) not null, "role" text not null, "password_hash" varchar(255) not null, "active" boolean not null default true, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "app_user_organization_id_index" on "app_user" ("organization_id");`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "session" ("token_hash" varchar(64) not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("token_hash"));`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(`alter table "organization" add constraint "organization_kind_check" check ("kind" in ('PROVINCE_AGENCY', 'REGENCY', 'CHAMBER', 'BPJS_OFFICE'));`);

    this.addSql(`alter table "app_user" add constraint "app_user_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "app_user" add constraint "app_user_role_check" check ("role" in ('ADMIN', 'STAFF', 'VIEWER'));`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "app_user" drop constraint "app_user_organization_id_foreign";`);
    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`drop table if exists "organization" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "session" cascade;`);
  }

}

import { Migration } from '@mikro-orm/migrations';

/**
 * Whole-NIK look-ups (docs/privacy.md, "Guessing a masked NIK"). A viewer sees a masked NIK and may
 * search by a whole one, which answers yes or no: without a limit the middle digits can be walked.
 * Each look-up is a row here (who, when; never the NIK), counted per user and per tenant over a
 * window, in the database so every server process counts the same. A refused look-up is a row too
 * (`refused`), so the tenant's admins are told once per window, not at every refusal.
 */
export class Migration20261205100000_nik_lookup extends Migration {
  override up(): void {
    this.addSql(`create table "nik_lookup" (
      "id" bigint generated always as identity primary key,
      "organization_id" uuid not null references "organization" ("id") on delete cascade,
      "user_id" uuid not null references "app_user" ("id") on delete cascade,
      "looked_up_at" timestamptz not null default now(),
      "refused" boolean not null default false);`);
    this.addSql(`create index "nik_lookup_tenant_time" on "nik_lookup" ("organization_id", "looked_up_at");`);
    this.addSql(
      `create index "nik_lookup_user_time" on "nik_lookup" ("organization_id", "user_id", "looked_up_at");`,
    );
    this.addSql(`alter table "nik_lookup" enable row level security;`);
    this.addSql(`alter table "nik_lookup" force row level security;`);
    this.addSql(`create policy tenant_isolation on "nik_lookup"
      using ("organization_id" = (select app_current_tenant()))
      with check ("organization_id" = (select app_current_tenant()));`);
    this.addSql('grant select, insert on "nik_lookup" to jamsos_app;');
  }
}

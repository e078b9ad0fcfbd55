import { Migration } from '@mikro-orm/migrations';

/**
 * What a field visit may carry besides its numbers (issue 18): a photo of the signed attendance
 * sheet, kept by the reporting organisation only (it shows names and signatures), at most
 * 400 KB (the phone sends about 300 KB); and, only when the officer asked for it, the place of
 * the visit rounded to 0.01° (about 1 km), seen by both parties like the rest of the report.
 */
export class Migration20261211110000_visit_photo_location extends Migration {
  override up(): void {
    this.addSql(`alter table "visit_report" add column "latitude" numeric(5,2) null,
      add column "longitude" numeric(5,2) null,
      add constraint "visit_report_coarse_place" check (
        ("latitude" is null) = ("longitude" is null)
        and ("latitude" is null or ("latitude" between -90 and 90 and "longitude" between -180 and 180)));`);
    this.addSql(`create table "visit_report_photo" (
      "visit_report_id" uuid primary key references "visit_report" ("id") on delete cascade,
      "organization_id" uuid not null references "organization" ("id"),
      "mime" varchar(40) not null check ("mime" in ('image/jpeg', 'image/png', 'image/webp')),
      "content" bytea not null check (octet_length("content") <= 409600),
      "created_at" timestamptz not null default now());`);
    this.addSql(`create index "visit_report_photo_org_index" on "visit_report_photo" ("organization_id");`);
    this.addSql(`alter table "visit_report_photo" enable row level security;`);
    this.addSql(`alter table "visit_report_photo" force row level security;`);
    this.addSql(`create policy tenant_isolation on "visit_report_photo"
      using ("organization_id" = (select app_current_tenant()))
      with check ("organization_id" = (select app_current_tenant()));`);
    this.addSql('grant select, insert on "visit_report_photo" to jamsos_app;');
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * The registry: businesses (koperasi/UMKM), their workers and who works where. All three are
 * tenant-owned: forced row-level security as on every other tenant-owned table, and composite
 * foreign keys so an employment can never join a worker and a business of different tenants.
 * Indexes lead with the tenant, since every query is scoped to one.
 */
export class Migration20261124050000_registry extends Migration {
  override up(): void {
    this.addSql(`create table "business" (
      "id" uuid not null primary key,
      "organization_id" uuid not null references "organization" ("id"),
      "legal_form" varchar(16) not null check ("legal_form" in ('KOPERASI', 'UMKM')),
      "name" varchar(200) not null,
      "nib" varchar(13) null check ("nib" ~ '^[0-9]{13}$'),
      "cooperative_number" varchar(32) null,
      "kbli_section" varchar(1) not null check ("kbli_section" ~ '^[A-U]$'),
      "size_class" varchar(16) not null check ("size_class" in ('MIKRO', 'KECIL', 'MENENGAH')),
      "regency_code" varchar(8) not null,
      "district_code" varchar(11) not null,
      "address" varchar(500) not null,
      "contact_name" varchar(200) null,
      "contact_phone" varchar(20) null,
      "founded_year" int null,
      "kadin_member" boolean not null default false,
      "version" int not null default 1,
      "archived_at" timestamptz null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      unique ("organization_id", "id"));`);
    this.addSql(`create unique index "business_tenant_nib_unique" on "business" ("organization_id", "nib") where "nib" is not null;`);
    this.addSql(`create index "business_tenant_name_index" on "business" ("organization_id", lower("name"), "id");`);
    this.addSql(`create index "business_tenant_region_index" on "business" ("organization_id", "district_code", "kbli_section");`);

    this.addSql(`create table "worker" (
      "id" uuid not null primary key,
      "organization_id" uuid not null references "organization" ("id"),
      "nik" varchar(16) not null check ("nik" ~ '^[0-9]{16}$'),
      "full_name" varchar(200) not null,
      "sex" varchar(1) not null check ("sex" in ('M', 'F')),
      "birth_date" date not null,
      "worker_type" varchar(3) not null check ("worker_type" in ('PU', 'BPU')),
      "occupation" varchar(120) null,
      "monthly_income" int null check ("monthly_income" >= 0),
      "phone" varchar(20) null,
      "kpj" varchar(11) null check ("kpj" ~ '^[0-9]{11}$'),
      "coverage_status" varchar(16) not null default 'NOT_ENROLLED'
        check ("coverage_status" in ('NOT_ENROLLED', 'ENROLLED', 'LAPSED')),
      "programmes" text[] not null default '{}',
      "enrolled_on" date null,
      "version" int not null default 1,
      "archived_at" timestamptz null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      unique ("organization_id", "id"),
      unique ("organization_id", "nik"));`);
    this.addSql(`create unique index "worker_tenant_kpj_unique" on "worker" ("organization_id", "kpj") where "kpj" is not null;`);
    this.addSql(`create index "worker_tenant_name_index" on "worker" ("organization_id", lower("full_name"), "id");`);
    this.addSql(`create index "worker_tenant_status_index" on "worker" ("organization_id", "coverage_status", "worker_type");`);

    this.addSql(`create table "employment" (
      "worker_id" uuid not null,
      "business_id" uuid not null,
      "organization_id" uuid not null references "organization" ("id"),
      "created_at" timestamptz not null default now(),
      primary key ("worker_id", "business_id"),
      foreign key ("organization_id", "worker_id") references "worker" ("organization_id", "id") on delete cascade,
      foreign key ("organization_id", "business_id") references "business" ("organization_id", "id") on delete cascade);`);
    this.addSql(`create index "employment_tenant_business_index" on "employment" ("organization_id", "business_id", "worker_id");`);

    for (const table of ['business', 'worker', 'employment']) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
      this.addSql(`create policy tenant_isolation on "${table}"
        using ("organization_id" = (select app_current_tenant()))
        with check ("organization_id" = (select app_current_tenant()));`);
    }
    // Records are archived, never deleted, through the API; delete stays granted for tests of RLS.
    this.addSql('grant select, insert, update, delete on "business", "worker", "employment" to jamsos_app;');
  }
}

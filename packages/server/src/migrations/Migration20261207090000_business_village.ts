import { Migration } from '@mikro-orm/migrations';

/**
 * A business's kalurahan/kelurahan (village) beside its kapanewon/kemantren: the Kemendagri code
 * (`34.02.12.2003`, 13 characters) from the national register. Null for businesses recorded before
 * villages, and wherever staff do not know it yet. The column belongs to `business`, so its
 * tenant filter and row-level security already cover it; the index serves the dashboard's
 * district → village breakdown and the village filter within a tenant.
 */
export class Migration20261207090000_business_village extends Migration {
  override up(): void {
    this.addSql(`alter table "business" add column "village_code" varchar(13) null
      check ("village_code" is null or "village_code" like "district_code" || '.%');`);
    this.addSql(
      `create index "business_village_idx" on "business" ("organization_id", "village_code") where "village_code" is not null;`,
    );
  }
}

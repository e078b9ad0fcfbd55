import { Migration } from '@mikro-orm/migrations';

/**
 * Trusted documents: in production the API accepts only the web client's own operations. An
 * organisation whose API clients need ad-hoc queries is allowed them explicitly (by the platform).
 */
export class Migration20261124090000_adhoc_queries extends Migration {
  override up(): void {
    this.addSql(`alter table "organization" add column "adhoc_queries" boolean not null default false;`);
  }
}

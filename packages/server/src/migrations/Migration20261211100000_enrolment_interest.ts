import { Migration } from '@mikro-orm/migrations';

/**
 * A worker met in the field who wants to join BPJS Ketenagakerjaan (issue 18): the officer marks
 * them, offline if need be, and the enrolment request builder can pick them. The mark carries
 * the id the phone made for it (unique per tenant), so a mark sent again finds the first one.
 * Columns of `worker`, so its tenant filter and row-level security already guard them.
 */
export class Migration20261211100000_enrolment_interest extends Migration {
  override up(): void {
    this.addSql(`alter table "worker" add column "enrolment_interest_at" timestamptz null;`);
    this.addSql(`alter table "worker" add column "enrolment_interest_client_id" uuid null;`);
    this.addSql(
      `create unique index "worker_enrolment_interest_client_id_unique" on "worker" ("organization_id", "enrolment_interest_client_id") where "enrolment_interest_client_id" is not null;`,
    );
  }
}

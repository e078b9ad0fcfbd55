import { Migration } from '@mikro-orm/migrations';

/**
 * Work done offline on a phone is sent again until the server's answer arrives (issue 18): each
 * visit report and worker created in the field carries an id the phone made (a UUID), unique per
 * tenant, so a second delivery finds the first record instead of making a second. Null for
 * records made online by older clients and by the import. The reporting tenant of a visit report
 * is the task's assignee.
 */
export class Migration20261206100000_client_ids extends Migration {
  override up(): void {
    this.addSql(`alter table "visit_report" add column "client_id" uuid null;`);
    this.addSql(
      `create unique index "visit_report_client_id_unique" on "visit_report" ("assignee_org_id", "client_id") where "client_id" is not null;`,
    );
    this.addSql(`alter table "worker" add column "client_id" uuid null;`);
    this.addSql(
      `create unique index "worker_client_id_unique" on "worker" ("organization_id", "client_id") where "client_id" is not null;`,
    );
  }
}

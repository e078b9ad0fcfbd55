import { Migration } from '@mikro-orm/migrations';

/**
 * A task's history tells everything that happened to it, not only its status moves: who handed
 * it to whom, and each visit reported. Events gain a kind; `to_status` is set only on status
 * moves. People are shown by name: the name of the actor (and of the person handed the task, and
 * of the visit's reporter) is kept with the row when it is written, because the other party of a
 * task cannot read the first party's users (`app_user` is tenant-owned). Rows written before keep
 * the email alone.
 *
 * The events of one request share a transaction time, so `seq` orders them as they were made
 * (a visit report, then the status move it caused). An identity column needs no sequence grant.
 */
export class Migration20261202150000_task_history extends Migration {
  override up(): void {
    this.addSql(`alter table "outreach_task_event"
      add column "kind" varchar(16) not null default 'STATUS'
        check ("kind" in ('STATUS', 'ASSIGNED', 'VISIT_REPORTED')),
      add column "actor_name" varchar(200) null,
      add column "assigned_to_name" varchar(200) null,
      add column "visit_report_id" uuid null references "visit_report" ("id") on delete cascade,
      add column "seq" bigint generated always as identity,
      alter column "to_status" drop not null,
      add check ("kind" <> 'STATUS' or "to_status" is not null);`);
    this.addSql(`alter table "visit_report" add column "reported_by_name" varchar(200) null;`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * Outreach tasks (sosialisasi): a task belongs to exactly two tenants, the one that created it
 * and the one it is assigned to. Every task row, and every row hanging off a task (its events,
 * visit reports, comments), carries both tenants, and one policy lets exactly those two see and
 * touch it. The pair is fixed at creation: the request role has no UPDATE right on either column,
 * so no party can hand a task (or its reports) to a third tenant.
 *
 * Notifications go to people of either party; inserting them for the other tenant goes through
 * `notify_task`, which checks that the caller is a party to the task.
 */
export class Migration20261124070000_outreach extends Migration {
  override up(): void {
    this.addSql(`create table "outreach_task" (
      "id" uuid not null primary key,
      "organization_id" uuid not null references "organization" ("id"),
      "assignee_org_id" uuid not null references "organization" ("id"),
      "assignee_user_id" uuid null references "app_user" ("id"),
      "title" varchar(200) not null,
      "description" text not null default '',
      "regency_code" varchar(8) null,
      "district_code" varchar(11) null,
      "kbli_section" varchar(1) null,
      "due_on" date not null,
      "priority" varchar(8) not null check ("priority" in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
      "target_workers" int not null check ("target_workers" between 1 and 1000000),
      "status" varchar(16) not null default 'OPEN'
        check ("status" in ('OPEN', 'ACCEPTED', 'IN_PROGRESS', 'DONE', 'DECLINED', 'CANCELLED')),
      "closing_reason" varchar(1000) null,
      "created_by" varchar(254) not null,
      "version" int not null default 1,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      check ("assignee_org_id" <> "organization_id"),
      unique ("id", "organization_id", "assignee_org_id"));`);
    this.addSql(`create index "outreach_task_creator_index" on "outreach_task" ("organization_id", "status", "due_on");`);
    this.addSql(`create index "outreach_task_assignee_index" on "outreach_task" ("assignee_org_id", "status", "due_on");`);

    this.addSql(`create table "outreach_task_target" (
      "task_id" uuid not null,
      "business_id" uuid not null references "business" ("id"),
      "organization_id" uuid not null,
      "assignee_org_id" uuid not null,
      primary key ("task_id", "business_id"),
      foreign key ("task_id", "organization_id", "assignee_org_id")
        references "outreach_task" ("id", "organization_id", "assignee_org_id") on delete cascade);`);

    this.addSql(`create table "outreach_task_event" (
      "id" uuid not null primary key,
      "task_id" uuid not null,
      "organization_id" uuid not null,
      "assignee_org_id" uuid not null,
      "actor_org_id" uuid not null references "organization" ("id"),
      "actor_email" varchar(254) not null,
      "from_status" varchar(16) null,
      "to_status" varchar(16) not null,
      "reason" varchar(1000) null,
      "created_at" timestamptz not null default now(),
      foreign key ("task_id", "organization_id", "assignee_org_id")
        references "outreach_task" ("id", "organization_id", "assignee_org_id") on delete cascade);`);
    this.addSql(`create index "outreach_task_event_task_index" on "outreach_task_event" ("task_id", "created_at");`);

    this.addSql(`create table "visit_report" (
      "id" uuid not null primary key,
      "task_id" uuid not null,
      "organization_id" uuid not null,
      "assignee_org_id" uuid not null,
      "visited_on" date not null,
      "business_id" uuid null references "business" ("id"),
      "people_reached" int not null check ("people_reached" between 0 and 100000),
      "workers_registered" int not null check ("workers_registered" between 0 and 100000),
      "notes" varchar(4000) not null default '',
      "reported_by" varchar(254) not null,
      "created_at" timestamptz not null default now(),
      foreign key ("task_id", "organization_id", "assignee_org_id")
        references "outreach_task" ("id", "organization_id", "assignee_org_id") on delete cascade);`);
    this.addSql(`create index "visit_report_task_index" on "visit_report" ("task_id", "visited_on");`);
    this.addSql(`create table "visit_report_worker" (
      "report_id" uuid not null references "visit_report" ("id") on delete cascade,
      "worker_id" uuid not null references "worker" ("id"),
      "organization_id" uuid not null,
      "assignee_org_id" uuid not null,
      primary key ("report_id", "worker_id"));`);

    this.addSql(`create table "task_comment" (
      "id" uuid not null primary key,
      "task_id" uuid not null,
      "organization_id" uuid not null,
      "assignee_org_id" uuid not null,
      "author_org_id" uuid not null references "organization" ("id"),
      "author_email" varchar(254) not null,
      "author_name" varchar(200) not null,
      "body" varchar(4000) not null,
      "created_at" timestamptz not null default now(),
      foreign key ("task_id", "organization_id", "assignee_org_id")
        references "outreach_task" ("id", "organization_id", "assignee_org_id") on delete cascade);`);
    this.addSql(`create index "task_comment_task_index" on "task_comment" ("task_id", "created_at");`);

    for (const table of ['outreach_task', 'outreach_task_target', 'outreach_task_event', 'visit_report', 'visit_report_worker', 'task_comment']) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
      this.addSql(`create policy task_parties on "${table}"
        using ((select app_current_tenant()) in ("organization_id", "assignee_org_id"))
        with check ((select app_current_tenant()) in ("organization_id", "assignee_org_id"));`);
    }
    this.addSql(`create index "outreach_task_target_business_index" on "outreach_task_target" ("business_id");`);

    this.addSql(`create table "notification" (
      "id" uuid not null primary key,
      "organization_id" uuid not null references "organization" ("id"),
      "user_id" uuid not null references "app_user" ("id") on delete cascade,
      "kind" varchar(32) not null,
      "task_id" uuid null,
      "message" varchar(500) not null,
      "read_at" timestamptz null,
      "created_at" timestamptz not null default now());`);
    this.addSql(`create index "notification_user_index" on "notification" ("organization_id", "user_id", "read_at", "created_at" desc);`);
    this.addSql(`alter table "notification" enable row level security;`);
    this.addSql(`alter table "notification" force row level security;`);
    this.addSql(`create policy tenant_isolation on "notification"
      using ("organization_id" = (select app_current_tenant()))
      with check ("organization_id" = (select app_current_tenant()));`);

    // Notifies the people of a party to a task: its admins, or one user, or (p_user null and
    // p_admins false) the task's assignee user. Refuses callers who are not a party.
    this.addSql(`create function notify_task(p_task uuid, p_org uuid, p_user uuid, p_kind text, p_message text)
      returns void language plpgsql volatile security definer set search_path = public as $$
      declare v_task outreach_task%rowtype;
      begin
        select * into v_task from outreach_task where id = p_task;
        if not found or app_current_tenant() not in (v_task.organization_id, v_task.assignee_org_id)
           or p_org not in (v_task.organization_id, v_task.assignee_org_id) then
          raise exception 'not a party to this task' using errcode = '42501';
        end if;
        insert into notification (id, organization_id, user_id, kind, task_id, message)
        select gen_random_uuid(), p_org, u.id, p_kind, p_task, p_message
          from app_user u
         where u.organization_id = p_org and u.status = 'ACTIVE'
           and (case when p_user is not null then u.id = p_user else u.role = 'ADMIN' end);
      end $$;`);
    this.addSql('revoke all on function notify_task(uuid, uuid, uuid, text, text) from public;');

    this.addSql(`grant select, insert on "outreach_task", "outreach_task_target", "outreach_task_event", "visit_report",
      "visit_report_worker", "task_comment" to jamsos_app;`);
    // The two parties are fixed: everything but them may change.
    this.addSql(`grant update ("assignee_user_id", "title", "description", "due_on", "priority", "target_workers",
      "status", "closing_reason", "version", "updated_at") on "outreach_task" to jamsos_app;`);
    this.addSql('grant select, insert, update on "notification" to jamsos_app;');
    this.addSql('grant execute on function notify_task(uuid, uuid, uuid, text, text) to jamsos_app;');
  }
}

import { Migration } from '@mikro-orm/migrations';

const LINE_SNAPSHOT = [
  'request_id',
  'organization_id',
  'recipient_org_id',
  'worker_id',
  'nik',
  'full_name',
  'birth_date',
  'worker_type',
  'business_name',
  'district_code',
  'monthly_wage',
  'programmes',
  'payer',
  'jkk_risk_class',
  'contribution',
  'monthly_total',
  'assistance_monthly',
  'assistance_months',
  'rate_version',
];

/**
 * Enrolment requests (issue 17): a partner (regency, province agency, Kadin) sends workers to a
 * BPJS office to be registered, and the results flow back.
 *
 * - `assistance_programme`: a regency's bantuan iuran; tenant-owned, `tenant_isolation` only.
 * - `enrolment_request` belongs to the partner (`organization_id`) and names its BPJS office
 *   (`recipient_org_id`, fixed at creation: no UPDATE right on either column). The partner manages
 *   its drafts (`owner_*` policies: it may edit a request only while it is a DRAFT and may only move
 *   it on to SENT); the office reads a request once sent (`recipient_reads`), never a draft.
 * - `enrolment_line` carries what is shared (NIK, name, birth date, type, income, business) as a
 *   copy made when sent. The partner reads its lines and edits them only inside a draft and only
 *   as PENDING: it has no way to register its own lines. The office reads and processes lines
 *   only of requests in `app_enrolment_shared_requests()`: sent to it, under a live ENROLMENT
 *   agreement from the partner, and not past `share_until` (set 30 days after the request is
 *   done). Revoking the agreement hides the lines on the next query; counts stay on the request.
 *   A before-update trigger keeps the office from changing what was sent.
 * - Processing a line applies it in the same statement (`enrolment_lines_processed`, security
 *   definer, since the office may not touch the partner's registry): a registered line makes the
 *   worker ENROLLED with its KPJ, programmes and date (the registry's own triggers then move the
 *   dashboard); the request's counts and status follow; the outreach task it was made for counts
 *   its real registered workers (`outreach_task.enrolled_workers`); the partner's audit log gets
 *   the change.
 * - `enrolment_audit_read` writes the office's reads of personal data into the partner's audit log
 *   too (the office's own log gets its entry from the request); `notify_enrolment` notifies the
 *   other party's people (the office's admins and staff, who work the queue; the partner's admins and
 *   whoever sent the request). Both check the caller is a party.
 * - The agreement scopes gain ENROLMENT.
 */
export class Migration20261208100000_enrolment extends Migration {
  override up(): void {
    this.addSql(`alter table "agreement" drop constraint "agreement_scope_check";`);
    this.addSql(`alter table "agreement" add constraint "agreement_scope_check"
      check ("scope" in ('BUSINESS_DIRECTORY', 'AGGREGATES', 'ENROLMENT'));`);

    this.addSql(`create table "assistance_programme" (
      "id" uuid not null primary key,
      "organization_id" uuid not null references "organization" ("id"),
      "name" varchar(200) not null,
      "legal_basis" varchar(300) not null,
      "budget" bigint not null check ("budget" >= 0),
      "months_of_cover" int not null check ("months_of_cover" between 1 and 60),
      "programmes" text[] not null default '{}',
      "bpu_only" boolean not null default true,
      "income_ceiling" int null check ("income_ceiling" > 0),
      "district_codes" text[] not null default '{}',
      "starts_on" date not null,
      "ends_on" date null,
      "created_by" varchar(254) not null,
      "version" int not null default 1,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      unique ("organization_id", "id"));`);

    this.addSql(`create table "enrolment_request" (
      "id" uuid not null primary key,
      "organization_id" uuid not null references "organization" ("id"),
      "recipient_org_id" uuid not null references "organization" ("id"),
      "title" varchar(200) not null,
      "note" varchar(2000) not null default '',
      "status" varchar(16) not null default 'DRAFT' check ("status" in ('DRAFT', 'SENT', 'IN_PROGRESS', 'DONE')),
      "task_id" uuid null references "outreach_task" ("id"),
      "assistance_programme_id" uuid null,
      "line_count" int not null default 0,
      "registered_count" int not null default 0,
      "rejected_count" int not null default 0,
      "monthly_total" bigint not null default 0,
      "sent_at" timestamptz null,
      "sent_by" varchar(254) null,
      "done_at" timestamptz null,
      "share_until" date null,
      "created_by" varchar(254) not null,
      "version" int not null default 1,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      check ("recipient_org_id" <> "organization_id"),
      unique ("id", "organization_id", "recipient_org_id"),
      foreign key ("organization_id", "assistance_programme_id") references "assistance_programme" ("organization_id", "id"));`);
    this.addSql(`create index "enrolment_request_owner_index" on "enrolment_request" ("organization_id", "status", "created_at" desc);`);
    this.addSql(`create index "enrolment_request_recipient_index" on "enrolment_request" ("recipient_org_id", "status", "sent_at");`);
    this.addSql(`create index "enrolment_request_task_index" on "enrolment_request" ("task_id") where "task_id" is not null;`);
    this.addSql(`create index "enrolment_request_programme_index" on "enrolment_request" ("assistance_programme_id")
      where "assistance_programme_id" is not null;`);

    this.addSql(`create table "enrolment_line" (
      "id" uuid not null primary key,
      "request_id" uuid not null,
      "organization_id" uuid not null,
      "recipient_org_id" uuid not null,
      "worker_id" uuid not null,
      "position" int not null,
      "nik" varchar(16) not null,
      "full_name" varchar(200) not null,
      "birth_date" date not null,
      "worker_type" varchar(3) not null check ("worker_type" in ('PU', 'BPU')),
      "business_name" varchar(200) not null default '',
      "district_code" varchar(11) null,
      "monthly_wage" int null,
      "programmes" text[] not null default '{}',
      "payer" varchar(16) not null check ("payer" in ('EMPLOYER', 'WORKER', 'ASSISTANCE')),
      "jkk_risk_class" int null check ("jkk_risk_class" between 1 and 5),
      "contribution" jsonb null,
      "monthly_total" int not null default 0,
      "assistance_monthly" int not null default 0,
      "assistance_months" int null,
      "rate_version" varchar(64) null,
      "status" varchar(16) not null default 'PENDING' check ("status" in ('PENDING', 'REGISTERED', 'REJECTED')),
      "rejection_reason" varchar(16) null
        check ("rejection_reason" in ('ALREADY_MEMBER', 'NIK_MISMATCH', 'INCOMPLETE', 'OTHER')),
      "rejection_note" varchar(500) null,
      "existing_kpj" varchar(11) null,
      "kpj" varchar(11) null,
      "effective_date" date null,
      "registered_programmes" text[] not null default '{}',
      "cover_until" date null,
      "processed_at" timestamptz null,
      "processed_by" varchar(254) null,
      "created_at" timestamptz not null default now(),
      foreign key ("request_id", "organization_id", "recipient_org_id")
        references "enrolment_request" ("id", "organization_id", "recipient_org_id") on delete cascade,
      foreign key ("organization_id", "worker_id") references "worker" ("organization_id", "id"),
      unique ("request_id", "worker_id"),
      check ("status" <> 'REGISTERED' or ("kpj" is not null and "effective_date" is not null)),
      check ("status" <> 'REJECTED' or "rejection_reason" is not null));`);
    this.addSql(`create index "enrolment_line_request_index" on "enrolment_line" ("request_id", "position");`);
    this.addSql(`create index "enrolment_line_worker_index" on "enrolment_line" ("organization_id", "worker_id");`);
    this.addSql(`create index "enrolment_line_cover_index" on "enrolment_line" ("organization_id", "cover_until")
      where "cover_until" is not null;`);

    for (const table of ['assistance_programme', 'enrolment_request', 'enrolment_line']) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
    }
    this.addSql(`create policy tenant_isolation on "assistance_programme"
      using ("organization_id" = (select app_current_tenant()))
      with check ("organization_id" = (select app_current_tenant()));`);

    // The requests whose lines the current tenant (a BPJS office) may see now.
    this.addSql(`create function app_enrolment_shared_requests() returns setof uuid
      language plpgsql stable as $$ begin
        return query
          select r.id from enrolment_request r
           where r.recipient_org_id = app_current_tenant() and r.status <> 'DRAFT'
             and (r.share_until is null or r.share_until >= current_date)
             and exists (select 1 from agreement a
                          where a.organization_id = r.organization_id and a.grantee_id = r.recipient_org_id
                            and a.scope = 'ENROLMENT' and a.revoked_at is null
                            and current_date between a.valid_from and a.valid_until);
      end $$;`);

    // The partner: its requests, editable only as drafts (and moved on only to SENT).
    this.addSql(`create policy owner_reads on "enrolment_request" for select
      using ("organization_id" = (select app_current_tenant()));`);
    this.addSql(`create policy owner_inserts on "enrolment_request" for insert
      with check ("organization_id" = (select app_current_tenant()) and "status" = 'DRAFT');`);
    this.addSql(`create policy owner_edits_draft on "enrolment_request" for update
      using ("organization_id" = (select app_current_tenant()) and "status" = 'DRAFT')
      with check ("organization_id" = (select app_current_tenant()) and "status" in ('DRAFT', 'SENT'));`);
    this.addSql(`create policy owner_deletes_draft on "enrolment_request" for delete
      using ("organization_id" = (select app_current_tenant()) and "status" = 'DRAFT');`);
    this.addSql(`create policy recipient_reads on "enrolment_request" for select
      using ("recipient_org_id" = (select app_current_tenant()) and "status" <> 'DRAFT');`);

    const ownDraft = `"request_id" in (select r.id from enrolment_request r
      where r.organization_id = (select app_current_tenant()) and r.status = 'DRAFT')`;
    this.addSql(`create policy owner_reads on "enrolment_line" for select
      using ("organization_id" = (select app_current_tenant()));`);
    this.addSql(`create policy owner_adds_to_draft on "enrolment_line" for insert
      with check ("organization_id" = (select app_current_tenant()) and "status" = 'PENDING' and ${ownDraft});`);
    this.addSql(`create policy owner_edits_draft on "enrolment_line" for update
      using ("organization_id" = (select app_current_tenant()) and ${ownDraft})
      with check ("organization_id" = (select app_current_tenant()) and "status" = 'PENDING'
        and "kpj" is null and "processed_at" is null and ${ownDraft});`);
    this.addSql(`create policy owner_removes_from_draft on "enrolment_line" for delete
      using ("organization_id" = (select app_current_tenant()) and ${ownDraft});`);
    this.addSql(`create policy recipient_reads_shared on "enrolment_line" for select
      using ("recipient_org_id" = (select app_current_tenant())
        and "request_id" in (select app_enrolment_shared_requests()));`);
    this.addSql(`create policy recipient_processes_shared on "enrolment_line" for update
      using ("recipient_org_id" = (select app_current_tenant()) and "status" = 'PENDING'
        and "request_id" in (select app_enrolment_shared_requests()))
      with check ("recipient_org_id" = (select app_current_tenant())
        and "request_id" in (select app_enrolment_shared_requests()));`);

    // The office records a result; it never changes what was sent.
    const changed = LINE_SNAPSHOT.map((c) => `new."${c}" is distinct from old."${c}"`).join(' or ');
    this.addSql(`create function enrolment_line_guard() returns trigger language plpgsql as $$
      begin
        if old.recipient_org_id = app_current_tenant() and (${changed}) then
          raise exception 'the BPJS office records results only' using errcode = '42501';
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger enrolment_line_guard before update on "enrolment_line"
      for each row execute function enrolment_line_guard();`);

    this.addSql(`alter table "outreach_task" add column "enrolled_workers" int not null default 0;`);

    // Applies processed lines to the partner's registry, request and task in the same statement.
    this.addSql(`create function enrolment_lines_processed() returns trigger
      language plpgsql security definer set search_path = public as $$
      begin
        update worker w
           set coverage_status = 'ENROLLED', kpj = n.kpj, programmes = n.registered_programmes,
               enrolled_on = n.effective_date, version = w.version + 1, updated_at = now()
          from new_rows n join old_rows o on o.id = n.id
         where o.status = 'PENDING' and n.status = 'REGISTERED'
           and w.organization_id = n.organization_id and w.id = n.worker_id;
        insert into audit_entry (id, organization_id, actor_id, actor_email, action, object_type, object_id, changes)
        select gen_random_uuid(), n.organization_id, null, n.processed_by,
               case n.status when 'REGISTERED' then 'worker.enrolmentRegistered' else 'worker.enrolmentRejected' end,
               'Worker', n.worker_id::text,
               jsonb_build_object('request', n.request_id, 'line', n.id, 'kpj', n.kpj,
                                  'programmes', n.registered_programmes, 'effectiveDate', n.effective_date,
                                  'rejectionReason', n.rejection_reason)
          from new_rows n join old_rows o on o.id = n.id
         where o.status = 'PENDING' and n.status <> 'PENDING';
        update enrolment_request r
           set registered_count = c.registered, rejected_count = c.rejected,
               status = case when c.pending = 0 then 'DONE' else 'IN_PROGRESS' end,
               done_at = case when c.pending = 0 then now() end,
               share_until = case when c.pending = 0 then current_date + 30 end,
               version = r.version + 1, updated_at = now()
          from (select l.request_id,
                       count(*) filter (where l.status = 'REGISTERED') as registered,
                       count(*) filter (where l.status = 'REJECTED') as rejected,
                       count(*) filter (where l.status = 'PENDING') as pending
                  from enrolment_line l
                 where l.request_id in (select distinct n.request_id from new_rows n join old_rows o on o.id = n.id
                                         where o.status is distinct from n.status)
                 group by l.request_id) c
         where r.id = c.request_id and r.status in ('SENT', 'IN_PROGRESS');
        update outreach_task t
           set enrolled_workers = (select count(distinct l.worker_id) from enrolment_line l
                                     join enrolment_request r on r.id = l.request_id
                                    where r.task_id = t.id and l.status = 'REGISTERED')
         where t.id in (select r.task_id from enrolment_request r
                         where r.id in (select n.request_id from new_rows n join old_rows o on o.id = n.id
                                         where o.status is distinct from n.status));
        return null;
      end $$;`);
    this.addSql(`create trigger enrolment_lines_processed after update on "enrolment_line"
      referencing old table as old_rows new table as new_rows
      for each statement execute function enrolment_lines_processed();`);

    this.addSql(`create function enrolment_audit_read(p_request uuid, p_actor_email text, p_action text, p_changes jsonb)
      returns void language plpgsql volatile security definer set search_path = public as $$
      declare v_owner uuid;
      begin
        select r.organization_id into v_owner from enrolment_request r
         where r.id = p_request and r.recipient_org_id = app_current_tenant()
           and r.id in (select app_enrolment_shared_requests());
        if v_owner is null then
          raise exception 'not shared with the caller' using errcode = '42501';
        end if;
        insert into audit_entry (id, organization_id, actor_id, actor_email, action, object_type, object_id, changes)
        values (gen_random_uuid(), v_owner, null, p_actor_email, p_action, 'EnrolmentRequest', p_request::text,
                p_changes || jsonb_build_object('by', app_current_tenant()));
      end $$;`);

    this.addSql(`alter table "notification" add column "enrolment_request_id" uuid null;`);
    this.addSql(`create unique index "notification_renewal_once" on "notification" ("user_id", "enrolment_request_id")
      where "kind" = 'ASSISTANCE_RENEWAL';`);
    this.addSql(`create function notify_enrolment(p_request uuid, p_org uuid, p_kind text, p_message text, p_params jsonb)
      returns void language plpgsql volatile security definer set search_path = public as $$
      declare v_request enrolment_request%rowtype;
      begin
        select * into v_request from enrolment_request where id = p_request;
        if not found
           or not (app_current_tenant() = v_request.organization_id
                   or (app_current_tenant() = v_request.recipient_org_id and v_request.status <> 'DRAFT'))
           or p_org not in (v_request.organization_id, v_request.recipient_org_id) then
          raise exception 'not a party to this request' using errcode = '42501';
        end if;
        insert into notification (id, organization_id, user_id, kind, enrolment_request_id, message, params)
        select gen_random_uuid(), p_org, u.id, p_kind, p_request, p_message, p_params
          from app_user u
         where u.organization_id = p_org and u.status = 'ACTIVE'
           and (u.role = 'ADMIN' or (p_org = v_request.organization_id and u.email = v_request.sent_by)
                or (p_org = v_request.recipient_org_id and u.role = 'STAFF'))
        on conflict do nothing;
      end $$;`);

    this.addSql('revoke all on function enrolment_audit_read(uuid, text, text, jsonb) from public;');
    this.addSql('revoke all on function notify_enrolment(uuid, uuid, text, text, jsonb) from public;');
    this.addSql('revoke all on function enrolment_lines_processed() from public;');
    this.addSql('grant select, insert, update on "assistance_programme" to jamsos_app;');
    this.addSql('grant select, insert, delete on "enrolment_request", "enrolment_line" to jamsos_app;');
    this.addSql(`grant update ("title", "note", "status", "task_id", "assistance_programme_id", "line_count",
      "monthly_total", "sent_at", "sent_by", "version", "updated_at") on "enrolment_request" to jamsos_app;`);
    this.addSql(`grant update ("position", "nik", "full_name", "birth_date", "worker_type", "business_name",
      "district_code", "monthly_wage", "programmes", "payer", "jkk_risk_class", "contribution", "monthly_total",
      "assistance_monthly", "assistance_months", "rate_version", "status", "rejection_reason", "rejection_note", "existing_kpj", "kpj",
      "effective_date", "registered_programmes", "cover_until", "processed_at", "processed_by")
      on "enrolment_line" to jamsos_app;`);
    this.addSql(`grant execute on function app_enrolment_shared_requests(), enrolment_audit_read(uuid, text, text, jsonb),
      notify_enrolment(uuid, uuid, text, text, jsonb) to jamsos_app;`);
  }
}

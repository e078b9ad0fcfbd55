import { Migration } from '@mikro-orm/migrations';

/**
 * Notices carry what they are about as a kind and parameters (task title, statuses, due date,
 * comment excerpt), so each reader sees them in their own language; the stored Indonesian
 * sentence stays for rows written before (they have no parameters) and for other clients.
 *
 * An overdue notice is made when someone reads their notices; two reads at once (the header's
 * count and the list) both found "not yet noticed" and wrote it twice. Each person gets one
 * overdue notice per task, enforced here, and `notify_task` skips the ones already there.
 */
export class Migration20261202103000_notification_params extends Migration {
  override up(): void {
    this.addSql(`alter table "notification" add column "params" jsonb null;`);
    this.addSql(`delete from "notification" n using "notification" o
      where n.kind = 'OVERDUE' and o.kind = 'OVERDUE' and n.user_id = o.user_id and n.task_id = o.task_id
        and (n.created_at, n.id) > (o.created_at, o.id);`);
    this.addSql(`create unique index "notification_overdue_once" on "notification" ("user_id", "task_id")
      where "kind" = 'OVERDUE';`);
    this.addSql('drop function notify_task(uuid, uuid, uuid, text, text);');
    this.addSql(`create function notify_task(p_task uuid, p_org uuid, p_user uuid, p_kind text, p_message text, p_params jsonb)
      returns void language plpgsql volatile security definer set search_path = public as $$
      declare v_task outreach_task%rowtype;
      begin
        select * into v_task from outreach_task where id = p_task;
        if not found or app_current_tenant() not in (v_task.organization_id, v_task.assignee_org_id)
           or p_org not in (v_task.organization_id, v_task.assignee_org_id) then
          raise exception 'not a party to this task' using errcode = '42501';
        end if;
        insert into notification (id, organization_id, user_id, kind, task_id, message, params)
        select gen_random_uuid(), p_org, u.id, p_kind, p_task, p_message, p_params
          from app_user u
         where u.organization_id = p_org and u.status = 'ACTIVE'
           and (case when p_user is not null then u.id = p_user else u.role = 'ADMIN' end)
        on conflict do nothing;
      end $$;`);
    this.addSql('revoke all on function notify_task(uuid, uuid, uuid, text, text, jsonb) from public;');
    this.addSql('grant execute on function notify_task(uuid, uuid, uuid, text, text, jsonb) to jamsos_app;');
  }
}

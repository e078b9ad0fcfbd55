import { Migration } from '@mikro-orm/migrations';

/**
 * A version per tenant of everything its dashboard shows, so a server may keep a computed
 * dashboard and serve it again until something it was computed from changes.
 *
 * Bumped in the same transaction as the change, by statement-level triggers with transition
 * tables: on the summary cells (every registry change rewrites the cells it touched, so the
 * cells' own changes name the tenants whose figures moved) and on outreach tasks and visit
 * reports (task progress; both parties' versions, since both see the task). The bump runs as
 * the owner: requests may read organisations but not update them.
 */
export class Migration20261201110000_dashboard_version extends Migration {
  override up(): void {
    this.addSql(`alter table "organization" add column "dashboard_version" bigint not null default 0;`);
    this.addSql(`create function app_bump_dashboard_version(p_organizations uuid[]) returns void
      language sql volatile security definer set search_path = public
      as $$ update organization set dashboard_version = dashboard_version + 1 where id = any(p_organizations) $$;`);
    this.addSql('revoke all on function app_bump_dashboard_version(uuid[]) from public;');
    this.addSql('grant execute on function app_bump_dashboard_version(uuid[]) to jamsos_app;');

    const parties = {
      coverage_cell: ['organization_id'],
      business_cell: ['organization_id'],
      enrolment_cell: ['organization_id'],
      outreach_task: ['organization_id', 'assignee_org_id'],
      visit_report: ['organization_id', 'assignee_org_id'],
    } as const;
    for (const [table, columns] of Object.entries(parties)) {
      for (const [event, transition] of [
        ['insert', 'new'],
        ['update', 'new'],
        ['delete', 'old'],
      ] as const) {
        const name = `${table}_dashboard_${event}`;
        const ids = columns.map((c) => `select ${c} from changed`).join(' union ');
        this.addSql(`create function ${name}() returns trigger language plpgsql as $$
          begin perform app_bump_dashboard_version(array(${ids})); return null; end $$;`);
        this.addSql(`create trigger ${name} after ${event} on "${table}"
          referencing ${transition} table as changed for each statement execute function ${name}();`);
      }
    }
  }
}

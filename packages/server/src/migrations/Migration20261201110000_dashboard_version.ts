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

    // One trigger function per set of party columns; each trigger names its transition table
    // `changed`, so the same function serves every table and event.
    this.addSql(`create function dashboard_changed_owner() returns trigger language plpgsql as $$
      begin perform app_bump_dashboard_version(array(select organization_id from changed)); return null; end $$;`);
    this.addSql(`create function dashboard_changed_parties() returns trigger language plpgsql as $$
      begin perform app_bump_dashboard_version(array(
        select organization_id from changed union select assignee_org_id from changed)); return null; end $$;`);
    const tables = {
      coverage_cell: 'dashboard_changed_owner',
      business_cell: 'dashboard_changed_owner',
      enrolment_cell: 'dashboard_changed_owner',
      outreach_task: 'dashboard_changed_parties',
      visit_report: 'dashboard_changed_parties',
    } as const;
    for (const [table, fn] of Object.entries(tables)) {
      for (const [event, transition] of [
        ['insert', 'new'],
        ['update', 'new'],
        ['delete', 'old'],
      ] as const) {
        this.addSql(`create trigger ${table}_dashboard_${event} after ${event} on "${table}"
          referencing ${transition} table as changed for each statement execute function ${fn}();`);
      }
    }
  }
}

import { Migration } from '@mikro-orm/migrations';

const KEY = ['organization_id', 'district_code', 'kbli_section', 'size_class', 'legal_form'] as const;
const cellsOf = (source: string) =>
  `(select coalesce(jsonb_agg(distinct jsonb_build_object(${KEY.map((c) => `'${c}', x.${c}`).join(', ')})), '[]') from (${source}) x)`;

/** A row moved between cells, or in or out of them: only then can a figure change. */
const moved = (columns: readonly string[]) =>
  `(${columns.map((c) => `o.${c}`).join(', ')}) is distinct from (${columns.map((c) => `n.${c}`).join(', ')})`;
const BUSINESS_CELL_COLUMNS = ['regency_code', 'district_code', 'kbli_section', 'size_class', 'legal_form', 'archived_at'];
const WORKER_CELL_COLUMNS = ['worker_type', 'coverage_status', 'programmes', 'enrolled_on', 'archived_at'];

/**
 * Updates recount only the cells they can change. Before, every update of a business (a new
 * contact name) or a worker (a new phone number) rewrote all of its cells — a few hundred
 * enrolment-cell rows each, deleted and inserted — and bumped the dashboard versions, so the
 * three-minute load test left 715,000 dead enrolment-cell tuples and recomputed dashboards no
 * figure of which had changed. Now only rows whose cell columns changed are recounted.
 */
export class Migration20261201120000_coverage_changes_only extends Migration {
  override up(): void {
    this.addSql(`create or replace function coverage_from_business() returns trigger language plpgsql as $$
      declare v_cells jsonb;
      begin
        if tg_op = 'INSERT' then v_cells := ${cellsOf('select * from new_rows')};
        elsif tg_op = 'DELETE' then v_cells := ${cellsOf('select * from old_rows')};
        else v_cells := ${cellsOf(
          `select o.* from old_rows o join new_rows n on n.id = o.id where ${moved(BUSINESS_CELL_COLUMNS)}
           union all
           select n.* from old_rows o join new_rows n on n.id = o.id where ${moved(BUSINESS_CELL_COLUMNS)}`,
        )};
        end if;
        if jsonb_array_length(v_cells) > 0 then perform refresh_coverage_cells(v_cells); end if;
        return null;
      end $$;`);
    this.addSql(`create or replace function coverage_from_worker() returns trigger language plpgsql as $$
      declare v_cells jsonb;
      begin
        v_cells := ${cellsOf(
          `select b.* from business b where b.id in (
             select e.business_id from employment e
               join new_rows n on n.id = e.worker_id and n.organization_id = e.organization_id
               join old_rows o on o.id = n.id
              where ${moved(WORKER_CELL_COLUMNS)})`,
        )};
        if jsonb_array_length(v_cells) > 0 then perform refresh_coverage_cells(v_cells); end if;
        return null;
      end $$;`);
    this.addSql('drop trigger coverage_on_worker_update on "worker";');
    this.addSql(`create trigger coverage_on_worker_update after update on "worker"
      referencing old table as old_rows new table as new_rows for each statement execute function coverage_from_worker();`);
  }
}

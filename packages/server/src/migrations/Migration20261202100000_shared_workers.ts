import { Migration } from '@mikro-orm/migrations';

/** A business row's summary cell as one text (regency|district|KBLI section|size class|legal form). */
const cellOf = (b: string) =>
  `(${b}.regency_code || '|' || ${b}.district_code || '|' || ${b}.kbli_section || '|' || ${b}.size_class || '|' || ${b}.legal_form)`;

/**
 * Workers counted once (issue 15, "two totals for one thing").
 *
 * The summary cells count a worker in the cell of each of their employers, so a worker employed
 * by two businesses was counted twice in the dashboard (Bantul: 2,586 against the list's 2,508).
 * `shared_cell` counts the workers with two or more live employers, grouped by the cells of those
 * employers (`employer_cells`, sorted, one entry per employer) and the worker's own attributes.
 * For any filter on business attributes a worker was counted once per matching employer; the
 * dashboard subtracts, per shared group, (matching entries − 1) × its workers, which leaves each
 * person once — exactly what the workers list counts. These are aggregates like the cells, under
 * the same policies.
 *
 * Kept by statement-level triggers beside the cell triggers, under the same per-tenant advisory
 * lock. A statement names the cells it touched and the workers it affected; the groups whose
 * cells meet those (and the affected workers' current cells) are rebuilt from the rows: every
 * worker whose old or new set of cells changed has a cell among them.
 */
export class Migration20261202100000_shared_workers extends Migration {
  override up(): void {
    this.addSql(`create table "shared_cell" (
      "organization_id" uuid not null references "organization" ("id"),
      "worker_type" varchar(3) not null,
      "employer_cells" text[] not null,
      "month" date,
      "workers" int not null, "enrolled" int not null, "lapsed" int not null,
      "jkk" int not null, "jkm" int not null, "jht" int not null, "jp" int not null, "jkp" int not null);`);
    this.addSql(`create index "shared_cell_cells_index" on "shared_cell" using gin ("employer_cells");`);
    this.addSql(`create index "shared_cell_organization_index" on "shared_cell" ("organization_id");`);
    this.addSql(`alter table "shared_cell" enable row level security;`);
    this.addSql(`alter table "shared_cell" force row level security;`);
    this.addSql(`create policy tenant_isolation on "shared_cell"
      using ("organization_id" = (select app_current_tenant()))
      with check ("organization_id" = (select app_current_tenant()));`);
    this.addSql(`create policy aggregate_grant on "shared_cell" for select
      using ("organization_id" in (select app_granted_tenants('AGGREGATES'))
          or "organization_id" in (select app_granted_tenants('BUSINESS_DIRECTORY')));`);
    this.addSql(`grant select, insert, delete on "shared_cell" to jamsos_app;`);
    for (const [event, transition] of [
      ['insert', 'new'],
      ['update', 'new'],
      ['delete', 'old'],
    ] as const) {
      this.addSql(`create trigger shared_cell_dashboard_${event} after ${event} on "shared_cell"
        referencing ${transition} table as changed for each statement execute function dashboard_changed_owner();`);
    }

    // Rebuilds the groups that meet p_cells or the current cells of p_workers.
    this.addSql(`create function refresh_shared_cells(p_organizations uuid[], p_cells text[], p_workers uuid[])
      returns void language plpgsql as $$
      declare
        v_org uuid;
        v_cells text[];
      begin
        for v_org in select distinct o from unnest(p_organizations) o order by 1 loop
          perform pg_advisory_xact_lock(hashtext('coverage:' || v_org::text));
        end loop;
        select coalesce(array_agg(distinct c), '{}') into v_cells from (
          select unnest(p_cells) c
          union
          select ${cellOf('b')}
            from employment e join business b on b.organization_id = e.organization_id and b.id = e.business_id
           where e.worker_id = any(p_workers) and e.organization_id = any(p_organizations) and b.archived_at is null) x;
        if cardinality(v_cells) = 0 then return; end if;
        delete from shared_cell where organization_id = any(p_organizations) and employer_cells && v_cells;
        insert into shared_cell
        select organization_id, worker_type, employer_cells, month, count(*),
               count(*) filter (where coverage_status = 'ENROLLED'),
               count(*) filter (where coverage_status = 'LAPSED'),
               count(*) filter (where coverage_status = 'ENROLLED' and 'JKK' = any(programmes)),
               count(*) filter (where coverage_status = 'ENROLLED' and 'JKM' = any(programmes)),
               count(*) filter (where coverage_status = 'ENROLLED' and 'JHT' = any(programmes)),
               count(*) filter (where coverage_status = 'ENROLLED' and 'JP' = any(programmes)),
               count(*) filter (where coverage_status = 'ENROLLED' and 'JKP' = any(programmes))
          from (
            select w.organization_id, w.worker_type, w.coverage_status, w.programmes,
                   case when w.coverage_status = 'ENROLLED' then date_trunc('month', w.enrolled_on)::date end as month,
                   array_agg(${cellOf('b')} order by ${cellOf('b')}) as employer_cells
              from (select distinct e.organization_id, e.worker_id
                      from unnest(v_cells) k
                      join business b on b.organization_id = any(p_organizations) and b.archived_at is null
                       and b.district_code = split_part(k, '|', 2) and b.kbli_section = split_part(k, '|', 3)
                       and b.size_class = split_part(k, '|', 4) and b.legal_form = split_part(k, '|', 5)
                      join employment e on e.organization_id = b.organization_id and e.business_id = b.id) m
              join worker w on w.organization_id = m.organization_id and w.id = m.worker_id and w.archived_at is null
              join employment e on e.organization_id = w.organization_id and e.worker_id = w.id
              join business b on b.organization_id = e.organization_id and b.id = e.business_id and b.archived_at is null
             group by w.organization_id, w.id, w.worker_type, w.coverage_status, w.programmes, w.enrolled_on
            having count(*) > 1) s
         group by 1, 2, 3, 4;
      end $$;`);
    this.addSql(`grant execute on function refresh_shared_cells(uuid[], text[], uuid[]) to jamsos_app;`);

    const moved = (columns: readonly string[]) =>
      `(${columns.map((c) => `o.${c}`).join(', ')}) is distinct from (${columns.map((c) => `n.${c}`).join(', ')})`;
    const businessMoved = moved(['regency_code', 'district_code', 'kbli_section', 'size_class', 'legal_form', 'archived_at']);
    const workerMoved = moved(['worker_type', 'coverage_status', 'programmes', 'enrolled_on', 'archived_at']);
    this.addSql(`create function shared_from_business() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' then
          perform refresh_shared_cells(
            array(select distinct o.organization_id from old_rows o join new_rows n on n.id = o.id where ${businessMoved}),
            array(select ${cellOf('o')} from old_rows o join new_rows n on n.id = o.id where ${businessMoved}
                  union select ${cellOf('n')} from old_rows o join new_rows n on n.id = o.id where ${businessMoved}),
            array(select e.worker_id from employment e join new_rows n on n.id = e.business_id
                    join old_rows o on o.id = n.id where ${businessMoved}));
        elsif tg_op = 'DELETE' then
          perform refresh_shared_cells(array(select distinct organization_id from old_rows),
            array(select ${cellOf('o')} from old_rows o), '{}');
        end if;
        return null;
      end $$;`);
    this.addSql(`create function shared_from_employment() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          perform refresh_shared_cells(array(select distinct organization_id from old_rows),
            array(select ${cellOf('b')} from old_rows r join business b on b.id = r.business_id),
            array(select worker_id from old_rows));
        else
          perform refresh_shared_cells(array(select distinct organization_id from new_rows),
            array(select ${cellOf('b')} from new_rows r join business b on b.id = r.business_id),
            array(select worker_id from new_rows));
        end if;
        return null;
      end $$;`);
    this.addSql(`create function shared_from_worker() returns trigger language plpgsql as $$
      begin
        perform refresh_shared_cells(
          array(select distinct n.organization_id from new_rows n join old_rows o on o.id = n.id where ${workerMoved}),
          '{}',
          array(select n.id from new_rows n join old_rows o on o.id = n.id where ${workerMoved}));
        return null;
      end $$;`);
    this.addSql(`create trigger shared_on_business_update after update on "business"
      referencing old table as old_rows new table as new_rows for each statement execute function shared_from_business();`);
    this.addSql(`create trigger shared_on_business_delete after delete on "business"
      referencing old table as old_rows for each statement execute function shared_from_business();`);
    this.addSql(`create trigger shared_on_employment_insert after insert on "employment"
      referencing new table as new_rows for each statement execute function shared_from_employment();`);
    this.addSql(`create trigger shared_on_employment_delete after delete on "employment"
      referencing old table as old_rows for each statement execute function shared_from_employment();`);
    this.addSql(`create trigger shared_on_worker_update after update on "worker"
      referencing old table as old_rows new table as new_rows for each statement execute function shared_from_worker();`);
    // Groups for what exists already.
    this.addSql(`select refresh_shared_cells(array(select id from organization),
      array(select distinct ${cellOf('b')} from business b where b.archived_at is null), '{}');`);
  }
}

import { Migration } from '@mikro-orm/migrations';

const KEY = ['organization_id', 'district_code', 'kbli_section', 'size_class', 'legal_form'] as const;
const CELL_TABLES = ['coverage_cell', 'business_cell', 'enrolment_cell'] as const;

/**
 * Summary tables for the dashboard, kept in the same transaction as every registry change.
 *
 * At the scale of the province (40,000 businesses, 400,000 workers) counting rows per request is
 * too slow, so counts are kept per *cell*: a tenant × district × KBLI section × size class ×
 * legal form (× worker type, × enrolment month). A dashboard reads a few thousand cells instead
 * of hundreds of thousands of rows.
 *
 * - Statement-level triggers on business, employment and worker find the cells a statement
 *   touched (old and new values) and recount just those, from the rows, under the caller's own
 *   RLS. They are named `coverage_*` so they run after the `business_counts_*` ones they read.
 * - Recounts of one tenant are serialised by a transaction-scoped advisory lock, so two
 *   concurrent edits cannot both delete and re-insert a cell.
 * - Cells are aggregates only. Their owner tenant reads and writes them; a tenant holding a
 *   live AGGREGATES or BUSINESS_DIRECTORY agreement from the owner may read them — that is how
 *   the BPJS office sees the province's figures without a single row.
 * - A worker with two employers counts in both businesses' cells (as in business_counts).
 */
export class Migration20261124100000_coverage_summary extends Migration {
  override up(): void {
    const key = `"organization_id" uuid not null references "organization" ("id"),
      "regency_code" varchar(8) not null,
      "district_code" varchar(11) not null,
      "kbli_section" varchar(1) not null,
      "size_class" varchar(16) not null,
      "legal_form" varchar(16) not null`;
    this.addSql(`create table "coverage_cell" (${key},
      "worker_type" varchar(3) not null,
      "workers" int not null, "enrolled" int not null, "lapsed" int not null,
      "jkk" int not null, "jkm" int not null, "jht" int not null, "jp" int not null, "jkp" int not null,
      primary key (${KEY.join(', ')}, "worker_type"));`);
    this.addSql(`create table "business_cell" (${key},
      "businesses" int not null, "covered_businesses" int not null,
      primary key (${KEY.join(', ')}));`);
    this.addSql(`create table "enrolment_cell" (${key},
      "worker_type" varchar(3) not null,
      "month" date not null,
      "enrolled" int not null,
      primary key (${KEY.join(', ')}, "worker_type", "month"));`);
    for (const table of CELL_TABLES) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
      this.addSql(`create policy tenant_isolation on "${table}"
        using ("organization_id" = (select app_current_tenant()))
        with check ("organization_id" = (select app_current_tenant()));`);
      this.addSql(`create policy aggregate_grant on "${table}" for select
        using ("organization_id" in (select app_granted_tenants('AGGREGATES'))
            or "organization_id" in (select app_granted_tenants('BUSINESS_DIRECTORY')));`);
      this.addSql(`grant select, insert, delete on "${table}" to jamsos_app;`);
    }

    const match = KEY.map((c) => `b.${c} = k.${c}`).join(' and ');
    const cellMatch = (alias: string) => KEY.map((c) => `${alias}.${c} = k.${c}`).join(' and ');
    this.addSql(`create function refresh_coverage_cells(p_cells jsonb) returns void language plpgsql as $$
      declare
        v_org uuid;
      begin
        -- One recount of a tenant at a time (see above); locks are taken in a fixed order.
        for v_org in select distinct (c ->> 'organization_id')::uuid from jsonb_array_elements(p_cells) c order by 1 loop
          perform pg_advisory_xact_lock(hashtext('coverage:' || v_org::text));
        end loop;
        create temporary table if not exists coverage_keys (
          organization_id uuid, district_code text, kbli_section text, size_class text, legal_form text
        ) on commit drop;
        truncate coverage_keys;
        insert into coverage_keys select distinct * from jsonb_to_recordset(p_cells)
          as t(organization_id uuid, district_code text, kbli_section text, size_class text, legal_form text);
        -- Real row counts for the planner: one cell (an edit) wants index lookups, thousands (an
        -- import) want hash joins.
        analyze coverage_keys;

        delete from coverage_cell c using coverage_keys k where ${cellMatch('c')};
        delete from business_cell c using coverage_keys k where ${cellMatch('c')};
        delete from enrolment_cell c using coverage_keys k where ${cellMatch('c')};

        insert into coverage_cell
        select b.organization_id, b.regency_code, b.district_code, b.kbli_section, b.size_class, b.legal_form,
               w.worker_type, count(*),
               count(*) filter (where w.coverage_status = 'ENROLLED'),
               count(*) filter (where w.coverage_status = 'LAPSED'),
               count(*) filter (where w.coverage_status = 'ENROLLED' and 'JKK' = any(w.programmes)),
               count(*) filter (where w.coverage_status = 'ENROLLED' and 'JKM' = any(w.programmes)),
               count(*) filter (where w.coverage_status = 'ENROLLED' and 'JHT' = any(w.programmes)),
               count(*) filter (where w.coverage_status = 'ENROLLED' and 'JP' = any(w.programmes)),
               count(*) filter (where w.coverage_status = 'ENROLLED' and 'JKP' = any(w.programmes))
          from coverage_keys k
          join business b on ${match} and b.archived_at is null
          join employment e on e.organization_id = b.organization_id and e.business_id = b.id
          join worker w on w.organization_id = e.organization_id and w.id = e.worker_id and w.archived_at is null
         group by 1, 2, 3, 4, 5, 6, 7;

        insert into business_cell
        select b.organization_id, b.regency_code, b.district_code, b.kbli_section, b.size_class, b.legal_form,
               count(*), count(*) filter (where c.worker_count > 0 and c.enrolled_count = c.worker_count)
          from coverage_keys k
          join business b on ${match} and b.archived_at is null
          left join business_counts c on c.business_id = b.id
         group by 1, 2, 3, 4, 5, 6;

        insert into enrolment_cell
        select b.organization_id, b.regency_code, b.district_code, b.kbli_section, b.size_class, b.legal_form,
               w.worker_type, date_trunc('month', w.enrolled_on)::date, count(*)
          from coverage_keys k
          join business b on ${match} and b.archived_at is null
          join employment e on e.organization_id = b.organization_id and e.business_id = b.id
          join worker w on w.organization_id = e.organization_id and w.id = e.worker_id and w.archived_at is null
         where w.coverage_status = 'ENROLLED' and w.enrolled_on is not null
         group by 1, 2, 3, 4, 5, 6, 7, 8;
      end $$;`);

    const cellsOf = (source: string) =>
      `(select coalesce(jsonb_agg(distinct jsonb_build_object(${KEY.map((c) => `'${c}', x.${c}`).join(', ')})), '[]') from (${source}) x)`;
    const businessesOf = (ids: string) => `select b.* from business b where b.id in (${ids})`;
    // An update recounts only what it moved between cells (or in or out of them): a new contact
    // name or phone number writes no cell. Recounting everything rewrote a few hundred
    // enrolment-cell rows per edit (715,000 dead tuples after two load tests) and bumped the
    // dashboard versions for figures that had not changed.
    const moved = (columns: readonly string[]) =>
      `(${columns.map((c) => `o.${c}`).join(', ')}) is distinct from (${columns.map((c) => `n.${c}`).join(', ')})`;
    const businessMoved = moved(['regency_code', 'district_code', 'kbli_section', 'size_class', 'legal_form', 'archived_at']);
    const workerMoved = moved(['worker_type', 'coverage_status', 'programmes', 'enrolled_on', 'archived_at']);
    this.addSql(`create function coverage_from_business() returns trigger language plpgsql as $$
      declare v_cells jsonb;
      begin
        if tg_op = 'INSERT' then v_cells := ${cellsOf('select * from new_rows')};
        elsif tg_op = 'DELETE' then v_cells := ${cellsOf('select * from old_rows')};
        else v_cells := ${cellsOf(
          `select o.* from old_rows o join new_rows n on n.id = o.id where ${businessMoved}
           union all
           select n.* from old_rows o join new_rows n on n.id = o.id where ${businessMoved}`,
        )};
        end if;
        if jsonb_array_length(v_cells) > 0 then perform refresh_coverage_cells(v_cells); end if;
        return null;
      end $$;`);
    this.addSql(`create function coverage_from_employment() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          perform refresh_coverage_cells(${cellsOf(businessesOf('select business_id from old_rows'))});
        else
          perform refresh_coverage_cells(${cellsOf(businessesOf('select business_id from new_rows'))});
        end if;
        return null;
      end $$;`);
    this.addSql(`create function coverage_from_worker() returns trigger language plpgsql as $$
      declare v_cells jsonb;
      begin
        v_cells := ${cellsOf(
          businessesOf(`select e.business_id from employment e
             join new_rows n on n.id = e.worker_id and n.organization_id = e.organization_id
             join old_rows o on o.id = n.id
            where ${workerMoved}`),
        )};
        if jsonb_array_length(v_cells) > 0 then perform refresh_coverage_cells(v_cells); end if;
        return null;
      end $$;`);
    this.addSql(`create trigger coverage_on_business_insert after insert on "business"
      referencing new table as new_rows for each statement execute function coverage_from_business();`);
    this.addSql(`create trigger coverage_on_business_update after update on "business"
      referencing old table as old_rows new table as new_rows for each statement execute function coverage_from_business();`);
    this.addSql(`create trigger coverage_on_business_delete after delete on "business"
      referencing old table as old_rows for each statement execute function coverage_from_business();`);
    this.addSql(`create trigger coverage_on_employment_insert after insert on "employment"
      referencing new table as new_rows for each statement execute function coverage_from_employment();`);
    this.addSql(`create trigger coverage_on_employment_delete after delete on "employment"
      referencing old table as old_rows for each statement execute function coverage_from_employment();`);
    this.addSql(`create trigger coverage_on_worker_update after update on "worker"
      referencing old table as old_rows new table as new_rows for each statement execute function coverage_from_worker();`);
    // Cells for what exists already.
    this.addSql(`select refresh_coverage_cells(${cellsOf('select * from business')});`);
    this.addSql(`grant execute on function refresh_coverage_cells(jsonb) to jamsos_app;`);
  }
}

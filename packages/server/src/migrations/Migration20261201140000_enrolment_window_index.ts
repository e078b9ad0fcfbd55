import { Migration } from '@mikro-orm/migrations';

/**
 * The dashboard's enrolment trend reads the last 24 months of `enrolment_cell` (24,000 of its
 * 117,000 rows in the province) and keeps those of the filtered cells. Through the index on month
 * alone every one of them was fetched from the table, scattered over nearly all of its pages, and
 * checked against the filter and the row-level security policies there: 12 ms for a filtered
 * province dashboard, most of its cost. Two indexes replace it, both read without the table (an
 * index-only scan, once the table is vacuumed):
 * - by month, carrying each cell's key and count: any filter, or none (10 ms for the whole
 *   province, 3–4 ms filtered);
 * - by regency, then month, then the other filter columns: a regency filter, the dashboard's most
 *   common (every regency is a tenant of its own, and the province's tenants look at one regency
 *   at a time), reads its regency's window only, and the other filters are checked inside the
 *   index, so only matching entries meet the row-level security policies (1.6 ms).
 */
export class Migration20261201140000_enrolment_window_index extends Migration {
  override up(): void {
    this.addSql(`create index "enrolment_cell_window_index" on "enrolment_cell" ("month")
      include ("organization_id", "regency_code", "district_code", "kbli_section", "size_class", "legal_form",
               "worker_type", "enrolled");`);
    this.addSql(`create index "enrolment_cell_regency_window_index" on "enrolment_cell"
      ("regency_code", "month", "kbli_section", "size_class", "worker_type", "legal_form", "district_code",
       "organization_id") include ("enrolled");`);
    this.addSql('drop index "enrolment_cell_month_index";');
  }
}

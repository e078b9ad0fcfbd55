import { Migration } from '@mikro-orm/migrations';

/**
 * Retention (docs/privacy.md, "How long"). An archived worker's personal data is erased after its
 * retention period, the row kept for what statistics need (sex, birth year, type, coverage,
 * programmes, enrolment date, employers): `personal_data_erased_at` marks it, and its NIK becomes
 * a placeholder from `worker_erased_nik` starting `00` (no region code, so never a real NIK and
 * never colliding with one). Audit entries stay append-only for everyone, except that the owner's
 * retention job may delete entries older than the cutoff it declares in its own transaction
 * (`app.audit_retention_before`); `jamsos_app` has no DELETE right on the table at all.
 */
export class Migration20261205110000_retention extends Migration {
  override up(): void {
    this.addSql(`alter table "worker" add column "personal_data_erased_at" timestamptz null;`);
    this.addSql(`create sequence "worker_erased_nik" as bigint minvalue 1 maxvalue 99999999999999;`);
    this.addSql(`create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
      declare v_before text := current_setting('app.audit_retention_before', true);
      begin
        if tg_op = 'DELETE' and coalesce(v_before, '') <> '' and old.created_at < v_before::timestamptz then
          return old;
        end if;
        raise exception 'audit entries are append-only';
      end $$;`);
  }
}

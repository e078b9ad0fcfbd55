import { Migration } from '@mikro-orm/migrations';

/**
 * The worker name search returns the matching rows themselves, not their ids. With ids, a page
 * looked every match up again by primary key, twice (once to count, once to sort): 1,500 matches
 * of a common name cost 12,000 buffer reads on top of the trigram scan, which reads the rows
 * anyway. Same rule as before: the caller's own tenant only, applied inside the function (ILIKE
 * is not LEAKPROOF, so under row-level security it could never use the index; see
 * Migration20261201100000_search_and_speed).
 */
export class Migration20261201130000_worker_name_search extends Migration {
  override up(): void {
    this.addSql(`create function app_worker_name_search(p_pattern text) returns setof worker
      language sql stable security definer set search_path = public
      as $$ select * from worker where organization_id = app_current_tenant() and full_name ilike p_pattern $$;`);
    this.addSql('revoke all on function app_worker_name_search(text) from public;');
    this.addSql('grant execute on function app_worker_name_search(text) to jamsos_app;');
    this.addSql('drop function app_worker_name_matches(text);');
  }
}

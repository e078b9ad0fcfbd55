import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { Migration20261124033626_initial } from './Migration20261124033626_initial';
import { Migration20261124040000_tenant_isolation } from './Migration20261124040000_tenant_isolation';
import { Migration20261124041000_audit_and_invitations } from './Migration20261124041000_audit_and_invitations';
import { Migration20261124042000_platform_operator } from './Migration20261124042000_platform_operator';
import { Migration20261124050000_registry } from './Migration20261124050000_registry';
import { Migration20261124060000_agreements } from './Migration20261124060000_agreements';
import { Migration20261124070000_outreach } from './Migration20261124070000_outreach';
import { Migration20261124080000_login_throttle } from './Migration20261124080000_login_throttle';
import { Migration20261124090000_adhoc_queries } from './Migration20261124090000_adhoc_queries';
import { Migration20261124100000_coverage_summary } from './Migration20261124100000_coverage_summary';
import { Migration20261201100000_search_and_speed } from './Migration20261201100000_search_and_speed';
import { Migration20261201110000_dashboard_version } from './Migration20261201110000_dashboard_version';
import { Migration20261201120000_session_viewer } from './Migration20261201120000_session_viewer';
import { Migration20261201130000_worker_name_search } from './Migration20261201130000_worker_name_search';
import { Migration20261201140000_enrolment_window_index } from './Migration20261201140000_enrolment_window_index';
import { Migration20261202090000_session_viewer_plan } from './Migration20261202090000_session_viewer_plan';
import { Migration20261202091000_granted_tenants_plan } from './Migration20261202091000_granted_tenants_plan';
import { Migration20261202092000_task_due_index } from './Migration20261202092000_task_due_index';
import { Migration20261202100000_shared_workers } from './Migration20261202100000_shared_workers';
import { Migration20261202103000_notification_params } from './Migration20261202103000_notification_params';
import { Migration20261202150000_task_history } from './Migration20261202150000_task_history';
import { Migration20261203100000_registry_counts } from './Migration20261203100000_registry_counts';
import { Migration20261204100000_mail } from './Migration20261204100000_mail';
import { Migration20261205100000_nik_lookup } from './Migration20261205100000_nik_lookup';
import { Migration20261205110000_retention } from './Migration20261205110000_retention';
import { Migration20261206100000_client_ids } from './Migration20261206100000_client_ids';
import { Migration20261207090000_business_village } from './Migration20261207090000_business_village';
import { Migration20261208100000_enrolment } from './Migration20261208100000_enrolment';
import { Migration20261211100000_enrolment_interest } from './Migration20261211100000_enrolment_interest';
import { Migration20261211110000_visit_photo_location } from './Migration20261211110000_visit_photo_location';

/**
 * Every migration, in order. Listed explicitly rather than discovered from the folder, so the
 * same list runs under tsx, vitest and a bundler alike.
 */
export const migrations: { name: string; class: Constructor<Migration> }[] = [
  { name: 'Migration20261124033626_initial', class: Migration20261124033626_initial },
  { name: 'Migration20261124040000_tenant_isolation', class: Migration20261124040000_tenant_isolation },
  { name: 'Migration20261124041000_audit_and_invitations', class: Migration20261124041000_audit_and_invitations },
  { name: 'Migration20261124042000_platform_operator', class: Migration20261124042000_platform_operator },
  { name: 'Migration20261124050000_registry', class: Migration20261124050000_registry },
  { name: 'Migration20261124060000_agreements', class: Migration20261124060000_agreements },
  { name: 'Migration20261124070000_outreach', class: Migration20261124070000_outreach },
  { name: 'Migration20261124080000_login_throttle', class: Migration20261124080000_login_throttle },
  { name: 'Migration20261124090000_adhoc_queries', class: Migration20261124090000_adhoc_queries },
  { name: 'Migration20261124100000_coverage_summary', class: Migration20261124100000_coverage_summary },
  { name: 'Migration20261201100000_search_and_speed', class: Migration20261201100000_search_and_speed },
  { name: 'Migration20261201110000_dashboard_version', class: Migration20261201110000_dashboard_version },
  { name: 'Migration20261201120000_session_viewer', class: Migration20261201120000_session_viewer },
  { name: 'Migration20261201130000_worker_name_search', class: Migration20261201130000_worker_name_search },
  { name: 'Migration20261201140000_enrolment_window_index', class: Migration20261201140000_enrolment_window_index },
  { name: 'Migration20261202090000_session_viewer_plan', class: Migration20261202090000_session_viewer_plan },
  { name: 'Migration20261202091000_granted_tenants_plan', class: Migration20261202091000_granted_tenants_plan },
  { name: 'Migration20261202092000_task_due_index', class: Migration20261202092000_task_due_index },
  { name: 'Migration20261202100000_shared_workers', class: Migration20261202100000_shared_workers },
  { name: 'Migration20261202103000_notification_params', class: Migration20261202103000_notification_params },
  { name: 'Migration20261202150000_task_history', class: Migration20261202150000_task_history },
  { name: 'Migration20261203100000_registry_counts', class: Migration20261203100000_registry_counts },
  { name: 'Migration20261206100000_client_ids', class: Migration20261206100000_client_ids },
  { name: 'Migration20261204100000_mail', class: Migration20261204100000_mail },
  { name: 'Migration20261207090000_business_village', class: Migration20261207090000_business_village },
  { name: 'Migration20261208100000_enrolment', class: Migration20261208100000_enrolment },
  { name: 'Migration20261205100000_nik_lookup', class: Migration20261205100000_nik_lookup },
  { name: 'Migration20261205110000_retention', class: Migration20261205110000_retention },
  { name: 'Migration20261211100000_enrolment_interest', class: Migration20261211100000_enrolment_interest },
  { name: 'Migration20261211110000_visit_photo_location', class: Migration20261211110000_visit_photo_location },
];

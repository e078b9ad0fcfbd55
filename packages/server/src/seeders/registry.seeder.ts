import { DEMO_TENANTS } from '@jamsos/schema';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../modules/organization/organization.entity';
import { type DemoRegistry, demoRegistryOptions, generateRegistry } from './registry-data';

/**
 * Loads each demo tenant's registry — a few hundred businesses and a few thousand workers for
 * each regency and Kadin — so the portal looks alive. Runs as the owner (no RLS), once: a tenant
 * that already has businesses is left alone. `scale` shrinks it (the tests load a sliver).
 */
export async function seedDemoRegistry(em: EntityManager, scale: number): Promise<number> {
  if (scale <= 0) return 0;
  const organizations = await em.find(Organization, { code: { $in: DEMO_TENANTS.map((t) => t.code) } });
  let inserted = 0;
  for (const tenant of DEMO_TENANTS) {
    const org = organizations.find((o) => o.code === tenant.code);
    const options = demoRegistryOptions(tenant.code, tenant.kind, tenant.regencyCode);
    if (!org || !options) continue;
    const [row] = await em.execute<{ n: string }[]>('select count(*) as n from business where organization_id = ?', [
      org.id,
    ]);
    if (Number(row?.n ?? 0) > 0) continue;
    const businessCount = Math.max(2, Math.round(options.businessCount * scale));
    const registry = generateRegistry({ ...options, businessCount });
    await em.transactional(async (tx) => {
      // Row triggers off while loading, then the summaries they keep computed once (with fresh
      // statistics, so the planner does not pick nested loops over tables it thinks are empty).
      await tx.execute('set local session_replication_role = replica');
      await insertRegistry(tx, org.id, registry);
      await tx.execute('set local session_replication_role = origin');
      await refreshSummaries(tx, org.id);
    });
    inserted += registry.workers.length;
  }
  return inserted;
}

/** Recomputes a tenant's worker counts and dashboard cells from its rows (after a bulk load). */
export async function refreshSummaries(em: EntityManager, organizationId: string | null): Promise<void> {
  await em.execute('analyze business, worker, employment');
  const where = organizationId ? 'where organization_id = ?' : '';
  const params = organizationId ? [organizationId] : [];
  await em.execute(`select refresh_business_counts(array(select id from business ${where}))`, params);
  await em.execute('analyze business_counts');
  await em.execute(
    `select refresh_coverage_cells((select coalesce(jsonb_agg(distinct jsonb_build_object(
       'organization_id', organization_id, 'district_code', district_code, 'kbli_section', kbli_section,
       'size_class', size_class, 'legal_form', legal_form)), '[]') from business ${where}))`,
    params,
  );
  // Workers with several employers, whom the cells count once per employer (see the
  // shared_workers migration).
  await em.execute(
    `select refresh_shared_cells(array(select id from organization ${organizationId ? 'where id = ?' : ''}),
       array(select distinct b.regency_code || '|' || b.district_code || '|' || b.kbli_section || '|' || b.size_class
               || '|' || b.legal_form from business b ${where}), '{}')`,
    [...params, ...params],
  );
  await em.execute(
    `select refresh_registry_counts(array(select id from organization ${organizationId ? 'where id = ?' : ''}))`,
    params,
  );
  // Loaded with triggers off, so no trigger said the figures moved: a running server's computed
  // dashboards must not outlive this.
  await em.execute(
    `update organization set dashboard_version = dashboard_version + 1 ${organizationId ? 'where id = ?' : ''}`,
    params,
  );
}

/**
 * Bulk-inserts a generated registry for one tenant: one `insert … select from
 * jsonb_to_recordset()` per table (in chunks), not row by row through the ORM.
 */
export async function insertRegistry(em: EntityManager, organizationId: string, registry: DemoRegistry): Promise<void> {
  const businessIds = new Map(registry.businesses.map((b) => [b.key, crypto.randomUUID()]));
  const businessRows = registry.businesses.map((b) => ({
    id: businessIds.get(b.key),
    legal_form: b.legalForm,
    name: b.name,
    nib: b.nib,
    kbli_section: b.kbliSection,
    size_class: b.sizeClass,
    regency_code: b.regencyCode,
    district_code: b.districtCode,
    village_code: b.villageCode,
    address: b.address,
    contact_name: b.contactName,
    contact_phone: b.contactPhone,
    founded_year: b.foundedYear,
    kadin_member: b.kadinMember,
  }));
  for (const chunk of chunks(businessRows)) {
    await em.execute(
      `insert into business (id, organization_id, legal_form, name, nib, kbli_section, size_class, regency_code,
         district_code, village_code, address, contact_name, contact_phone, founded_year, kadin_member)
       select id, ?::uuid, legal_form, name, nib, kbli_section, size_class, regency_code, district_code, village_code,
              address,
              contact_name, contact_phone, founded_year, kadin_member
         from jsonb_to_recordset(?::jsonb) as t(id uuid, legal_form text, name text, nib text, kbli_section text,
              size_class text, regency_code text, district_code text, village_code text, address text, contact_name text,
              contact_phone text, founded_year int, kadin_member boolean)`,
      [organizationId, JSON.stringify(chunk)],
    );
  }
  const workerRows = registry.workers.map((w) => ({
    id: crypto.randomUUID(),
    businesses: w.businessKeys.map((key) => businessIds.get(key)),
    nik: w.nik,
    full_name: w.fullName,
    sex: w.sex,
    birth_date: w.birthDate,
    worker_type: w.workerType,
    occupation: w.occupation,
    monthly_income: w.monthlyIncome,
    phone: w.phone,
    kpj: w.kpj,
    coverage_status: w.status,
    programmes: w.programmes,
    enrolled_on: w.enrolledOn,
  }));
  for (const chunk of chunks(workerRows)) {
    await em.execute(
      `insert into worker (id, organization_id, nik, full_name, sex, birth_date, worker_type, occupation,
         monthly_income, phone, kpj, coverage_status, programmes, enrolled_on)
       select id, ?::uuid, nik, full_name, sex, birth_date, worker_type, occupation, monthly_income, phone, kpj,
              coverage_status, array(select jsonb_array_elements_text(programmes)), enrolled_on
         from jsonb_to_recordset(?::jsonb) as t(id uuid, nik text, full_name text, sex text, birth_date date,
              worker_type text, occupation text, monthly_income int, phone text, kpj text, coverage_status text,
              programmes jsonb, enrolled_on date)`,
      [organizationId, JSON.stringify(chunk)],
    );
    const employments = chunk.flatMap((w) =>
      w.businesses.map((business) => ({ worker_id: w.id, business_id: business })),
    );
    await em.execute(
      `insert into employment (worker_id, business_id, organization_id)
       select worker_id, business_id, ?::uuid from jsonb_to_recordset(?::jsonb) as t(worker_id uuid, business_id uuid)`,
      [organizationId, JSON.stringify(employments)],
    );
  }
}

function* chunks<T>(rows: readonly T[], size = 5000): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

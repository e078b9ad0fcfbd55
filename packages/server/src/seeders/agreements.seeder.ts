import { DEMO_TENANTS } from '@jamsos/schema';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Agreement, type AgreementScope } from '../modules/agreement/agreement.entity';
import { Organization } from '../modules/organization/organization.entity';

/**
 * The MoUs of DESIGN.md: after the Governor's MoU with BPJS Ketenagakerjaan (23 November 2020),
 * each regency/city and the province agency share their business directory and aggregates with
 * the BPJS office, and Kadin shares its member directory. Each regency/city also lets the office
 * receive its enrolment requests (ENROLMENT, issue 17), so the loop works in the demo from the
 * start. Idempotent: an agreement already there (same grantor, grantee and scope) is left alone,
 * revoked or not.
 */
export async function seedDemoAgreements(em: EntityManager): Promise<void> {
  const orgs = new Map((await em.find(Organization, {})).map((org) => [org.code, org]));
  const bpjs = orgs.get('bpjs-yogyakarta');
  if (!bpjs) return;
  const existing = await em.find(Agreement, {}, { filters: false });
  const plans: { grantor: string; scope: AgreementScope }[] = [];
  for (const tenant of DEMO_TENANTS) {
    if (tenant.kind === 'REGENCY' || tenant.kind === 'PROVINCE_AGENCY') {
      plans.push({ grantor: tenant.code, scope: 'BUSINESS_DIRECTORY' }, { grantor: tenant.code, scope: 'AGGREGATES' });
    }
    if (tenant.kind === 'CHAMBER') plans.push({ grantor: tenant.code, scope: 'BUSINESS_DIRECTORY' });
  }
  // After the MoUs above (their numbers stay as they were).
  for (const tenant of DEMO_TENANTS) {
    if (tenant.kind === 'REGENCY') plans.push({ grantor: tenant.code, scope: 'ENROLMENT' });
  }
  plans.forEach((plan, index) => {
    const grantor = orgs.get(plan.grantor);
    if (!grantor) return;
    const there = existing.some(
      (a) => a.organization.id === grantor.id && a.grantee.id === bpjs.id && a.scope === plan.scope,
    );
    if (there) return;
    const enrolment = plan.scope === 'ENROLMENT';
    em.create(Agreement, {
      organization: grantor,
      grantee: bpjs,
      scope: plan.scope,
      title: enrolment
        ? `Perjanjian Kerja Sama ${grantor.name} dan BPJS Ketenagakerjaan tentang Pendaftaran Peserta (Pengajuan Kepesertaan) Pekerja Koperasi dan UMKM`
        : `Perjanjian Kerja Sama ${grantor.name} dan BPJS Ketenagakerjaan tentang Perluasan Kepesertaan Pekerja Koperasi dan UMKM`,
      number: `${String(index + 1).padStart(3, '0')}/PKS/${plan.grantor.toUpperCase()}/${enrolment ? 'XII/2026' : 'XI/2020'}`,
      signedOn: enrolment ? '2026-12-01' : '2020-11-23',
      validFrom: enrolment ? '2026-12-01' : '2020-11-23',
      validUntil: '2030-11-22',
    });
  });
  await em.flush();
}

import { regencies } from '@jamsos/schema';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type IOrganization, Organization } from '../modules/organization/organization.entity';
import { insertRegistry, refreshSummaries } from './registry.seeder';
import { between, generateRegistry, pick, prng, type RegistryOptions, weighted } from './registry-data';

/**
 * The province at full scale, for benchmarks: about 40,000 businesses and 400,000 workers (most
 * businesses micro, a few with hundreds of workers), 5,000 outreach tasks and 20,000 visit
 * reports, over the demo tenants. Bulk inserts (`insert … select from jsonb_to_recordset`, 5,000
 * rows a statement) with row triggers off; the summaries the triggers keep are then computed
 * once for everything.
 */
const SHARE: Record<string, { businesses: number; legalForms: RegistryOptions['legalForms'] }> = {
  'kota-yogyakarta': { businesses: 6_000, legalForms: ['KOPERASI', 'UMKM', 'UMKM', 'UMKM'] },
  sleman: { businesses: 11_000, legalForms: ['KOPERASI', 'UMKM', 'UMKM', 'UMKM'] },
  bantul: { businesses: 8_000, legalForms: ['KOPERASI', 'UMKM', 'UMKM', 'UMKM'] },
  'kulon-progo': { businesses: 3_500, legalForms: ['KOPERASI', 'UMKM', 'UMKM', 'UMKM'] },
  gunungkidul: { businesses: 5_000, legalForms: ['KOPERASI', 'UMKM', 'UMKM', 'UMKM'] },
  'kadin-diy': { businesses: 4_000, legalForms: ['UMKM'] },
  'dinkop-diy': { businesses: 2_500, legalForms: ['KOPERASI'] },
};

export interface ProvinceCounts {
  businesses: number;
  workers: number;
  tasks: number;
  visitReports: number;
}

export async function seedProvince(
  em: EntityManager,
  options: { scale?: number; progress?: (line: string) => void } = {},
): Promise<ProvinceCounts> {
  const scale = options.scale ?? 1;
  const progress = options.progress ?? (() => {});
  const [existing] = await em.execute<{ n: string }[]>('select count(*) as n from business');
  if (Number(existing?.n) > 0)
    throw new Error('The database already has a registry: load the province into a fresh one.');
  const orgs = new Map((await em.find(Organization, {})).map((o) => [o.code, o]));
  const counts: ProvinceCounts = { businesses: 0, workers: 0, tasks: 0, visitReports: 0 };

  await em.transactional(async (tx) => {
    // Row triggers (counts, summary cells, foreign-key checks) are skipped while loading; the
    // generated data is consistent by construction and the summaries are computed at the end.
    await tx.execute(`set local session_replication_role = replica`);
    for (const [code, share] of Object.entries(SHARE)) {
      const org = orgs.get(code);
      if (!org) throw new Error(`No tenant ${code}: start the portal once on this database first.`);
      const registry = generateRegistry({
        seed: 2026,
        prefix: code,
        regencyCodes: org.regencyCode ? [org.regencyCode] : regencies().map((r) => r.code),
        businessCount: Math.max(2, Math.round(share.businesses * scale)),
        legalForms: share.legalForms,
        allKadinMembers: org.kind === 'CHAMBER',
        meanWorkers: 4.5,
      });
      await insertRegistry(tx, org.id, registry);
      counts.businesses += registry.businesses.length;
      counts.workers += registry.workers.length;
      progress(`${code}: ${registry.businesses.length} businesses, ${registry.workers.length} workers`);
    }
    const tasks = await insertTasks(tx, orgs, Math.max(10, Math.round(5_000 * scale)));
    counts.tasks = tasks.tasks;
    counts.visitReports = tasks.reports;
    progress(`${tasks.tasks} tasks, ${tasks.reports} visit reports`);
    await tx.execute(`set local session_replication_role = origin`);
    // Freshly loaded tables have no statistics yet: without them the planner picks nested loops.
    await refreshSummaries(tx, null);
    progress('summaries computed');
  });
  await em.execute('analyze');
  return counts;
}

async function insertTasks(
  em: EntityManager,
  orgs: Map<string, IOrganization>,
  count: number,
): Promise<{ tasks: number; reports: number }> {
  const rng = prng(5000);
  const bpjs = orgs.get('bpjs-yogyakarta');
  const dinkop = orgs.get('dinkop-diy');
  if (!bpjs || !dinkop) throw new Error('The demo tenants are missing.');
  const assignees = [...orgs.values()].filter((o) => ['REGENCY', 'CHAMBER'].includes(o.kind));
  // A few businesses of each assignee to name as targets and visit.
  const businessesOf = new Map<string, string[]>();
  for (const org of [...assignees, dinkop]) {
    const rows = await em.execute<{ id: string }[]>(
      'select id from business where organization_id = ? order by id limit 400',
      [org.id],
    );
    businessesOf.set(
      org.id,
      rows.map((r) => r.id),
    );
  }
  const tasks: Record<string, unknown>[] = [];
  const targets: Record<string, unknown>[] = [];
  const reports: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const creator = rng() < 0.8 ? bpjs : dinkop;
    const assignee = creator === bpjs && rng() < 0.1 ? dinkop : pick(rng, assignees);
    const status = weighted(rng, { OPEN: 20, ACCEPTED: 15, IN_PROGRESS: 35, DONE: 25, DECLINED: 3, CANCELLED: 2 });
    const id = crypto.randomUUID();
    const due = new Date(Date.UTC(2026, 10, 24) + between(rng, -90, 120) * 86_400_000).toISOString().slice(0, 10);
    const pool = businessesOf.get(assignee.id) ?? [];
    tasks.push({
      id,
      organization_id: creator.id,
      assignee_org_id: assignee.id,
      title: `Sosialisasi BPJS Ketenagakerjaan #${i + 1}`,
      regency_code: assignee.regencyCode ?? null,
      due_on: due,
      priority: pick(rng, ['LOW', 'NORMAL', 'NORMAL', 'HIGH', 'URGENT']),
      target_workers: between(rng, 10, 200),
      status,
      closing_reason: status === 'DECLINED' || status === 'CANCELLED' ? 'Jadwal bentrok' : null,
      created_by: creator === bpjs ? 'staff@bpjs-yogyakarta.demo' : 'staff@dinkop-diy.demo',
    });
    const picked = new Set<string>();
    for (let t = between(rng, 1, 3); t > 0 && pool.length > 0; t--) picked.add(pick(rng, pool));
    for (const business of picked)
      targets.push({ task_id: id, business_id: business, organization_id: creator.id, assignee_org_id: assignee.id });
    if (status === 'IN_PROGRESS' || status === 'DONE') {
      for (let r = between(rng, 3, 11); r > 0; r--) {
        reports.push({
          id: crypto.randomUUID(),
          task_id: id,
          organization_id: creator.id,
          assignee_org_id: assignee.id,
          visited_on: new Date(Date.UTC(2026, 10, 24) - between(rng, 1, 120) * 86_400_000).toISOString().slice(0, 10),
          business_id: pool.length > 0 ? pick(rng, pool) : null,
          people_reached: between(rng, 5, 60),
          workers_registered: between(rng, 0, 25),
          reported_by: `staff@${[...orgs.values()].find((o) => o.id === assignee.id)?.code}.demo`,
        });
      }
    }
  }
  await inChunks(
    em,
    tasks,
    `insert into outreach_task (id, organization_id, assignee_org_id, title, regency_code, due_on, priority,
       target_workers, status, closing_reason, created_by)
     select * from jsonb_to_recordset(?::jsonb) as t(id uuid, organization_id uuid, assignee_org_id uuid, title text,
       regency_code text, due_on date, priority text, target_workers int, status text, closing_reason text, created_by text)`,
  );
  await inChunks(
    em,
    targets,
    `insert into outreach_task_target (task_id, business_id, organization_id, assignee_org_id)
     select * from jsonb_to_recordset(?::jsonb) as t(task_id uuid, business_id uuid, organization_id uuid, assignee_org_id uuid)`,
  );
  await inChunks(
    em,
    reports,
    `insert into visit_report (id, task_id, organization_id, assignee_org_id, visited_on, business_id, people_reached,
       workers_registered, reported_by)
     select * from jsonb_to_recordset(?::jsonb) as t(id uuid, task_id uuid, organization_id uuid, assignee_org_id uuid,
       visited_on date, business_id uuid, people_reached int, workers_registered int, reported_by text)`,
  );
  return { tasks: tasks.length, reports: reports.length };
}

async function inChunks(em: EntityManager, rows: Record<string, unknown>[], sql: string): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000) await em.execute(sql, [JSON.stringify(rows.slice(i, i + 5000))]);
}

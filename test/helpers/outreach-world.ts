import { Organization } from '@jamsos/server/modules/organization/organization.entity';
import type pg from 'pg';
import { connectAsAppRole } from './database';
import { GraphQLClient } from './graphql-client';
import { startServer, type TestServer } from './server';

/**
 * The world of the outreach isolation tests (test/isolation/outreach*.test.ts): a server with a
 * small registry, the BPJS office that plans tasks, Bantul that works them, Sleman the third
 * tenant that must never see them, and a plain connection as the application's database role.
 */
export interface OutreachWorld {
  server: TestServer;
  orgs: Record<string, { id: string; globalId: string }>;
  bpjs: GraphQLClient;
  bantulAdmin: GraphQLClient;
  bantulStaff: GraphQLClient;
  sleman: GraphQLClient;
  app: pg.Client;
  /** Businesses of Bantul's directory shared with the BPJS office (global ids). */
  bantulBusinesses: string[];
  /** One of Sleman's businesses shared with the BPJS office: never a target of Bantul's task. */
  slemanBusiness: string;
}

export const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
export const TASK_FIELDS =
  'id version status overdue closingReason progress { registered rate } assignee { code } creator { code }';
export const CREATE = `mutation($input: CreateOutreachTaskInput!) { createOutreachTask(input: $input) { ${TASK_FIELDS} } }`;
export const MOVE = `mutation($input: TransitionOutreachTaskInput!) { transitionOutreachTask(input: $input) { ${TASK_FIELDS} } }`;
export const REPORT = `mutation($input: VisitReportInput!) { reportVisit(input: $input) { id workersRegistered } }`;
export const COMMENT = `mutation($input: TaskCommentInput!) { commentOnTask(input: $input) { id body } }`;
export type Task = { id: string; version: number; status: string; progress: { registered: number; rate: number } };

export async function openOutreachWorld(): Promise<OutreachWorld> {
  const server = await startServer({ DEMO_REGISTRY_SCALE: '0.05' });
  const all = await server.portal.database.ownerOrm.em.fork().find(Organization, {});
  const orgs = Object.fromEntries(
    all.map((o) => [o.code, { id: o.id, globalId: Buffer.from(`Organization:${o.id}`).toString('base64url') }]),
  );
  const bpjs = await new GraphQLClient(server.url).loginAs('STAFF', 'bpjs-yogyakarta');
  const bantulAdmin = await new GraphQLClient(server.url).loginAs('ADMIN', 'bantul');
  const bantulStaff = await new GraphQLClient(server.url).loginAs('STAFF', 'bantul');
  const sleman = await new GraphQLClient(server.url).loginAs('ADMIN', 'sleman');
  const directory = await bpjs.request<{ partnerBusinesses: { edges: { node: { id: string } }[] } }>(
    'query($g: ID!) { partnerBusinesses(grantorId: $g, first: 3) { edges { node { id } } } }',
    { g: orgs.bantul?.globalId },
  );
  const bantulBusinesses = directory.data?.partnerBusinesses.edges.map((e) => e.node.id) ?? [];
  const slemans = await bpjs.request<{ partnerBusinesses: { edges: { node: { id: string } }[] } }>(
    'query($g: ID!) { partnerBusinesses(grantorId: $g, first: 1) { edges { node { id } } } }',
    { g: orgs.sleman?.globalId },
  );
  const slemanBusiness = slemans.data?.partnerBusinesses.edges[0]?.node.id ?? '';
  const app = await connectAsAppRole(server.database.url);
  return { server, orgs, bpjs, bantulAdmin, bantulStaff, sleman, app, bantulBusinesses, slemanBusiness };
}

export async function closeOutreachWorld(world: Partial<OutreachWorld> | undefined): Promise<void> {
  await world?.app?.end();
  await world?.server?.stop();
}

/** A valid task for Bantul on two of its shared businesses, due in 30 days; `overrides` change it. */
export function outreachTaskInput(world: OutreachWorld, overrides: Record<string, unknown> = {}) {
  return {
    assigneeId: world.orgs.bantul?.globalId,
    title: 'Sosialisasi JKK-JKM pengrajin batik Imogiri',
    description: 'Kunjungi sentra batik dan daftarkan pekerja informal.',
    businessIds: world.bantulBusinesses.slice(0, 2),
    dueOn: day(30),
    priority: 'HIGH',
    targetWorkers: 20,
    ...overrides,
  };
}

/**
 * Revokes the demo's ENROLMENT agreements (the seeder grants one from each regency to the BPJS
 * office), for tests that show what happens without one and then grant and revoke their own.
 */
export async function revokeDemoEnrolmentAgreements(world: OutreachWorld): Promise<void> {
  await world.server.portal.database.ownerOrm.em
    .fork()
    .getConnection()
    .execute(
      `update agreement set revoked_at = now(), revoked_by = 'test@platform.demo'
        where scope = 'ENROLMENT' and revoked_at is null`,
    );
}

import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Portal, startPortal } from '@jamsos/server/app';
import { loadConfig, REPO_ROOT } from '@jamsos/server/config';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '@jamsos/server/database/embedded';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../helpers/graphql-client';

/**
 * PostgreSQL goes away under a running portal and comes back: requests fail fast with 503 and
 * SERVICE_UNAVAILABLE, /healthz turns red, the server recovers by itself, and every write it
 * acknowledged is still there. A PostgreSQL cluster of this file's own is stopped and restarted.
 */
let dir: string;
let pg: EmbeddedDatabase;
let port: number;
let portal: Portal;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'jamsos-outage-'));
  await chmod(dir, 0o755);
  pg = await startEmbeddedPostgres(path.join(dir, 'data'), () => {});
  port = Number(new URL(pg.url).port);
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: pg.url,
    DEMO_REGISTRY_SCALE: '0',
    WEB_DIST: path.join(REPO_ROOT, 'packages', 'web', 'dist'),
  });
  portal = await startPortal(config, () => {});
});
/** Cleanup after a deliberate outage is bounded: a connection killed mid-transaction may linger in the pool. */
function bounded(work: Promise<unknown> | undefined): Promise<unknown> {
  return Promise.race([work?.catch(() => {}), new Promise((resolve) => setTimeout(resolve, 15_000))]);
}

afterAll(async () => {
  await bounded(portal?.stop());
  await bounded(pg?.stop());
  await rm(dir, { recursive: true, force: true });
});

const CREATE = `mutation($input: BusinessFields!) { createBusiness(input: $input) { id } }`;
const fields = (name: string) => ({
  legalForm: 'UMKM',
  name,
  kbliSection: 'C',
  sizeClass: 'MIKRO',
  regency: 'Bantul',
  district: 'Sewon',
  address: 'Jl. Parangtritis',
});

describe('a database outage', () => {
  it('is answered with 503 while it lasts, recovered from without a restart, and loses no acknowledged write', async () => {
    const staff = await new GraphQLClient(portal.url).loginAs('STAFF', 'bantul');
    const acknowledged: string[] = [];
    const write = async (name: string) => {
      const result = await staff.request<{ createBusiness: { id: string } }>(CREATE, { input: fields(name) });
      if (result.data?.createBusiness.id) acknowledged.push(result.data.createBusiness.id);
      return result;
    };
    // Writes racing the shutdown: each either lands and is acknowledged, or is refused.
    const racing = Array.from({ length: 12 }, (_, i) => write(`Sebelum ${i}`));
    await pg.stop();
    const raced = await Promise.all(racing);
    for (const result of raced) {
      if (!result.data?.createBusiness)
        expect(['SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']).toContain(result.errors?.[0]?.extensions?.code);
    }

    const during = await write('Selama padam');
    expect(during.status).toBe(503);
    expect(during.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(during.errors?.[0]?.message).toMatch(/not reachable/);
    expect((await fetch(`${portal.url}/healthz`)).status).toBe(503);

    pg = await startEmbeddedPostgres(path.join(dir, 'data'), () => {}, { port });
    await expect
      .poll(async () => (await fetch(`${portal.url}/healthz`)).status, { timeout: 20_000, interval: 250 })
      .toBe(200);
    await expect.poll(async () => (await write('Sesudah')).status, { timeout: 20_000, interval: 250 }).toBe(200);

    const listed = await staff.request<{ businesses: { edges: { node: { id: string } }[] } }>(
      '{ businesses(first: 100) { edges { node { id } } } }',
    );
    const ids = new Set(listed.data?.businesses.edges.map((e) => e.node.id));
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const id of acknowledged) expect(ids.has(id)).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/**
 * Login abuse: a growing lock per email (existing or not, with the same answer) and per address,
 * each failure counted even though the login request itself is rolled back, and audited in the
 * account's tenant.
 */
let server: TestServer;

beforeAll(async () => {
  server = await startServer({ DEMO_REGISTRY_SCALE: '0' });
});
afterAll(async () => {
  await server?.stop();
});

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { viewer { user { id } } } }';

async function attempt(email: string, password: string) {
  const result = await new GraphQLClient(server.url).request(LOGIN, { input: { email, password } });
  const error = result.errors?.[0];
  return {
    ok: !result.errors,
    code: error?.extensions?.code,
    reason: error?.extensions?.reason,
    message: error?.message,
  };
}

const owner = () => server.portal.database.ownerOrm.em.fork().getConnection();

describe('login throttling', () => {
  it('locks an email after five failures — even for the right password — and answers alike for unknown emails', async () => {
    for (let i = 0; i < 5; i++)
      expect(await attempt('staff@gunungkidul.demo', 'salah-sekali-lagi')).toMatchObject({
        ok: false,
        reason: undefined,
      });
    const locked = await attempt('staff@gunungkidul.demo', DEMO_PASSWORD);
    expect(locked).toMatchObject({ ok: false, code: 'UNAUTHENTICATED', reason: 'TOO_MANY_ATTEMPTS' });

    for (let i = 0; i < 5; i++) await attempt('tidak-ada@gunungkidul.demo', 'salah-sekali-lagi');
    const unknown = await attempt('tidak-ada@gunungkidul.demo', DEMO_PASSWORD);
    expect(unknown).toEqual(locked);

    // Others are not affected.
    expect((await attempt('admin@gunungkidul.demo', DEMO_PASSWORD)).ok).toBe(true);
  });

  it('lets the email in again once the lock has run out, and forgets its failures on success', async () => {
    await owner().execute(
      `update login_throttle set locked_until = now() - interval '1 second' where key = 'email:staff@gunungkidul.demo'`,
    );
    expect((await attempt('staff@gunungkidul.demo', DEMO_PASSWORD)).ok).toBe(true);
    const left = await owner().execute<{ n: string }[]>(
      `select count(*) as n from login_throttle where key = 'email:staff@gunungkidul.demo'`,
    );
    expect(Number(left[0]?.n)).toBe(0);
  });

  it('audits the failures and the lock in the account’s tenant', async () => {
    const rows = await owner().execute<{ action: string; actor_email: string }[]>(
      `select a.action, a.actor_email from audit_entry a join organization o on o.id = a.organization_id
        where o.code = 'gunungkidul' and a.action in ('session.loginFailed', 'session.locked') order by a.created_at`,
    );
    expect(rows.filter((r) => r.action === 'session.loginFailed')).toHaveLength(4);
    expect(rows.filter((r) => r.action === 'session.locked')).toHaveLength(1);
    expect(new Set(rows.map((r) => r.actor_email))).toEqual(new Set(['staff@gunungkidul.demo']));
  });

  it('locks an address after twenty failures, whatever the emails', async () => {
    for (let i = 0; i < 20; i++) await attempt(`coba${i}@contoh.demo`, 'salah-sekali-lagi');
    expect(await attempt('viewer@gunungkidul.demo', DEMO_PASSWORD)).toMatchObject({
      ok: false,
      reason: 'TOO_MANY_ATTEMPTS',
    });
  });
});

import { createHash } from 'node:crypto';
import { PLATFORM } from '@jamsos/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAsAppRole } from '../helpers/database';
import { DEMO_PASSWORD, errorCodes, GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/**
 * Email (modules/mail, notification/email-preferences). Password resets are tenant-owned rows under row-level security: the request role sees only its
 * tenant's (and none without one), never inserts one itself (only `auth_password_reset_request`
 * does), and a reset reaches only the account of its own token. Email preferences are each
 * person's own: the mutation changes the caller's row and no other.
 */
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

const owner = () => server.portal.database.ownerOrm.em.fork().getConnection();
const tenantOf = async (code: string) =>
  (await owner().execute<{ id: string }[]>('select id from organization where code = ?', [code]))[0]?.id ?? '';

describe('password resets', () => {
  it('are kept apart by row-level security at the SQL level', async () => {
    const anonymous = new GraphQLClient(server.url);
    for (const email of ['staff@bantul.demo', 'staff@sleman.demo']) {
      const asked = await anonymous.request(
        'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }',
        {
          input: { email },
        },
      );
      expect(asked.errors).toBeUndefined();
    }
    const [bantul, sleman] = [await tenantOf('bantul'), await tenantOf('sleman')];
    expect(await owner().execute('select organization_id from password_reset')).toHaveLength(2);
    const client = await connectAsAppRole(server.database.url);
    try {
      // No tenant: nothing.
      expect((await client.query('select * from password_reset')).rows).toHaveLength(0);
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [bantul]);
      const seen = (await client.query('select organization_id from password_reset')).rows;
      expect(seen).toEqual([{ organization_id: bantul }]);
      // No insert grant, and no way to reach another tenant's row.
      await expect(
        client.query(
          `insert into password_reset (token_hash, organization_id, user_id, requested_ip, expires_at)
           select 'x', organization_id, user_id, 'ip', now() + interval '1 hour' from password_reset`,
        ),
      ).rejects.toThrow(/permission denied/);
      await client.query('rollback');
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [bantul]);
      const changed = await client.query(`update password_reset set used_at = now() where organization_id = $1`, [
        sleman,
      ]);
      expect(changed.rowCount).toBe(0);
      await client.query('rollback');
    } finally {
      await client.end();
    }
  });

  it('spends a token on its own account only: a forged one is refused', async () => {
    const forged = await new GraphQLClient(server.url).request(
      'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }',
      { input: { token: 'bukan-token-yang-sah', password: 'Sandi-Baru-yang-panjang-9' } },
    );
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RESET_INVALID' });
    // The stored hashes are not tokens: using one as a token is refused too.
    const [row] = await owner().execute<{ token_hash: string }[]>('select token_hash from password_reset limit 1');
    const replay = await new GraphQLClient(server.url).request(
      'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }',
      { input: { token: row?.token_hash, password: 'Sandi-Baru-yang-panjang-9' } },
    );
    expect(replay.errors?.[0]?.extensions).toMatchObject({ reason: 'RESET_INVALID' });
    expect(createHash('sha256').update(String(row?.token_hash)).digest('hex')).not.toBe(row?.token_hash);
  });
});

describe('email preferences', () => {
  const PREFS =
    'mutation($input: EmailPreferencesInput!) { updateEmailPreferences(input: $input) { language notices } }';

  it('change the caller’s own only; nobody else’s, in no tenant; the operator and the anonymous are refused', async () => {
    const before = await owner().execute<{ email: string; language: string; email_notices: string[] }[]>(
      `select email, language, email_notices from app_user where email <> 'admin@bantul.demo' order by email`,
    );
    const admin = await new GraphQLClient(server.url).loginAs('ADMIN', 'bantul');
    const saved = await admin.request(PREFS, { input: { language: 'en', notices: ['TASK_DONE', 'TASK_ASSIGNED'] } });
    expect(saved.data).toEqual({ updateEmailPreferences: { language: 'en', notices: ['TASK_ASSIGNED', 'TASK_DONE'] } });
    const after = await owner().execute<{ email: string; language: string; email_notices: string[] }[]>(
      `select email, language, email_notices from app_user where email <> 'admin@bantul.demo' order by email`,
    );
    expect(after).toEqual(before);
    const sleman = await new GraphQLClient(server.url).loginAs('ADMIN', 'sleman');
    expect(
      (await sleman.request<{ emailPreferences: unknown }>('{ emailPreferences { language notices } }')).data,
    ).toEqual({
      emailPreferences: { language: 'id', notices: [] },
    });
    const operator = new GraphQLClient(server.url);
    await operator.request('mutation($input: LoginInput!) { login(input: $input) { viewer { user { id } } } }', {
      input: { email: PLATFORM.operatorEmail, password: DEMO_PASSWORD },
    });
    expect(errorCodes(await operator.request(PREFS, { input: { language: 'en', notices: [] } }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await new GraphQLClient(server.url).request('{ emailPreferences { language } }'))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });
});

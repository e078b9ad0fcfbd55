import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, errorCodes, GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';
import { type Mailbox, startMailbox } from '../helpers/smtp';
import { overdueTask } from '../helpers/tasks';

/**
 * Email over a real SMTP server started here (smtp-server, read back with mailparser): the
 * message arrives, has a plain-text part, is in the recipient's language, and its link works.
 */
let mailbox: Mailbox;
let server: TestServer;
const log: string[] = [];

beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startServer({ SMTP_URL: mailbox.url, JOBS_POLL_SECONDS: '0.5' }, {}, (line) => log.push(line));
});
afterAll(async () => {
  await server?.stop();
  await mailbox?.stop();
});

const owner = () => server.portal.database.ownerOrm.em.fork().getConnection();
const linkIn = (text: string, path: string) => {
  const match = new RegExp(`https?://\\S+/${path}/([A-Za-z0-9_-]+)`).exec(text);
  if (!match?.[1]) throw new Error(`no ${path} link in: ${text}`);
  return { url: match[0], token: match[1] };
};
const REQUEST = 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const RESET = 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { viewer { user { email } } } }';

describe('an invitation', () => {
  it('arrives by email in Indonesian with a plain-text part and a link that sets the password', async () => {
    const admin = await new GraphQLClient(server.url).loginAs('ADMIN', 'bantul');
    const invited = await admin.request<{ inviteUser: { invitationUrl: string } }>(
      'mutation($input: InviteUserInput!) { inviteUser(input: $input) { invitationUrl } }',
      { input: { email: 'Dewi@Bantul.demo', displayName: 'Dewi Lestari', role: 'STAFF' } },
    );
    expect(invited.errors).toBeUndefined();
    const mail = await mailbox.waitFor('dewi@bantul.demo');
    expect(mail.subject).toMatch(/^Undangan ke Portal Kemitraan/);
    expect(mail.text).toContain('mengundang Anda');
    expect(mail.html).toContain('<a href=');
    const { url, token } = linkIn(mail.text ?? '', 'undangan');
    // The same link the admin sees on screen.
    expect(url).toBe(invited.data?.inviteUser.invitationUrl);
    const accepted = await new GraphQLClient(server.url).request(
      'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { viewer { user { email } } } }',
      { input: { token, password: 'Sandi-Baru-yang-panjang-1' } },
    );
    expect(accepted.errors).toBeUndefined();
  });
});

describe('a password reset', () => {
  it('emails a single-use link in the person’s language; the new password works, the old one and the link do not', async () => {
    await owner().execute(`update app_user set language = 'en' where email = 'staff@bantul.demo'`);
    const loggedIn = await new GraphQLClient(server.url).loginAs('STAFF', 'bantul');
    const anonymous = new GraphQLClient(server.url);
    const asked = await anonymous.request<{ requestPasswordReset: boolean }>(REQUEST, {
      input: { email: ' Staff@Bantul.demo ' },
    });
    expect(asked.data?.requestPasswordReset).toBe(true);
    const mail = await mailbox.waitFor('staff@bantul.demo', (m) => /password/i.test(m.subject ?? ''));
    expect(mail.subject).toBe('Reset your password');
    expect(mail.text).toContain('works once, for 30 minutes');
    const { url, token } = linkIn(mail.text ?? '', 'atur-ulang-sandi');
    // The web client's page for it (packages/web: ResetPasswordPage) reads the token from this path.
    expect(new URL(url).pathname).toBe(`/atur-ulang-sandi/${token}`);
    // Only the hash is kept.
    const stored = await owner().execute<{ token_hash: string }[]>(`select token_hash from password_reset`);
    expect(stored.map((r) => r.token_hash)).not.toContain(token);
    expect(stored[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);

    const weak = await anonymous.request(RESET, { input: { token, password: 'short' } });
    expect(errorCodes(weak)).toEqual(['BAD_USER_INPUT']);
    const reset = await anonymous.request<{ resetPassword: boolean }>(RESET, {
      input: { token, password: 'Sandi-Baru-yang-panjang-2' },
    });
    expect(reset.data?.resetPassword).toBe(true);
    const again = await anonymous.request(RESET, { input: { token, password: 'Sandi-Lain-yang-panjang-3' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RESET_INVALID' });
    const fresh = await new GraphQLClient(server.url).request(LOGIN, {
      input: { email: 'staff@bantul.demo', password: 'Sandi-Baru-yang-panjang-2' },
    });
    expect(fresh.errors).toBeUndefined();
    const old = await new GraphQLClient(server.url).request(LOGIN, {
      input: { email: 'staff@bantul.demo', password: DEMO_PASSWORD },
    });
    expect(errorCodes(old)).toEqual(['UNAUTHENTICATED']);
    // Whoever was logged in with the old password is logged out.
    expect((await loggedIn.request<{ viewer: unknown }>('{ viewer { user { id } } }')).data?.viewer).toBeNull();
    const [audit] = await owner().execute<{ action: string }[]>(
      `select action from audit_entry where action = 'user.resetPassword' and actor_email = 'staff@bantul.demo'`,
    );
    expect(audit).toBeDefined();
  });

  it('answers the same for an unknown address, and sends nothing', async () => {
    const before = mailbox.received.length;
    const asked = await new GraphQLClient(server.url).request(REQUEST, { input: { email: 'nobody@nowhere.demo' } });
    expect(asked).toMatchObject({ status: 200, data: { requestPasswordReset: true } });
    expect(asked.errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(mailbox.received.length).toBe(before);
  });

  it('refuses an expired link, and sends at most three a hour to one account', async () => {
    const anonymous = new GraphQLClient(server.url);
    for (let i = 0; i < 5; i++) {
      expect((await anonymous.request(REQUEST, { input: { email: 'viewer@bantul.demo' } })).errors).toBeUndefined();
    }
    for (let i = 0; i < 400 && mailbox.to('viewer@bantul.demo').length < 3; i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    // Time for a fourth, which must not come.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(mailbox.to('viewer@bantul.demo')).toHaveLength(3);
    const token = linkIn(mailbox.to('viewer@bantul.demo')[0]?.text ?? '', 'atur-ulang-sandi').token;
    await owner().execute(`update password_reset set expires_at = now() - interval '1 second'`);
    const late = await anonymous.request(RESET, { input: { token, password: 'Sandi-Baru-yang-panjang-4' } });
    expect(late.errors?.[0]?.extensions).toMatchObject({ reason: 'RESET_INVALID' });
  });
});

describe('notices by email', () => {
  const PREFS = `mutation($input: EmailPreferencesInput!) { updateEmailPreferences(input: $input) { language notices } }`;

  it('go to whoever chose them, in their language, with a link to the task; the rest stay on screen', async () => {
    const admin = await new GraphQLClient(server.url).loginAs('ADMIN', 'sleman');
    const chosen = await admin.request<{ updateEmailPreferences: unknown }>(PREFS, {
      input: { language: 'en', notices: ['TASK_OVERDUE'] },
    });
    expect(chosen.data?.updateEmailPreferences).toEqual({ language: 'en', notices: ['TASK_OVERDUE'] });
    const bad = await admin.request(PREFS, { input: { language: 'fr', notices: [] } });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const task = await overdueTask(server, 'sleman');
    expect((await server.portal.jobs.runNow('notice-emails')).state).toBe('completed');
    const mail = await mailbox.waitFor('admin@sleman.demo', (m) => (m.subject ?? '').includes(task.title));
    expect(mail.subject).toMatch(/^Overdue \(due \d{4}-\d{2}-\d{2}\): /);
    expect(mail.text).toContain('Open the task');
    const { token: taskId } = linkIn(mail.text ?? '', 'tugas');
    expect(taskId).toBe(task.id);
    const opened = await admin.request<{ node: { title: string } }>(
      'query($id: ID!) { node(id: $id) { ... on OutreachTask { title } } }',
      { id: taskId },
    );
    expect(opened.data?.node.title).toBe(task.title);
    // The assignment notice was not chosen: no email for it; and a second run sends nothing again.
    expect((await server.portal.jobs.runNow('notice-emails')).state).toBe('completed');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const toAdmin = mailbox.to('admin@sleman.demo').filter((m) => (m.subject ?? '').includes(task.title));
    expect(toAdmin).toHaveLength(1);
  });
});

describe('the weekly digest', () => {
  it('reaches each partner’s admins with their coverage and tasks, once a week however often it runs', async () => {
    await owner().execute(`update app_user set language = 'en' where email = 'admin@kota-yogyakarta.demo'`);
    expect((await server.portal.jobs.runNow('weekly-digest')).state).toBe('completed');
    const mail = await mailbox.waitFor('admin@kota-yogyakarta.demo', (m) => /Weekly summary/.test(m.subject ?? ''));
    expect(mail.text).toMatch(/Coverage: \d+ of \d+ workers enrolled/);
    expect(mail.text).toMatch(/Open tasks: \d+, of which \d+ overdue/);
    expect(mail.text).toMatch(/\/dasbor/);
    const bantul = await mailbox.waitFor('admin@bantul.demo', (m) => /Ringkasan mingguan/.test(m.subject ?? ''));
    expect(bantul.text).toContain('Kepesertaan:');
    // Staff and viewers get none; a second run in the same week sends nothing more.
    expect(mailbox.to('viewer@kota-yogyakarta.demo').filter((m) => /Ringkasan|Weekly/.test(m.subject ?? ''))).toEqual(
      [],
    );
    expect((await server.portal.jobs.runNow('weekly-digest')).state).toBe('completed');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(mailbox.to('admin@kota-yogyakarta.demo').filter((m) => /Weekly summary/.test(m.subject ?? ''))).toHaveLength(
      1,
    );
  });
});

describe('enrolment notices by email', () => {
  const PREFS = `mutation($input: EmailPreferencesInput!) { updateEmailPreferences(input: $input) { language notices } }`;
  const gql = async <T>(client: GraphQLClient, query: string, variables: Record<string, unknown> = {}) => {
    const result = await client.request<T>(query, variables);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

  it('tell the office of a request and the partner of its results, in each one’s language, linking the request', async () => {
    const bantul = await new GraphQLClient(server.url).loginAs('ADMIN', 'bantul');
    const bpjsAdmin = await new GraphQLClient(server.url).loginAs('ADMIN', 'bpjs-yogyakarta');
    const bpjs = await new GraphQLClient(server.url).loginAs('STAFF', 'bpjs-yogyakarta');
    await gql(bantul, PREFS, { input: { language: 'en', notices: ['ENROLMENT'] } });
    await gql(bpjsAdmin, PREFS, { input: { language: 'id', notices: ['ENROLMENT'] } });
    const [office] = await owner().execute<{ id: string }[]>(
      `select id from organization where code = 'bpjs-yogyakarta'`,
    );
    const officeId = Buffer.from(`Organization:${office?.id}`).toString('base64url');
    const agreements = await gql<{ agreements: { edges: { node: { scope: string; grantee: { code: string } } }[] } }>(
      bantul,
      '{ agreements(first: 100) { edges { node { scope grantee { code } } } } }',
    );
    const shared = agreements.agreements.edges.some(
      (e) => e.node.scope === 'ENROLMENT' && e.node.grantee.code === 'bpjs-yogyakarta',
    );
    if (!shared) {
      await gql(bantul, `mutation($input: GrantAgreementInput!) { grantAgreement(input: $input) { id } }`, {
        input: {
          granteeId: officeId,
          scope: 'ENROLMENT',
          title: 'PKS Pendaftaran Peserta BPJS Ketenagakerjaan',
          number: 'ENR/MAIL/1',
          signedOn: day(-1),
          validFrom: day(-1),
          validUntil: day(365),
        },
      });
    }
    const workers = await gql<{ workers: { edges: { node: { id: string } }[] } }>(
      bantul,
      '{ workers(first: 2, filter: { workerType: BPU, coverageStatus: NOT_ENROLLED }) { edges { node { id } } } }',
    );
    const created = await gql<{ createEnrolmentRequest: { id: string } }>(
      bantul,
      `mutation($input: CreateEnrolmentRequestInput!) { createEnrolmentRequest(input: $input) { id } }`,
      { input: { recipientId: officeId, title: 'Pekerja pasar Bantul' } },
    );
    const requestId = created.createEnrolmentRequest.id;
    const added = await gql<{
      addEnrolmentLines: { request: { version: number; lines: { edges: { node: { id: string } }[] } } };
    }>(
      bantul,
      `mutation($input: AddEnrolmentLinesInput!) { addEnrolmentLines(input: $input) {
        request { version lines(first: 10) { edges { node { id } } } } } }`,
      {
        input: {
          requestId,
          workerIds: workers.workers.edges.map((e) => e.node.id),
          terms: { programmes: ['JKK', 'JKM'], payer: 'WORKER', monthlyWage: 1_000_000 },
        },
      },
    );
    const [first, second] = added.addEnrolmentLines.request.lines.edges.map((e) => e.node.id);
    await gql(bantul, `mutation($input: VersionedIdInput!) { sendEnrolmentRequest(input: $input) { id } }`, {
      input: { id: requestId, expectedVersion: added.addEnrolmentLines.request.version },
    });
    expect((await server.portal.jobs.runNow('notice-emails')).state).toBe('completed');
    const received = await mailbox.waitFor('admin@bpjs-yogyakarta.demo', (m) =>
      (m.subject ?? '').includes('Pekerja pasar Bantul'),
    );
    expect(received.subject).toMatch(/^Pengajuan kepesertaan dari .*Bantul.*: 2 pekerja \(Pekerja pasar Bantul\)$/);
    expect(received.text).toContain('Buka pengajuan');
    expect(linkIn(received.text ?? '', 'kepesertaan').token).toBe(requestId);

    await gql(bpjs, `mutation($input: RegisterEnrolmentLinesInput!) { registerEnrolmentLines(input: $input) { id } }`, {
      input: { lines: [{ id: first, kpj: '77777777701', effectiveDate: day(0) }] },
    });
    await gql(bpjs, `mutation($input: RejectEnrolmentLinesInput!) { rejectEnrolmentLines(input: $input) { id } }`, {
      input: { lines: [{ id: second, reason: 'NIK_MISMATCH' }] },
    });
    expect((await server.portal.jobs.runNow('notice-emails')).state).toBe('completed');
    const processed = await mailbox.waitFor(
      'admin@bantul.demo',
      (m) => (m.subject ?? '').includes('Pekerja pasar Bantul') && /0 rejected/.test(m.subject ?? ''),
    );
    expect(processed.subject).toMatch(/processed your request: 1 registered, 0 rejected \(Pekerja pasar Bantul\)$/);
    const rejected = await mailbox.waitFor('admin@bantul.demo', (m) =>
      /0 registered, 1 rejected/.test(m.subject ?? ''),
    );
    expect(rejected.text).toContain('Open the request');
    const { url, token } = linkIn(rejected.text ?? '', 'kepesertaan');
    // The web client's request page (packages/web: RequestPage at /kepesertaan/:id) opens this id.
    expect(new URL(url).pathname).toBe(`/kepesertaan/${token}`);
    const opened = await gql<{ node: { title: string; registeredCount: number; rejectedCount: number } }>(
      bantul,
      'query($id: ID!) { node(id: $id) { ... on EnrolmentRequest { title registeredCount rejectedCount } } }',
      { id: token },
    );
    expect(opened.node).toEqual({ title: 'Pekerja pasar Bantul', registeredCount: 1, rejectedCount: 1 });
    // Staff of Bantul chose nothing: no email for them.
    expect(mailbox.to('staff@bantul.demo').filter((m) => (m.subject ?? '').includes('Pekerja pasar'))).toEqual([]);
  });
});

import { demoEmail, type Role } from '@jamsos/schema';
import { loadTrustedDocuments } from '@jamsos/server/trusted-documents';

const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'jamsos-diy';
const documents = loadTrustedDocuments();

/** The hash the web client sends for its operation `name` (from the build's manifest). */
export function hashOf(name: string): string {
  for (const [hash, text] of documents.byHash) {
    if (new RegExp(`(query|mutation) ${name}\\b`).test(text)) return hash;
  }
  throw new Error(`The web client has no operation ${name}.`);
}

/**
 * Talks to the portal exactly like the web client: operations by their persisted hash, the
 * session cookie kept. Any error in an answer throws, so the load loops count it.
 */
export class PortalClient {
  private cookie = '';

  constructor(private readonly url: string) {}

  async send<T>(operation: string, variables: Record<string, unknown>, requestId?: string): Promise<T> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: this.cookie,
        ...(requestId ? { 'x-request-id': requestId } : {}),
      },
      body: JSON.stringify({
        operationName: operation,
        variables,
        extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(operation) } },
      }),
    });
    const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
    if (cookie) this.cookie = cookie;
    const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: unknown }[] };
    if (response.status !== 200 || body.errors || !body.data)
      throw new Error(`${operation}: HTTP ${response.status} ${JSON.stringify(body.errors ?? body)}`);
    return body.data;
  }

  async login(role: Role, tenantCode: string): Promise<this> {
    await this.send('Login', { input: { email: demoEmail(role, tenantCode), password: DEMO_PASSWORD } });
    if (!this.cookie) throw new Error(`No session for ${role}@${tenantCode}`);
    return this;
  }
}

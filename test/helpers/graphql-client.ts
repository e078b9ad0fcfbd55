import { demoEmail, type Role } from '@jamsos/schema';

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorShape[];
}

export const DEMO_PASSWORD = 'jamsos-diy';

/**
 * Talks GraphQL over HTTP to a running portal like a browser does: keeps the session cookie
 * the server sets, sends it back, and forgets it on logout.
 */
export class GraphQLClient {
  private cookie: string | null = null;

  constructor(private readonly baseUrl: string) {}

  get sessionCookie(): string | null {
    return this.cookie;
  }

  withCookie(cookie: string | null): this {
    this.cookie = cookie;
    return this;
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      if (!pair) continue;
      const expired = /expires=Thu, 01 Jan 1970/i.test(header) || pair.endsWith('=');
      this.cookie = expired ? null : pair;
    }
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: response.status, ...body };
  }

  /** Logs in as a demo user, e.g. `loginAs('ADMIN', 'bantul')`; fails the test if refused. */
  async loginAs(role: Role, tenantCode: string): Promise<this> {
    const result = await this.request(
      'mutation Login($input: LoginInput!) { login(input: $input) { viewer { user { id } } } }',
      { input: { email: demoEmail(role, tenantCode), password: DEMO_PASSWORD } },
    );
    if (result.errors) throw new Error(`login as ${role}@${tenantCode} failed: ${JSON.stringify(result.errors)}`);
    return this;
  }
}

/** The error codes of a response, for compact assertions. */
export function errorCodes(response: GraphQLResponse<unknown>): (string | undefined)[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}

import net from 'node:net';

/**
 * A TCP proxy between the portal and PostgreSQL that a test can break on purpose, the way
 * networks and failovers break in production — not a mocked driver: the portal's real `pg`
 * connections go through it.
 *
 * - `blackhole()`: nothing gets through any more, in either direction, on existing connections
 *   and on new ones (which are accepted and then never answered), like a dropped route or a
 *   firewall that drops packets. `heal()` lets the held bytes through again, as TCP retransmits do
 *   once the route is back.
 * - `failover()`: every existing connection is reset and new ones are refused (ECONNREFUSED),
 *   like a primary that dies and a standby that is not promoted yet. `heal()` accepts again.
 */
export class FaultProxy {
  private readonly server = net.createServer((socket) => this.accept(socket));
  private readonly pairs = new Set<Pair>();
  private held = false;
  private port = 0;

  private constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  /** Starts a proxy on a free loopback port in front of `target` (a postgres:// URL). */
  static async start(target: string): Promise<FaultProxy> {
    const url = new URL(target);
    const proxy = new FaultProxy(url.hostname, Number(url.port || 5432));
    await proxy.listen(0);
    return proxy;
  }

  /** `target` with its host and port replaced by the proxy's. */
  urlFor(target: string): string {
    const url = new URL(target);
    url.hostname = '127.0.0.1';
    url.port = String(this.port);
    return url.toString();
  }

  /** How many client connections the proxy holds open right now. */
  get connections(): number {
    return this.pairs.size;
  }

  blackhole(): void {
    this.held = true;
  }

  async failover(): Promise<void> {
    for (const pair of this.pairs) pair.destroy();
    this.pairs.clear();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  async heal(): Promise<void> {
    if (!this.server.listening) await this.listen(this.port);
    this.held = false;
    for (const pair of this.pairs) pair.flush();
  }

  async close(): Promise<void> {
    for (const pair of this.pairs) pair.destroy();
    this.pairs.clear();
    if (this.server.listening) await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async listen(port: number): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  private accept(client: net.Socket): void {
    const pair = new Pair(client, this.targetHost, this.targetPort, () => this.held);
    this.pairs.add(pair);
    pair.onClose(() => this.pairs.delete(pair));
  }
}

/** One client connection and its upstream twin; bytes are held, not dropped, while blackholed. */
class Pair {
  private upstream: net.Socket | null = null;
  private readonly toServer: Buffer[] = [];
  private readonly toClient: Buffer[] = [];
  private closed = false;
  private readonly closeHandlers: (() => void)[] = [];

  constructor(
    private readonly client: net.Socket,
    private readonly host: string,
    private readonly port: number,
    private readonly isHeld: () => boolean,
  ) {
    client.on('data', (chunk) => {
      this.toServer.push(chunk);
      this.flush();
    });
    client.on('error', () => this.destroy());
    client.on('close', () => this.destroy());
    if (!isHeld()) this.connectUpstream();
  }

  onClose(handler: () => void): void {
    this.closeHandlers.push(handler);
  }

  /** Passes on whatever is waiting, unless the route is blackholed. */
  flush(): void {
    if (this.closed || this.isHeld()) return;
    if (!this.upstream) {
      this.connectUpstream();
      return;
    }
    if (this.upstream.connecting) return;
    for (const chunk of this.toServer.splice(0)) this.upstream.write(chunk);
    for (const chunk of this.toClient.splice(0)) this.client.write(chunk);
  }

  destroy(): void {
    if (this.closed) return;
    this.closed = true;
    // A reset, not a polite FIN: what a client sees when its server's host goes away.
    this.client.resetAndDestroy();
    this.upstream?.destroy();
    for (const handler of this.closeHandlers) handler();
  }

  private connectUpstream(): void {
    const upstream = net.connect(this.port, this.host);
    this.upstream = upstream;
    upstream.on('connect', () => this.flush());
    upstream.on('data', (chunk) => {
      this.toClient.push(chunk);
      this.flush();
    });
    upstream.on('error', () => this.destroy());
    upstream.on('close', () => this.destroy());
  }
}

// One branch's compute, apart from the API: its PostgreSQL cluster, the endpoint's public port (direct, a byte proxy),
// the pooled port (TLS + SCRAM front, then PgBouncer), and the idle timer that suspends it. The project decides when
// to start and suspend (those are operations); the compute only does it and reports clients and idleness.
import { readFile } from 'node:fs/promises'
import { EndpointProxy } from './endpoint-proxy.js'
import { PgBouncer } from './pgbouncer.js'
import { PoolerFront } from './pooler-front.js'
import { releasePort, reservePort } from './ports.js'
import type { ClusterEnvironment, PostgresCluster } from './postgres-cluster.js'

export interface ComputeHooks {
  /** A client is waiting and nothing is routed: start the compute if it is suspended. */
  wake(): void
  /** No client for the suspend timeout: suspend the compute. */
  idle(): void
}

export class Compute {
  cluster: PostgresCluster
  private open = false
  private opened: Promise<void>
  private resolveOpened!: () => void
  private bouncer: PgBouncer | undefined
  /** The start of PgBouncer begun with the compute's; awaited before it is stopped. */
  private bouncerStarted: Promise<void> = Promise.resolve()
  private clients = 0
  private idleTimer: NodeJS.Timeout | undefined
  /** Suspend after this long without clients; undefined: never. */
  private suspendAfterMs: number | undefined
  private hooks: ComputeHooks = { wake: () => undefined, idle: () => undefined }

  private constructor(
    private readonly env: ClusterEnvironment,
    cluster: PostgresCluster,
    private readonly proxy: EndpointProxy,
    private readonly front: PoolerFront,
  ) {
    this.cluster = cluster
    this.opened = this.nextOpened()
  }

  /** Opens both public ports; connections wait until `route()`. */
  static async open(env: ClusterEnvironment, cluster: PostgresCluster): Promise<Compute> {
    const [proxyPort, poolerPort] = await Promise.all([reservePort(), reservePort()])
    const [cert, key] = await Promise.all([readFile(env.tls.certFile, 'utf8'), readFile(env.tls.keyFile, 'utf8')])
    // the ports' hooks reach the compute made below
    const made: { compute?: Compute } = {}
    const get = () => made.compute!
    const proxy = new EndpointProxy(proxyPort, {
      waiting: () => get().hooks.wake(),
      connections: (delta) => get().count(delta),
    })
    const front = new PoolerFront(
      poolerPort,
      { cert, key },
      {
        compute: () => get().whenOpen(),
        secretOf: (role) => get().secretOf(role),
        bouncer: () => get().bouncerSocket(),
        connections: (delta) => get().count(delta),
      },
    )
    const compute = new Compute(env, cluster, proxy, front)
    made.compute = compute
    try {
      await Promise.all([proxy.listen(), front.listen()])
    } catch (error) {
      await compute.close()
      throw error
    }
    return compute
  }

  get port(): number {
    return this.proxy.port
  }

  get poolerPort(): number {
    return this.front.port
  }

  get isOpen(): boolean {
    return this.open
  }

  setHooks(hooks: ComputeHooks): void {
    this.hooks = hooks
  }

  /** Suspend timeout in seconds as the API has it (0 = the project default; -1 = never). */
  setSuspendTimeout(seconds: number, projectDefaultSeconds: number): void {
    const effective = seconds === 0 ? projectDefaultSeconds : seconds
    this.suspendAfterMs = effective < 0 ? undefined : effective * 1000
    this.rearm()
  }

  /** PostgreSQL up (if it is not), for internal work (copies, SQL) that needs it; clients still wait. */
  async ensurePostgres(): Promise<void> {
    await this.cluster.start()
  }

  /** PostgreSQL up and clients through: the endpoint is active. */
  async route(): Promise<void> {
    await this.cluster.start()
    this.proxy.route(this.cluster.port)
    this.open = true
    this.resolveOpened()
    this.rearm()
    // Neon's compute runs PgBouncer beside PostgreSQL, so the first pooled client does not wait for it to start.
    // In the background: the compute is active once PostgreSQL is; a failure is reported to the first pooled client.
    this.bouncerStarted = this.startBouncer().catch(() => undefined)
  }

  /** New clients wait from now on (a restart or suspend follows). */
  hold(): void {
    this.proxy.route(undefined)
    if (this.open) this.opened = this.nextOpened()
    this.open = false
    this.rearm()
  }

  /** Clients wait, PgBouncer and PostgreSQL stop (a suspend, or before a restore swaps the cluster). */
  async stopPostgres(): Promise<void> {
    this.hold()
    await this.bouncerStarted
    await this.bouncer?.stop()
    this.bouncer = undefined
    await this.cluster.stop()
  }

  /** Closes the public ports and stops everything. */
  async close(): Promise<void> {
    this.hold()
    clearTimeout(this.idleTimer)
    await Promise.all([this.proxy.close(), this.front.close()])
    await this.bouncerStarted
    await this.bouncer?.stop()
    await this.cluster?.stop()
    releasePort(this.proxy.port)
    releasePort(this.front.port)
  }

  killNow(): void {
    this.bouncer?.killNow()
    this.cluster?.killNow()
    releasePort(this.proxy.port)
    releasePort(this.front.port)
  }

  /** Resolves once the compute is routed; asks for a wake-up if it is not. */
  whenOpen(): Promise<void> {
    if (!this.open) this.hooks.wake()
    return this.opened
  }

  private nextOpened(): Promise<void> {
    return new Promise((resolve) => (this.resolveOpened = resolve))
  }

  private async secretOf(role: string): Promise<string | undefined> {
    return this.cluster.withAdmin('postgres', async (client) => {
      const { rows } = await client.query<{ rolpassword: string | null }>(
        'SELECT rolpassword FROM pg_catalog.pg_authid WHERE rolname = $1 AND rolcanlogin',
        [role],
      )
      return rows[0]?.rolpassword ?? undefined
    })
  }

  private async bouncerSocket(): Promise<string> {
    try {
      await this.startBouncer()
    } catch (error) {
      this.env.log(`pooled endpoint ${this.front.port}: ${(error as Error).message}`)
      throw error
    }
    return this.bouncer!.socket
  }

  private startBouncer(): Promise<void> {
    this.bouncer ??= new PgBouncer({
      socketDir: this.env.socketDir,
      configDir: this.env.socketDir,
      listenPort: this.front.port,
      postgresPort: this.cluster.port,
      osUser: this.env.osUser,
      label: `pgbouncer ${this.front.port}`,
      log: this.env.log,
    })
    return this.bouncer.start()
  }

  private count(delta: 1 | -1): void {
    this.clients += delta
    this.rearm()
  }

  /** The idle timer runs while the compute is open, has no client, and may suspend. */
  private rearm(): void {
    clearTimeout(this.idleTimer)
    this.idleTimer = undefined
    if (!this.open || this.clients > 0 || this.suspendAfterMs === undefined) return
    this.idleTimer = setTimeout(() => this.hooks.idle(), this.suspendAfterMs)
    this.idleTimer.unref()
  }
}

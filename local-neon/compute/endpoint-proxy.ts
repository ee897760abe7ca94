// A branch endpoint's public port, standing in for Neon's proxy: a connection made while the compute is starting or
// suspended waits until it is up instead of being refused (and wakes a suspended compute), as Neon's proxy does.
// Then bytes pass through unchanged: TLS and authentication stay between the client and PostgreSQL.
import { connect, createServer, type Server, type Socket } from 'node:net'

/** How long a connection may wait for its compute; Neon's proxy gives up after a while too. */
export const WAIT_LIMIT_MS = 30_000

export interface ProxyHooks {
  /** A client connected while no compute was routed (start it if it is suspended). */
  waiting(): void
  /** The number of client connections changed (for the compute's idle timer). */
  connections(delta: 1 | -1): void
}

export class EndpointProxy {
  private readonly server: Server
  private target: number | undefined
  private readonly waiting = new Set<Socket>()
  private readonly sockets = new Set<Socket>()

  constructor(
    readonly port: number,
    private readonly hooks: ProxyHooks,
  ) {
    this.server = createServer({ noDelay: true }, (client) => this.accept(client))
  }

  listen(): Promise<void> {
    return listen(this.server, this.port)
  }

  /** PostgreSQL listens on `port` now: waiting and new connections go there. `undefined`: new ones wait. */
  route(port: number | undefined): void {
    this.target = port
    if (port === undefined) return
    for (const client of this.waiting) this.pipe(client, port)
    this.waiting.clear()
  }

  /** Stops listening and drops every connection. */
  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private accept(client: Socket): void {
    this.track(client)
    this.hooks.connections(1)
    client.once('close', () => this.hooks.connections(-1))
    client.on('error', () => client.destroy())
    if (this.target !== undefined) return this.pipe(client, this.target)
    client.pause() // what the client sends first (the SSLRequest) stays buffered until PostgreSQL is up
    this.waiting.add(client)
    const limit = setTimeout(() => client.destroy(), WAIT_LIMIT_MS)
    client.once('close', () => {
      clearTimeout(limit)
      this.waiting.delete(client)
    })
    client.once('resume', () => clearTimeout(limit))
    this.hooks.waiting()
  }

  private pipe(client: Socket, port: number): void {
    const upstream = this.track(connect({ port, host: '127.0.0.1', noDelay: true }))
    upstream.on('error', () => client.destroy())
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => client.destroy())
    client.pipe(upstream)
    upstream.pipe(client)
    client.resume()
  }

  private track(socket: Socket): Socket {
    this.sockets.add(socket)
    socket.once('close', () => this.sockets.delete(socket))
    return socket
  }
}

export function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
}

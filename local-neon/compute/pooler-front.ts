// The pooled endpoint's public port, as Neon's proxy serves `ep-...-pooler`: it terminates TLS, authenticates the
// client with SCRAM-SHA-256(-PLUS) against the role's secret in PostgreSQL, then hands the session to PgBouncer
// (transaction mode) over its private Unix socket. A connection made while the compute is suspended or starting waits
// for it (and wakes it), as on the direct port.
import { connect, createServer, type Server, type Socket } from 'node:net'
import { createSecureContext, TLSSocket } from 'node:tls'
import { listen, WAIT_LIMIT_MS } from './endpoint-proxy.js'
import { parseScramSecret, ScramExchange, ScramFailure, serverEndPoint } from './scram.js'
import {
  authenticationSasl,
  authenticationSaslContinue,
  authenticationSaslFinal,
  CANCEL_REQUEST,
  fatal,
  GSSENC_REQUEST,
  MessageReader,
  saslInitialResponse,
  SSL_REQUEST,
  startupMessage,
  startupParameters,
} from './wire.js'

export interface PoolerFrontHooks {
  /** Resolves once the compute accepts connections (waking it if it is suspended). */
  compute(): Promise<void>
  /** pg_authid.rolpassword of a role that may log in, or undefined. */
  secretOf(role: string): Promise<string | undefined>
  /** The Unix socket of the PgBouncer in front of the compute, started on first use. */
  bouncer(): Promise<string>
  connections(delta: 1 | -1): void
}

export class PoolerFront {
  private readonly server: Server
  private readonly sockets = new Set<Socket>()
  private readonly secureContext
  private readonly channelBinding: Buffer

  constructor(
    readonly port: number,
    tls: { cert: string; key: string },
    private readonly hooks: PoolerFrontHooks,
  ) {
    this.secureContext = createSecureContext({ cert: tls.cert, key: tls.key })
    this.channelBinding = serverEndPoint(tls.cert)
    this.server = createServer({ noDelay: true }, (socket) => {
      this.track(socket)
      this.hooks.connections(1)
      socket.once('close', () => this.hooks.connections(-1))
      socket.on('error', () => socket.destroy())
      this.serve(socket).catch(() => socket.destroy())
    })
  }

  listen(): Promise<void> {
    return listen(this.server, this.port)
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private async serve(raw: Socket): Promise<void> {
    let reader = new MessageReader(raw)
    let client: Socket = raw
    let packet = await reader.startup()
    let code = packet.readInt32BE(0)
    if (code === GSSENC_REQUEST) {
      raw.write('N')
      packet = await reader.startup()
      code = packet.readInt32BE(0)
    }
    if (code === CANCEL_REQUEST) return this.forwardCancel(raw, packet)
    if (code !== SSL_REQUEST) {
      raw.end(fatal('08P01', 'connection is insecure (try using `sslmode=require`)'))
      return
    }
    reader.release()
    raw.write('S')
    const secure = new TLSSocket(raw, { isServer: true, secureContext: this.secureContext })
    secure.on('error', () => raw.destroy())
    this.track(secure)
    client = secure
    reader = new MessageReader(secure)
    packet = await reader.startup()
    if (packet.readInt32BE(0) === CANCEL_REQUEST) return this.forwardCancel(secure, packet)
    const parameters = startupParameters(packet)
    const role = parameters.get('user') ?? ''

    const limit = setTimeout(() => client.destroy(), WAIT_LIMIT_MS)
    try {
      await this.hooks.compute()
    } finally {
      clearTimeout(limit)
    }
    const secret = parseScramSecret(await this.hooks.secretOf(role).catch(() => undefined))
    const failed = () => client.end(fatal('28P01', `password authentication failed for user "${role}"`))
    if (!secret) return void failed()

    client.write(authenticationSasl(['SCRAM-SHA-256-PLUS', 'SCRAM-SHA-256']))
    const exchange = new ScramExchange(secret, this.channelBinding)
    try {
      const initial = await reader.message()
      if (initial.type !== 'p') throw new ScramFailure('expected a SASL response')
      const { mechanism, data } = saslInitialResponse(initial.body)
      client.write(authenticationSaslContinue(exchange.first(mechanism, data)))
      const response = await reader.message()
      if (response.type !== 'p') throw new ScramFailure('expected a SASL response')
      client.write(authenticationSaslFinal(exchange.final(response.body.toString('utf8'))))
    } catch (error) {
      if (error instanceof ScramFailure) return void failed()
      throw error
    }

    // Authenticated: PgBouncer (trust on its private socket) answers the start-up from AuthenticationOk on.
    let socket: string
    try {
      socket = await this.hooks.bouncer()
    } catch (error) {
      // e.g. PgBouncer is not installed and cannot be: the client sees the one line that says what to run
      return void client.end(fatal('58000', (error as Error).message))
    }
    const upstream = this.track(connect(socket))
    upstream.on('error', () => client.destroy())
    upstream.once('close', () => client.destroy())
    client.once('close', () => upstream.destroy())
    upstream.write(startupMessage(parameters))
    const early = reader.release()
    if (early.length > 0) upstream.write(early)
    client.pipe(upstream)
    upstream.pipe(client)
    client.resume()
  }

  /** A CancelRequest names a PgBouncer session key: pass it on as it is. */
  private async forwardCancel(client: Socket, packet: Buffer): Promise<void> {
    const length = Buffer.alloc(4)
    length.writeInt32BE(packet.length + 4, 0)
    const upstream = connect(await this.hooks.bouncer())
    upstream.on('error', () => undefined)
    upstream.end(Buffer.concat([length, packet]))
    client.end()
  }

  private track(socket: Socket): Socket {
    this.sockets.add(socket)
    socket.once('close', () => this.sockets.delete(socket))
    return socket
  }
}

// The server side of SCRAM-SHA-256 and SCRAM-SHA-256-PLUS (RFC 5802, RFC 5929 tls-server-end-point), checked
// against the secret PostgreSQL stores in pg_authid.rolpassword, as Neon's proxy does in front of its pooler.
// PgBouncer 1.18 cannot do channel binding, and libpq refuses a server without it when the URL says
// channel_binding=require (neonctl's and the action's URLs do).
import { createHash, createHmac, randomBytes, timingSafeEqual, X509Certificate } from 'node:crypto'

export interface ScramSecret {
  iterations: number
  salt: string // base64
  storedKey: Buffer
  serverKey: Buffer
}

/** `SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>`; undefined for anything else (md5, none). */
export function parseScramSecret(rolpassword: string | null | undefined): ScramSecret | undefined {
  const match = /^SCRAM-SHA-256\$(\d+):([^$]+)\$([^:]+):(.+)$/.exec(rolpassword ?? '')
  if (!match) return undefined
  return {
    iterations: Number(match[1]),
    salt: match[2],
    storedKey: Buffer.from(match[3], 'base64'),
    serverKey: Buffer.from(match[4], 'base64'),
  }
}

/**
 * tls-server-end-point binding data: the certificate's hash with its signature's hash function, SHA-256 for the
 * ecdsa-with-SHA256 certificate tls.ts makes (and for MD5/SHA-1 ones, as RFC 5929 says).
 */
export function serverEndPoint(certificatePem: string): Buffer {
  return createHash('sha256').update(new X509Certificate(certificatePem).raw).digest()
}

export class ScramFailure extends Error {}

const hmac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest()

/** One SCRAM exchange, server side. */
export class ScramExchange {
  private clientFirstBare = ''
  private serverFirst = ''
  private gs2Header = ''
  private nonce = ''
  private plus = false

  constructor(
    private readonly secret: ScramSecret,
    private readonly channelBinding: Buffer,
  ) {}

  /** SASLInitialResponse → server-first-message. */
  first(mechanism: string, clientFirst: string): string {
    if (mechanism !== 'SCRAM-SHA-256' && mechanism !== 'SCRAM-SHA-256-PLUS')
      throw new ScramFailure(`unsupported SASL mechanism ${mechanism}`)
    this.plus = mechanism === 'SCRAM-SHA-256-PLUS'
    const match = /^((p=tls-server-end-point|y|n),[^,]*,)(.*)$/.exec(clientFirst)
    if (!match) throw new ScramFailure('malformed SCRAM message')
    const [, gs2Header, flag, bare] = match
    if (this.plus !== flag.startsWith('p=')) throw new ScramFailure('SCRAM channel binding negotiation error')
    // "y": the client could bind but thinks we cannot; we offered -PLUS, so someone removed it on the way
    if (flag === 'y') throw new ScramFailure('SCRAM channel binding negotiation error')
    const clientNonce = /(?:^|,)r=([^,]+)/.exec(bare)?.[1]
    if (!clientNonce) throw new ScramFailure('malformed SCRAM message')
    this.gs2Header = gs2Header
    this.clientFirstBare = bare
    this.nonce = clientNonce + randomBytes(18).toString('base64')
    this.serverFirst = `r=${this.nonce},s=${this.secret.salt},i=${this.secret.iterations}`
    return this.serverFirst
  }

  /** SASLResponse (client-final-message) → server-final-message, or ScramFailure. */
  final(clientFinal: string): string {
    const match = /^(c=([^,]*),r=([^,]*)(?:,.*)?),p=([^,]+)$/.exec(clientFinal)
    if (!match) throw new ScramFailure('malformed SCRAM message')
    const [, withoutProof, binding, nonce, proof] = match
    const expected = Buffer.concat([Buffer.from(this.gs2Header), this.plus ? this.channelBinding : Buffer.alloc(0)])
    if (binding !== expected.toString('base64')) throw new ScramFailure('SCRAM channel binding check failed')
    if (nonce !== this.nonce) throw new ScramFailure('SCRAM nonce mismatch')
    const authMessage = `${this.clientFirstBare},${this.serverFirst},${withoutProof}`
    const signature = hmac(this.secret.storedKey, authMessage)
    const clientProof = Buffer.from(proof, 'base64')
    if (clientProof.length !== signature.length) throw new ScramFailure('password authentication failed')
    const clientKey = Buffer.from(clientProof.map((byte, i) => byte ^ signature[i]))
    const storedKey = createHash('sha256').update(clientKey).digest()
    if (!timingSafeEqual(storedKey, this.secret.storedKey)) throw new ScramFailure('password authentication failed')
    return `v=${hmac(this.secret.serverKey, authMessage).toString('base64')}`
  }
}

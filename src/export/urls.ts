// Connection URLs built the way `neonctl connection-string` builds them, from the branch's connection details.

import type { Connection } from '../neon/client.js'
import type { SslMode } from '../settings/index.js'

export interface UrlOptions {
  ssl: SslMode
  prisma: boolean
}

export interface ConnectionUrls {
  pooled: string // DATABASE_URL
  direct: string // DATABASE_URL_UNPOOLED
}

export function buildUrl(connection: Connection, host: string, pooled: boolean, options: UrlOptions): string {
  const query = new URLSearchParams()
  if (options.prisma) {
    query.set('connect_timeout', '30')
    if (pooled) {
      query.set('pool_timeout', '30')
      query.set('pgbouncer', 'true')
    }
  }
  if (options.ssl !== 'omit') {
    query.set('sslmode', options.ssl)
    // channel binding needs TLS; neonctl adds it even to sslmode=disable, which then cannot connect
    if (options.ssl !== 'disable') query.set('channel_binding', 'require')
  }
  // Encoded by hand: the WHATWG URL setters leave '%' in a password as it is, which makes the URL unparsable.
  const userinfo = `${encodeURIComponent(connection.role)}:${encodeURIComponent(connection.password)}`
  const url = `postgresql://${userinfo}@${host}/${encodeURIComponent(connection.database)}`
  const search = query.toString()
  return search ? `${url}?${search}` : url
}

export function buildUrls(connection: Connection, options: UrlOptions): ConnectionUrls {
  return {
    pooled: buildUrl(connection, connection.poolerHost || connection.host, true, options),
    direct: buildUrl(connection, connection.host, false, options),
  }
}

/** Splits `host[:port]` (IPv6 in brackets) for PGHOST / PGPORT. */
export function splitHost(host: string): { hostname: string; port?: string } {
  const url = new URL(`postgresql://${host}`)
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1')
  return url.port ? { hostname, port: url.port } : { hostname }
}

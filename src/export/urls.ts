// Connection URLs built the way `neonctl connection-string` builds them, from the branch's connection details.

import type { Connection } from '../neon/client.js'
import type { SslMode } from '../inputs.js'

export interface UrlOptions {
  ssl: SslMode
  prisma: boolean
}

export interface ConnectionUrls {
  pooled: string // DATABASE_URL
  direct: string // DATABASE_URL_UNPOOLED
}

export function buildUrl(connection: Connection, host: string, pooled: boolean, options: UrlOptions): string {
  const url = new URL(`postgresql://${host}`)
  url.pathname = `/${encodeURIComponent(connection.database)}`
  url.username = connection.role
  url.password = connection.password
  if (options.prisma) {
    url.searchParams.set('connect_timeout', '30')
    if (pooled) {
      url.searchParams.set('pool_timeout', '30')
      url.searchParams.set('pgbouncer', 'true')
    }
  }
  if (options.ssl !== 'omit') {
    url.searchParams.set('sslmode', options.ssl)
    // channel binding needs TLS; neonctl adds it even to sslmode=disable, which then cannot connect
    if (options.ssl !== 'disable') url.searchParams.set('channel_binding', 'require')
  }
  return url.toString()
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

// Turns a libpq-style URL (as neonctl prints it) into node-postgres settings, without pg's own parser: that one
// prints a "SECURITY WARNING" for sslmode=require and passes unknown parameters such as channel_binding through.
import { readFileSync } from 'node:fs'
import type { ClientConfig } from 'pg'

export type SslMode = 'disable' | 'allow' | 'prefer' | 'require' | 'verify-ca' | 'verify-full'

export interface PgSettings {
  config: ClientConfig
  /** sslmode=prefer (libpq's default): try TLS without verification, then plain TCP if the server has no TLS. */
  plainFallback: boolean
}

const SSL_MODES: readonly SslMode[] = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full']

export function pgSettingsFromUrl(url: string): PgSettings {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new Error('The database URL is not a valid URL') // never echo the URL: it holds the password
  }
  if (parsed.protocol !== 'postgresql:' && parsed.protocol !== 'postgres:') {
    throw new Error(`The database URL must start with postgresql://, not ${parsed.protocol}//`)
  }
  const query = parsed.searchParams
  const user = decodeURIComponent(parsed.username)
  const sslMode = (query.get('sslmode') ?? 'prefer') as SslMode
  if (!SSL_MODES.includes(sslMode)) throw new Error(`Unsupported sslmode=${sslMode} in the database URL`)

  const config: ClientConfig = {
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: parsed.port ? Number(parsed.port) : 5432,
    user,
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.slice(1)) || user,
    ssl: tlsOptions(sslMode, query.get('sslrootcert')),
    // Advertise SCRAM-SHA-256-PLUS when the server offers it; node-postgres cannot refuse a server that does not,
    // so channel_binding=require is treated like prefer.
    enableChannelBinding: query.get('channel_binding') !== 'disable' && sslMode !== 'disable' && sslMode !== 'allow',
    keepAlive: true,
  }
  const connectTimeout = Number(query.get('connect_timeout'))
  if (connectTimeout > 0) config.connectionTimeoutMillis = connectTimeout * 1000
  const options = query.get('options')
  if (options) config.options = options
  return { config, plainFallback: sslMode === 'prefer' }
}

function tlsOptions(mode: SslMode, rootCertPath: string | null): ClientConfig['ssl'] {
  if (mode === 'disable' || mode === 'allow') return false
  if (mode === 'prefer') return { rejectUnauthorized: false }
  // require verifies like verify-full, as node-postgres 8 does: the certificate must be trusted (a public CA, as
  // Neon's are, or NODE_EXTRA_CA_CERTS / sslrootcert for a private one).
  const ca = rootCertPath && rootCertPath !== 'system' ? readFileSync(rootCertPath, 'utf8') : undefined
  return {
    rejectUnauthorized: true,
    ...(ca ? { ca } : {}),
    ...(mode === 'verify-ca' ? { checkServerIdentity: () => undefined } : {}),
  }
}

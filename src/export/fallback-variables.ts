// The no-API-key path (fork pull requests, Dependabot): export the user's fallback URL instead of a branch.

import { maskEveryForm } from './secrets.js'
import { exportVariables } from './export-connection.js'

export function fallbackVariables(url: string): Record<string, string> {
  const parsed = new URL(url)
  const password = decodeURIComponent(parsed.password)
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''))
  const sslmode = parsed.searchParams.get('sslmode')
  return {
    DATABASE_URL: url,
    DATABASE_URL_UNPOOLED: url,
    PGHOST: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
    ...(parsed.port ? { PGPORT: parsed.port } : {}),
    ...(parsed.username ? { PGUSER: decodeURIComponent(parsed.username) } : {}),
    ...(database ? { PGDATABASE: database } : {}),
    ...(password ? { PGPASSWORD: password } : {}),
    ...(sslmode ? { PGSSLMODE: sslmode } : {}),
  }
}

/** Masks and exports the fallback URL; returns the variables as exported (names with prefix). */
export function exportFallback(url: string, envPrefix: string): Record<string, string> {
  const password = decodeURIComponent(new URL(url).password)
  maskEveryForm(url, password)
  return exportVariables(fallbackVariables(url), envPrefix)
}

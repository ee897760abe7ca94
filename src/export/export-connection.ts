// Puts a branch's connection into the environment of the job's later steps (GITHUB_ENV), masked first.

import { exportVariable } from '@actions/core'
import type { ExportOptions } from '../settings/index.js'
import type { Connection } from '../neon/client.js'
import { maskSecrets } from './secrets.js'
import { buildUrls, splitHost, type ConnectionUrls } from './urls.js'

/**
 * Builds the URLs and masks the password and both URLs (and their encoded forms). Call this as soon as the
 * connection is known, before anything is logged.
 */
export function prepareConnection(connection: Connection, options: ExportOptions): ConnectionUrls {
  maskSecrets(connection.password)
  const urls = buildUrls(connection, options)
  maskSecrets(urls.pooled, urls.direct)
  return urls
}

/** The variables a job gets, without prefix (DATABASE_URL, DATABASE_URL_UNPOOLED, PGHOST, ...). */
export function connectionVariables(
  connection: Connection,
  urls: ConnectionUrls,
  options: ExportOptions,
): Record<string, string> {
  const { hostname, port } = splitHost(connection.host)
  return {
    DATABASE_URL: urls.pooled,
    DATABASE_URL_UNPOOLED: urls.direct,
    PGHOST: hostname,
    ...(port ? { PGPORT: port } : {}),
    PGUSER: connection.role,
    PGDATABASE: connection.database,
    PGPASSWORD: connection.password,
    ...(options.ssl !== 'omit' ? { PGSSLMODE: options.ssl } : {}),
  }
}

/** Exports the variables with the prefix and returns the exported names. */
export function exportVariables(variables: Record<string, string>, envPrefix: string): string[] {
  const names: string[] = []
  for (const [name, value] of Object.entries(variables)) {
    exportVariable(`${envPrefix}${name}`, value)
    names.push(`${envPrefix}${name}`)
  }
  return names
}

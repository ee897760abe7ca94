// Puts a branch's connection into the environment of the job's later steps (GITHUB_ENV), masked first.

import { exportVariable } from '@actions/core'
import * as log from '../log.js'
import type { ExportOptions } from '../settings/index.js'
import type { Connection } from '../neon/client.js'
import { maskEveryForm } from './secrets.js'
import { buildUrls, splitHost, type ConnectionUrls } from './urls.js'

/**
 * Builds the URLs and masks the password and both URLs (and their encoded forms). Call this as soon as the
 * connection is known, before anything is logged.
 */
export function prepareConnection(connection: Connection, options: ExportOptions): ConnectionUrls {
  maskEveryForm(connection.password)
  const urls = buildUrls(connection, options)
  maskEveryForm(urls.pooled, urls.direct)
  return urls
}

/** The variables a job gets, without prefix (DATABASE_URL, DATABASE_URL_UNPOOLED, PGHOST, ...). */
export function connectionVariables(
  connection: Connection,
  urls: ConnectionUrls,
  options: Pick<ExportOptions, 'ssl'>,
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

/** Exports the variables with the prefix to the job's later steps; returns them as exported (names with prefix). */
export function exportVariables(variables: Record<string, string>, envPrefix: string): Record<string, string> {
  const exported: Record<string, string> = {}
  for (const [name, value] of Object.entries(variables)) {
    exportVariable(`${envPrefix}${name}`, value)
    exported[`${envPrefix}${name}`] = value
  }
  return exported
}

/**
 * The branch's connection as variables for the job's later steps, and says which; returns them as exported (the
 * migration command gets the same environment).
 */
export function exportConnection(
  connection: Connection,
  urls: ConnectionUrls,
  options: ExportOptions,
): Record<string, string> {
  const exported = exportVariables(connectionVariables(connection, urls, options), options.envPrefix)
  log.info(`Exported to later steps: ${Object.keys(exported).join(', ')}`)
  return exported
}

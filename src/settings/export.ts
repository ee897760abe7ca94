// database, role, ssl, prisma and env_prefix: which connection the job gets, and under which variable names.

import type { InputReader } from './input-reader.js'
import { quote } from './input-reader.js'
import { SSL_MODES, type ExportOptions } from './types.js'

/**
 * Every exported variable carries the prefix, in every later step of the job. Windows caps one environment variable
 * at 32,767 characters and the whole block is shared by all of them; no real prefix comes near this.
 */
export const MAX_ENV_PREFIX_LENGTH = 64

export function parseExportOptions(read: InputReader): ExportOptions {
  const database = read.postgresName('database')
  const role = read.postgresName('role')
  const ssl = read.oneOf('ssl', SSL_MODES)
  const prisma = read.bool('prisma')
  return { database, role, ssl, prisma, envPrefix: parseEnvPrefix(read) }
}

export function parseEnvPrefix(read: InputReader): string {
  const envPrefix = read.get('env_prefix')
  if (envPrefix.length > MAX_ENV_PREFIX_LENGTH) {
    read.problem(
      `Input 'env_prefix' must be at most ${MAX_ENV_PREFIX_LENGTH} characters (it is added to every exported ` +
        `variable of every later step, and Windows caps a variable at 32,767 characters); got ${envPrefix.length}.`,
    )
  } else if (envPrefix && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(envPrefix)) {
    read.problem(
      `Input 'env_prefix' must be letters, digits and underscores, not starting with a digit (for example ORDERS_); got ${quote(envPrefix)}.`,
    )
  }
  return envPrefix
}

/** fallback_database_url: the database a job without an API key uses instead of a branch; '' for none. */
export function parseFallbackUrl(read: InputReader): string {
  const url = read.get('fallback_database_url')
  if (url && !isPostgresUrl(url)) {
    // never echo the value: it may carry a password
    read.problem(
      "Input 'fallback_database_url' must be a postgres:// or postgresql:// URL with a host, with any % in the user, " +
        'password or database written as %25 (value not shown).',
    )
  }
  return url
}

function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value)
    // the user, password and database are percent-decoded later: a raw % must have been written as %25
    for (const part of [url.username, url.password, url.pathname]) decodeURIComponent(part)
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== ''
  } catch {
    return false
  }
}
